"""How fast PyTorch's ``trunc_normal_`` sampler keeps its draws, computed before it runs.

``torch.nn.init.trunc_normal_`` (torch 2.13) is a rejection sampler: it redraws every
value outside [a, b] until none is left. When the interval holds more than 30% of
N(mean, std²) it proposes normal values; otherwise it proposes uniform values on
[a, b] and keeps each with probability pdf(x)/pdf(mode). With the mean far outside
[a, b] almost every proposal is rejected: PyTorch accepts such a mean, but fills a
100,000-value weight in minutes and a large one in hours. The lab lets a mean outside
[a, b] through as long as each round keeps at least ``MIN_KEPT`` of the draws.
"""

from __future__ import annotations

import math

MIN_KEPT = 0.1  # a tenth per round: at most ~10x the rounds of PyTorch's own normal branch
_NORMAL_BRANCH = 0.3  # PyTorch proposes normal values when the interval holds more than this
_ROUNDING = 2.0 ** -24  # float32's relative rounding


def _Phi(z: float) -> float:  # noqa: N802 (the usual name of the normal CDF)
    return 0.5 * math.erfc(-z / math.sqrt(2.0))


def _erfcx(x: float) -> float:
    """exp(x²)·erfc(x) for x ≥ 0, without overflow (asymptotic series for large x)."""
    if x < 20.0:
        return math.exp(x * x) * math.erfc(x)
    inv = 1.0 / (x * x)
    return (1.0 - 0.5 * inv + 0.75 * inv * inv) / (x * math.sqrt(math.pi))


def kept_fraction(mean: float, std: float, a: float, b: float) -> float:
    """The share of proposals PyTorch's sampler keeps per round (std > 0, a ≤ b)."""
    width = b - a
    if width <= 0:
        return _kept_at_one_point(mean, std, a)
    inside = _Phi((b - mean) / std) - _Phi((a - mean) / std)
    if inside > _NORMAL_BRANCH:
        return inside
    if a <= mean <= b:
        # uniform proposals kept with exp(-½((x-mean)/std)²): their mean over [a, b], and
        # never below the least of them (the CDF difference rounds to 0 on a tiny interval)
        least = math.exp(-0.5 * min(width / std, 40.0) ** 2)
        return min(1.0, max(inside * std * math.sqrt(2.0 * math.pi) / width, least))
    # mean outside: the mode is the nearer bound, at distance d from the mean
    d = a - mean if mean < a else mean - b
    z0 = d / (std * math.sqrt(2.0))
    z1 = (d + width) / (std * math.sqrt(2.0))
    tail = _erfcx(z0) - _erfcx(z1) * math.exp(max(z0 * z0 - z1 * z1, -745.0))
    return min(1.0, std * math.sqrt(math.pi / 2.0) * tail / width)


def _kept_at_one_point(mean: float, std: float, a: float) -> float:
    """a == b: every proposal is a, kept when log(u) ≤ x, where x is −½((a − mean)/std)²
    computed in float32 minus the same in double: zero but for rounding, which grows with
    the distance and the size of the numbers (a mean of 1e6 + 0.1 for a = 1e6, std 1e-4,
    rounds to a rejection every time, and PyTorch draws for ever). This is the least the
    rounding can leave: float32 rounds a and mean by up to 2⁻²⁴ of their size, and each
    of the five operations by 2⁻²⁴ more of the square."""
    distance = abs(a - mean)
    if distance == 0:
        return 1.0
    moved = _ROUNDING * (abs(a) + abs(mean))
    error = ((distance * moved + moved * moved / 2) / std + 6 * _ROUNDING * distance ** 2
             / (2 * std)) / std
    return math.exp(-min(error, 745.0))


def mean_range(std: float, a: float, b: float) -> tuple[float, float]:
    """The means whose rounds keep at least ``MIN_KEPT``: [a − d_low, b + d_high]."""
    return (a - _reach(lambda d: kept_fraction(a - d, std, a, b), std, b - a),
            b + _reach(lambda d: kept_fraction(b + d, std, a, b), std, b - a))


def _reach(kept, std: float, width: float) -> float:
    """The furthest distance whose ``kept(distance)`` is at least ``MIN_KEPT``."""
    low, high = 0.0, max(std, width, 1e-300)
    while kept(high) >= MIN_KEPT and high < 1e300:
        low, high = high, high * 2
    for _ in range(100):
        middle = (low + high) / 2
        if kept(middle) >= MIN_KEPT:
            low = middle
        else:
            high = middle
    return low
