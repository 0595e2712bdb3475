"""Capture an immutable Snapshot from live modules."""

from __future__ import annotations

import torch.nn as nn
from torch.nn.modules.lazy import LazyModuleMixin
from torch.nn.parameter import is_lazy

from core import snapshot as snap
from core.network import Network
from core.schema import to_json_value
from core.stats import StatsCache

# Attributes a forward pass infers on lazy layers, shown as "in_features: 0 → 20".
INFERRED_ATTRIBUTES = ("in_features", "in_channels", "num_features")


def module_state(module: nn.Module) -> str:
    """A lazy layer is half-lazy only when it holds loaded tensors: one built without any
    (``LazyBatchNorm1d(affine=False, track_running_stats=False)``) has none to load."""
    holds = any(True for _ in module.parameters()) or any(True for _ in module.buffers())
    if isinstance(module, LazyModuleMixin):
        if module.has_uninitialized_params():
            return snap.UNINITIALIZED
        if holds:
            return snap.HALF_LAZY
    if holds:
        return snap.MATERIALIZED
    return snap.NO_PARAMETERS


def take(
    network: Network,
    net: nn.Sequential,
    cache: StatsCache,
    label: str,
    op: str,
    previous: set[int] | None = None,
    **extra,
) -> snap.Snapshot:
    """Snapshot ``net``; parameters not among ``previous`` (ids) count as changed."""
    names = network.names()
    positions = {entry.uid: i for i, entry in enumerate(network.entries)}
    modules = []
    for position, (name, entry, module) in enumerate(zip(names, network.entries, net, strict=True)):
        own = list(module.named_parameters(recurse=False))
        lazy = any(is_lazy(p) for _, p in own)
        modules.append(
            snap.ModuleInfo(
                position=position,
                name=name,
                layer=entry.layer,
                type=type(module).__name__,
                state=module_state(module),
                repr=repr(module),
                args={k: to_json_value(v) for k, v in entry.args.items()},
                tied_to=positions[entry.tie] if entry.tie is not None else None,
                parameters=tuple(n for n, _ in own),
                numel=None if lazy else sum(p.numel() for _, p in own),
            )
        )
    parameters = []
    for full_name, param in net.named_parameters():
        module_name, _, attr = full_name.rpartition(".")
        lazy = is_lazy(param)
        parameters.append(
            snap.ParamInfo(
                name=full_name,
                module=module_name,
                attr=attr,
                shape=None if lazy else tuple(param.shape),
                materialized=not lazy,
                numel=None if lazy else param.numel(),
                stats=None if lazy else cache.get(param),
                changed=previous is not None and id(param) not in previous,
            )
        )
    return snap.Snapshot(
        label=label,
        op=op,
        repr=repr(net),
        modules=tuple(modules),
        parameters=tuple(parameters),
        **extra,
    )


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
