"""Cancelling a long operation: it stops between layers and changes nothing at all."""

from __future__ import annotations

import threading

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from core.cancel import IDLE, Cancelled, Monitor, by_percent
from core.model.lab import Lab
from core.operations import steps
from tests.core.lab_helpers import committed_view, tensor_bytes


def mlp(width: int = 64, layers: int = 4) -> Lab:
    lab = Lab()
    for _ in range(layers):
        steps.perform(lab, {"op": "add", "layer": "Linear",
                            "args": {"in_features": width, "out_features": width}})
    return lab


def state(lab: Lab) -> tuple:
    return (committed_view(lab), tensor_bytes(lab), lab.version.steps,
            len(lab.history.undo), torch.get_rng_state().clone())


def cancel_after(monitor_box: list, units: int):
    """A progress callback that cancels its own monitor once ``units`` were reported."""
    seen: list = []

    def progress(done: int, total: int, label: str) -> None:
        seen.append((done, total, label))
        if len(seen) == units:
            monitor_box[0].cancel()

    return progress, seen


@pytest.mark.parametrize("step", [
    {"op": "init", "init": "orthogonal_", "seed": 3},
    {"op": "init", "init": "normal_", "args": {"std": 0.5}},  # draws from the global stream
    {"op": "forward", "shape": [8, 64], "fill": "normal"},
])
def test_a_cancelled_operation_leaves_network_history_and_rng_as_they_were(step) -> None:
    lab = mlp()
    torch.manual_seed(11)
    before = state(lab)
    box: list = []
    progress, seen = cancel_after(box, 2)
    box.append(Monitor(progress))
    with lab.monitored(box[0]), pytest.raises(Cancelled):
        steps.perform(lab, step)
    after = state(lab)
    assert after[:4] == before[:4]
    assert torch.equal(after[4], before[4])
    assert lab.monitor is IDLE  # the monitor was only lent for the operation
    assert len(seen) == 2 and all(total == seen[0][1] for _, total, _ in seen)
    # not cancelled, the same step succeeds, with progress up to its total
    reports: list = []
    with lab.monitored(Monitor(lambda d, t, label: reports.append((d, t)))):
        steps.perform(lab, step)
    assert reports[-1][0] == reports[-1][1] and len(reports) > 2


def test_init_progress_counts_each_module_net_apply_visits() -> None:
    lab = mlp(layers=3)
    reports: list = []
    with lab.monitored(Monitor(lambda d, t, label: reports.append((d, t, label)))):
        snapshot = steps.perform(lab, {"op": "init", "init": "zeros_"})
    visits = list(snapshot.visits)
    assert [label for _, _, label in reports[:-1]] == visits
    assert reports[-1][:2] == (len(visits), len(visits))


def test_a_cancel_set_on_another_thread_is_seen_by_the_worker() -> None:
    lab = mlp(width=256, layers=6)
    before = state(lab)
    reported: list = []
    monitor = Monitor(lambda d, t, label: reported.append(d))
    outcome: list = []

    def run() -> None:
        try:
            with lab.monitored(monitor):
                steps.perform(lab, {"op": "init", "init": "orthogonal_"})
            outcome.append("finished")
        except Cancelled:
            outcome.append("cancelled")

    canceller = threading.Thread(target=monitor.cancel)
    canceller.start()
    canceller.join(10)
    worker = threading.Thread(target=run)
    worker.start()
    worker.join(60)
    assert outcome == ["cancelled"] and reported == []  # stopped at its very first step
    assert state(lab)[:4] == before[:4]


def test_the_idle_monitor_cannot_be_cancelled() -> None:
    with pytest.raises(RuntimeError):
        IDLE.cancel()
    assert not IDLE.cancelled


@given(total=st.integers(1, 5000))
def test_progress_by_percent_tells_each_percentage_once_and_always_the_end(total) -> None:
    told = []
    report = by_percent(lambda done, whole, label: told.append(done))
    for done in range(total + 1):
        report(done, total, f"unit {done}")
    assert told[0] == 0 and told[-1] == total
    assert [done * 100 // total for done in told] == sorted({d * 100 // total
                                                            for d in range(total + 1)})
    assert len(told) == min(total, 100) + 1  # up to 100 units: every one


def test_progress_by_percent_starts_again_for_a_new_total() -> None:
    told = []
    report = by_percent(lambda done, whole, label: told.append((done, whole)))
    for total in (3, 200):
        for done in range(total + 1):
            report(done, total)
    assert told[:4] == [(0, 3), (1, 3), (2, 3), (3, 3)] and told[4] == (0, 200)
    assert told[-1] == (200, 200) and len(told) == 4 + 101
