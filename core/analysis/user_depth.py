"""Depth statistics on a person's own model: measured at every layer call, no theory.

A user's model has its own ``forward`` (residual sums, concatenations, a layer called
twice), so there is no chain of positions for theory to follow: each call of a leaf
module (one without children: a Linear, a ReLU, a BatchNorm) is one point of the
curve, in call order, with its output's and its gradient's spread measured as for a
Sequential; the expected values are NaN (said so in the Depth view's legend).
"""

from __future__ import annotations

import math

import torch
import torch.nn as nn

from core.analysis.layer_stat import LayerStat
from core.analysis.layer_stat import spread as _std
from core.errors import SHAPE_MISMATCH, LabError
from core.messages import msg


def layer_stats(net: nn.Module, x: torch.Tensor, gradient_seed: int, mode: str) -> tuple:
    """One LayerStat per leaf module call, in call order (``position`` counts the calls)."""
    leaves = {}
    for name, module in net.named_modules():
        if name and next(module.children(), None) is None:
            leaves.setdefault(id(module), (name, module))
    calls: list[tuple[str, str, torch.Tensor]] = []
    gradients: dict[int, float] = {}

    def record(module: nn.Module, args: tuple, output) -> None:
        if not isinstance(output, torch.Tensor):
            return  # a tuple (an LSTM): nothing one spread could say
        index = len(calls)
        calls.append((leaves[id(module)][0], type(module).__name__, output))
        if output.requires_grad:
            output.register_hook(lambda grad, i=index: gradients.__setitem__(i, _std(grad)))

    handles = [m.register_forward_hook(record) for _, m in leaves.values()]
    try:
        net.train(mode == "train")
        try:
            out = net(x.clone().requires_grad_(True))
        except Exception as exc:
            raise LabError(SHAPE_MISMATCH, msg(
                "The depth batch of shape {shape} does not fit the network: {error} Give a "
                "shape whose last dimensions match the network's input.",
                shape=list(x.shape), error=str(exc).split("\n")[0]),
                torch_message=str(exc)) from exc
        if not isinstance(out, torch.Tensor):
            raise LabError(SHAPE_MISMATCH, msg(
                "Depth statistics need the model to return one tensor, but it returned "
                "{type}.", type=type(out).__name__))
        generator = torch.Generator().manual_seed(gradient_seed)
        target = torch.randn(out.shape, generator=generator)
        (out * target).sum().backward()
    finally:
        for handle in handles:
            handle.remove()
    return tuple(
        LayerStat(i, name, kind, _std(output), gradients.get(i, math.nan), math.nan, math.nan)
        for i, (name, kind, output) in enumerate(calls))
