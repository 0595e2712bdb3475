"""Forward, initialize and load on a whole module tree, as ``named_modules()`` sees it.

A person's own model and a network built with blocks share these: each works on a
copy of the tree (``user_capture.copy_tree``) and gives back the new tree and what
the commit records; the lab that calls it commits only when it succeeded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import torch
import torch.nn as nn
from torch.nn.modules.lazy import LazyModuleMixin

from core.errors import INVALID_ARGUMENT, UNINITIALIZED, UNKNOWN_LAYER, LabError
from core.messages import msg
from core.model import init_apply, initializers, memory, user_capture
from core.model.explain import shape_text
from core.model.inputs import InputSpec, input_elements
from core.model.module_copies import atomic


def forward(lab, root: nn.Module, spec: InputSpec, make: Callable[[], torch.Tensor],
            mode: str, text: str) -> tuple[nn.Module, dict]:
    """``root(x)`` on a copy, traced module by module: (the copy, what to commit)."""
    if mode not in ("train", "eval"):
        raise LabError(INVALID_ARGUMENT, msg(
            "mode must be 'train' or 'eval', got {mode}.", mode=repr(mode)))
    limit = lab.limit()
    memory.check(
        input_elements(spec) * memory.FLOAT_BYTES, limit,
        msg("An input of shape {shape}", shape=shape_text(spec.shape)),
        msg("use a smaller batch or width."))
    net = user_capture.copy_tree(root)

    def run():
        net.train(mode == "train")
        trace = user_capture.traced_forward(net, make(), lab.cache.bins, limit, lab.monitor)
        lab.monitor.step(1, 1)
        return trace

    trace = atomic(run)
    label = (msg("forward {input} (eval)", input=text) if mode == "eval"
             else msg("forward {input}", input=text))
    return net, {"label": label, "trace": trace, "input": spec,
                 "changes": user_capture.changes(root, net)}


def initialize(lab, root: nn.Module, chosen: list[str], init: str, args: dict | None,
               layers, types, params: str, seed: int | None) -> tuple[nn.Module, dict]:
    """``net.apply`` over the whole tree (children depth-first, then the container),
    initializing the modules named in ``chosen``: (the copy, what to commit)."""
    name, valid_args = init_apply.checked_request(init, args, params, seed)
    by_name = dict(root.named_modules())
    for module_name in chosen:
        _require_materialized(module_name, by_name[module_name], name)
    replace = {}
    if name != init_apply.DEFAULT:  # torch.nn.init overwrites all of it: no copy of values
        for module_name in chosen:
            module = by_name[module_name]
            for attr in init_apply.targeted_attrs(module, params):
                param = getattr(module, attr)
                replace[id(param)] = nn.Parameter(torch.empty_like(param), param.requires_grad)
    net = user_capture.copy_tree(root, replace)
    copies = dict(net.named_modules())
    targeted = {id(copies[n]) for n in chosen}
    run = init_apply.apply_run(net, targeted, name, valid_args, params, seed, lab.monitor)
    visits, lines = atomic(run)
    label = msg("init {initializer}{targets}",
                initializer=initializers.describe(name, valid_args),
                targets=init_apply.target_text(layers, types, params))
    return net, {"label": label, "visits": visits, "visit_lines": lines}


def targets(root: nn.Module, name_of: Callable[[object], str], layers: Iterable | None,
            types: Iterable[str] | None) -> list[str]:
    """Dotted names (``""`` is the root) an init step aims at, in named_modules() order:
    the modules ``layers`` name (``name_of`` resolves each reference) with everything
    inside them, then those of the given ``types``."""
    named = list(root.named_modules())
    chosen = [n for n, _ in named]
    if layers is not None:
        if not isinstance(layers, (list, tuple)):
            raise LabError(INVALID_ARGUMENT, msg(
                "layers must be a list of names, got {layers}.", layers=repr(layers)))
        prefixes = {name_of(ref) for ref in layers}
        chosen = [n for n in chosen if any(n == p or n.startswith(p + ".") for p in prefixes)]
    if types is not None:
        if not isinstance(types, (list, tuple)):
            raise LabError(INVALID_ARGUMENT, msg(
                "types must be a list of names, got {types}.", types=repr(types)))
        present = sorted({type(m).__name__ for _, m in named})
        for type_name in types:
            if type_name not in present:
                raise LabError(UNKNOWN_LAYER, msg(
                    "This model has no module of type {name}; its types are {types}.",
                    name=repr(type_name), types=", ".join(present)))
        kinds = dict(named)
        chosen = [n for n in chosen if type(kinds[n]).__name__ in types]
    return chosen


def load(root: nn.Module, state: dict) -> tuple[nn.Module, dict]:
    """``net.load_state_dict`` on a full copy; lazy modules get shapes and values."""
    from core.io.weights import load_into

    net = user_capture.copy_tree(root, share=False)  # loading writes in place
    atomic(lambda: load_into(net, state))
    return net, {"changes": user_capture.changes(root, net)}


def _require_materialized(name: str, module: nn.Module, init: str) -> None:
    if isinstance(module, LazyModuleMixin) and module.has_uninitialized_params():
        raise LabError(UNINITIALIZED, msg(
            "Module {name} ({kind}) has no parameters yet: a lazy module learns its input "
            "size at the first forward pass, so {init} has nothing to initialize. Send a "
            "sample through the network first (forward), then initialize.",
            name=name, kind=type(module).__name__, init=init),
            layer=name, torch_message=init_apply.uninitialized_message(module))
