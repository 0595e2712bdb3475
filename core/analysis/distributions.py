"""What ``torch.nn.init`` draws: the :class:`Distribution` type and its constructors.

A :class:`Distribution` is a mixture of point masses (``constant_``, ``eye_``, the
zeros of ``sparse_``) and at most one continuous part; it gives the density, the CDF,
mean and std. Fan values come from torch's own ``_calculate_fan_in_and_fan_out`` and
gains from ``calculate_gain``. Kept apart from :mod:`core.analysis.theory` so the fit
(:mod:`core.analysis.goodness`) and a layer's defaults (:mod:`core.analysis.theory_defaults`)
build on it without importing theory back; theory re-exports every name here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import torch
from torch.nn import init

from core.messages import msg
from core.model.initializers import resolve_gain

UNIFORM, NORMAL, TRUNC_NORMAL, POINT, SPARSE, ORTHOGONAL, UNKNOWN = (
    "uniform", "normal", "trunc_normal", "point", "sparse", "orthogonal", "unknown",
)


def _phi(z: np.ndarray) -> np.ndarray:
    return np.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)


def _Phi(z: np.ndarray) -> np.ndarray:  # noqa: N802 (the usual name of the normal CDF)
    return torch.special.ndtr(torch.as_tensor(np.asarray(z, dtype=np.float64))).numpy()


@dataclass(frozen=True)
class Distribution:
    """Point masses ``atoms`` plus a continuous ``family`` part of weight ``1 - sum(p)``."""

    family: str
    formula: str  # "U(-0.0765, 0.0765)": what the curve is, in numbers
    params: dict = field(default_factory=dict)
    atoms: tuple[tuple[float, float], ...] = ()  # (value, probability)
    fan_in: int | None = None
    fan_out: int | None = None
    gain: float | None = None
    note: str = ""  # why there is no curve, or what is exact

    # -- the continuous part ---------------------------------------------------------

    @property
    def known(self) -> bool:
        return self.family != UNKNOWN

    @property
    def continuous_weight(self) -> float:
        if self.family in (POINT, UNKNOWN):
            return 0.0
        return 1.0 - sum(p for _, p in self.atoms)

    def _pdf(self, x: np.ndarray) -> np.ndarray:
        p = self.params
        if self.family == UNIFORM:
            inside = (x >= p["low"]) & (x <= p["high"])
            return np.where(inside, 1.0 / (p["high"] - p["low"]), 0.0)
        if self.family in (NORMAL, SPARSE):
            return _phi((x - p["mean"]) / p["std"]) / p["std"]
        if self.family == TRUNC_NORMAL:
            z = (x - p["mean"]) / p["std"]
            inside = (x >= p["a"]) & (x <= p["b"])
            return np.where(inside, _phi(z) / (p["std"] * self._mass()), 0.0)
        if self.family == ORTHOGONAL:
            t = x / p["gain"]
            m = p["m"]
            log_c = math.lgamma(m / 2) - 0.5 * math.log(math.pi) - math.lgamma((m - 1) / 2)
            inside = np.abs(t) < 1
            safe = np.where(inside, 1 - t * t, 1.0)
            return np.where(inside, np.exp(log_c + (m - 3) / 2 * np.log(safe)) / p["gain"], 0.0)
        return np.zeros_like(x)

    def _continuous_cdf(self, x: np.ndarray) -> np.ndarray:
        p = self.params
        if self.family == UNIFORM:
            return np.clip((x - p["low"]) / (p["high"] - p["low"]), 0.0, 1.0)
        if self.family in (NORMAL, SPARSE):
            return _Phi((x - p["mean"]) / p["std"])
        if self.family == TRUNC_NORMAL:
            alpha, _ = self._limits()
            clipped = np.clip(x, p["a"], p["b"])
            return (_Phi((clipped - p["mean"]) / p["std"]) - _Phi(alpha)) / self._mass()
        if self.family == ORTHOGONAL:
            grid_t, grid_cdf = _orthogonal_cdf_table(p["m"])
            return np.interp(x / p["gain"], grid_t, grid_cdf, left=0.0, right=1.0)
        return np.zeros_like(x)

    def _limits(self) -> tuple[float, float]:
        p = self.params
        return (p["a"] - p["mean"]) / p["std"], (p["b"] - p["mean"]) / p["std"]

    def _mass(self) -> float:
        alpha, beta = self._limits()
        return float(_Phi(np.array(beta)) - _Phi(np.array(alpha)))

    # -- public ------------------------------------------------------------------------

    def pdf(self, x) -> np.ndarray:
        """Density of the continuous part, times its weight (atoms have no density)."""
        x = np.asarray(x, dtype=np.float64)
        return self.continuous_weight * self._pdf(x) if self.continuous_weight else x * 0.0

    def cdf(self, x, left: bool = False) -> np.ndarray:
        """P(X ≤ x), or P(X < x) with ``left``."""
        x = np.asarray(x, dtype=np.float64)
        total = self.continuous_weight * self._continuous_cdf(x) if self.continuous_weight else (
            x * 0.0
        )
        for value, prob in self.atoms:
            total = total + prob * ((value < x) if left else (value <= x))
        return total

    def expected_counts(self, edges: np.ndarray, n: int) -> np.ndarray:
        """Expected count of ``n`` draws in each bin (the last bin includes its right edge)."""
        edges = np.asarray(edges, dtype=np.float64)
        upper = self.cdf(edges[1:], left=True)
        upper[-1] = self.cdf(edges[-1:])[0]
        return n * (upper - self.cdf(edges[:-1], left=True))

    @property
    def mean(self) -> float:
        continuous = self.continuous_weight * self._continuous_mean() if self.continuous_weight \
            else 0.0
        return continuous + sum(v * p for v, p in self.atoms) if self.known else math.nan

    @property
    def second_moment(self) -> float:
        """E[X²]: what a layer's variance propagation needs."""
        if not self.known:
            return math.nan
        continuous = 0.0
        if self.continuous_weight:
            continuous = self.continuous_weight * (
                self._continuous_var() + self._continuous_mean() ** 2
            )
        return continuous + sum(v * v * p for v, p in self.atoms)

    @property
    def std(self) -> float:
        if not self.known:
            return math.nan
        return math.sqrt(max(self.second_moment - self.mean**2, 0.0))

    def _continuous_mean(self) -> float:
        p = self.params
        if self.family == UNIFORM:
            return (p["low"] + p["high"]) / 2
        if self.family == TRUNC_NORMAL:
            alpha, beta = self._limits()
            shift = (_phi(np.array(alpha)) - _phi(np.array(beta))) / self._mass()
            return p["mean"] + p["std"] * float(shift)
        return p.get("mean", 0.0)

    def _continuous_var(self) -> float:
        p = self.params
        if self.family == UNIFORM:
            return (p["high"] - p["low"]) ** 2 / 12
        if self.family in (NORMAL, SPARSE):
            return p["std"] ** 2
        if self.family == TRUNC_NORMAL:
            alpha, beta = self._limits()
            z = self._mass()
            pa, pb = float(_phi(np.array(alpha))), float(_phi(np.array(beta)))
            return p["std"] ** 2 * (1 + (alpha * pa - beta * pb) / z - ((pa - pb) / z) ** 2)
        if self.family == ORTHOGONAL:
            return p["gain"] ** 2 / p["m"]
        return 0.0


