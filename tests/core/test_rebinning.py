"""Histograms at another bin count, computed on demand from the weights a step kept."""

import numpy as np
import pytest
import torch

from core.errors import INVALID_ARGUMENT, LabError
from core.model.lab import Lab
from core.model.stats import StatsCache


def _lab() -> Lab:
    lab = Lab()
    lab.add("Linear", {"in_features": 64, "out_features": 32})
    return lab


def test_rebinned_histogram_matches_torch_histc_over_min_and_max():
    lab = _lab()
    weight = lab.version.net()[0].weight.detach()
    histogram = lab.parameter_histogram(lab.snapshot, "0.weight", 1000)
    expected = torch.histc(weight, bins=1000, min=float(weight.min()), max=float(weight.max()))
    assert histogram.counts.shape == (1000,) and histogram.counts.sum() == weight.numel()
    assert np.array_equal(histogram.counts, expected.numpy().astype(np.int64))
    assert histogram.edges[0] == pytest.approx(float(weight.min()))
    assert histogram.edges[-1] == pytest.approx(float(weight.max()))


def test_an_earlier_step_is_rebinned_from_the_weights_it_had():
    lab = _lab()
    first = lab.snapshot
    old_weight = lab.version.net()[0].weight.detach().clone()
    lab.initialize("constant_", {"val": 0.5}, layers=["0"])
    earlier = lab.parameter_histogram(first, "0.weight", 7)
    expected = torch.histc(old_weight, bins=7, min=float(old_weight.min()),
                           max=float(old_weight.max()))
    assert np.array_equal(earlier.counts, expected.numpy().astype(np.int64))
    now = lab.parameter_histogram(lab.snapshot, "0.weight", 7)
    assert now.counts.sum() == 64 * 32 and np.count_nonzero(now.counts) == 1


def test_the_snapshot_bin_count_reuses_the_snapshot_histogram_and_results_are_cached():
    lab = _lab()
    stats = lab.snapshot.parameter("0.weight").stats
    assert lab.parameter_histogram(lab.snapshot, "0.weight", lab.cache.bins) is stats.histogram
    first = lab.parameter_histogram(lab.snapshot, "0.weight", 13)
    assert lab.parameter_histogram(lab.snapshot, "0.weight", 13) is first


def test_non_finite_values_are_left_out_as_in_the_snapshot():
    tensor = torch.tensor([0.0, 1.0, float("nan"), float("inf"), 2.0])
    histogram = StatsCache().histogram(tensor, 4)
    assert histogram.counts.sum() == 3
    assert histogram.edges[0] == 0.0 and histogram.edges[-1] == 2.0


def test_a_changed_tensor_is_rebinned_again():
    cache = StatsCache()
    tensor = torch.zeros(10)
    tensor[0] = 1.0
    before = cache.histogram(tensor, 5)
    tensor.fill_(3.0)  # in place: the version counter changes
    after = cache.histogram(tensor, 5)
    assert before.counts[0] == 9 and after.counts.sum() == 10
    assert after.edges[0] < 3.0 < after.edges[-1]


@pytest.mark.parametrize("bins", [0, -3, 10_001, 2.5, True, "100"])
def test_bad_bin_counts_are_refused(bins):
    lab = _lab()
    with pytest.raises(LabError) as info:
        lab.parameter_histogram(lab.snapshot, "0.weight", bins)
    assert info.value.kind == INVALID_ARGUMENT and "bins" in info.value.message


def test_unknown_parameter_and_dropped_steps_are_explained():
    lab = _lab()
    first = lab.snapshot
    with pytest.raises(LabError) as info:
        lab.parameter_histogram(first, "5.weight", 10)
    assert "5.weight" in info.value.message
    lab.set_history_limit(0)
    lab.initialize("normal_", {"std": 0.1}, layers=["0"])  # the first step's weight is dropped
    with pytest.raises(LabError) as info:
        lab.parameter_histogram(first, "0.weight", 10)
    assert "no longer kept" in info.value.message and "Preferences" in info.value.message


def test_lazy_parameter_has_no_values_yet():
    lab = Lab()
    lab.add("LazyLinear", {"out_features": 4})
    with pytest.raises(LabError) as info:
        lab.parameter_histogram(lab.snapshot, "0.weight", 10)
    assert "no values" in info.value.message
