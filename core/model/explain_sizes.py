"""Explain a layer whose sizes do not fit its input, true to where those sizes came from.

A width or channel count can be fixed four ways: declared up front (``Linear(20, 256)``),
inferred by an earlier forward pass, taken from loaded weights while the layer is still
lazy, or inferred earlier in this same pass at another place that runs the same (tied)
module. Each tells a person something different to do, so each has its own message;
every number comes from the tensors and PyTorch's message, never from an attribute a
lazy layer leaves at 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import torch.nn as nn
from torch.nn.modules.batchnorm import _NormBase

from core.messages import msg
from core.model.snapshot import HALF_LAZY, MATERIALIZED, shape_text

EAGER = "eager"  # declared with its sizes (Linear, Conv2d, BatchNorm1d)
EARLIER_PASS = "earlier_pass"  # lazy, bound by a forward pass before this one
LOADED = "loaded"  # lazy, its sizes fixed by loaded weights (half-lazy)
THIS_PASS = "this_pass"  # lazy, bound earlier in this same pass at a tied position
THIS_CALL = "this_call"  # lazy, binding in the very call that failed

_MATMUL = re.compile(r"shapes cannot be multiplied \((\d+)x(\d+) and (\d+)x(\d+)\)")
_LAZY_WIDTH = re.compile(r"in_features inferred from input: (\d+) is not equal to "
                         r"in_features from self\.weight: (\d+)")
_CONV_CHANNELS = re.compile(r"to have (\d+) channels, but got (\d+) channels")
_NORM_CHANNELS = re.compile(r"running_(?:mean|var) should contain (\d+) elements not (\d+)")


@dataclass(frozen=True)
class Origin:
    """Where the failing layer's sizes came from: what its explanation may say."""

    kind: str = EAGER
    tied_to: str | None = None  # an earlier position in this pass running the same module
    # its class when the pass began: what the network in front of the user still shows,
    # as a failed pass is discarded (PyTorch may have turned a LazyConv2d into a Conv2d)
    type_name: str | None = None


def origin_of(
    declared_lazy: bool, state_at_start: str, tied_to: str | None, type_name: str | None = None
) -> Origin:
    """The origin of a layer's sizes from its declared type and its state when the pass
    began (one of core.model.snapshot's module states)."""
    if not declared_lazy:
        kind = EAGER
    elif state_at_start == MATERIALIZED:
        kind = EARLIER_PASS
    elif state_at_start == HALF_LAZY:
        kind = LOADED
    else:
        kind = THIS_PASS if tied_to else THIS_CALL
    return Origin(kind, tied_to, type_name)


@dataclass(frozen=True)
class Facts:
    """What is known about one failed layer call."""

    module: nn.Module
    where: str  # "layer 2 (Linear)"
    name: str
    input_shape: tuple[int, ...]
    source: str  # the layer (or input) that produced the input
    origin: Origin
    torch_message: str


def bound_sizes(f: Facts) -> str | None:
    """The explanation when the layer's width, channels or groups do not fit, or None."""
    if "divisible by groups" in f.torch_message and hasattr(f.module, "groups"):
        return _groups(f)
    if isinstance(f.module, _NormBase) and "tuple index out of range" in f.torch_message:
        if isinstance(f.module, (nn.BatchNorm2d, nn.LazyBatchNorm2d)):
            return msg(
                "{where} reads its num_features from dimension 1 of its input, but the input "
                "{got} has no dimension 1: it normalizes each channel of a batch of images. "
                "Feed images shaped (N, C, H, W), such as (2, 3, 8, 8).",
                where=f.where, got=shape_text(f.input_shape),
            )
        return msg(
            "{where} reads its num_features from dimension 1 of its input, but the input {got} "
            "has no dimension 1: it normalizes each channel over a batch of samples. Feed a "
            "batch, such as shape (2, {width}).",
            where=f.where, got=shape_text(f.input_shape),
            width=f.input_shape[-1] if f.input_shape else 1,
        )
    width = _width_mismatch(f)
    if width is not None:
        return _mismatch(f, *width, unit=msg("input features"), field="in_features")
    channels = _channel_mismatch(f)
    if channels is not None:
        field = "num_features" if isinstance(f.module, _NormBase) else "in_channels"
        return _mismatch(f, *channels, unit=msg("channels"), field=field)
    return None


def _width_mismatch(f: Facts) -> tuple[int, int] | None:
    """(expected, given) input features of a Linear layer, from PyTorch's message."""
    lazy = _LAZY_WIDTH.search(f.torch_message)
    if lazy:
        return int(lazy[2]), int(lazy[1])
    matmul = _MATMUL.search(f.torch_message)
    if matmul and isinstance(f.module, nn.Linear) and f.input_shape:
        return int(matmul[3]), f.input_shape[-1]
    return None


def _channel_mismatch(f: Facts) -> tuple[int, int] | None:
    """(expected, given) channels of a convolution or batch norm, from PyTorch's message."""
    conv = _CONV_CHANNELS.search(f.torch_message)
    if conv:
        return int(conv[1]), int(conv[2])
    norm = _NORM_CHANNELS.search(f.torch_message)
    if norm:
        return int(norm[2]), int(norm[1])
    return None


def _mismatch(f: Facts, expected: int, given: int, unit: str, field: str) -> str:
    kind, tied_to = f.origin.kind, f.origin.tied_to
    common = {"where": f.where, "expected": expected, "given": given, "unit": unit,
              "source": f.source, "got": shape_text(f.input_shape), "name": f.name,
              "first": tied_to, "field": field}
    if kind == THIS_PASS:
        return msg(
            "{where} is the same module as layer {first} (tied): it took {expected} {unit} "
            "when layer {first} ran earlier in this forward pass, but {source} gives it "
            "{given}. Tied places share one weight, so each must receive the same size; "
            "change the layers before one of them, or untie layer {name}.", **common)
    if kind == EARLIER_PASS:
        return msg(
            "{where} was materialized by an earlier forward pass with {expected} {unit}, "
            "but {source} gives it {given}. A lazy layer binds its shape at its first forward "
            "pass: reset the network to feed another size, or tie the layer behind a "
            "per-size adapter.", **common)
    if kind == LOADED:
        return msg(
            "{where} holds weights loaded from a file for {expected} {unit}, but {source} "
            "gives it {given}. It is still lazy, yet the loaded weights fixed its size: feed "
            "{expected} {unit}, or reset the network so that it infers the size again (the "
            "loaded weights are then discarded).", **common)
    if kind == EAGER and tied_to:
        return msg(
            "{where} expects {expected} {unit} but {source} gives it {given}; it is the same "
            "module as layer {first} (tied), so both places take {expected}. Change the "
            "layers before it, or untie layer {name}.", **common)
    if kind == EAGER:
        return msg(
            "{where} expects {expected} {unit} but {source} gives it {given}; set layer "
            "{name}'s {field} to {given} or make it {lazy}.",
            lazy="Lazy" + type(f.module).__name__, **common)
    return None  # a lazy layer binding in this very call: nothing true to add here


def _groups(f: Facts) -> str:
    channels = getattr(f.module, "in_channels", None)
    if not channels and len(f.input_shape) > 1:
        channels = f.input_shape[1]
    return msg(
        "{where} splits its input channels into groups = {groups}, but {source} gives it "
        "{channels} channels (input shape {got}), which {groups} does not divide. Feed a "
        "channel count divisible by {groups}, or edit the layer's groups.",
        where=f.where, groups=f.module.groups, source=f.source, channels=channels,
        got=shape_text(f.input_shape),
    )
