"""A train step computes on one intra-op thread, whatever the count outside it: the
curves of a network with BatchNorm are then the same in the window (cores − 1 threads),
headless (torch's default) and in the exported script, and the count comes back."""

from __future__ import annotations

import pytest
import torch

from core.cancel import Cancelled, Monitor
from core.model.lab import Lab
from core.operations import steps

BATCHNORM_MLP = [
    {"layer": "Linear", "args": {"in_features": 2, "out_features": 64}},
    {"layer": "BatchNorm1d", "args": {"num_features": 64}},
    {"layer": "ReLU"},
    {"layer": "Linear", "args": {"in_features": 64, "out_features": 64}},
    {"layer": "BatchNorm1d", "args": {"num_features": 64}},
    {"layer": "ReLU"},
    {"layer": "Linear", "args": {"in_features": 64, "out_features": 2}},
]
STEP = {"op": "train", "inits": ["default", "kaiming_normal_"], "steps": 20, "batch": 256,
        "optimizer": "adam", "lr": 0.01, "types": ["Linear"]}


@pytest.fixture
def restore_threads():
    before = torch.get_num_threads()
    yield
    torch.set_num_threads(before)


def trained_with(threads: int, seen: list[int]) -> list[list[float]]:
    """The losses of the step run after ``torch.set_num_threads(threads)``; ``seen`` gets
    the thread count inside the run (from the progress callback)."""
    torch.set_num_threads(threads)
    lab = Lab()
    steps.perform(lab, {"op": "build", "layers": BATCHNORM_MLP, "seed": 0})
    result = steps.analyze(lab, STEP, lambda *_: seen.append(torch.get_num_threads()))
    assert torch.get_num_threads() == threads  # restored
    return [run.curves.loss for run in result.candidates]


@pytest.mark.usefixtures("restore_threads")
def test_batchnorm_curves_are_bit_identical_with_one_or_two_threads_outside():
    seen_two, seen_one = [], []
    two = trained_with(2, seen_two)
    one = trained_with(1, seen_one)
    assert two == one and len(two[0]) == 20
    assert seen_two and set(seen_two) == {1} and set(seen_one) == {1}


@pytest.mark.usefixtures("restore_threads")
def test_the_thread_count_is_restored_after_a_cancel():
    torch.set_num_threads(2)
    lab = Lab()
    steps.perform(lab, {"op": "build", "layers": BATCHNORM_MLP, "seed": 0})
    monitor = Monitor()

    def progress(done, total, label):
        assert torch.get_num_threads() == 1
        if done > 0:
            monitor.cancel()

    with lab.monitored(monitor), pytest.raises(Cancelled):
        steps.analyze(lab, {**STEP, "steps": 10_000}, progress)
    assert torch.get_num_threads() == 2
