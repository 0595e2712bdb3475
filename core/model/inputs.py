"""The input tensor of a forward pass: its shape and how it is filled."""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from core.errors import INVALID_ARGUMENT, LabError
from core.messages import msg

FILLS = ("uniform", "normal", "zeros", "ones", "ids")
IDS = "ids"  # integer ids in [low, high), torch.randint: the input an Embedding takes
MAX_DIMS = 6
MAX_DIM_SIZE = 2**31 - 1  # as for layer sizes; the memory guard refuses far less
FLOAT32 = torch.finfo(torch.float32)
# The seed's input: uniform between finfo(float32).min/10 and finfo(float32).max/10.
SEED_EXTREME_LOW = FLOAT32.min / 10
SEED_EXTREME_HIGH = FLOAT32.max / 10


@dataclass(frozen=True)
class InputSpec:
    """Defaults follow ``torch.rand``: uniform on [0, 1). Fill ``ids`` draws integers
    (int64) in [low, high) with ``torch.randint``, as an ``nn.Embedding`` needs."""

    shape: tuple[int, ...]
    fill: str = "uniform"
    low: float = 0.0
    high: float = 1.0
    mean: float = 0.0
    std: float = 1.0
    seed: int | None = None  # None: draw from the global generator, as torch.rand does

    def describe(self) -> str:
        shape = "(" + ", ".join(str(s) for s in self.shape) + ")"
        if self.fill == "uniform":
            if (self.low, self.high) == (SEED_EXTREME_LOW, SEED_EXTREME_HIGH):
                return msg("{shape} uniform ±finfo(float32).max/10", shape=shape)
            return msg("{shape} uniform[{low}, {high})", shape=shape,
                       low=f"{self.low:g}", high=f"{self.high:g}")
        if self.fill == "normal":
            return msg("{shape} normal(mean={mean}, std={std})", shape=shape,
                       mean=f"{self.mean:g}", std=f"{self.std:g}")
        if self.fill == IDS:
            return msg("{shape} ids in [{low}, {high})", shape=shape,
                       low=int(self.low), high=int(self.high))
        if self.fill == "zeros":
            return msg("{shape} zeros", shape=shape)
        return msg("{shape} ones", shape=shape) if self.fill == "ones" else f"{shape} {self.fill}"


def input_spec(
    shape: object,
    fill: object = "uniform",
    low: object = 0.0,
    high: object = 1.0,
    mean: object = 0.0,
    std: object = 1.0,
    seed: object = None,
) -> InputSpec:
    """A checked InputSpec, or ``invalid_argument`` naming the field."""
    if not isinstance(shape, (list, tuple)) or not shape or len(shape) > MAX_DIMS:
        raise LabError(
            INVALID_ARGUMENT,
            msg(
                "The input shape must be a list of 1 to {limit} sizes, got {shape}.",
                limit=MAX_DIMS, shape=repr(shape),
            ),
        )
    dims = []
    for dim in shape:
        if isinstance(dim, bool) or not isinstance(dim, int) or not 1 <= dim <= MAX_DIM_SIZE:
            raise LabError(
                INVALID_ARGUMENT,
                msg(
                    "Every input dimension must be a whole number from 1 to {largest}; got "
                    "{dim} in {shape}.",
                    largest=MAX_DIM_SIZE, dim=_show(dim), shape=_show(list(shape)),
                ),
            )
        dims.append(dim)
    if fill not in FILLS:
        raise LabError(
            INVALID_ARGUMENT,
            msg(
                "fill must be one of {fills}, got {fill}.", fills=", ".join(FILLS), fill=repr(fill)
            ),
        )
    numbers = {"low": low, "high": high, "mean": mean, "std": std}
    for field, value in numbers.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise LabError(
                INVALID_ARGUMENT,
                msg("{field} must be a number, got {value}.", field=field, value=_show(value)),
            )
        if abs(value) > FLOAT32.max or not math.isfinite(value):  # a huge int: no float()
            raise LabError(
                INVALID_ARGUMENT,
                msg(
                    "{field} must be a finite float32 number (|x| ≤ {limit}), got {value}.",
                    field=field, limit=f"{FLOAT32.max:.4g}", value=_show(value),
                ),
            )
    if fill == IDS:
        _check_ids(low, high)
    if fill == "uniform" and not low < high:
        raise LabError(
            INVALID_ARGUMENT,
            msg("low must be below high, got [{low}, {high}).", low=low, high=high),
        )
    if fill == "uniform" and high - low > FLOAT32.max:
        raise LabError(
            INVALID_ARGUMENT,
            msg(
                "high - low must stay within float32 ({limit}); got [{low}, {high}). "
                "The seed's extreme range, ±finfo(float32).max/10, fits.",
                limit=f"{FLOAT32.max:.4g}", low=low, high=high,
            ),
        )
    if fill == "normal" and std < 0:
        raise LabError(INVALID_ARGUMENT, msg("std must be at least 0, got {std}.", std=std))
    check_seed(seed)
    return InputSpec(tuple(dims), fill, float(low), float(high), float(mean), float(std), seed)


def _check_ids(low: object, high: object) -> None:
    whole = all(float(v).is_integer() for v in (low, high))  # finite: checked before
    if not whole or not 0 <= low < high <= MAX_DIM_SIZE:
        raise LabError(
            INVALID_ARGUMENT,
            msg(
                "ids are whole numbers in [low, high): low and high must be whole numbers with "
                "0 ≤ low < high ≤ {largest}, got [{low}, {high}). For an Embedding, high is "
                "its num_embeddings.",
                largest=MAX_DIM_SIZE, low=_show(low), high=_show(high),
            ),
        )


def make_input(spec: InputSpec) -> torch.Tensor:
    generator = torch.Generator().manual_seed(spec.seed) if spec.seed is not None else None
    if spec.fill == IDS:
        return torch.randint(int(spec.low), int(spec.high), spec.shape, generator=generator)
    if spec.fill == "zeros":
        return torch.zeros(spec.shape)
    if spec.fill == "ones":
        return torch.ones(spec.shape)
    x = torch.empty(spec.shape)
    if spec.fill == "normal":
        return x.normal_(spec.mean, spec.std, generator=generator)
    if (spec.low, spec.high) == (0.0, 1.0):
        return torch.rand(spec.shape, generator=generator)  # exactly torch.rand
    return x.uniform_(spec.low, spec.high, generator=generator)


def input_elements(spec: InputSpec) -> int:
    return math.prod(spec.shape)


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check_seed(seed) -> None:
    """Refuse (LabError) a seed that is neither None nor a whole number in [0, 2**63)."""
    if seed is not None and (
        isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**63
    ):
        raise LabError(
            INVALID_ARGUMENT,
            msg("seed must be a whole number from 0 to 2**63-1, got {seed}.", seed=repr(seed)),
        )
