"""Apply several initializers to copies of the network and compare what they drew.

Each candidate runs ``Lab.initialize`` on a scratch Lab (``Lab.scratch``) that starts
from the working Lab's committed version. Committed modules are never mutated (the Lab
is copy-on-write), and the whole comparison runs inside ``fork_rng``, so the
working network, its snapshot, history and random stream stay exactly as they
were. Every candidate gets the same seed, so differences come from the
initializers alone.

A :class:`Comparison` keeps each parameter's sorted values, so histograms can be
re-binned (bin count, percentile clipping) later, on a worker, without tensors
ever reaching the GUI: :meth:`Comparison.overlay` returns plain numpy data.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch
from torch.nn.parameter import is_lazy

from core.analysis import theory
from core.analysis.candidates import (  # noqa: F401 (DEFAULT_CANDIDATES, Candidate: compare.*)
    DEFAULT_CANDIDATES,
    MAX_CANDIDATES,
    Candidate,
    check_common,
    initialized_copies,
    parse_candidates,
    require_materialized,
)
from core.errors import INVALID_ARGUMENT, LabError
from core.messages import msg
from core.model import memory
from core.model.json_form import number
from core.model.lab import Lab
from core.model.stats import DEFAULT_BINS, check_bins, histc_counts

CURVE_POINTS = 600


@dataclass(frozen=True)
class Series:
    """One candidate's values of one parameter (sorted, finite) and their fit."""

    candidate: int
    values: torch.Tensor  # sorted finite values, float32
    numel: int
    nonfinite: int
    targeted: bool  # False: this initializer did not touch it (the network's values)
    dist: theory.Distribution
    fit: theory.Fit


@dataclass(frozen=True)
class OverlaySeries:
    """What one curve of an overlay shows: numbers only, safe to hand to the GUI."""

    label: str
    init: str
    args: dict
    counts: np.ndarray  # int64, one per bin
    n: int  # finite values in the whole tensor
    below: int  # values left of the plotted range (clipped away)
    above: int
    targeted: bool
    formula: str
    note: str
    expected_counts: np.ndarray | None  # n·P(bin), exact from the CDF; None without theory
    curve_x: np.ndarray | None  # density scaled to counts: n·bin width·pdf(x)
    curve_y: np.ndarray | None
    atoms: tuple[tuple[float, float], ...]  # (value, expected count) of point masses
    expected_std: float
    measured_std: float
    expected_mean: float
    measured_mean: float
    ks: float
    fan_in: int | None
    fan_out: int | None
    gain: float | None


@dataclass(frozen=True)
class Overlay:
    """One parameter under every candidate, on shared bins."""

    parameter: str
    shape: tuple[int, ...]
    edges: np.ndarray  # float64, shared by all series
    clip: float | None  # central percentage kept, or None for the full range
    series: tuple[OverlaySeries, ...]
    errors: tuple[tuple[str, str], ...]  # (candidate label, message) of candidates that failed


