"""The Compare and Depth tabs, driven by clicks: plotted data equals torch computed here."""

from __future__ import annotations

import copy
import csv

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt
from torch import nn

from core.analysis import depth as core_depth
from core.errors import UNINITIALIZED
from gui.analysis.compare_view import GRID, MULTIPLES, OVERLAY, CompareView
from gui.analysis.depth_view import DepthView
from gui.analysis.histogram_view import LOG_FLOOR
from gui.session.session import LabSession
from tests.gui.session_helpers import run

LAYERS = [
    {"layer": "LazyLinear", "args": {"out_features": 48}},
    {"layer": "ReLU"},
    {"layer": "Linear", "args": {"in_features": 48, "out_features": 32}},
    {"layer": "ReLU"},
    {"layer": "Linear", "args": {"in_features": 32, "out_features": 10}},
]



@pytest.fixture
def session(qtbot) -> LabSession:
    session = LabSession(seed=0)
    run(qtbot, session, {"op": "build", "layers": LAYERS})
    run(qtbot, session, {"op": "forward", "shape": [4, 20]})
    return session


@pytest.fixture
def view(qtbot, session) -> CompareView:
    widget = CompareView(session)
    widget.resize(1300, 800)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def click_compare(qtbot, view):
    with qtbot.waitSignal(view.comparisonShown, timeout=30000):
        qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)


def reference(session, init: str, args: dict, seed: int) -> nn.Sequential:
    net = copy.deepcopy(session.lab.version.net())

    def visit(module):
        if isinstance(module, nn.Linear):
            if init == "default":
                module.reset_parameters()
            else:
                getattr(nn.init, init)(module.weight, **args)

    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        net.apply(visit)
    return net


def choose(view, names, args=None, seed=0):
    view.chooser.set_checked(names)
    for name, values in (args or {}).items():
        view.chooser.set_args(name, values)
    view.chooser.seed.setValue(seed)


def test_clicking_compare_plots_histc_of_each_initializer(qtbot, view, session):
    choose(view, ["default", "xavier_uniform_", "normal_"], {"normal_": {"std": 0.05}}, seed=9)
    before = session.snapshot
    state = {k: v.clone() for k, v in session.lab.version.net().state_dict().items()}
    click_compare(qtbot, view)
    assert session.snapshot is before  # the working network is untouched
    after = session.lab.version.net().state_dict()
    assert all(torch.equal(after[k], state[k]) for k in state)

    view.set_parameter("2.weight")
    assert view.current_parameter() == "2.weight"
    assert view.stack.currentWidget() is view.overlay_chart
    labels = view.legend_labels()
    assert labels[:3] == ["default", "xavier_uniform_", "normal_(std=0.05)"]
    overlay = view.overlays()["2.weight"]
    bins = view.bins_spin.value()
    for curve, (init, args) in zip(view.overlay_curves, (("default", {}),
                                                        ("xavier_uniform_", {}),
                                                        ("normal_", {"std": 0.05})), strict=True):
        x, y = curve.getData()
        np.testing.assert_array_equal(x, overlay.edges)
        weight = reference(session, init, args, 9).get_parameter("2.weight").detach()
        expected = torch.histc(weight, bins=bins, min=float(x[0]), max=float(x[-1]))
        np.testing.assert_array_equal(y, expected.numpy())
    assert view.table.rowCount() == 3
    assert view.table.item(1, 0).text() == "xavier_uniform_"
    measured = float(reference(session, "xavier_uniform_", {}, 9)
                     .get_parameter("2.weight").detach().std())
    assert float(view.table.item(1, 3).text()) == pytest.approx(measured, rel=1e-3)


def test_theory_curves_are_the_scaled_densities(qtbot, view, session):
    choose(view, ["xavier_uniform_", "kaiming_normal_"])
    click_compare(qtbot, view)
    view.set_parameter("2.weight")
    assert len(view.theory_curves) == 2
    x, y = view.theory_curves[1].getData()
    overlay = view.overlays()["2.weight"]
    width = overlay.edges[1] - overlay.edges[0]
    std = np.sqrt(2.0) / np.sqrt(48)  # kaiming_normal_ default: leaky_relu(a=0), fan_in = 48
    closed = 48 * 32 * width * np.exp(-0.5 * (x / std) ** 2) / (std * np.sqrt(2 * np.pi))
    np.testing.assert_allclose(y, closed, rtol=1e-9)
    view.theory_box.setChecked(False)
    assert view.theory_curves == []


