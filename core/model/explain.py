"""Turn PyTorch's forward-pass errors into explanations in terms of the network."""

from __future__ import annotations

import re

import torch.nn as nn
from torch.nn.modules.batchnorm import _NormBase

from core.errors import RUNTIME, SHAPE_MISMATCH, TOO_LARGE, LabError
from core.messages import msg
from core.model.explain_sequence import explain_sequence
from core.model.explain_sizes import (  # noqa: F401 (Origin, origin_of: for core.model.lab)
    EARLIER_PASS,
    Facts,
    Origin,
    bound_sizes,
    origin_of,
)
from core.model.fixes import forward_fixes
from core.model.snapshot import TraceEntry, shape_text


def forward_error(
    exc: BaseException,
    position: int,
    name: str,
    module: nn.Module,
    input_shape: tuple[int, ...],
    trace: list[TraceEntry],
    origin: Origin | None = None,
    shown_types: dict[str, str] | None = None,
    declared: tuple[str, dict] | None = None,
) -> LabError:
    """Explain why layer ``position`` could not take an input of ``input_shape``.

    ``declared`` is the layer as the network describes it (type name, arguments):
    with it the error carries the fixes core can offer (core/model/fixes.py).
    """
    origin = origin or Origin()
    torch_message = str(exc).strip() or type(exc).__name__
    kind_name = origin.type_name or type(module).__name__
    where = msg("layer {name} ({kind})", name=name, kind=kind_name)
    source = _source(trace, input_shape, shown_types or {})
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
                "{where} failed on an input of shape {shape}; PyTorch says: {torch}",
                where=where,
                shape=shape_text(input_shape),
                torch=_first_line(torch_message),
            ),
            layer=name,
            torch_message=torch_message,
        )
    facts = Facts(module, where, name, input_shape, source, origin, torch_message)
    message = bound_sizes(facts) or _explain(facts)
    layer, args = declared if declared is not None else (None, None)
    fixes = forward_fixes(layer, args, position, input_shape, torch_message,
                          origin.kind == EARLIER_PASS)
    return LabError(SHAPE_MISMATCH, message, layer=name, torch_message=torch_message, fixes=fixes)


def _explain(f: Facts) -> str:
    got = shape_text(f.input_shape)
    dims = re.search(r"expected (\d+)D or (\d+)D input \(got (\d+)D input\)", f.torch_message)
    if dims:
        low, high, actual = dims.groups()
        if int(actual) < int(low) and isinstance(f.module, _NormBase):
            return msg(
                "{where} needs a {low}-D or {high}-D input but gets a {actual}-D one, shape "
                "{got}: it normalizes each channel over a batch of samples. Feed a batch, "
                "such as shape (2, {width}).",
                where=f.where, low=low, high=high, actual=actual, got=got,
                width=f.input_shape[-1] if f.input_shape else 1,
            )
        return msg(
            "{where} needs a {low}-D or {high}-D input but gets a {actual}-D one, shape "
            "{got}; use the 2d variant for images or put a Flatten before it.",
            where=f.where,
            low=low,
            high=high,
            actual=actual,
            got=got,
        )
    if "Output size is too small" in f.torch_message or "Kernel size can't be greater" in (
        f.torch_message
    ):
        return msg(
            "{where}'s kernel is larger than its (padded) input {got}; use a smaller "
            "kernel_size, add padding, or feed a larger input.",
            where=f.where,
            got=got,
        )
    specific = explain_sequence(f.module, f.where, f.input_shape, f.torch_message, f.source)
    if specific is None:
        specific = _explain_more(f.module, f.where, f.input_shape, f.torch_message)
    if specific is not None:
        return specific
    # Nothing more the lab can say truthfully: PyTorch's own words, with the layer's name.
    return msg(
        "{where} cannot take an input of shape {got} from {source}; PyTorch says: {torch}",
        where=f.where,
        got=got,
        source=f.source,
        torch=_first_line(f.torch_message),
    )


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else text
    return line if len(line) <= 300 else line[:297] + "..."


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


def _source(trace: list[TraceEntry], input_shape: tuple[int, ...], shown: dict) -> str:
    """Which earlier layer produced the input: the nearest one that changed shape, named by
    the class the network still shows (``shown``: the failed pass is discarded)."""
    for entry in reversed(trace):
        if entry.input_shape != entry.output_shape:
            kind = shown.get(entry.name, entry.type)
            return msg("layer {name} ({kind})", name=entry.name, kind=kind)
    if trace:
        return msg("the input {shape}", shape=shape_text(trace[0].input_shape))
    return msg("the input {shape}", shape=shape_text(input_shape))
