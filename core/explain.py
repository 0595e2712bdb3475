"""Turn PyTorch's forward-pass errors into explanations in terms of the network."""

from __future__ import annotations

import re

import torch.nn as nn

from core.errors import RUNTIME, SHAPE_MISMATCH, TOO_LARGE, LabError
from core.fixes import forward_fixes
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
    declared: tuple[str, dict] | None = None,
) -> LabError:
    """Explain why layer ``position`` could not take an input of ``input_shape``.

    ``declared`` is the layer as the network describes it (type name, arguments):
    with it the error carries the fixes core can offer (core/fixes.py).
    """
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
    layer, args = declared if declared is not None else (None, None)
    fixes = forward_fixes(layer, args, position, input_shape, torch_message, was_lazy)
    return LabError(SHAPE_MISMATCH, message, layer=name, torch_message=torch_message, fixes=fixes)


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
    specific = _explain_more(module, where, input_shape, torch_message)
    if specific is not None:
        return specific
    return msg(
        "{where} cannot take an input of shape {got} from {source}; check its arguments "
        "against the shapes in the trace.",
        where=where,
        got=got,
        source=source,
    )


def _explain_more(module, where, input_shape, torch_message) -> str | None:
    """Explanations for the other shape failures a person meets: wrong number of
    dimensions, a dim that does not exist, LayerNorm's trailing shape, batch of one."""
    got, rank = shape_text(input_shape), len(input_shape)
    conv = re.search(r"Expected (\d+)D \(unbatched\) or (\d+)D \(batched\) input", torch_message)
    bare = re.search(r"expected (\d+)D input \(got (\d+)D input\)", torch_message)
    if conv or bare:
        need = (msg("{low}-D (unbatched) or {high}-D (batched)", low=conv[1], high=conv[2])
                if conv else msg("{count}-D", count=bare[1]))
        return msg(
            "{where} needs a {need} input but gets a {actual}-D one, shape {got}; change the "
            "input's shape (add or flatten dimensions), or choose a layer made for that shape.",
            where=where, need=need, actual=rank, got=got,
        )
    out_of_range = re.search(r"Dimension out of range \(expected to be in range of "
                             r"\[(-?\d+), (-?\d+)\], but got (-?\d+)\)", torch_message)
    if out_of_range:
        low, high, wanted = out_of_range.groups()
        return msg(
            "{where} works on dimension {wanted}, which a {rank}-D input {got} does not have; "
            "choose a dimension from {low} to {high} (edit the layer) or feed more dimensions.",
            where=where, wanted=wanted, rank=rank, got=got, low=low, high=high,
        )
    if isinstance(module, nn.LayerNorm) and "normalized_shape" in torch_message:
        trailing = list(module.normalized_shape)
        return msg(
            "{where} normalizes over trailing dimensions {trailing}, but the input {got} ends "
            "with {actual}; set normalized_shape to the input's last dimensions.",
            where=where, trailing=trailing, got=got,
            actual=list(input_shape[-len(trailing):]) if rank >= len(trailing) else list(
                input_shape),
        )
    if "more than 1 value per channel" in torch_message:
        return msg(
            "{where} needs more than one value per channel to compute batch statistics in "
            "training mode, but the input {got} has one; use a batch of at least 2 or run in "
            "eval mode.",
            where=where, got=got,
        )
    if "Padding size should be less than" in torch_message:
        return msg(
            "{where}'s padding is as large as its input {got}, which padding_mode "
            "'{mode}' cannot fill; use less padding, padding_mode 'zeros', or a larger input.",
            where=where, got=got, mode=getattr(module, "padding_mode", "reflect"),
        )
    if "Input dimension should be at least" in torch_message or "Expected 3D or 4D" in (
        torch_message
    ):
        return msg(
            "{where} needs an input with height and width (at least 3-D, such as (C, H, W)) "
            "but gets shape {got}; feed images or remove the layer.",
            where=where, got=got,
        )
    return None


def _source(trace: list[TraceEntry], input_shape: tuple[int, ...]) -> str:
    """Which earlier layer produced the input: the nearest one that changed shape."""
    for entry in reversed(trace):
        if entry.input_shape != entry.output_shape:
            return msg("layer {name} ({kind})", name=entry.name, kind=entry.type)
    if trace:
        return msg("the input {shape}", shape=shape_text(trace[0].input_shape))
    return msg("the input {shape}", shape=shape_text(input_shape))