class Comparison:
    """Every candidate's values of every parameter; re-binnable on demand."""

    def __init__(
        self, candidates, seed, params, parameters, shapes, series, errors, base_label
    ) -> None:
        self.candidates: tuple[Candidate, ...] = candidates
        self.seed: int = seed
        self.params: str = params
        self.parameters: tuple[str, ...] = parameters
        self.shapes: dict[str, tuple[int, ...]] = shapes
        self._series: dict[str, tuple[Series, ...]] = series
        self.errors: tuple[LabError | None, ...] = errors
        self.base_label: str = base_label  # the working snapshot it started from

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(c.label for c in self.candidates)

    def series(self, parameter: str) -> tuple[Series, ...]:
        return self._series[self._known(parameter)]

    def _known(self, parameter: str) -> str:
        if parameter not in self._series:
            raise LabError(INVALID_ARGUMENT, msg(
                "Unknown parameter {name!r}; the comparison has {names}.",
                name=parameter, names=", ".join(self.parameters) or "none"))
        return parameter

    def overlay(
        self, parameter: str, bins: int = DEFAULT_BINS, clip: float | None = None
    ) -> Overlay:
        """Histograms of ``parameter`` under every candidate on shared bins.

        ``clip`` keeps the central ``clip`` percent of each series (e.g. 99: from
        the 0.5th to the 99.5th percentile) and the shared range spans them all.
        """
        check_bins(bins)
        _check_clip(clip)
        all_series = self.series(parameter)
        low, high = _shared_range(all_series, clip)
        edges = np.linspace(low, high, bins + 1)
        rows = []
        for series in all_series:
            values = series.values
            counts = _histc(values, bins, low, high)
            below = int(torch.searchsorted(values, torch.tensor([low], dtype=values.dtype)))
            above = values.numel() - int(
                torch.searchsorted(values, torch.tensor([high], dtype=values.dtype), right=True)
            )
            rows.append(_overlay_series(self.candidates[series.candidate], series, edges,
                                        counts, below, above))
        errors = tuple(
            (c.label, e.message) for c, e in zip(self.candidates, self.errors, strict=True) if e
        )
        return Overlay(parameter, self.shapes[parameter], edges, clip, tuple(rows), errors)

    def grid(self, bins: int = DEFAULT_BINS, clip: float | None = None) -> tuple[Overlay, ...]:
        """An overlay for every parameter, in ``named_parameters()`` order."""
        return tuple(self.overlay(name, bins, clip) for name in self.parameters)

    def to_json(self, bins: int = DEFAULT_BINS, clip: float | None = None) -> dict:
        """The report form: candidates, errors and every overlay (strict JSON numbers)."""
        def nums(values) -> list:
            return [number(float(v)) for v in values]

        overlays = []
        for overlay in self.grid(bins, clip):
            overlays.append({
                "parameter": overlay.parameter,
                "shape": list(overlay.shape),
                "edges": nums(overlay.edges),
                "series": [{
                    "label": s.label, "init": s.init, "targeted": s.targeted,
                    "counts": s.counts.tolist(), "n": s.n, "below": s.below, "above": s.above,
                    "formula": s.formula, "note": s.note,
                    "expected_counts": None if s.expected_counts is None
                    else nums(s.expected_counts),
                    "expected_std": number(s.expected_std), "measured_std": number(s.measured_std),
                    "expected_mean": number(s.expected_mean),
                    "measured_mean": number(s.measured_mean),
                    "ks": number(s.ks), "fan_in": s.fan_in, "fan_out": s.fan_out,
                    "gain": None if s.gain is None else number(s.gain),
                } for s in overlay.series],
            })
        return {
            "seed": self.seed,
            "params": self.params,
            "candidates": [
                {**c.to_json(), "label": c.label, "error": e.to_dict() if e else None}
                for c, e in zip(self.candidates, self.errors, strict=True)
            ],
            "bins": bins,
            "clip": clip,
            "overlays": overlays,
        }


def _check_clip(clip) -> None:
    if clip is None:
        return
    if isinstance(clip, bool) or not isinstance(clip, (int, float)) or not 0 < clip <= 100:
        raise LabError(INVALID_ARGUMENT, msg(
            "clip must be a percentage above 0 and at most 100 (e.g. 99 keeps the central "
            "99%), or null for the full range, got {value!r}.", value=clip))


def _quantile(values: torch.Tensor, q: float) -> float:
    """Linear interpolation between order statistics of already sorted ``values``."""
    position = q * (values.numel() - 1)
    lower = math.floor(position)
    upper = min(lower + 1, values.numel() - 1)
    a, b = float(values[lower]), float(values[upper])
    return a + (b - a) * (position - lower)


def _shared_range(all_series: tuple[Series, ...], clip: float | None) -> tuple[float, float]:
    lows, highs = [], []
    for series in all_series:
        values = series.values
        if values.numel() == 0:
            continue
        if clip is None or clip >= 100:
            lows.append(float(values[0]))
            highs.append(float(values[-1]))
        else:
            tail = (1 - clip / 100) / 2
            lows.append(_quantile(values, tail))
            highs.append(_quantile(values, 1 - tail))
    if not lows:
        return -1.0, 1.0
    low, high = min(lows), max(highs)
    if low == high:  # constant tensors: a small range around the value, as core.model.stats does
        half_width = max(abs(low), 1.0) * 1e-3
        low, high = low - half_width, high + half_width
    return low, high


def _histc(values: torch.Tensor, bins: int, low: float, high: float) -> np.ndarray:
    if values.numel() == 0:
        return np.zeros(bins, dtype=np.int64)
    return histc_counts(values, bins, low, high)  # safe near float32's largest values


