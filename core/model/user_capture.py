"""Snapshots, copies and traced forward passes of a person's own module tree.

A user's model is any ``nn.Module``: nested blocks, a residual connection, a custom
``forward``. Its snapshot lists modules as ``named_modules()`` does (dotted names,
the root left out: ``print(net)`` shows it) and parameters as ``named_parameters()``
does (``1.conv1.weight``). The trace has one entry per module call, nested ones
included, in the order the modules were called.
"""

from __future__ import annotations

import torch
import torch.nn as nn
from torch.nn.modules.lazy import LazyModuleMixin
from torch.nn.parameter import UninitializedBuffer, is_lazy

from core.errors import RUNTIME, SHAPE_MISMATCH, LabError
from core.messages import msg
from core.model import memory
from core.model import snapshot as snap
from core.model.capture import INFERRED_ATTRIBUTES, Records, _ModuleFacts, _param_info
from core.model.deep_copy import deep_copy
from core.model.explain import shape_text
from core.model.stats import StatsCache, tensor_stats


def submodules(root: nn.Module) -> list[tuple[str, nn.Module]]:
    """``named_modules()`` without the root itself (a shared module is listed once)."""
    return list(root.named_modules())[1:]


def module_state(module: nn.Module) -> str:
    """A container is uninitialized while any module inside it is still lazy."""
    if not isinstance(module, LazyModuleMixin) and any(is_lazy(p) for p in module.parameters()):
        return snap.UNINITIALIZED
    from core.model.capture import module_state as leaf_state

    return leaf_state(module)


def take(root: nn.Module, cache: StatsCache, label: str, op: str,
         previous: set[int] | None = None, records: Records | None = None,
         declared: dict[str, str] | None = None, **extra) -> snap.Snapshot:
    """The snapshot of ``root``; parameters not among ``previous`` (ids) count as changed.
    ``declared`` gives each module's class as the model was opened ("LazyLinear")."""
    records = records or Records()
    declared = declared or {}
    modules = []
    for position, (name, module) in enumerate(submodules(root)):
        facts = records.modules.get(module, _ModuleFacts)
        modules.append(snap.ModuleInfo(
            position=position, name=name, layer=declared.get(name, facts.type), type=facts.type,
            state=module_state(module), repr=facts.repr, args={}, tied_to=None,
            parameters=facts.own, numel=facts.numel))
    records.modules.get(root, _ModuleFacts)  # Lab._commit asks it for the parameter ids
    parameters = tuple(
        _param_info(records, cache, name, param,
                    previous is not None and id(param) not in previous)
        for name, param in root.named_parameters())
    return snap.Snapshot(label=label, op=op, repr=repr(root), modules=tuple(modules),
                         parameters=parameters, **extra)


def copy_tree(root: nn.Module, replace: dict[int, object] | None = None,
              share: bool = True) -> nn.Module:
    """A deep copy of ``root``: materialized parameters shared (``share``), unless
    ``replace`` (by id) gives another tensor; buffers and everything else copied.

    Forward passes mutate lazy modules and buffers, never a materialized parameter
    (the lab runs them under ``no_grad``): sharing those costs nothing and keeps their
    statistics. ``UninitializedBuffer`` cannot be deep-copied, so each gets a fresh one.
    """
    memo: dict[int, object] = (
        {id(p): p for p in root.parameters() if not is_lazy(p)} if share else {})
    memo.update(replace or {})
    for buffer in root.buffers():
        if isinstance(buffer, UninitializedBuffer):
            memo[id(buffer)] = UninitializedBuffer(
                buffer.requires_grad, device=buffer.device, dtype=buffer.dtype)
    try:
        return deep_copy(root, memo)
    except Exception as exc:  # noqa: BLE001 (a module holding a lock, a file, a generator)
        raise LabError(RUNTIME, msg(
            "The lab works on a copy of the model so that a failed step changes nothing, but "
            "this model cannot be copied ({error}); keep only tensors and modules on it.",
            error=f"{type(exc).__name__}: {str(exc)[:200]}"), torch_message=str(exc)) from exc


def changes(before: nn.Module, after: nn.Module) -> tuple[snap.Change, ...]:
    """Types and inferred sizes a forward pass or a load changed, by dotted name."""
    found = []
    old = dict(submodules(before))
    for position, (name, new) in enumerate(submodules(after)):
        was = old.get(name)
        if was is None:
            continue
        if type(was) is not type(new):
            text = f"{type(was).__name__} → {type(new).__name__}"
            found.append(snap.Change(position, name, text))
        for attribute in INFERRED_ATTRIBUTES:
            a, b = getattr(was, attribute, None), getattr(new, attribute, None)
            if a is not None and a != b:
                found.append(snap.Change(position, name, f"{attribute}: {a} → {b}"))
    return tuple(found)