# -- building distributions ------------------------------------------------------------


def fans(shape: tuple[int, ...]) -> tuple[int, int] | None:
    """(fan_in, fan_out) as torch computes them; None for fewer than 2 dimensions."""
    if len(shape) < 2:
        return None
    fan_in, fan_out = init._calculate_fan_in_and_fan_out(torch.empty(shape, device="meta"))
    return int(fan_in), int(fan_out)


def _num(value: float) -> str:
    return f"{value:.4g}"


def uniform(low: float, high: float, **extra) -> Distribution:
    if low == high:
        return point_masses(((low, 1.0),), **extra)
    return Distribution(UNIFORM, f"U({_num(low)}, {_num(high)})",
                        {"low": float(low), "high": float(high)}, **extra)


def normal(mean: float, std: float, **extra) -> Distribution:
    if std == 0:
        return point_masses(((mean, 1.0),), **extra)
    return Distribution(NORMAL, f"N({_num(mean)}, {_num(std)}²)",
                        {"mean": float(mean), "std": float(std)}, **extra)


def point_masses(atoms, **extra) -> Distribution:
    atoms = tuple((float(v), float(p)) for v, p in atoms if p > 0)
    text = " + ".join(f"{_num(p)}·δ({_num(v)})" for v, p in atoms) if len(atoms) > 1 else (
        f"δ({_num(atoms[0][0])})" if atoms else "δ")
    return Distribution(POINT, text, {}, atoms, **extra)


def unknown(note: str, **extra) -> Distribution:
    return Distribution(UNKNOWN, "", {}, (), note=note, **extra)