def test_bins_range_and_log_counts(qtbot, view, session):
    choose(view, ["normal_"], {"normal_": {"std": 1.0}}, seed=1)
    click_compare(qtbot, view)
    view.set_parameter("0.weight")
    with qtbot.waitSignal(session.analysed, timeout=20000):
        view.bins_spin.setValue(25)
    x, y = view.overlay_curves[0].getData()
    assert len(x) == 26
    with qtbot.waitSignal(session.analysed, timeout=20000):
        view.range_combo.setCurrentIndex(view.range_combo.findData(95.0))
    overlay = view.overlays()["0.weight"]
    weight = reference(session, "normal_", {"std": 1.0}, 1).get_parameter("0.weight").detach()
    low, high = overlay.edges[0], overlay.edges[-1]
    assert low == pytest.approx(float(torch.quantile(weight.reshape(-1), 0.025)), rel=1e-5)
    assert overlay.series[0].below + overlay.series[0].above == int(
        ((weight < low) | (weight > high)).sum())
    assert view.table.item(0, 5).text() != "0"
    qtbot.mouseClick(view.log_box, Qt.MouseButton.LeftButton)
    assert view.log_box.isChecked()
    _x, y = view.overlay_curves[0].getData()
    assert np.all(y >= LOG_FLOOR)
    assert view.overlay_chart.plot.ctrl.logYCheck.isChecked()


def test_small_multiples_grid_and_hover(qtbot, view, session):
    choose(view, ["default", "orthogonal_"])
    click_compare(qtbot, view)
    view.set_mode(MULTIPLES)
    assert view.stack.currentWidget() is view.multiples
    plots = [item for item in view.multiples.ci.items if hasattr(item, "listDataItems")]
    assert len(plots) == 2
    ranges = {tuple(np.round(p.viewRange()[1], 6)) for p in plots}
    assert len(ranges) == 1  # shared axes
    view.set_mode(GRID)
    assert view.stack.currentWidget() is view.grid_scroll
    plots = [item for item in view.grid.ci.items if hasattr(item, "listDataItems")]
    assert len(plots) == len(session.snapshot.parameters) == 6
    view.set_mode(OVERLAY)
    view.set_parameter("0.weight")
    overlay = view.overlays()["0.weight"]
    middle = (overlay.edges[3] + overlay.edges[4]) / 2
    text = view.hover_text(middle)
    assert f"default {int(overlay.series[0].counts[3]):,}" in text
    assert view.hover_text(overlay.edges[-1] + 1) == ""


def test_exports(qtbot, view, tmp_path):
    choose(view, ["default", "xavier_normal_"])
    click_compare(qtbot, view)
    view.set_parameter("4.weight")
    paths = iter([str(tmp_path / "chart"), str(tmp_path / "data.csv")])
    view.ask_save_path = lambda *_args: next(paths)
    assert view.export_png_dialog() == str(tmp_path / "chart.png")
    from PySide6.QtGui import QImage

    assert not QImage(str(tmp_path / "chart.png")).isNull()
    view.export_csv_dialog()
    rows = list(csv.DictReader((tmp_path / "data.csv").read_text("utf-8").splitlines()))
    assert len(rows) == 2 * view.bins_spin.value()
    assert {r["initializer"] for r in rows} == {"default", "xavier_normal_"}
    overlay = view.overlays()["4.weight"]
    assert [int(r["count"]) for r in rows[: len(overlay.series[0].counts)]] == \
        overlay.series[0].counts.tolist()


def test_invalid_arguments_refused_before_any_work(qtbot, view, session):
    choose(view, ["trunc_normal_"], {"trunc_normal_": {"a": 1.0, "b": -1.0}})
    assert not view.run_comparison()
    assert not session.busy
    assert "b must be" in view.chooser.form.error_text()
    choose(view, [])
    assert not view.run_comparison()
    assert "at least one" in view.status_label.text()


def test_busy_session_refuses_and_history_overlays(qtbot, view, session):
    run(qtbot, session, {"op": "init", "init": "xavier_uniform_"})
    choose(view, ["default"])
    with qtbot.waitSignal(view.comparisonShown, timeout=30000):
        assert view.run_comparison()
        assert not view.compare_button.isEnabled()
        assert not view.run_comparison()  # refused while the first one runs
    view.set_parameter("0.weight")
    assert view.history_list.count() >= 2
    last = view.history_list.item(view.history_list.count() - 1)
    assert "xavier_uniform_" in last.text()
    last.setCheckState(Qt.CheckState.Checked)
    assert len(view.history_curves) == 1
    _x, y = view.history_curves[0].getData()
    stats = session.snapshot.parameter("0.weight").stats
    hist = stats.histogram
    overlay = view.overlays()["0.weight"]
    scale = (overlay.edges[1] - overlay.edges[0]) / (hist.edges[1] - hist.edges[0])
    np.testing.assert_allclose(y, hist.counts * scale)


