"""How ``Lab.initialize`` applies an initializer to one module's copy, as PyTorch would.

The Lab never writes into a committed module: it initializes a copy. What the copy
holds before the initializer runs must not show through afterwards, so a tensor is
left uninitialized (``torch.empty_like``) only where the initializer is known to
overwrite every element: each ``torch.nn.init`` function does (a test proves it for
every one of them, at every argument). A layer's own ``reset_parameters()`` is not
such a function: a lazy layer holding loaded weights, before its first forward pass,
skips it entirely and keeps its weights. So ``"default"`` works on real copies and
keeps the original tensor wherever ``reset_parameters()`` wrote nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import torch
import torch.nn as nn
from torch.nn.modules.lazy import LazyModuleMixin

from core.errors import INVALID_ARGUMENT, UNINITIALIZED, UNKNOWN_LAYER, LabError
from core.messages import msg
from core.model import catalogue, initializers
from core.model.deep_copy import deep_copy
from core.model.inputs import check_seed
from core.model.network import sequential

DEFAULT = "default"
PARAM_CHOICES = ("weight", "bias", "all")


def checked_request(init: str, args: dict | None, params: str, seed: int | None):
    """(initializer name, validated arguments), or the LabError saying what is wrong."""
    spec = initializers.initializer_spec(init)
    if spec.name == DEFAULT:
        if args:
            raise LabError(INVALID_ARGUMENT, msg("default takes no arguments."))
        valid_args: dict = {}
    else:
        valid_args = initializers.validate_init_args(spec.name, args)
    if params not in PARAM_CHOICES:
        raise LabError(
            INVALID_ARGUMENT,
            msg("params must be weight, bias or all, got {params}.", params=repr(params)),
        )
    check_seed(seed)
    return spec.name, valid_args


def targets(version, layers: Iterable[str] | None, types: Iterable[str] | None) -> list[int]:
    """The positions an init step aims at: by name or position, then by class name."""
    network = version.network
    net = list(version.net())
    chosen = list(range(len(network.names())))
    if layers is not None:
        if not isinstance(layers, (list, tuple)):
            raise LabError(
                INVALID_ARGUMENT,
                msg("layers must be a list of names, got {layers}.", layers=repr(layers)),
            )
        wanted = {network.position_of(ref) for ref in layers}
        chosen = [p for p in chosen if p in wanted]
    if types is not None:
        if not isinstance(types, (list, tuple)):
            raise LabError(
                INVALID_ARGUMENT,
                msg("types must be a list of names, got {types}.", types=repr(types)),
            )
        for type_name in types:
            if not _known_type(type_name):
                raise LabError(
                    UNKNOWN_LAYER,
                    msg(
                        "Unknown layer type {name} in types; use a class name such as "
                        "Linear, Conv2d or LazyLinear.",
                        name=repr(type_name),
                    ),
                )
        chosen = [p for p in chosen if type(net[p]).__name__ in types]
    return chosen


def _known_type(type_name: str) -> bool:
    return any(type_name in (s.name, s.becomes) for s in catalogue.LAYERS.values()) or (
        type_name == "Sequential"
    )


def require_materialized(version, position: int, init: str) -> None:
    """Refuse a target that is a lazy layer with nothing to initialize yet.

    PyTorch's torch.nn.init functions raise there too; its reset_parameters() would
    silently skip such a layer, which the lab refuses so nothing looks initialized.
    """
    module = version.modules[version.network.entries[position].owner]  # no Sequential built
    if not (isinstance(module, LazyModuleMixin) and module.has_uninitialized_params()):
        return
    name = version.network.names()[position]
    raise LabError(
        UNINITIALIZED,
        msg(
            "Layer {name} ({kind}) has no parameters yet: a lazy layer "
            "learns its input size at the first forward pass, so {init} has nothing to "
            "initialize. Send a sample through the network first (forward), then initialize.",
            name=name, kind=type(module).__name__, init=init,
        ),
        layer=name,
        torch_message=uninitialized_message(module),
    )


def prepared(version, positions: list[int], init: str, args: dict, params: str,
             seed: int | None, monitor) -> tuple[dict, Callable[[], tuple]]:
    """The new modules (targets copied) and the ``net.apply`` run that initializes them,
    returning (visited types, "Init ..." lines) as the lesson prints them. ``monitor``
    (core.cancel) hears of each module visited and may cancel between them."""
    target_uids = {version.network.entries[p].owner for p in positions}
    modules = {
        uid: copy_for_init(m, init, params) if uid in target_uids else m
        for uid, m in version.modules.items()
    }
    targeted = {id(modules[uid]) for uid in target_uids}
    net = sequential(version.network, modules)
    return modules, apply_run(net, targeted, init, args, params, seed, monitor)


def apply_run(net: nn.Module, targeted: set[int], init: str, args: dict, params: str,
              seed: int | None, monitor) -> Callable[[], tuple]:
    """``net.apply`` (children depth-first, then the container) initializing the modules
    whose ids are ``targeted``, after ``torch.manual_seed(seed)`` on a forked stream if
    given; the run returns (visited types, "Init ..." lines) as the lesson prints them."""
    total = len(list(net.modules()))

    def run() -> tuple:
        visits: list[str] = []
        lines: list[str] = []

        def visit(module: nn.Module) -> None:
            monitor.step(len(visits), total, type(module).__name__)
            visits.append(type(module).__name__)
            lines.append(f"Init {module}")
            if id(module) in targeted:
                initialize_module(module, init, args, params)

        if seed is None:
            net.apply(visit)
        else:
            with torch.random.fork_rng(devices=[]):
                torch.manual_seed(seed)
                net.apply(visit)
        monitor.step(total, total)
        return tuple(visits), tuple(lines)

    return run


def targeted_attrs(module: nn.Module, params: str) -> list[str]:
    """The module's own parameters an ``init ... params`` step aims at."""
    return [n for n, _ in module.named_parameters(recurse=False) if params in ("all", n)]