def for_initializer(name: str, args: dict, shape: tuple[int, ...]) -> Distribution:
    """What ``torch.nn.init.<name>(tensor, **args)`` draws for a tensor of ``shape``."""
    shape = tuple(int(s) for s in shape)
    numel = math.prod(shape)
    fan = fans(shape)
    fan_extra = {"fan_in": fan[0], "fan_out": fan[1]} if fan else {}
    if name == "uniform_":
        return uniform(args["a"], args["b"], **fan_extra)
    if name == "normal_":
        return normal(args["mean"], args["std"], **fan_extra)
    if name == "trunc_normal_" and args["a"] == args["b"]:
        return point_masses(((float(args["a"]), 1.0),), **fan_extra)  # every value is a
    if name == "trunc_normal_":
        return Distribution(
            TRUNC_NORMAL,
            f"N({_num(args['mean'])}, {_num(args['std'])}²) on [{_num(args['a'])}, "
            f"{_num(args['b'])}]",
            {k: float(args[k]) for k in ("mean", "std", "a", "b")}, **fan_extra,
        )
    if name in ("constant_", "ones_", "zeros_"):
        value = {"constant_": args.get("val", 0.0), "ones_": 1.0, "zeros_": 0.0}[name]
        return point_masses(((value, 1.0),), **fan_extra)
    if fan is None or numel == 0:
        return unknown(msg("{init} needs at least 2 dimensions; this tensor has shape {shape}.",
                           init=name, shape=shape))
    fan_in, fan_out = fan
    if name in ("xavier_uniform_", "xavier_normal_"):
        gain = resolve_gain(args.get("gain", 1.0))
        std = gain * math.sqrt(2.0 / float(fan_in + fan_out))
        extra = {**fan_extra, "gain": gain}
        if name == "xavier_normal_":
            return normal(0.0, std, **extra)
        bound = math.sqrt(3.0) * std
        return uniform(-bound, bound, **extra)
    if name in ("kaiming_uniform_", "kaiming_normal_"):
        mode = args.get("mode", "fan_in")
        gain = init.calculate_gain(args.get("nonlinearity", "leaky_relu"), args.get("a", 0.0))
        std = gain / math.sqrt(fan_in if mode == "fan_in" else fan_out)
        extra = {**fan_extra, "gain": gain}
        if name == "kaiming_normal_":
            return normal(0.0, std, **extra)
        bound = math.sqrt(3.0) * std
        return uniform(-bound, bound, **extra)
    if name == "orthogonal_":
        # each entry's law is symmetric, so a negative gain draws as |gain| does
        return orthogonal(shape, abs(resolve_gain(args.get("gain", 1.0))), **fan_extra)
    if name == "eye_":
        rows, cols = shape
        return point_masses(((1.0, min(rows, cols) / numel), (0.0, 1 - min(rows, cols) / numel)),
                            **fan_extra)
    if name == "dirac_":
        groups = args.get("groups", 1)
        ones = groups * min(shape[0] // groups, shape[1])
        return point_masses(((1.0, ones / numel), (0.0, 1 - ones / numel)), **fan_extra)
    if name == "sparse_":
        rows = shape[0]
        zero = math.ceil(args["sparsity"] * rows) / rows
        std = args.get("std", 0.01)
        return Distribution(
            SPARSE, f"{_num(zero)}·δ(0) + {_num(1 - zero)}·N(0, {_num(std)}²)",
            {"mean": 0.0, "std": float(std), "zero": zero},
            ((0.0, zero),) if zero else (), **fan_extra,
        )
    return unknown(msg("No closed form is known for {init}.", init=name), **fan_extra)


def orthogonal(shape: tuple[int, ...], gain: float, **extra) -> Distribution:
    """Exact marginal of one entry of a Haar-random (semi-)orthogonal matrix, times gain.

    torch flattens to rows × (numel / rows); each entry is one coordinate of a random
    unit vector in R^m, m = max(rows, cols), with density ∝ (1 − t²)^((m − 3)/2).
    """
    rows = shape[0]
    cols = math.prod(shape) // rows
    m = max(rows, cols)
    if m == 1 or gain == 0:
        return point_masses(((-gain, 0.5), (gain, 0.5)) if gain else ((0.0, 1.0),), **extra)
    return Distribution(
        ORTHOGONAL, f"{_num(gain)}·t, p(t) ∝ (1 − t²)^(({m} − 3)/2)",
        {"gain": float(gain), "m": m, "mean": 0.0}, gain=gain,
        note=msg("Exact: each entry is a coordinate of a random unit vector in R^{m}, "
                 "so std = gain/√{m}.", m=m), **extra,
    )


_ORTHOGONAL_TABLES: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _orthogonal_cdf_table(m: int) -> tuple[np.ndarray, np.ndarray]:
    """CDF of t = sin θ with density ∝ cos^(m−2) θ, integrated on a grid fine for any m."""
    if m not in _ORTHOGONAL_TABLES:
        reach = math.asin(min(1.0, 14.0 / math.sqrt(m)))
        theta = np.linspace(-reach, reach, 8193)
        weight = np.cos(theta) ** (m - 2) if m > 2 else np.ones_like(theta)
        steps = (weight[1:] + weight[:-1]) / 2 * np.diff(theta)
        cdf = np.concatenate([[0.0], np.cumsum(steps)])
        _ORTHOGONAL_TABLES[m] = (np.sin(theta), cdf / cdf[-1])
    return _ORTHOGONAL_TABLES[m]