def test_depth_view_plots_hook_statistics(qtbot, view, session, tmp_path):
    depth_view = DepthView(session, view.choice)
    qtbot.addWidget(depth_view)
    depth_view.show()
    choose(view, ["default", "kaiming_normal_"], seed=4)
    depth_view.batch_spin.setValue(64)
    with qtbot.waitSignal(depth_view.depthShown, timeout=30000):
        qtbot.mouseClick(depth_view.run_button, Qt.MouseButton.LeftButton)
    result = depth_view.result()
    assert result.shape == (64, 20)
    assert len(depth_view.activation_curves) == 2
    net = reference(session, "kaiming_normal_", {}, 4)
    outputs = []
    for module in net:
        module.register_forward_hook(lambda _m, _a, out: outputs.append(out.detach()))
    x = torch.randn((64, 20), generator=torch.Generator().manual_seed(4 ^ core_depth.BATCH_STREAM))
    with torch.no_grad():
        net(x)
    _x, y = depth_view.activation_curves[1].getData()  # log axis: getData gives log10
    # One point per stage (Linear + its ReLU), measured at the stage's last output.
    stage_ends = [1, 3, 4]
    np.testing.assert_allclose(10**y, [float(outputs[p].std()) for p in stage_ends], rtol=1e-5)
    assert "layer 2–3 (Linear + ReLU)" in depth_view.layer_text(1)
    depth_view.ask_save_path = lambda *_args: str(tmp_path / "depth.csv")
    depth_view.export_csv_dialog()
    rows = list(csv.DictReader((tmp_path / "depth.csv").read_text("utf-8").splitlines()))
    assert len(rows) == 2 * len(LAYERS)


def test_window_menu_action_and_failure_reaches_the_banner(qtbot, new_window):
    window = new_window()
    run(qtbot, window.session, {"op": "add", "layer": "LazyLinear",
                                "args": {"out_features": 8}})
    assert window.action_table["compare"].shortcut().toString() == "Ctrl+Shift+C"
    with qtbot.waitSignal(window.session.failed, timeout=20000) as blocker:
        window.action_table["compare"].trigger()
    assert blocker.args[0].kind == UNINITIALIZED
    assert window.chart_tabs.currentWidget() is window.compare_view
    assert window.banner.isVisible()
    run(qtbot, window.session, {"op": "forward", "shape": [2, 5]})
    with qtbot.waitSignal(window.compare_view.comparisonShown, timeout=30000):
        qtbot.keyClick(window, Qt.Key.Key_C,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.compare_view.overlays()


def test_bins_changed_while_comparing_are_applied_after(qtbot, view, session):
    choose(view, ["default"])
    with qtbot.waitSignal(session.analysed, timeout=30000,
                          check_params_cb=lambda step, _result: step["bins"] == 17):
        assert view.run_comparison()
        view.bins_spin.setValue(17)  # while the comparison runs
    assert len(view.overlays()["0.weight"].edges) == 18
    x, _y = view.overlay_curves[0].getData()
    assert len(x) == 18


def test_progress_reports_each_initializer_then_hides(qtbot, view, session):
    choose(view, ["default", "xavier_uniform_", "orthogonal_"])
    seen = []
    view._relay.progressed.connect(lambda *args: seen.append(args))
    shown = []
    view._relay.progressed.connect(lambda *_args: shown.append(view.progress_bar.isVisible()))
    click_compare(qtbot, view)
    assert seen == [(0, 3, "default"), (1, 3, "xavier_uniform_"), (2, 3, "orthogonal_")]
    assert shown == [True, True, True]  # the bar showed while it ran
    assert not view.progress_bar.isVisible()


def test_depth_view_says_what_it_cannot_measure_on_ids_and_recurrent_layers(qtbot):
    session = LabSession(seed=0)
    run(qtbot, session, {"op": "build", "layers": [
        {"layer": "Embedding", "args": {"num_embeddings": 30, "embedding_dim": 8}},
        {"layer": "LSTM", "args": {"input_size": 8, "hidden_size": 4, "batch_first": True}}]})
    run(qtbot, session, {"op": "forward", "shape": [4, 6], "fill": "ids", "low": 0, "high": 30})
    compare_view = CompareView(session)
    depth_view = DepthView(session, compare_view.choice)
    qtbot.addWidget(compare_view)
    qtbot.addWidget(depth_view)
    depth_view.show()
    choose(compare_view, ["default", "normal_"])
    with qtbot.waitSignal(depth_view.depthShown, timeout=30000):
        qtbot.mouseClick(depth_view.run_button, Qt.MouseButton.LeftButton)
    result = depth_view.result()
    assert result.notes and all(c.error is None for c in result.curves)
    text = depth_view.status_label.text()
    assert "ids have no gradient" in text
    assert "Theory stops at layer 1 (LSTMOutput)" in text
    assert len(depth_view.activation_curves) == 2
