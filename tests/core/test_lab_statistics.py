"""The Lab's statistics of parameters and activations agree with PyTorch's own.

Every expected value is computed here with PyTorch itself, extreme but finite values and
non-finite ones included.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from torch import nn

from core.errors import INVALID_ARGUMENT
from core.model.inputs import input_spec
from core.model.lab import Lab
from core.model.snapshot import TensorStats
from tests.core.lab_helpers import (
    check_stats_against_torch,
    consistent,
    linear,
    refused,
    same_number,
    seed_mlp,
)

FLOAT32 = torch.finfo(torch.float32)


# -- statistics ------------------------------------------------------------------------------


def test_parameter_statistics_match_torch() -> None:
    torch.manual_seed(2)
    lab = Lab(bins=37)
    seed_mlp(lab)
    lab.initialize("normal_", {"mean": 0.5, "std": 2.0}, types=["Linear"])
    state = lab.state_dict()
    for info in lab.snapshot.parameters:
        check_stats_against_torch(info.stats, state[info.name], 37)


def test_non_finite_parameters_are_counted_and_left_out_of_the_histogram() -> None:
    lab = Lab()
    lab.add("Linear", linear(3, 4))
    weight = torch.tensor(
        [[float("nan"), 1.0, 2.0], [float("inf"), -1.0, 0.5],
         [float("-inf"), float("inf"), 3.0], [0.0, 0.25, -2.0]]
    )
    bias = torch.tensor([1.0, 2.0, 3.0, 4.0])
    snapshot = lab.load_state_dict({"0.weight": weight, "0.bias": bias})
    stats = snapshot.parameter("0.weight").stats
    check_stats_against_torch(stats, weight, 100)
    assert (stats.nan, stats.posinf, stats.neginf) == (1, 2, 1)


def test_trace_statistics_match_torch_with_overflowing_activations() -> None:
    """Huge inputs through all-ones weights overflow to inf, and the next layer makes NaN."""
    big = FLOAT32.max / 2
    torch.manual_seed(5)
    plain = nn.Sequential(nn.Linear(20, 6), nn.ReLU(), nn.Linear(6, 3))
    nn.init.constant_(plain[0].weight, 1.0)
    x = torch.empty(2, 20).normal_(big, 0.0)
    outputs = []
    with torch.no_grad():
        h = x
        for module in plain:
            h = module(h)
            outputs.append(h)
    assert torch.isinf(outputs[0]).any() and torch.isnan(outputs[-1]).any()  # a real case
    torch.manual_seed(5)
    lab = Lab()
    lab.add("Linear", linear(20, 6))
    lab.add("ReLU")
    lab.add("Linear", linear(6, 3))
    lab.initialize("constant_", {"val": 1.0}, layers=[0])
    snapshot = lab.forward(input_spec([2, 20], fill="normal", mean=big, std=0.0))
    for entry, out in zip(snapshot.trace, outputs, strict=True):
        assert entry.output_shape == tuple(out.shape)
        check_stats_against_torch(entry.output, out, 100)


def seed_range_identity() -> tuple[TensorStats, torch.Tensor]:
    """An Identity fed the seed's input: its output is the input, drawn again here."""
    low, high = FLOAT32.min / 10, FLOAT32.max / 10
    torch.manual_seed(0)
    lab = Lab()
    lab.add("Identity")
    snapshot = lab.forward(input_spec([2, 256], low=low, high=high))
    torch.manual_seed(0)
    x = torch.empty(2, 256).uniform_(low, high)
    return snapshot.trace[0].output, x


def test_histogram_of_extreme_but_finite_values_is_correct() -> None:
    """The seed's input range: values near ±3.4e37 must land in the right bins."""
    stats, x = seed_range_identity()
    finite = x.double().numpy().reshape(-1)
    exact, _ = np.histogram(finite, bins=100, range=(finite.min(), finite.max()))
    assert int(stats.histogram.counts.sum()) == finite.size
    assert np.abs(stats.histogram.counts - exact).max() <= 1, (stats.histogram.counts, exact)


def test_std_of_extreme_but_finite_values_is_finite() -> None:
    """Values within ±3.4e37 have a std of about 2e37, which float32 holds; not inf."""
    stats, x = seed_range_identity()
    std, mean = torch.std_mean(x.reshape(-1).double())
    assert math.isfinite(float(std.float()))
    assert same_number(stats.std, float(std)), (stats.std, float(std))
    assert same_number(stats.mean, float(mean))


def test_uniform_range_wider_than_float32_is_an_invalid_argument() -> None:
    """torch's uniform_ refuses high - low > float32.max; the lab must refuse it as a LabError."""
    with pytest.raises(RuntimeError):
        torch.empty(3).uniform_(-FLOAT32.max, FLOAT32.max)
    lab = Lab()
    lab.add("ReLU")
    refused(
        lab,
        lambda: lab.forward(input_spec([2, 3], low=-FLOAT32.max, high=FLOAT32.max)),
        INVALID_ARGUMENT,
    )


def test_stats_cache_sees_data_reassignment() -> None:
    """``p.data = new`` does not bump _version; the snapshot must still show the new values."""
    lab = Lab()
    lab.add("Linear", linear(3, 2))
    first = lab.snapshot.parameter("0.weight").stats
    lab.load_state_dict({"0.weight": torch.full((2, 3), 7.0), "0.bias": torch.zeros(2)})
    stats = lab.snapshot.parameter("0.weight").stats
    assert stats != first and stats.mean == 7.0 and stats.min == stats.max == 7.0
    consistent(lab)
