"""Turn PyTorch's forward-pass errors into explanations in terms of the network."""

from __future__ import annotations

import re

import torch.nn as nn

from core.errors import RUNTIME, SHAPE_MISMATCH, TOO_LARGE, LabError
from core.messages import msg
from core.snapshot import TraceEntry

_MATMUL = re.compile(r"shapes cannot be multiplied \((\d+)x(\d+) and (\d+)x(\d+)\)")


def shape_text(shape: tuple[int, ...]) -> str:
    return "(" + ", ".join(str(s) for s in shape) + ")"


def forward_error(
    exc: BaseException,
    position: int,
    name: str,
    module: nn.Module,
    input_shape: tuple[int, ...],
    trace: list[TraceEntry],
    was_lazy: bool,
) -> LabError:
    """Explain why layer ``position`` could not take an input of ``input_shape``."""
    torch_message = str(exc).strip() or type(exc).__name__
    kind_name = type(module).__name__
    where = msg("layer {name} ({kind})", name=name, kind=kind_name)
    source = _source(trace, input_shape)
    if isinstance(exc, MemoryError) or "not enough memory" in torch_message:
        return LabError(
            TOO_LARGE,
            msg(
                "{where} ran out of memory on an input of shape {shape}; "
                "use a smaller batch or smaller layers.",
                where=where,
                shape=shape_text(input_shape),
            ),
            layer=name,
            torch_message=torch_message,
        )
    if not isinstance(exc, (RuntimeError, ValueError, IndexError, AssertionError, TypeError)):
        return LabError(
            RUNTIME,
            msg(
                "{where} failed on an input of shape {shape}.",
                where=where,
                shape=shape_text(input_shape),
            ),
            layer=name,
            torch_message=torch_message,
        )
    message = _explain(module, where, name, input_shape, source, was_lazy, torch_message)
    return LabError(SHAPE_MISMATCH, message, layer=name, torch_message=torch_message)


def _explain(module, where, name, input_shape, source, was_lazy, torch_message) -> str:
    got = shape_text(input_shape)
    if isinstance(module, nn.Linear) and input_shape and _MATMUL.search(torch_message):
        expected, given = module.in_features, input_shape[-1]
        if was_lazy:
            return msg(
                "{where} was materialized by an earlier forward pass with "
                "{expected} input features, but {source} gives it {given}. A lazy layer "
                "binds its shape at its first forward pass: reset the network to feed "
                "another width, or tie the layer behind a per-width adapter.",
                where=where,
                expected=expected,
                source=source,
                given=given,
            )
        return msg(
            "{where} expects {expected} input features but {source} gives it {given}; "
            "set layer {name}'s in_features to {given} or make it LazyLinear.",
            where=where,
            expected=expected,
            source=source,
            given=given,
            name=name,
        )
    channels = getattr(module, "in_channels", None) or getattr(module, "num_features", None)
    if channels and ("channels" in torch_message or "running_mean" in torch_message):
        given = input_shape[1] if len(input_shape) > 1 else None
        field = "in_channels" if hasattr(module, "in_channels") else "num_features"
        lazy_name = "Lazy" + type(module).__name__
        return msg(
            "{where} expects {channels} channels but {source} gives it {given} "
            "(input shape {got}); set layer {name}'s {field} to {given} or make it "
            "{lazy_name}.",
            where=where,
            channels=channels,
            source=source,
            given=given,
            got=got,
            name=name,
            field=field,
            lazy_name=lazy_name,
        )
    dims = re.search(r"expected (\d+)D or (\d+)D input \(got (\d+)D input\)", torch_message)
    if dims:
        low, high, actual = dims.groups()
        return msg(
            "{where} needs a {low}-D or {high}-D input but gets a {actual}-D one, shape "
            "{got}; use the 2d variant for images or put a Flatten before it.",
            where=where,
            low=low,
            high=high,
            actual=actual,
            got=got,
        )
    if "Output size is too small" in torch_message or "Kernel size can't be greater" in (
        torch_message
    ):
        return msg(
            "{where}'s kernel is larger than its (padded) input {got}; use a smaller "
            "kernel_size, add padding, or feed a larger input.",
            where=where,
            got=got,
        )
    return msg(
        "{where} cannot take an input of shape {got} from {source}; check its arguments "
        "against the shapes in the trace.",
        where=where,
        got=got,
        source=source,
    )


def _source(trace: list[TraceEntry], input_shape: tuple[int, ...]) -> str:
    """Which earlier layer produced the input: the nearest one that changed shape."""
    for entry in reversed(trace):
        if entry.input_shape != entry.output_shape:
            return msg("layer {name} ({kind})", name=entry.name, kind=entry.type)
    if trace:
        return msg("the input {shape}", shape=shape_text(trace[0].input_shape))
    return msg("the input {shape}", shape=shape_text(input_shape))