def copy_for_init(module: nn.Module, init: str, params: str) -> nn.Module:
    """A copy to initialize; its buffers are copied, its parameters shared unless targeted.

    Targeted parameters of a ``torch.nn.init`` function get an uninitialized tensor of
    the same shape (the function overwrites all of it: no need to copy the old values).
    For ``"default"`` every parameter stays shared here; ``initialize_module`` gives
    ``reset_parameters()`` copies to write into.
    """
    memo: dict[int, object] = {}
    chosen = set(targeted_attrs(module, params))
    for attr, param in module.named_parameters(recurse=False):
        if attr in chosen and init != DEFAULT:
            memo[id(param)] = nn.Parameter(torch.empty_like(param), param.requires_grad)
        else:
            memo[id(param)] = param
    return deep_copy(module, memo)


def initialize_module(module: nn.Module, init: str, args: dict, params: str) -> None:
    """Apply ``init`` to the targeted parameters of ``module`` (the operation's own copy)."""
    chosen = targeted_attrs(module, params)
    if not chosen:
        return
    if init == DEFAULT:
        _reset_parameters(module, chosen)
        return
    for attr in chosen:
        # the module is this operation's copy, discarded on failure: no second copy
        initializers.apply_initializer(init, args, getattr(module, attr), scratch=True)


def _reset_parameters(module: nn.Module, chosen: list[str]) -> None:
    """``module.reset_parameters()`` on copies of its parameters, as PyTorch would run it.

    Afterwards only targeted parameters that it wrote keep their new values; the others,
    and targeted ones it left alone (a half-lazy layer skips), are the original tensors
    again, so they also count as unchanged in the snapshot.
    """
    if not hasattr(module, "reset_parameters"):
        return
    originals = dict(module.named_parameters(recurse=False))
    copies = {}
    for attr, param in originals.items():
        clone = nn.Parameter(param.detach().clone(), param.requires_grad)
        copies[attr] = (clone, clone._version, clone.data_ptr())
        module._parameters[attr] = clone
    module.reset_parameters()
    for attr, (clone, version, pointer) in copies.items():
        now = module._parameters.get(attr)
        untouched = now is clone and clone._version == version and clone.data_ptr() == pointer
        if attr not in chosen or untouched:
            module._parameters[attr] = originals[attr]


def uninitialized_message(module: nn.Module) -> str:
    """The message PyTorch itself gives when an initializer meets an uninitialized weight."""
    try:
        torch.nn.init.xavier_uniform_(module.weight)
    except Exception as exc:  # the message PyTorch itself gives
        return str(exc)
    return ""


def target_text(layers, types, params) -> str:
    """" on layers 0, 2; types Linear (all)": what an init step aimed at, for its label."""
    parts = []
    if layers:
        parts.append(msg("layers {names}", names=", ".join(str(x) for x in layers)))
    if types is not None:
        parts.append(msg("types {names}", names=", ".join(types)))
    if len(parts) == 2:
        on = msg(" on {first}; {second}", first=parts[0], second=parts[1])
    else:
        on = msg(" on {targets}", targets=parts[0]) if parts else ""
    if params == "weight":
        return on
    return msg("{targets} ({params})", targets=on, params=params)
