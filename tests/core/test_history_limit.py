"""The undo history's memory bound: setting it trims the oldest steps, with real tensors."""

import pytest
import torch

from core.errors import INVALID_ARGUMENT, LabError
from core.model.lab import Lab

WEIGHT_BYTES = 64 * 32 * 4  # Linear(32, 64).weight in float32


def _lab_with_replaced_weights(times: int) -> tuple[Lab, list[torch.Tensor]]:
    """A Linear(32, 64) re-initialized ``times`` times; returns each weight it had."""
    lab = Lab()
    lab.add("Linear", {"in_features": 32, "out_features": 64})
    weights = [lab.version.net()[0].weight.detach().clone()]
    for seed in range(times):
        lab.initialize("normal_", {"std": 0.02}, layers=["0"], seed=seed)
        weights.append(lab.version.net()[0].weight.detach().clone())
    return lab, weights


def test_history_bytes_counts_only_replaced_tensors():
    lab, _ = _lab_with_replaced_weights(3)
    # each init replaced the weight; the bias is shared with the current version
    assert lab.history_bytes() == 3 * WEIGHT_BYTES
    assert len(lab.history.undo) == 4  # add (empty net before it), then three inits


def test_lowering_the_limit_drops_the_oldest_steps_and_undo_still_restores_kept_weights():
    lab, weights = _lab_with_replaced_weights(3)
    lab.set_history_limit(WEIGHT_BYTES)  # room for one earlier weight
    assert lab.history_bytes() <= WEIGHT_BYTES
    assert len(lab.history.undo) == 1
    assert torch.equal(lab.version.net()[0].weight, weights[3])
    lab.undo()
    assert torch.equal(lab.version.net()[0].weight, weights[2])  # the newest kept one
    assert not lab.can_undo


def test_a_limit_applies_to_later_steps_and_zero_keeps_no_weights():
    lab, _ = _lab_with_replaced_weights(0)
    lab.set_history_limit(2 * WEIGHT_BYTES)
    for seed in range(5):
        lab.initialize("normal_", {"std": 0.02}, layers=["0"], seed=seed)
        assert lab.history_bytes() <= 2 * WEIGHT_BYTES
    assert lab.history_bytes() == 2 * WEIGHT_BYTES
    lab.set_history_limit(0)
    assert lab.history_bytes() == 0


def test_raising_the_limit_keeps_everything_that_is_left():
    lab, _ = _lab_with_replaced_weights(2)
    lab.set_history_limit(10 * WEIGHT_BYTES)
    assert lab.history_bytes() == 2 * WEIGHT_BYTES
    assert len(lab.history.undo) == 3


@pytest.mark.parametrize("bad", [-1, 1.5, "100", True, None])
def test_a_bad_limit_is_refused_and_changes_nothing(bad):
    lab, _ = _lab_with_replaced_weights(2)
    before = lab.history.max_bytes
    with pytest.raises(LabError) as info:
        lab.set_history_limit(bad)
    assert info.value.kind == INVALID_ARGUMENT
    assert "undo memory limit" in info.value.message
    assert lab.history.max_bytes == before and lab.history_bytes() == 2 * WEIGHT_BYTES
