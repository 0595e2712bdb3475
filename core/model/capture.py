"""Capture an immutable Snapshot from live modules."""

from __future__ import annotations

from collections.abc import Iterable

import torch.nn as nn
from torch.nn.modules.lazy import LazyModuleMixin
from torch.nn.modules.module import _addindent
from torch.nn.parameter import is_lazy

from core.model import snapshot as snap
from core.model.capture_basis import Basis
from core.model.network import Network
from core.model.records import IdentityMemo
from core.model.schema import to_json_value
from core.model.stats import StatsCache

# Attributes a forward pass infers on lazy layers, shown as "in_features: 0 → 20".
INFERRED_ATTRIBUTES = ("in_features", "in_channels", "num_features")


def module_state(module: nn.Module, has_parameters: bool | None = None) -> str:
    """A lazy layer is half-lazy only when it holds loaded tensors: one built without any
    (``LazyBatchNorm1d(affine=False, track_running_stats=False)``) has none to load.
    ``has_parameters``: whether ``module.parameters()`` yields any, if the caller knows."""
    if has_parameters is None:
        has_parameters = any(True for _ in module.parameters())
    holds = has_parameters or any(True for _ in module.buffers())
    if isinstance(module, LazyModuleMixin):
        if module.has_uninitialized_params():
            return snap.UNINITIALIZED
        if holds:
            return snap.HALF_LAZY
    if holds:
        return snap.MATERIALIZED
    return snap.NO_PARAMETERS


class Records:
    """What snapshots derived from modules and parameters, reused while they live.

    A Lab keeps one, so each snapshot asks torch only about the modules an operation
    replaced and shares the other records (and their histograms) with the snapshot
    before. Only for modules that are never mutated once captured.
    """

    def __init__(self) -> None:
        self.modules = IdentityMemo()  # module -> _ModuleFacts
        self.params = IdentityMemo()  # parameter -> [ParamInfo or None]
        self.basis: Basis | None = None  # what the newest flat snapshot was made of

    def param_ids(self, modules: Iterable[nn.Module]) -> set[int]:
        """ids of every parameter of ``modules`` (what counts as unchanged next time)."""
        return {id(p) for m in modules for _, p in self.modules.get(m, _ModuleFacts).named}


class _ModuleFacts:
    """One module as snapshots show it, and the last ModuleInfo made of it."""

    __slots__ = ("type", "state", "repr", "line", "own", "numel", "named", "info", "entry")

    def __init__(self, module: nn.Module) -> None:
        own = tuple(module.named_parameters(recurse=False))
        # a module without submodules: its parameters are its own (one pass, not two)
        self.named = own if not module._modules else tuple(module.named_parameters())
        lazy = any(is_lazy(p) for _, p in own)
        self.type = type(module).__name__
        self.state = module_state(module, bool(self.named))
        self.repr = repr(module)
        self.line = _addindent(self.repr, 2)  # as nn.Module.__repr__ nests it
        self.own = tuple(n for n, _ in own)
        self.numel = None if lazy else sum(p.numel() for _, p in own)
        self.info: snap.ModuleInfo | None = None
        self.entry = None


