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

import copy

import torch
import torch.nn as nn

from core import initializers
from core.messages import msg

DEFAULT = "default"


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
    return copy.deepcopy(module, memo=memo)


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
