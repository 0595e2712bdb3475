"""The histogram's bin count: other counts are computed on a worker and shown when ready."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from gui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot, new_window):
    win = new_window()
    with qtbot.waitSignal(win.session.busyChanged, check_params_cb=lambda busy: not busy):
        win.perform({"op": "add", "layer": "Linear",
                     "args": {"in_features": 300, "out_features": 200}})
    return win


def _weight(win: MainWindow) -> torch.Tensor:
    return win.session.lab.version.net()[0].weight.detach()


def test_default_shows_the_snapshot_histogram_without_asking(qtbot, window):
    panel = window.history_panel
    window.params_table.select("0.weight")
    assert panel.bins() == 100
    edges, counts = panel.histogram.histogram_data()
    assert counts.size == 100 and counts.sum() == 300 * 200


def test_choosing_1000_bins_computes_them_on_a_worker(qtbot, window):
    panel = window.history_panel
    window.params_table.select("0.weight")
    with qtbot.waitSignal(window.session.histogramReady, timeout=10_000,
                          check_params_cb=lambda *args: args[1] == "0.weight") as blocker:
        panel.bins_combo.setCurrentIndex(panel.bins_combo.findData(1000))
        assert "Computing 1,000 bins" in panel.status_label.text()  # meanwhile
    assert blocker.args[1:3] == ["0.weight", 1000]
    weight = _weight(window)
    expected = torch.histc(weight, bins=1000, min=float(weight.min()), max=float(weight.max()))
    edges, counts = panel.histogram.histogram_data()
    assert np.array_equal(counts, expected.numpy().astype(np.int64))
    assert edges.size == 1001 and panel.status_label.text() == ""


def test_other_parameters_are_prefetched_so_selecting_one_shows_it_at_once(qtbot, window):
    panel = window.history_panel
    window.params_table.select("0.weight")
    panel.set_bins(20)
    window.session.wait()  # the weight, and the bias in the background
    assert panel.histogram.histogram_data()[1].size == 20
    requests = []
    panel.histogramRequested.connect(lambda *args: requests.append(args))
    window.params_table.select("0.bias")
    assert requests == []
    counts = panel.histogram.histogram_data()[1]
    assert counts.size == 20 and counts.sum() == 200
    window.params_table.select("0.weight")
    assert requests == [] and panel.histogram.histogram_data()[1].size == 20
    panel.set_bins(100)  # the snapshot's own histogram again
    assert requests == [] and panel.histogram.histogram_data()[1].size == 100


def test_a_new_step_prefetches_at_the_chosen_bin_count(qtbot, window):
    panel = window.history_panel
    window.params_table.select("0.weight")
    panel.set_bins(50)
    window.session.wait()
    requests = []
    panel.histogramRequested.connect(lambda *args: requests.append(args[1:]))
    with qtbot.waitSignal(window.session.busyChanged, check_params_cb=lambda busy: not busy):
        window.perform({"op": "init", "init": "constant_", "args": {"val": 0.25}})
    assert sorted(requests) == [("0.bias", 50), ("0.weight", 50)]
    window.session.wait()
    assert np.count_nonzero(panel.histogram.histogram_data()[1]) == 1  # all 0.25


def test_an_earlier_step_is_rebinned_from_its_own_weights(qtbot, window):
    panel = window.history_panel
    window.params_table.select("0.weight")
    old = _weight(window).clone()
    with qtbot.waitSignal(window.session.busyChanged, check_params_cb=lambda busy: not busy):
        window.perform({"op": "init", "init": "constant_", "args": {"val": 0.25}})
    assert len(panel.entries()) == 2
    panel.set_bins(50)
    window.session.wait()
    assert np.count_nonzero(panel.histogram.histogram_data()[1]) == 1  # the newest: all 0.25
    with qtbot.waitSignal(window.session.histogramReady):
        panel.select_entry(0)
    expected = torch.histc(old, bins=50, min=float(old.min()), max=float(old.max()))
    assert np.array_equal(panel.histogram.histogram_data()[1],
                          expected.numpy().astype(np.int64))


def test_a_dropped_step_is_explained(qtbot, window):
    first = window.session.snapshot
    with qtbot.waitSignal(window.session.busyChanged, check_params_cb=lambda busy: not busy):
        window.perform({"op": "init", "init": "constant_", "args": {"val": 0.25}})
    window.session.set_history_limit(0)  # the first step's weights are dropped
    with qtbot.waitSignal(window.session.histogramFailed) as blocker:
        window.session.request_histogram(first, "0.weight", 10)
    assert "no longer kept" in blocker.args[3].message


def test_a_failure_for_the_shown_histogram_shows_in_the_panel(qtbot, window):
    from core.errors import INVALID_ARGUMENT, LabError

    panel = window.history_panel
    window.params_table.select("0.weight")
    shown = window.session.snapshot
    error = LabError(INVALID_ARGUMENT, "The weights of step 'x' are no longer kept.")
    panel.histogram_failed(shown, "0.bias", panel.bins(), error)  # not the shown one
    assert panel.status_label.text() == ""
    panel.histogram_failed(shown, "0.weight", panel.bins(), error)
    assert "no longer kept" in panel.status_label.text()
    assert panel.histogram.histogram_data()[1].size == 100  # the histogram stays