def take(
    network: Network,
    net: Iterable[nn.Module],
    cache: StatsCache,
    label: str,
    op: str,
    records: Records | None = None,
    before=None,
    **extra,
) -> snap.Snapshot:
    """Snapshot ``net`` (its modules in position order, an ``nn.Sequential`` will do).

    ``before``: the version this one follows (its ``snapshot`` and ``modules``): parameters
    it did not hold count as changed (none without it). When ``records`` captured it last,
    the positions a step left as they were are carried over rather than visited.
    """
    records = records or Records()
    owners = list(net)
    entries = network.entries
    if len(owners) != len(entries):
        raise ValueError(f"{len(owners)} modules for {len(entries)} positions")
    positions = _Positions(entries)
    basis = records.basis if before is not None else None
    previous = None
    if basis is None or basis.snapshot is not before.snapshot or basis.bins != cache.bins:
        basis = None
        if before is not None:
            previous = records.param_ids(before.modules.values())
    if basis is not None:
        previous = basis.holders
        same = basis.prefix(entries, owners, lambda p: positions.of(entries[p].tie))
        new = basis.carried(same)
        modules = list(before.snapshot.modules[:same])
        parameters = list(before.snapshot.parameters[:len(new.params)])
        for index in basis.changed:  # carried over, so unchanged by this step
            if index < len(parameters):
                parameters[index] = _param_info(records, cache, parameters[index].name,
                                                new.params[index], False)
    else:
        same, new, modules, parameters = 0, Basis(), [], []
    for position in range(same, len(entries)):
        entry, module = entries[position], owners[position]
        name = entry.name if entry.name is not None else str(position)
        facts = records.modules.get(module, _ModuleFacts)
        tied_to = positions.of(entry.tie) if entry.tie is not None else None
        modules.append(_module_info(facts, position, name, entry, tied_to))
        for attr_path, param in facts.named:
            if id(param) not in new.holders:  # named_parameters() lists a tied one once
                changed = previous is not None and id(param) not in previous
                if changed:
                    new.changed.append(len(parameters))
                parameters.append(_param_info(records, cache, f"{name}.{attr_path}", param,
                                              changed))
                new.params.append(param)
            new.hold(param)
        new.entries.append(entry)
        new.owners.append(module)
        new.named.append(facts.named)
        new.lines.append(f"({name}): {facts.line}")
        new.param_end.append(len(parameters))
        if entry.tie is not None:
            new.ties.append(position)
    snapshot = snap.Snapshot(
        label=label,
        op=op,
        repr=_sequential_repr(new.lines),
        modules=tuple(modules),
        parameters=tuple(parameters),
        **extra,
    )
    new.snapshot, new.bins = snapshot, cache.bins
    records.basis = new
    return snapshot


class _Positions:
    """Positions by uid, worked out on the first tie asked about (most networks have none)."""

    def __init__(self, entries) -> None:
        self._entries = entries
        self._of: dict[int, int] | None = None

    def of(self, uid: int) -> int:
        if self._of is None:
            self._of = {entry.uid: i for i, entry in enumerate(self._entries)}
        return self._of[uid]


def _module_info(facts: _ModuleFacts, position: int, name: str, entry, tied_to) -> snap.ModuleInfo:
    info = facts.info
    if (info is not None and facts.entry is entry and info.position == position
            and info.name == name and info.tied_to == tied_to):
        return info
    info = snap.ModuleInfo(
        position=position,
        name=name,
        layer=entry.layer,
        type=facts.type,
        state=facts.state,
        repr=facts.repr,
        args={k: to_json_value(v) for k, v in entry.args.items()},
        tied_to=tied_to,
        parameters=facts.own,
        numel=facts.numel,
    )
    facts.info, facts.entry = info, entry
    return info


def _param_info(records: Records, cache: StatsCache, full_name: str, param, changed: bool):
    last = records.params.get(param, lambda _: [None])  # a slot: the newest record of it
    lazy = is_lazy(param)
    stats = None if lazy else cache.get(param)
    info = last[0]
    if info is not None and info.name == full_name and info.changed == changed and (
            info.stats is stats):
        return info
    module_name, _, attr = full_name.rpartition(".")
    info = snap.ParamInfo(
        name=full_name,
        module=module_name,
        attr=attr,
        shape=None if lazy else tuple(param.shape),
        materialized=not lazy,
        numel=None if lazy else param.numel(),
        stats=stats,
        changed=changed,
    )
    last[0] = info
    return info


def _sequential_repr(lines: list[str]) -> str:
    """``repr(nn.Sequential(...))`` from each position's line, "(name): " and the module's
    kept repr, as torch composes it."""
    if not lines:
        return "Sequential()"
    return "Sequential(\n  " + "\n  ".join(lines) + "\n)"


def inferred_changes(
    names: list[str], before: list[nn.Module], after: list[nn.Module]
) -> tuple[snap.Change, ...]:
    """What a forward pass or a load visibly changed: types and inferred sizes."""
    changes = []
    seen = set()
    for position, (name, old, new) in enumerate(zip(names, before, after, strict=False)):
        if old is new or id(new) in seen:
            continue
        seen.add(id(new))
        if type(old) is not type(new):
            changes.append(
                snap.Change(position, name, f"{type(old).__name__} → {type(new).__name__}")
            )
        for attribute in INFERRED_ATTRIBUTES:
            was, now = getattr(old, attribute, None), getattr(new, attribute, None)
            if was is not None and was != now:
                changes.append(snap.Change(position, name, f"{attribute}: {was} → {now}"))
    return tuple(changes)
