"""A network description from its JSON form (``Network.to_json``), blocks included.

Every value is checked as the edit that makes it would check it, with the place of a
bad item named: ``layers[1].layers[0]``.
"""

from __future__ import annotations

from typing import Any

from core.errors import INVALID_ARGUMENT, LabError
from core.messages import msg
from core.model.network import Network
from core.model.network_tree import Path


def from_json(layers: Any) -> Network:
    """A Network from ``to_json`` output; every value is checked as an edit would be."""
    if not isinstance(layers, list):
        raise LabError(INVALID_ARGUMENT, msg("layers must be a list of layer objects."))
    network, ties = _add_items(Network(), layers, (), "layers")
    for position, target in ties:
        if isinstance(target, bool) or not isinstance(target, int) or not 0 <= target < len(layers):
            raise LabError(
                INVALID_ARGUMENT,
                msg(
                    "layers[{position}].tie must be a position, got {target}.",
                    position=position, target=repr(target),
                ),
            )
        network = network.tie(position, target)
    return network


def _add_items(network: Network, items: list, into: Path, where: str):
    """``items`` added into the block at ``into``; the ties asked for at the top level."""
    ties: list[tuple[int, Any]] = []
    for position, item in enumerate(items):
        place = f"{where}[{position}]"
        if not isinstance(item, dict) or "layer" not in item:
            raise LabError(INVALID_ARGUMENT, msg(
                "{place} must be an object with 'layer'.", place=place))
        unknown = set(item) - {"layer", "args", "name", "tie", "layers"}
        if into:
            unknown |= {"tie"} & set(item)  # only top-level layers are tied
        if unknown:
            raise LabError(INVALID_ARGUMENT, msg(
                "{place} has unknown field {field}.", place=place,
                field=repr(sorted(unknown)[0])))
        network = network.insert(position, item["layer"], item.get("args"), item.get("name"),
                                 into=into)
        inner = item.get("layers")
        if inner is not None:
            if network.entry(into + (position,)).children is None:
                raise LabError(INVALID_ARGUMENT, msg(
                    "{place} is a {layer}, which holds no layers; only blocks (Sequential, "
                    "Residual, Concat) have 'layers'.", place=place, layer=item["layer"]))
            if not isinstance(inner, list):
                raise LabError(INVALID_ARGUMENT, msg(
                    "{place}.layers must be a list of layer objects.", place=place))
            network, _ = _add_items(network, inner, into + (position,), place + ".layers")
        if item.get("tie") is not None:
            ties.append((position, item["tie"]))
    return network, ties
