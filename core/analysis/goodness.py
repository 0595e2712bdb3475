"""How well measured values fit an expected distribution: moments and the KS statistic.

The Kolmogorov–Smirnov statistic sup |F_n − F| is computed over the sorted
values one chunk at a time, so its float64 scratch stays a few MiB however
large the tensor (the memory guard counts ``ks_scratch_bytes`` for it).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np
import torch

# The KS statistic's chunking; its memory estimate lives with the others in core.model.memory.
from core.model.memory import KS_CHUNK, KS_TEMPORARIES, ks_scratch_bytes  # noqa: F401

if TYPE_CHECKING:
    from core.analysis.distributions import Distribution


@dataclass(frozen=True)
class Fit:
    """How a measured tensor compares with its expected distribution."""

    expected_std: float
    measured_std: float
    expected_mean: float
    measured_mean: float
    ks: float  # Kolmogorov–Smirnov statistic; nan without a known distribution
    n: int


def ks_statistic(
    values: torch.Tensor | np.ndarray, dist: Distribution, is_sorted: bool = False
) -> float:
    """sup over x of |F_n(x) − F(x)|, exact also where F or F_n jump (ties, atoms).

    Between consecutive distinct sample values F_n is constant and F monotone, so
    the supremum is reached at a sample value, from the left or from the right.
    """
    if not dist.known:
        return math.nan
    if not isinstance(values, torch.Tensor):
        values = torch.from_numpy(np.asarray(values, dtype=np.float64))
    values = values.detach().reshape(-1).cpu()
    if not values.is_floating_point():
        values = values.double()
    if dist.atoms:  # constant_(0.3) stores float32(0.3): compare in the tensor's precision
        atoms = torch.tensor([v for v, _ in dist.atoms], dtype=values.dtype).tolist()
        dist = replace(dist, atoms=tuple(zip(atoms, (p for _, p in dist.atoms), strict=True)))
    values = _finite_sorted(values, is_sorted)
    count = values.numel()
    if count == 0:
        return math.nan
    best, position = 0.0, 0
    while position < count:
        chunk = values[position:position + KS_CHUNK]
        run_end = int(torch.searchsorted(values, chunk[-1:], right=True))  # ties continue
        best = max(best, _chunk_gap(chunk.double().numpy(), position, run_end, count, dist))
        position = run_end
    return best


def _finite_sorted(values: torch.Tensor, is_sorted: bool) -> torch.Tensor:
    if is_sorted and values.numel() and bool(
        torch.isfinite(values[0]) and torch.isfinite(values[-1])
    ):
        return values  # sorted: non-finite values could only sit at the ends
    finite = values[torch.isfinite(values)]
    return finite if is_sorted else torch.sort(finite).values


def _chunk_gap(chunk: np.ndarray, offset: int, run_end: int, count: int, dist) -> float:
    """The largest |F_n − F| at the distinct values of one chunk of sorted values."""
    starts = np.flatnonzero(np.concatenate(([True], chunk[1:] != chunk[:-1])))
    unique = chunk[starts]
    ends = np.append(starts[1:] + offset, run_end)  # where each value's run stops
    right = ends / count
    left = (starts + offset) / count
    gap_right = np.abs(right - dist.cdf(unique))
    gap_left = np.abs(left - dist.cdf(unique, left=True))
    return float(max(gap_right.max(), gap_left.max()))


def fit(tensor: torch.Tensor, dist: Distribution, is_sorted: bool = False) -> Fit:
    """Expected and measured mean and std (unbiased, as torch), and the KS statistic."""
    with torch.no_grad():
        flat = tensor.detach().reshape(-1).float()
        n = flat.numel()
        if n > 1:
            std, mean = (float(v) for v in torch.std_mean(flat))
        else:
            std, mean = math.nan, float(flat[0]) if n else math.nan
    return Fit(dist.std, std, dist.mean, mean, ks_statistic(flat, dist, is_sorted), n)
