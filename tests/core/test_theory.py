"""Tests of core.analysis.theory: expected distributions against closed forms computed here."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
import torch.nn as nn
from torch.nn import init

from core.analysis import theory


def fan_by_hand(shape):
    receptive = math.prod(shape[2:]) if len(shape) > 2 else 1
    return shape[1] * receptive, shape[0] * receptive


def normal_cdf(x, mean, std):
    return 0.5 * (1 + np.vectorize(math.erf)((np.asarray(x) - mean) / (std * math.sqrt(2))))


def normal_pdf(x, mean, std):
    x = np.asarray(x)
    return np.exp(-0.5 * ((x - mean) / std) ** 2) / (std * math.sqrt(2 * math.pi))


def ks_by_hand(values: np.ndarray, cdf) -> float:
    """The textbook KS statistic for a continuous CDF."""
    x = np.sort(values.astype(np.float64))
    n = x.size
    f = cdf(x)
    i = np.arange(1, n + 1)
    return float(max(np.max(i / n - f), np.max(f - (i - 1) / n)))


@pytest.mark.parametrize("shape", [(256, 20), (16, 3, 5, 5), (7, 4, 3)])
def test_fans_are_torchs(shape) -> None:
    assert theory.fans(shape) == init._calculate_fan_in_and_fan_out(torch.empty(shape))
    assert theory.fans(shape) == fan_by_hand(shape)
    assert theory.fans((5,)) is None


@pytest.mark.parametrize("shape", [(256, 20), (16, 3, 5, 5)])
@pytest.mark.parametrize("gain", [1.0, "relu", {"nonlinearity": "leaky_relu", "param": 0.2}])
def test_xavier_uniform_is_uniform_with_the_glorot_bound(shape, gain) -> None:
    dist = theory.for_initializer("xavier_uniform_", {"gain": gain}, shape)
    fan_in, fan_out = fan_by_hand(shape)
    g = gain if isinstance(gain, float) else (
        init.calculate_gain("relu") if gain == "relu" else init.calculate_gain("leaky_relu", 0.2))
    bound = g * math.sqrt(6.0 / (fan_in + fan_out))
    assert dist.family == theory.UNIFORM
    assert dist.params["low"] == pytest.approx(-bound, rel=1e-12)
    assert dist.params["high"] == pytest.approx(bound, rel=1e-12)
    assert (dist.fan_in, dist.fan_out) == (fan_in, fan_out)
    x = np.array([-2 * bound, -0.5 * bound, 0.0, 0.9 * bound, 2 * bound])
    np.testing.assert_allclose(dist.pdf(x), [0, 1 / (2 * bound), 1 / (2 * bound),
                                             1 / (2 * bound), 0])
    np.testing.assert_allclose(dist.cdf(x), [0, 0.25, 0.5, 0.95, 1])
    assert dist.std == pytest.approx(bound / math.sqrt(3))


@pytest.mark.parametrize("mode", ["fan_in", "fan_out"])
@pytest.mark.parametrize("nonlinearity,a", [("relu", 0.0), ("leaky_relu", 0.1), ("tanh", 0.0)])
def test_kaiming_std_and_bound(mode, nonlinearity, a) -> None:
    shape = (64, 32, 3, 3)
    fan_in, fan_out = fan_by_hand(shape)
    std = init.calculate_gain(nonlinearity, a) / math.sqrt(fan_in if mode == "fan_in" else fan_out)
    args = {"a": a, "mode": mode, "nonlinearity": nonlinearity}
    normal = theory.for_initializer("kaiming_normal_", args, shape)
    assert normal.family == theory.NORMAL
    assert normal.std == pytest.approx(std, rel=1e-12)
    x = np.linspace(-4 * std, 4 * std, 9)
    np.testing.assert_allclose(normal.pdf(x), normal_pdf(x, 0, std), rtol=1e-12)
    np.testing.assert_allclose(normal.cdf(x), normal_cdf(x, 0, std), atol=1e-12)
    uniform = theory.for_initializer("kaiming_uniform_", args, shape)
    assert uniform.params["high"] == pytest.approx(math.sqrt(3) * std, rel=1e-12)


def test_xavier_normal_std() -> None:
    dist = theory.for_initializer("xavier_normal_", {"gain": 2.0}, (30, 50))
    assert dist.std == pytest.approx(2.0 * math.sqrt(2 / 80), rel=1e-12)


def test_trunc_normal_density_and_std_match_numeric_integration() -> None:
    args = {"mean": 0.5, "std": 1.0, "a": -1.0, "b": 1.5}
    dist = theory.for_initializer("trunc_normal_", args, (100, 100))
    x = np.linspace(-1.0, 1.5, 200_001)
    mass = normal_cdf(1.5, 0.5, 1.0) - normal_cdf(-1.0, 0.5, 1.0)
    density = normal_pdf(x, 0.5, 1.0) / mass
    np.testing.assert_allclose(dist.pdf(x[::1000]), density[::1000], rtol=1e-10)
    assert dist.pdf(np.array([-1.01, 1.51])).tolist() == [0.0, 0.0]
    mean = np.trapezoid(x * density, x)
    var = np.trapezoid((x - mean) ** 2 * density, x)
    assert dist.mean == pytest.approx(mean, rel=1e-6)
    assert dist.std == pytest.approx(math.sqrt(var), rel=1e-6)
    torch.manual_seed(0)
    sample = init.trunc_normal_(torch.empty(200_000), **args)
    assert float(sample.std()) == pytest.approx(dist.std, rel=0.01)


def test_uniform_and_normal_basics_follow_their_arguments() -> None:
    dist = theory.for_initializer("uniform_", {"a": -0.3, "b": 0.7}, (10, 10))
    assert (dist.params["low"], dist.params["high"]) == (-0.3, 0.7)
    assert dist.mean == pytest.approx(0.2)
    dist = theory.for_initializer("normal_", {"mean": 1.0, "std": 0.25}, (10,))
    assert dist.mean == 1.0 and dist.std == 0.25
    assert dist.fan_in is None  # a bias has no fans


def test_default_linear_and_conv_are_reset_parameters() -> None:
    for module in (nn.Linear(300, 100), nn.Conv2d(3, 16, 5)):
        fan_in = fan_by_hand(tuple(module.weight.shape))[0]
        for attr in ("weight", "bias"):
            dist = theory.default_for(module, attr)
            assert dist.family == theory.UNIFORM
            assert dist.params["high"] == pytest.approx(1 / math.sqrt(fan_in), rel=1e-12)
            fit = theory.fit(getattr(module, attr), dist)
            assert fit.ks < 1.63 / math.sqrt(fit.n) + 0.02  # torch's own draw fits
    norm = nn.BatchNorm1d(8)
    assert theory.default_for(norm, "weight").atoms == ((1.0, 1.0),)
    assert theory.default_for(norm, "bias").atoms == ((0.0, 1.0),)
    # a layer whose default the lab has no closed form for (Embedding now has one)
    assert not theory.default_for(nn.Bilinear(4, 3, 2), "weight").known


@pytest.mark.parametrize("name,args,shape", [
    ("eye_", {}, (20, 30)),
    ("dirac_", {"groups": 2}, (8, 4, 3, 3)),
    ("constant_", {"val": 0.3}, (5, 6)),
    ("zeros_", {}, (4, 4)),
    ("ones_", {}, (3,)),
])
def test_point_masses_are_exact(name, args, shape) -> None:
    tensor = torch.empty(shape)
    getattr(init, name)(tensor, **args)
    dist = theory.for_initializer(name, args, shape)
    for value, probability in dist.atoms:
        measured = float((tensor == value).double().mean())
        assert probability == pytest.approx(measured, abs=1e-12)
    assert theory.ks_statistic(tensor, dist) == pytest.approx(0.0, abs=1e-12)
    assert dist.std == pytest.approx(float(tensor.double().std(unbiased=False)), abs=1e-9)


def test_sparse_zero_fraction_is_torchs() -> None:
    torch.manual_seed(1)
    tensor = init.sparse_(torch.empty(100, 50), sparsity=0.33, std=0.02)
    dist = theory.for_initializer("sparse_", {"sparsity": 0.33, "std": 0.02}, (100, 50))
    assert dist.atoms[0][1] == pytest.approx(float((tensor == 0).float().mean()))
    assert dist.std == pytest.approx(math.sqrt(1 - math.ceil(0.33 * 100) / 100) * 0.02)
    assert theory.fit(tensor, dist).ks < 0.03


@pytest.mark.parametrize("shape,gain", [((256, 256), 1.0), ((64, 300), 2.0), ((300, 64), 0.5),
                                        ((16, 3, 4, 4), 1.0)])
def test_orthogonal_marginal(shape, gain) -> None:
    rows = shape[0]
    cols = math.prod(shape) // rows
    m = max(rows, cols)
    dist = theory.for_initializer("orthogonal_", {"gain": gain}, shape)
    assert dist.std == pytest.approx(gain / math.sqrt(m), rel=1e-12)
    x = np.linspace(-gain, gain, 400_001)
    assert np.trapezoid(dist.pdf(x), x) == pytest.approx(1.0, abs=2e-3)
    torch.manual_seed(0)
    tensor = init.orthogonal_(torch.empty(shape), gain=gain)
    # exact: the squares of a (semi-)orthogonal matrix sum to gain² · min(rows, cols)
    assert float(tensor.double().pow(2).sum()) == pytest.approx(gain**2 * min(rows, cols),
                                                               rel=1e-4)
    assert theory.fit(tensor, dist).ks < 2.0 / math.sqrt(tensor.numel()) + 0.01


def test_ks_equals_the_textbook_statistic() -> None:
    torch.manual_seed(3)
    tensor = torch.randn(5000) * 0.1
    dist = theory.normal(0.0, 0.1)
    expected = ks_by_hand(tensor.numpy(), lambda x: normal_cdf(x, 0.0, 0.1))
    assert theory.ks_statistic(tensor, dist) == pytest.approx(expected, abs=1e-9)
    wrong = theory.normal(0.0, 0.2)
    assert theory.ks_statistic(tensor, wrong) > 0.1
    assert math.isnan(theory.ks_statistic(tensor, theory.unknown("none")))


def test_expected_counts_are_cdf_differences() -> None:
    dist = theory.uniform(-1.0, 1.0)
    edges = np.linspace(-1.5, 1.5, 7)
    counts = dist.expected_counts(edges, 1000)
    closed = 1000 * np.diff(np.clip((edges + 1) / 2, 0, 1))
    np.testing.assert_allclose(counts, closed)
    point = theory.point_masses(((0.25, 1.0),))
    counts = point.expected_counts(np.linspace(0, 1, 5), 40)
    assert counts.tolist() == [0.0, 40.0, 0.0, 0.0]  # 0.25 is the left edge of bin 1


def test_unknown_initializer_dimensions_give_a_note() -> None:
    dist = theory.for_initializer("xavier_uniform_", {"gain": 1.0}, (5,))
    assert not dist.known
    assert "2 dimensions" in dist.note
    assert math.isnan(dist.std)


def test_ks_on_sorted_values_skips_the_sort_and_agrees() -> None:
    torch.manual_seed(4)
    tensor = torch.round(torch.randn(3000) * 4) / 4  # many ties
    dist = theory.normal(0.0, 1.0)
    sorted_values = torch.sort(tensor).values
    assert theory.ks_statistic(sorted_values, dist, is_sorted=True) == pytest.approx(
        theory.ks_statistic(tensor, dist), abs=1e-12)
