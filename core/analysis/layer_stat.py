"""One layer's measured (and expected) spread: the record both depth analyses produce.

Kept apart from :mod:`core.analysis.depth` so that :mod:`core.analysis.user_depth`
(a person's own model) can build the same records without importing depth back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch


@dataclass(frozen=True)
class LayerStat:
    """One layer's output under one initializer: measured and expected spread."""

    position: int
    name: str
    type: str
    activation_std: float
    gradient_std: float
    expected_activation_std: float  # nan where theory does not apply
    expected_gradient_std: float


def spread(tensor: torch.Tensor) -> float:
    """Standard deviation of all elements; NaN for a single element (no spread to tell)."""
    flat = tensor.detach().reshape(-1).float()
    return float(flat.std()) if flat.numel() > 1 else math.nan
