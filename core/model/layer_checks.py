"""Combinations of layer arguments torch rejects obscurely, refused here in plain words.

Each check runs on arguments the schema already validated field by field; torch would
reject these at construction with a terse message, or only at the first forward pass.
"""

from __future__ import annotations

from typing import Any

from core.errors import INVALID_ARGUMENT, LabError
from core.messages import msg

POOLS = {f"{kind}Pool{d}d": d for kind in ("Max", "Avg") for d in (1, 2, 3)}


def _pair(value: Any, dims: int) -> tuple:
    """An int-or-tuple window argument as a tuple of ``dims`` ints."""
    return tuple(value) if isinstance(value, tuple) else (value,) * dims


def _refuse(message: str) -> None:
    raise LabError(INVALID_ARGUMENT, message)


def _dims(name: str) -> int:
    return int(name[-2]) if name.endswith("d") and name[-2].isdigit() else 1


def _check_conv(name: str, valid: dict) -> None:
    groups = valid["groups"]
    for field in ("in_channels", "out_channels"):
        if field in valid and valid[field] % groups:
            _refuse(
                msg(
                    "{name}: groups must divide {field} ({value}); "
                    "groups={groups} does not. Allowed: a divisor of {value}.",
                    name=name, field=field, value=valid[field], groups=groups,
                )
            )
    if valid["padding"] == "same" and any(s != 1 for s in _pair(valid["stride"], 1)):
        _refuse(
            msg(
                "{name}: padding='same' needs stride 1, got stride={stride}. "
                "Use stride 1 or give padding as integers (at least 0).",
                name=name, stride=repr(valid["stride"]),
            )
        )
    if "output_padding" in valid:
        dims = _dims(name)
        triples = zip(_pair(valid["output_padding"], dims), _pair(valid["stride"], dims),
                      _pair(valid["dilation"], dims), strict=True)
        if any(o >= s and o >= d for o, s, d in triples):
            _refuse(
                msg(
                    "{name}: output_padding must be smaller than stride or dilation (in each "
                    "dimension), got output_padding={output_padding} with stride={stride} and "
                    "dilation={dilation}.",
                    name=name, output_padding=repr(valid["output_padding"]),
                    stride=repr(valid["stride"]), dilation=repr(valid["dilation"]),
                )
            )


def _check_pool_padding(name: str, valid: dict) -> None:
    dims = POOLS[name]
    kernel, padding = _pair(valid["kernel_size"], dims), _pair(valid["padding"], dims)
    if any(p > k // 2 for p, k in zip(padding, kernel, strict=True)):
        limit = ", ".join(str(k // 2) for k in kernel)
        _refuse(
            msg(
                "{name}: padding must be at most half of kernel_size (from 0 to {limit}), "
                "got padding={padding} with kernel_size={kernel_size}.",
                name=name, limit=limit, padding=repr(valid["padding"]),
                kernel_size=repr(valid["kernel_size"]),
            )
        )


def _check_divides(name: str, valid: dict, whole: str, part: str) -> None:
    if valid[whole] % valid[part]:
        _refuse(
            msg(
                "{name}: {part} ({parts}) must divide {whole} ({value}). Allowed: a divisor "
                "of {value}.",
                name=name, part=part, parts=valid[part], whole=whole, value=valid[whole],
            )
        )


def _check_sequence(name: str, valid: dict) -> None:
    if name == "Embedding" and valid["padding_idx"] is not None:
        count = valid["num_embeddings"]
        if not -count <= valid["padding_idx"] < count:
            _refuse(
                msg(
                    "Embedding: padding_idx must be an id from {low} to {high} (or null), "
                    "got {value}.",
                    low=-count, high=count - 1, value=valid["padding_idx"],
                )
            )
    if name == "LSTM" and valid["proj_size"] >= valid["hidden_size"]:
        _refuse(
            msg(
                "LSTM: proj_size ({proj}) must be smaller than hidden_size ({hidden}); 0 means "
                "no projection.",
                proj=valid["proj_size"], hidden=valid["hidden_size"],
            )
        )
    if name == "MultiheadAttention":
        _check_divides(name, valid, "embed_dim", "num_heads")
    if name == "TransformerEncoderLayer":
        _check_divides(name, valid, "d_model", "nhead")


def check(name: str, valid: dict) -> None:
    """Refuse ``valid`` arguments of layer ``name`` that torch cannot use together."""
    if "groups" in valid:
        _check_conv(name, valid)
    if name in POOLS:
        _check_pool_padding(name, valid)
    if name == "GroupNorm":
        _check_divides(name, valid, "num_channels", "num_groups")
    _check_sequence(name, valid)
    if name == "LayerNorm" and valid["normalized_shape"] == ():
        _refuse(msg("LayerNorm: normalized_shape must hold at least one integer of at least 1."))
    if name == "Flatten":
        start, end = valid["start_dim"], valid["end_dim"]
        if (start >= 0) == (end >= 0) and start > end:
            _refuse(
                msg("Flatten: start_dim ({start}) must be at most end_dim ({end}).",
                    start=start, end=end)
            )
