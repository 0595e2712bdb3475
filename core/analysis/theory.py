"""The distribution each initializer is meant to draw from, and how well a tensor fits it.

Fan values come from torch's own ``_calculate_fan_in_and_fan_out`` and gains
from ``calculate_gain``, so the expectation follows exactly what
``torch.nn.init`` computes. The :class:`Distribution` type and its constructors live in
:mod:`core.analysis.distributions`, a layer's own default in
:mod:`core.analysis.theory_defaults` and the fit (the Kolmogorov–Smirnov statistic
sup |F_n − F| of the measured values) in :mod:`core.analysis.goodness`; this module
joins them, and its callers keep using ``theory.*`` for all of them.
"""

from __future__ import annotations

import math

import numpy as np

from core.analysis.distributions import (  # noqa: F401 (re-exported: callers use theory.*)
    NORMAL,
    ORTHOGONAL,
    POINT,
    SPARSE,
    TRUNC_NORMAL,
    UNIFORM,
    UNKNOWN,
    Distribution,
    fans,
    for_initializer,
    normal,
    orthogonal,
    point_masses,
    uniform,
    unknown,
)
from core.analysis.goodness import Fit, fit, ks_statistic  # noqa: F401 (callers use theory.*)
from core.analysis.theory_defaults import default_for
from core.messages import msg


def expected(module, attr: str, init_name: str, args: dict) -> Distribution:
    """The distribution ``init_name`` gives parameter ``attr`` of ``module``."""
    if init_name == "default":
        return default_for(module, attr)
    return computable(for_initializer(init_name, args, tuple(getattr(module, attr).shape)))


def computable(dist: Distribution) -> Distribution:
    """``dist`` when float64 can evaluate it, else an unknown one saying why.

    A truncated normal whose [a, b] holds almost none of its mass (b a hair above
    a, or far in a tail) has a normalising mass that rounds to 0.
    """
    if not dist.known:
        return dist
    try:
        with np.errstate(all="ignore"):
            usable = dist.family != TRUNC_NORMAL or dist._mass() > 0
            moments = (dist.mean, dist.second_moment, dist.std) if usable else (math.nan,)
    except (ArithmeticError, ValueError):
        moments = (math.nan,)
    if all(math.isfinite(m) for m in moments):
        return dist
    return unknown(
        msg("The expected distribution {formula} cannot be computed in double precision "
            "(its interval holds too little probability, or its numbers are too large); "
            "no curve is drawn.", formula=dist.formula),
        fan_in=dist.fan_in, fan_out=dist.fan_out, gain=dist.gain,
    )


