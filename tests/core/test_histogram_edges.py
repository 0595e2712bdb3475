"""Histogram edges are ``np.linspace``'s, bit for bit: ``edges_of`` takes numpy's own steps
without its overhead, so a numpy that computed them differently must fail here."""

from __future__ import annotations

import math
import random
import struct

import numpy as np
import pytest

from core.model.stats import edges_of

SPECIAL = [0.0, -0.0, 1.0, -1.0, 1e-310, -1e-310, 5e-324, 1e-45, 3.4028234663852886e38,
           -3.4028234663852886e38, 1.7976931348623157e308, -1.7976931348623157e308]


def _value(rng: random.Random) -> float:
    kind = rng.random()
    if kind < 0.4:
        return rng.uniform(-1.0, 1.0)
    if kind < 0.6:
        return rng.uniform(-3.4e38, 3.4e38) * rng.random() ** 8
    if kind < 0.8:  # any finite double: every exponent
        value = struct.unpack("d", struct.pack("Q", rng.getrandbits(64)))[0]
        return value if math.isfinite(value) else 0.0
    return rng.choice(SPECIAL)


@pytest.mark.parametrize("bins", [1, 2, 3, 7, 10, 99, 100, 256, 1000, 10_000])
def test_edges_are_linspace_bit_for_bit(bins) -> None:
    rng = random.Random(bins)
    for _ in range(2000):
        low, high = sorted((_value(rng), _value(rng)))
        with np.errstate(over="ignore", invalid="ignore"):  # near the largest doubles
            expected = np.linspace(low, high, bins + 1)
            got = edges_of(low, high, bins)
        assert got.dtype == expected.dtype and got.tobytes() == expected.tobytes(), (low, high)


def test_equal_and_overflowing_bounds_are_linspace_too() -> None:
    for value in SPECIAL:
        assert edges_of(value, value, 100).tobytes() == np.linspace(value, value, 101).tobytes()
    huge = 1.7976931348623157e308
    with np.errstate(over="ignore", invalid="ignore"):
        expected = np.linspace(-huge, huge, 11)
        got = edges_of(-huge, huge, 10)
    assert got.tobytes() == expected.tobytes()
