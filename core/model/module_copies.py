"""Copies of committed modules, and running work so that a failure leaves no trace.

Committed modules are never mutated (see ``core/model/lab.py``): work that changes a
module (a forward pass materializing a lazy layer, a backward pass, running
statistics) happens on a copy, and a failure restores the global random stream.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import torch
import torch.nn as nn
from torch.nn.modules.lazy import LazyModuleMixin

from core.model.deep_copy import deep_copy


def atomic(operation: Callable):
    """Run ``operation``; on failure restore the global random stream and re-raise."""
    rng = torch.get_rng_state()
    try:
        return operation()
    except BaseException:
        torch.set_rng_state(rng)
        raise


def copy_sharing(module: nn.Module, shared: Iterable[torch.Tensor] = ()) -> nn.Module:
    """A deep copy of ``module`` that reuses the ``shared`` tensor objects as they are.

    ``UninitializedBuffer`` cannot be deep-copied, so each gets a fresh one.
    """
    from torch.nn.parameter import UninitializedBuffer

    memo: dict[int, object] = {id(t): t for t in shared}
    for buffer in module.buffers():
        if isinstance(buffer, UninitializedBuffer):
            memo[id(buffer)] = UninitializedBuffer(
                buffer.requires_grad, device=buffer.device, dtype=buffer.dtype
            )
    return deep_copy(module, memo)


def materialized(module: nn.Module) -> list[torch.Tensor]:
    """The parameters of ``module`` that have values (not lazy)."""
    from torch.nn.parameter import is_lazy

    return [p for p in module.parameters() if not is_lazy(p)]


def changes_in_forward(module: nn.Module) -> bool:
    """Forward mutates lazy modules (materialization) and buffers (running stats)."""
    return isinstance(module, LazyModuleMixin) or any(True for _ in module.buffers())
