"""The network as a plain, serializable description: ordered layers, names, ties.

Descriptions are immutable; every edit returns a new one, so an earlier
description can be kept for undo at no cost.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import torch.nn as nn

from core.errors import INVALID_ARGUMENT, LabError
from core.io.limits import shown
from core.messages import msg
from core.model import catalogue
from core.model.schema import to_json_value

MAX_LAYERS = 1000
_RESERVED_NAMES = frozenset(dir(nn.Sequential()))


@dataclass(frozen=True)
class LayerEntry:
    """One position: a catalogue layer and its arguments, or a tie to another.

    ``uid`` is stable across moves so that ties survive reordering. A tied entry
    (``tie`` set) uses the very module of the entry whose uid it names.
    """

    uid: int
    layer: str
    args: dict
    name: str | None = None
    tie: int | None = None

    @property
    def owner(self) -> int:
        return self.tie if self.tie is not None else self.uid


@dataclass(frozen=True)
class Network:
    """Ordered layer entries; a tied entry repeats its owner's layer and args."""

    entries: tuple[LayerEntry, ...] = ()
    next_uid: int = 0

    def __len__(self) -> int:
        return len(self.entries)

    def names(self) -> list[str]:
        """Module names as print(net) shows them: the given name or the position."""
        return [e.name if e.name is not None else str(i) for i, e in enumerate(self.entries)]

    def position_of(self, ref: Any) -> int:
        """A position from an int index or a layer name, or ``invalid_argument``."""
        names = self.names()
        if isinstance(ref, bool):
            ref = None
        if isinstance(ref, int) and 0 <= ref < len(self.entries):
            return ref
        if isinstance(ref, str) and ref in names:
            return names.index(ref)
        listing = ", ".join(names) if names else msg("none: the network is empty")
        raise LabError(
            INVALID_ARGUMENT,
            msg("There is no layer {ref}; layers are: {listing}.", ref=shown(ref), listing=listing),
        )

    def owner_position(self, uid: int) -> int:
        return next(i for i, e in enumerate(self.entries) if e.uid == uid)

    # -- edits: each returns a new Network ------------------------------------------

    def insert(self, position: int, layer: str, args: dict | None, name: str | None) -> Network:
        if len(self.entries) >= MAX_LAYERS:
            raise LabError(
                INVALID_ARGUMENT, msg("A network holds at most {count} layers.", count=MAX_LAYERS)
            )
        if not 0 <= position <= len(self.entries):
            raise LabError(
                INVALID_ARGUMENT,
                msg(
                    "Cannot insert at position {position}; choose 0 to {last}.",
                    position=position, last=len(self.entries),
                ),
            )
        spec = catalogue.layer_spec(layer)
        valid = catalogue.validate_args(spec.name, args)
        entry = LayerEntry(self.next_uid, spec.name, valid, None)
        entries = self.entries[:position] + (entry,) + self.entries[position:]
        network = Network(entries, self.next_uid + 1)
        return network.rename(position, name) if name is not None else network

    def remove(self, position: int) -> Network:
        removed = self.entries[position]
        entries = list(self.entries[:position] + self.entries[position + 1 :])
        tied = [i for i, e in enumerate(entries) if e.tie == removed.uid]
        if removed.tie is None and tied:
            # The first tied position inherits the module; the others now tie to it.
            heir = entries[tied[0]]
            entries[tied[0]] = replace(heir, uid=removed.uid, tie=None)
        return Network(tuple(entries), self.next_uid)

    def move(self, source: int, target: int) -> Network:
        if not 0 <= target < len(self.entries):
            raise LabError(
                INVALID_ARGUMENT,
                msg(
                    "Cannot move to position {position}; choose 0 to {last}.",
                    position=target, last=len(self.entries) - 1,
                ),
            )
        entries = list(self.entries)
        entries.insert(target, entries.pop(source))
        return Network(tuple(entries), self.next_uid)

    def edit(self, position: int, args: dict, layer: str | None = None) -> Network:
        """New arguments for a layer; its tied positions follow, being the same module.

        Given ``layer``, the layer also changes type and ``args`` are all its arguments
        (the old ones may not exist in the new type: LazyLinear has no in_features).
        """
        if not isinstance(args, dict):
            raise LabError(
                INVALID_ARGUMENT, msg("edit: args must be an object, got {args}.", args=repr(args))
            )
        entry = self.entries[position]
        owner = self.owner_position(entry.owner)
        if layer is not None:
            spec = catalogue.layer_spec(layer)
            valid = catalogue.validate_args(spec.name, args)
            return self._replace_group(entry.owner, layer=spec.name, args=valid)
        valid = catalogue.validate_args(entry.layer, {**self.entries[owner].args, **args})
        return self._replace_group(entry.owner, args=valid)

    def rename(self, position: int, name: str | None) -> Network:
        if name is not None:
            _check_name(name)
            clash = [i for i, n in enumerate(self.names()) if n == name and i != position]
            if clash:
                raise LabError(
                    INVALID_ARGUMENT,
                    msg(
                        "Another layer (position {position}) is already named {name}; "
                        "names must be unique.",
                        position=clash[0], name=shown(name),
                    ),
                )
        entries = list(self.entries)
        entries[position] = replace(entries[position], name=name)
        return Network(tuple(entries), self.next_uid)

    def tie(self, position: int, target: int) -> Network:
        """Make ``position`` reuse the module at ``target`` (parameter tying)."""
        if position == target:
            raise LabError(INVALID_ARGUMENT, msg("A layer cannot be tied to itself."))
        source, owner = self.entries[position], self.entries[target]
        if any(e.tie == source.uid for e in self.entries):
            raise LabError(
                INVALID_ARGUMENT,
                msg(
                    "Other layers are tied to position {position}; untie them first.",
                    position=position,
                ),
            )
        owner_uid = owner.owner
        base = self.entries[self.owner_position(owner_uid)]
        entries = list(self.entries)
        entries[position] = replace(
            source, layer=base.layer, args=dict(base.args), tie=owner_uid
        )
        return Network(tuple(entries), self.next_uid)

    def untie(self, position: int) -> Network:
        """Give a tied position a module of its own (fresh parameters)."""
        entries = list(self.entries)
        entries[position] = replace(entries[position], uid=self.next_uid, tie=None)
        return Network(tuple(entries), self.next_uid + 1)

    def _replace_group(self, owner_uid: int, **changes: Any) -> Network:
        entries = tuple(
            replace(e, **changes) if e.owner == owner_uid else e for e in self.entries
        )
        return Network(entries, self.next_uid)

    # -- JSON -----------------------------------------------------------------------

    def to_json(self) -> list[dict]:
        positions = {e.uid: i for i, e in enumerate(self.entries)}
        layers = []
        for entry in self.entries:
            item: dict[str, Any] = {
                "layer": entry.layer,
                "args": {k: to_json_value(v) for k, v in entry.args.items()},
            }
            if entry.name is not None:
                item["name"] = entry.name
            if entry.tie is not None:
                item["tie"] = positions[entry.tie]
            layers.append(item)
        return layers