def _overlay_series(candidate, series, edges, counts, below, above) -> OverlaySeries:
    dist, fit = series.dist, series.fit
    n = series.values.numel()
    expected_counts = curve_x = curve_y = None
    atoms: tuple = ()
    if dist.known and n:
        expected_counts = dist.expected_counts(edges, n)
        width = (edges[-1] - edges[0]) / (len(edges) - 1)
        if dist.continuous_weight:
            curve_x = density_points(dist, edges[0], edges[-1])
            curve_y = n * width * dist.pdf(curve_x)
        atoms = tuple((v, p * n) for v, p in dist.atoms if edges[0] <= v <= edges[-1])
    return OverlaySeries(
        label=candidate.label, init=candidate.init, args=dict(candidate.args),
        counts=counts, n=n, below=below, above=above, targeted=series.targeted,
        formula=dist.formula, note=str(dist.note),
        expected_counts=expected_counts, curve_x=curve_x, curve_y=curve_y, atoms=atoms,
        expected_std=fit.expected_std, measured_std=fit.measured_std,
        expected_mean=fit.expected_mean, measured_mean=fit.measured_mean, ks=fit.ks,
        fan_in=dist.fan_in, fan_out=dist.fan_out, gain=dist.gain,
    )


def density_points(dist: theory.Distribution, low: float, high: float) -> np.ndarray:
    """Where to draw a density: an even grid plus both sides of its jumps (uniform edges)."""
    x = np.linspace(low, high, CURVE_POINTS)
    p = dist.params
    jumps = [p[k] for k in ("low", "high", "a", "b") if k in p]
    if jumps:
        eps = (high - low) * 1e-6
        extra = [j + d for j in jumps for d in (-eps, 0.0, eps) if low <= j + d <= high]
        x = np.unique(np.concatenate([x, np.array(extra, dtype=np.float64)]))
    return x


# -- running a comparison ------------------------------------------------------------------


def compare(
    lab: Lab,
    inits=DEFAULT_CANDIDATES,
    seed: int = 0,
    params: str = "weight",
    layers=None,
    types=None,
    progress=None,
) -> Comparison:
    """Apply each initializer to a copy of the network with the same seed; see the module doc."""
    candidates = parse_candidates(list(inits))
    check_common(lab, seed, params, layers, types)
    require_materialized(lab, "Comparing initializers")
    snapshot = lab.snapshot
    total = sum(p.numel or 0 for p in snapshot.parameters)
    largest = max((p.numel or 0 for p in snapshot.parameters), default=0)
    memory.check(
        memory.compare_bytes(total, largest, len(candidates)), lab.limit(),
        msg("Comparing {count} initializers on {total} parameters", count=len(candidates),
            total=f"{total:,}"),
        msg("compare fewer initializers at once."),
    )
    names = tuple(p.name for p in snapshot.parameters)
    shapes = {p.name: tuple(p.shape or ()) for p in snapshot.parameters}
    per_param: dict[str, list[Series]] = {name: [] for name in names}
    errors: list[LabError | None] = []
    with torch.random.fork_rng(devices=[]):
        for index, (candidate, scratch, error) in enumerate(
            initialized_copies(lab, candidates, seed, params, layers, types, progress)
        ):
            errors.append(error)
            if scratch is None:
                continue
            changed = {p.name for p in scratch.snapshot.parameters if p.changed}
            net = scratch.version.net()
            for name, param in net.named_parameters():
                if name not in per_param or is_lazy(param):
                    continue
                module_name, _, attr = name.rpartition(".")
                module = net.get_submodule(module_name)
                targeted = name in changed
                if targeted:
                    dist = theory.expected(module, attr, candidate.init, candidate.args)
                else:
                    dist = theory.unknown(msg(
                        "Not changed by {init}: these are the network's current values.",
                        init=candidate.label))
                per_param[name].append(_series(index, param, targeted, dist))
    if all(e is not None for e in errors):
        raise errors[0]  # type: ignore[misc]
    return Comparison(
        candidates, seed, params, names, shapes,
        {k: tuple(v) for k, v in per_param.items()}, tuple(errors), snapshot.label,
    )


def _series(index: int, param: torch.Tensor, targeted: bool, dist) -> Series:
    with torch.no_grad():
        flat = param.detach().reshape(-1).float()
        finite = flat[torch.isfinite(flat)]
        values = torch.sort(finite).values
        fit = theory.fit(values, dist, is_sorted=True)
    return Series(index, values, flat.numel(), flat.numel() - finite.numel(), targeted, dist, fit)