def traced_forward(root: nn.Module, x: torch.Tensor, bins: int, limit: int,
                   monitor) -> tuple[snap.TraceEntry, ...]:
    """``root(x)`` under ``no_grad`` with a trace entry per module call, in call order.

    A pre-hook (run before a lazy module's own) guards the memory a module is about to
    allocate; a PyTorch failure becomes a LabError naming the innermost module that ran.
    """
    names = {}
    for position, (name, module) in enumerate(submodules(root)):
        names.setdefault(id(module), (position, name))
    entries: list[snap.TraceEntry | None] = []
    stack: list[tuple[int, str, str, tuple]] = []  # modules still running, innermost last
    state = {"grown": 0}

    def before(module: nn.Module, args: tuple) -> None:
        position, name = names[id(module)]
        x_in = _first_tensor(args)
        shape = tuple(x_in.shape) if x_in is not None else ()
        monitor.step(len(entries), len(entries) + 1, name)
        stack.append((len(entries), name, type(module).__name__, shape))
        entries.append(None)
        if x_in is not None:
            grown = memory.materialization_elements(module, x_in) * memory.FLOAT_BYTES
            out = memory.output_elements(module, x_in)
            memory.check(
                memory.forward_step_bytes(x.numel(), x_in.numel(), out, 0)
                + state["grown"] + grown, limit,
                lambda: msg("Module {name} ({kind}) on an input of shape {shape}", name=name,
                            kind=type(module).__name__, shape=shape_text(shape)),
                msg("use a smaller input."), layer=name)
            state["grown"] += grown

    def after(module: nn.Module, args: tuple, output) -> None:
        index, _, _, shape = stack.pop()
        position, name = names[id(module)]
        out = _first_tensor(output)
        if out is None:
            return  # nothing to measure: the entry is left out
        try:
            stats = tensor_stats(out.detach(), bins)
        except Exception as exc:  # noqa: BLE001 (said to be the statistics', not the module's)
            raise LabError(RUNTIME, msg(
                "The statistics of module {name}'s output could not be computed ({reason}); "
                "the network was left as it was.", name=name, reason=str(exc)[:200]),
                layer=name, torch_message=str(exc)) from exc
        entries[index] = snap.TraceEntry(position=position, name=name, type=type(module).__name__,
                                         input_shape=shape, output_shape=tuple(out.shape),
                                         output=stats)

    handles = []
    for module in {id(m): m for _, m in submodules(root)}.values():
        handles.append(module.register_forward_pre_hook(before, prepend=True))
        handles.append(module.register_forward_hook(after))
    try:
        with torch.no_grad():
            root(x)
    except LabError:
        raise
    except Exception as exc:  # PyTorch's (or the model's own) error, said where it happened
        raise _forward_error(exc, stack, tuple(x.shape)) from exc
    finally:
        for handle in handles:
            handle.remove()
    return tuple(e for e in entries if e is not None)


def _forward_error(exc: Exception, stack: list, input_shape: tuple) -> LabError:
    reason = str(exc).split("\n")[0][:300] or type(exc).__name__
    reason = reason if reason.endswith((".", "!", "?")) else reason + "."
    sizes = any(word in reason for word in ("shape", "size"))
    kind = SHAPE_MISMATCH if isinstance(exc, RuntimeError) and sizes else RUNTIME
    if not stack:  # between module calls: the model's own forward code
        return LabError(kind, msg(
            "The model's forward failed outside its submodules on an input of shape {shape}: "
            "{reason} The network was left as it was.",
            shape=shape_text(input_shape), reason=reason), torch_message=str(exc))
    _, name, type_name, shape = stack[-1]  # the innermost module still running
    return LabError(kind, msg(
        "The forward pass failed in module {name} ({kind}) on an input of shape {shape}: "
        "{reason} The network was left as it was.",
        name=name, kind=type_name, shape=shape_text(shape), reason=reason),
        layer=name, torch_message=str(exc))


def _first_tensor(value):
    """The tensor a module took or gave: itself, or the first one in a tuple, list or dict."""
    if isinstance(value, torch.Tensor):
        return value
    items = value.values() if isinstance(value, dict) else value
    if isinstance(items, (tuple, list)) or isinstance(value, dict):
        for item in items:
            found = _first_tensor(item)
            if found is not None:
                return found
    return None