def from_json(layers: Any) -> Network:
    """A Network from ``to_json`` output; every value is checked as an edit would be."""
    if not isinstance(layers, list):
        raise LabError(INVALID_ARGUMENT, msg("layers must be a list of layer objects."))
    network = Network()
    ties: list[tuple[int, int]] = []
    for position, item in enumerate(layers):
        if not isinstance(item, dict) or "layer" not in item:
            raise LabError(
                INVALID_ARGUMENT,
                msg("layers[{position}] must be an object with 'layer'.", position=position),
            )
        unknown = set(item) - {"layer", "args", "name", "tie"}
        if unknown:
            raise LabError(
                INVALID_ARGUMENT,
                msg(
                    "layers[{position}] has unknown field {field}.",
                    position=position, field=repr(sorted(unknown)[0]),
                ),
            )
        network = network.insert(position, item["layer"], item.get("args"), item.get("name"))
        if item.get("tie") is not None:
            ties.append((position, item["tie"]))
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


def _check_name(name: Any) -> None:
    if not isinstance(name, str) or not name:
        raise LabError(
            INVALID_ARGUMENT,
            msg("A layer name must be a non-empty text, got {name}.", name=shown(name)),
        )
    if "." in name or name.isdigit() or not name.isprintable() or len(name) > 64:
        raise LabError(
            INVALID_ARGUMENT,
            msg(
                "Layer name {name} is not allowed: use up to 64 characters, no '.', "
                "and not only digits (digits name unnamed positions).",
                name=shown(name),
            ),
        )
    if name in _RESERVED_NAMES:
        raise LabError(
            INVALID_ARGUMENT,
            msg(
                "Layer name {name} is taken by nn.Sequential itself; choose another.",
                name=shown(name),
            ),
        )


def build_modules(network: Network, keep: dict[int, nn.Module] | None = None) -> dict:
    """Modules for every owner entry: kept ones reused, the others built fresh."""
    keep = keep or {}
    modules = {}
    for entry in network.entries:
        if entry.tie is not None:
            continue
        if entry.uid in keep:
            modules[entry.uid] = keep[entry.uid]
        else:
            modules[entry.uid] = catalogue.build_module(entry.layer, entry.args)
    return modules


def sequential(network: Network, modules: dict[int, nn.Module]) -> nn.Sequential:
    """The live ``nn.Sequential``: tied positions hold the same module object."""
    net = nn.Sequential()
    for name, entry in zip(network.names(), network.entries, strict=False):
        net.add_module(name, modules[entry.owner])
    return net
