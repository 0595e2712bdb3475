"""What a ``train`` step found, as plain numbers: curves, histograms, decision boundaries.

Everything here is numpy or Python numbers, safe to hand to the GUI and to write to
the report (``to_json``: strict JSON, non-finite values as strings).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from core.errors import LabError
from core.model.stats import histc_counts
from core.training.loop import Curves, Settings
from core.training.tasks import Task

HISTOGRAM_BINS = 60
BOUNDARY_SIZE = 64  # grid points per side of a decision-boundary picture
BOUNDARY_MARGIN = 0.1


@dataclass(frozen=True)
class BeforeAfter:
    """One parameter's histogram before and after training, on shared bins."""

    parameter: str
    shape: tuple[int, ...]
    edges: np.ndarray
    before: np.ndarray
    after: np.ndarray
    nonfinite_after: int
    units: int = 0  # slices along the first dimension (a layer's output units)
    distinct_units_after: int = 0  # how many of them differ after training (1: all equal)


@dataclass(frozen=True)
class Boundary:
    """P(class 1) on a grid over the task's points: ``probability[row][column]``, rows
    from ``y_range[0]`` up, columns from ``x_range[0]`` right."""

    x_range: tuple[float, float]
    y_range: tuple[float, float]
    probability: np.ndarray


@dataclass(frozen=True)
class CandidateRun:
    label: str
    init: str
    args: dict
    curves: Curves | None
    histograms: tuple[BeforeAfter, ...] = ()
    boundary: Boundary | None = None
    error: LabError | None = None  # a failure, or the explanation of a divergence

    @property
    def diverged(self) -> bool:
        return self.curves is not None and self.curves.diverged_at is not None


@dataclass(frozen=True)
class TrainResult:
    task: Task
    settings: Settings
    targets: dict  # params, layers and types, as in an init step
    candidates: tuple[CandidateRun, ...]
    layers: dict[str, str]  # parameter name -> the layer (module) it belongs to
    base_label: str

    def to_json(self) -> dict:
        from core.model.json_form import number

        def nums(values) -> list:
            return [number(float(v)) for v in values]

        candidates = []
        for run in self.candidates:
            curves = run.curves or Curves()
            candidates.append({
                "label": run.label, "init": run.init, "args": dict(run.args),
                "loss": nums(curves.loss),
                "accuracy": None if curves.accuracy is None else nums(curves.accuracy),
                "diverged": run.diverged, "diverged_at": curves.diverged_at,
                "error": run.error.to_dict() if run.error else None,
                "stat_steps": list(curves.stat_steps),
                "layers": [{
                    "parameter": name, "layer": self.layers.get(name, ""),
                    "grad_norm": nums(curves.grad_norm[name]),
                    "update_ratio": nums(curves.update_ratio[name]),
                } for name in curves.grad_norm],
                "histograms": [{
                    "parameter": h.parameter, "shape": list(h.shape), "edges": nums(h.edges),
                    "before": h.before.tolist(), "after": h.after.tolist(),
                    "nonfinite_after": h.nonfinite_after,
                    "units": h.units, "distinct_units_after": h.distinct_units_after,
                } for h in run.histograms],
                "boundary": None if run.boundary is None else {
                    "x_range": nums(run.boundary.x_range), "y_range": nums(run.boundary.y_range),
                    "size": int(run.boundary.probability.shape[0]),
                    "probability": [nums(row) for row in run.boundary.probability],
                },
            })
        return {
            "task": self.task.to_json(), **self.settings.to_json(), **self.targets,
            "base": self.base_label, "candidates": candidates,
        }


def before_after(named_before: dict[str, torch.Tensor], model: torch.nn.Module,
                 bins: int = HISTOGRAM_BINS) -> tuple[BeforeAfter, ...]:
    """Histograms of each parameter before and after, over the finite values of both."""
    rows = []
    with torch.no_grad():
        for name, param in model.named_parameters():
            if name not in named_before:
                continue
            first = named_before[name].reshape(-1).float()
            last = param.detach().reshape(-1).float()
            finite_last = last[torch.isfinite(last)]
            low, high = _range(first, finite_last)
            rows.append(BeforeAfter(
                name, tuple(param.shape), np.linspace(low, high, bins + 1),
                histc_counts(first, bins, low, high, finite_only=True),
                histc_counts(finite_last, bins, low, high),
                last.numel() - finite_last.numel(), *distinct_units(param.detach())))
    return tuple(rows)


def distinct_units(param: torch.Tensor) -> tuple[int, int]:
    """(units, distinct units): the slices along the first dimension (a Linear weight's
    rows, a bias's values, a convolution's filters) and how many differ bit for bit.

    A layer whose units all start equal gets equal gradients and stays equal (symmetry):
    then the second number is 1, however long it trains."""
    if param.dim() == 0 or param.numel() == 0:
        return int(param.numel()), int(param.numel())
    rows = param.reshape(param.shape[0], -1)
    return int(rows.shape[0]), int(torch.unique(rows, dim=0).shape[0])


def _range(*tensors: torch.Tensor) -> tuple[float, float]:
    lows, highs = [], []
    for tensor in tensors:
        finite = tensor[torch.isfinite(tensor)]
        if finite.numel():
            low, high = torch.aminmax(finite)
            lows.append(float(low))
            highs.append(float(high))
    if not lows:
        return -1.0, 1.0
    low, high = min(lows), max(highs)
    if low == high:  # a constant tensor (zeros_): a small range around it, as core's stats do
        half = max(abs(low), 1.0) * 1e-3
        low, high = low - half, high + half
    return low, high


def boundary(model: torch.nn.Module, task: Task, size: int = BOUNDARY_SIZE) -> Boundary:
    """The trained model's P(class 1) over the task's points, in eval mode."""
    low = task.x.min(dim=0).values
    high = task.x.max(dim=0).values
    pad = (high - low) * BOUNDARY_MARGIN
    low, high = low - pad, high + pad
    xs = torch.linspace(float(low[0]), float(high[0]), size)
    ys = torch.linspace(float(low[1]), float(high[1]), size)
    grid_y, grid_x = torch.meshgrid(ys, xs, indexing="ij")
    points = torch.stack([grid_x.reshape(-1), grid_y.reshape(-1)], dim=1)
    model.eval()
    with torch.no_grad():
        probability = torch.softmax(model(points), dim=1)[:, 1]
    model.train()
    values = probability.reshape(size, size).double().numpy()
    return Boundary((float(xs[0]), float(xs[-1])), (float(ys[0]), float(ys[-1])), values)
