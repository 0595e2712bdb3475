"""A user's model that is a plain ``nn.Sequential`` of catalogue layers: the lab's own kind.

Such a model can be described as the lab describes its networks (``core.model.network``),
so everything works on it, structural steps included: it opens as an ordinary Lab that
keeps the user's very modules (their weights, their lazy state). A layer's arguments are
read back from its attributes and accepted only when a layer built from them prints
exactly as the user's does; any other model (nested blocks, a custom ``forward``, a
layer the catalogue does not have) is a fixed module tree (``core.model.user_model``).
"""

from __future__ import annotations

import torch.nn as nn

from core.errors import LabError
from core.model import capture, catalogue
from core.model.history import Version
from core.model.network import Network


def plain_network(root: nn.Module) -> tuple[Network, dict[int, nn.Module]] | None:
    """(the description, owner uid -> the user's module) or None when ``root`` is not a
    plain ``nn.Sequential`` of catalogue layers the lab can describe exactly."""
    if type(root) is not nn.Sequential:
        return None
    network, modules, owners = Network(), {}, {}
    try:
        for position, (name, child) in enumerate(root._modules.items()):
            if child is None:
                return None
            if name.isdigit() and name != str(position):
                return None  # a gap left by ``del net[i]``: the lab renumbers positions
            label = None if name == str(position) else name
            if id(child) in owners:  # the same module twice: a tie
                owner = owners[id(child)]
                entry = network.entries[owner]
                network = network.insert(position, entry.layer, dict(entry.args), label)
                network = network.tie(position, owner)
                continue
            args = layer_args(child)
            if args is None:
                return None
            network = network.insert(position, type(child).__name__, args, label)
            owners[id(child)] = position
            modules[network.entries[position].uid] = child
    except LabError:
        return None
    return network, modules


def layer_args(module: nn.Module) -> dict | None:
    """The catalogue arguments that rebuild ``module`` (as ``print`` shows it), or None."""
    spec = catalogue.LAYERS.get(type(module).__name__)
    if spec is None or spec.torch_class is not type(module):
        return None
    args = {}
    for arg in spec.args:
        if not hasattr(module, arg.name):
            return None
        value = getattr(module, arg.name)
        if arg.name == "bias" and not isinstance(value, bool):
            value = value is not None
        args[arg.name] = list(value) if isinstance(value, tuple) else value
    try:
        valid = catalogue.validate_args(spec.name, args)
        rebuilt = catalogue.meta_repr(spec.name, valid)
    except LabError:
        return None
    return valid if rebuilt == repr(module) else None


def adopt(lab, network: Network, modules: dict, label: str) -> None:
    """Make ``network`` with the user's ``modules`` the lab's first version (no undo)."""
    owners = [modules[entry.owner] for entry in network.entries]
    snapshot = capture.take(network, owners, lab.cache, label, "open", records=lab.records)
    lab.version = Version(network, modules, snapshot)
