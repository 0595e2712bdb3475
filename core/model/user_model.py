"""A Lab on a person's own ``nn.Module``: everything but editing its structure.

The lab's flat description (``core.model.network``) builds its modules from a
catalogue; a user's model is code, and its structure is that code's to say. So
here the description is a ``UserNetwork`` (what it is and where it came from) and
each version holds the whole module tree under one key. The guarantees are the
lab's own: every operation works on a copy and commits only when it succeeded,
so a forward pass that fails inside a residual block leaves nothing
half-materialized; undo keeps the earlier trees. Structural steps are refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import torch
import torch.nn as nn

from core.errors import INVALID_ARGUMENT, LabError
from core.io.limits import shown
from core.messages import msg
from core.model import tree_steps, user_capture
from core.model.explain import shape_text
from core.model.history import Version
from core.model.inputs import InputSpec, make_input
from core.model.lab import Lab
from core.model.model_file import ModelSource
from core.model.snapshot import Snapshot

ROOT = "root"  # the one key of a user version's modules


@dataclass(frozen=True)
class UserNetwork:
    """The description of a fixed user module: its class, names, and where it came from."""

    type: str  # the root's class: "NestMLP"
    names_: tuple[str, ...]  # named_modules() without the root
    source: ModelSource | None = None  # None: given as an object (open_model)
    declared: tuple[str, ...] = ()  # each module's class as opened: "LazyLinear"

    user_model = True

    @property
    def entries(self) -> tuple[str, ...]:
        return self.names_

    def __len__(self) -> int:
        return len(self.names_)

    def names(self) -> list[str]:
        return list(self.names_)

    def position_of(self, ref: Any) -> int:
        if isinstance(ref, int) and not isinstance(ref, bool) and 0 <= ref < len(self.names_):
            return ref
        if isinstance(ref, str) and ref in self.names_:
            return self.names_.index(ref)
        listing = ", ".join(self.names_[:40]) + ("…" if len(self.names_) > 40 else "")
        raise LabError(INVALID_ARGUMENT, msg(
            "There is no module {ref} in this model; modules are: {listing}.",
            ref=shown(ref), listing=listing or msg("none")))

    def declared_types(self) -> dict[str, str]:
        return dict(zip(self.names_, self.declared, strict=False))

    def to_json(self) -> list:
        return []


@dataclass(frozen=True)
class UserVersion(Version):
    """A committed state of a user model: ``modules`` is ``{ROOT: the tree}``."""

    def net(self) -> nn.Module:
        return self.modules[ROOT]

    def parameters_by_name(self) -> dict[str, nn.Parameter]:
        return dict(self.net().named_parameters())


class UserModelLab(Lab):
    """A Lab whose network is one user module tree, never mutated once committed."""

    def __init__(self, module: nn.Module | None = None, memory_limit: int | None = None,
                 bins: int | None = None, source: ModelSource | None = None, **kwargs) -> None:
        super().__init__(memory_limit, **({"bins": bins} if bins is not None else {}), **kwargs)
        if module is not None:  # else a scratch Lab (core.analysis) that adopts a version
            self._open(own_copy(module), source)

    def _open(self, root: nn.Module, source: ModelSource | None) -> None:
        named = user_capture.submodules(root)
        network = UserNetwork(type(root).__name__, tuple(n for n, _ in named), source,
                              tuple(type(m).__name__ for _, m in named))
        label = msg("open {name}", name=source.spec if source else type(root).__name__)
        snapshot = user_capture.take(root, self.cache, label, "open", records=self.records,
                                     declared=network.declared_types())
        self.opened = OpenedModel(source, network)
        self.version = UserVersion(network, {ROOT: root}, snapshot)

    @property
    def root(self) -> nn.Module:
        return self.version.modules[ROOT]

    # -- structure: the model's code decides it ----------------------------------------

    def refuse_structure(self, op: str) -> Snapshot:
        """Raise the explained refusal of a structural step named ``op``."""
        raise LabError(INVALID_ARGUMENT, msg(
            "{op} changes the network's structure, but this is your own model ({type}), "
            "whose structure is its code: change the code and open it again (only a plain "
            "nn.Sequential of the lab's layers is edited here). Forward, initialize, Compare, "
            "Depth, weights and undo work on it.",
            op=op, type=self.network.type))

    def add(self, *args, **kwargs) -> Snapshot:
        return self.refuse_structure("add")

    def remove(self, *args, **kwargs) -> Snapshot:
        return self.refuse_structure("remove")

    def move(self, *args, **kwargs) -> Snapshot:
        return self.refuse_structure("move")

    def duplicate(self, *args, **kwargs) -> Snapshot:
        return self.refuse_structure("duplicate")

    def edit(self, *args, **kwargs) -> Snapshot:
        return self.refuse_structure("edit")

    def rename(self, *args, **kwargs) -> Snapshot:
        return self.refuse_structure("rename")

    def tie(self, *args, **kwargs) -> Snapshot:
        return self.refuse_structure("tie")

    def untie(self, *args, **kwargs) -> Snapshot:
        return self.refuse_structure("untie")

    def clear(self) -> Snapshot:
        return self.refuse_structure("clear")

    def load_network(self, *args, **kwargs) -> Snapshot:
        return self.refuse_structure("build")

    def reset(self) -> Snapshot:
        return self.refuse_structure("reset")

    # -- forward ------------------------------------------------------------------------

    def forward(self, spec: InputSpec, mode: str = "train") -> Snapshot:
        """``net(x)`` on a copy, traced module by module; committed only if it succeeded."""
        return self._forward(spec, lambda: make_input(spec), mode, spec.describe())

    def forward_tensor(self, x: torch.Tensor, mode: str = "train") -> Snapshot:
        """A forward pass on a given tensor (``open_model``'s example input)."""
        if not isinstance(x, torch.Tensor):
            raise LabError(INVALID_ARGUMENT, msg(
                "example_input must be a tensor, got {type}.", type=type(x).__name__))
        spec = InputSpec(tuple(x.shape))
        text = msg("{shape} example input", shape=shape_text(tuple(x.shape)))
        return self._forward(spec, lambda: x.detach().clone(), mode, text)

    def _forward(self, spec: InputSpec, make, mode: str, text: str) -> Snapshot:
        version = self.version
        net, extra = tree_steps.forward(self, self.root, spec, make, mode, text)
        return self._commit(version.network, {ROOT: net}, extra.pop("label"), "forward", **extra)

    # -- initialize ---------------------------------------------------------------------

    def initialize(self, init: str, args: dict | None = None, layers: Iterable | None = None,
                   types: Iterable[str] | None = None, params: str = "weight",
                   seed: int | None = None) -> Snapshot:
        """``net.apply`` over the whole tree (children depth-first, then the container),
        initializing the targeted modules: those named (with everything inside them),
        those of the given types, or all."""
        version = self.version
        net, extra = tree_steps.initialize(self, self.root, self.targets(layers, types), init,
                                           args, layers, types, params, seed)
        return self._commit(version.network, {ROOT: net}, extra.pop("label"), "init",
                            trace=version.trace, input=version.input, **extra)

    def targets(self, layers, types) -> list[str]:
        """Dotted names (``""`` is the root) an init step aims at, in named_modules() order."""
        names = self.network.names()
        return tree_steps.targets(
            self.root, lambda ref: names[self.network.position_of(ref)], layers, types)

    # -- weights ------------------------------------------------------------------------

    def load_state_dict(self, state: dict, label: str = msg("load weights"),
                        keep_trace: bool = False) -> Snapshot:
        """``net.load_state_dict`` on a full copy; lazy modules get shapes and values."""
        version = self.version
        net, extra = tree_steps.load(self.root, state)
        if keep_trace:
            extra.update(trace=version.trace, input=version.input)
        return self._commit(version.network, {ROOT: net}, label, "load_weights", **extra)

    # -- commit -------------------------------------------------------------------------

    def _commit(self, network, modules: dict, label: str, op: str, **extra) -> Snapshot:
        trace, spec = extra.pop("trace", None), extra.pop("input", None)
        snapshot = user_capture.take(
            modules[ROOT], self.cache, label, op, records=self.records,
            previous=self.records.param_ids(self.version.modules.values()),
            declared=network.declared_types(),
            trace=trace, input_shape=spec and spec.shape, **extra)
        self.history.push(self.version)
        self.version = UserVersion(network, modules, snapshot, trace, spec, self.version.steps)
        self._trim_history()
        return snapshot


@dataclass(frozen=True)
class OpenedModel:
    """What a Lab opened on a user's model remembers for code export (``lab.opened``)."""

    source: ModelSource | None  # None: given as an object
    network: Any  # the description when opened (a plain Sequential's Network, else UserNetwork)


def own_copy(module) -> nn.Module:
    """A full copy: training the caller's module afterwards changes nothing in the lab."""
    if not isinstance(module, nn.Module):
        raise LabError(INVALID_ARGUMENT, msg(
            "open_model needs an nn.Module, got {type}.", type=type(module).__name__))
    return user_capture.copy_tree(module, share=False)
