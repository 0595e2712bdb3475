"""Compare and Depth in a classroom column: readable overlays, stages, stale marks, small fixes."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton
from torch import nn

from gui import i18n
from gui.analysis.compare_view import MULTIPLES, OVERLAY, CompareView
from gui.analysis.depth_view import DepthView
from gui.analysis.histogram_view import log_ticks
from gui.network.network_view import CARD_ROLE
from gui.session.session import LabSession
from tests.gui.session_helpers import run

LAYERS = [
    {"layer": "LazyLinear", "args": {"out_features": 48}},
    {"layer": "ReLU"},
    {"layer": "Linear", "args": {"in_features": 48, "out_features": 32}},
    {"layer": "Tanh"},
    {"layer": "Dropout", "args": {"p": 0.1}},
    {"layer": "Linear", "args": {"in_features": 32, "out_features": 10}},
]
FOUR = ["default", "xavier_uniform_", "kaiming_normal_", "orthogonal_"]



@pytest.fixture
def session(qtbot) -> LabSession:
    session = LabSession(seed=0)
    run(qtbot, session, {"op": "build", "layers": LAYERS})
    run(qtbot, session, {"op": "forward", "shape": [4, 20]})
    return session


@pytest.fixture
def view(qtbot, session) -> CompareView:
    widget = CompareView(session)
    widget.resize(600, 700)  # the chart column of a 1280×720 window
    qtbot.addWidget(widget)
    widget.show()
    return widget


def compare(qtbot, view, names=FOUR):
    view.chooser.set_checked(names)
    with qtbot.waitSignal(view.comparisonShown, timeout=30000):
        qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)


def depth(qtbot, session, view) -> DepthView:
    depth_view = DepthView(session, view.choice)
    depth_view.resize(600, 700)
    qtbot.addWidget(depth_view)
    depth_view.show()
    depth_view.batch_spin.setValue(32)
    with qtbot.waitSignal(depth_view.depthShown, timeout=30000):
        qtbot.mouseClick(depth_view.run_button, Qt.MouseButton.LeftButton)
    return depth_view


def test_four_initializers_are_outlines_with_dashed_theory_and_a_legend_outside(qtbot, view):
    compare(qtbot, view)
    view.set_parameter("2.weight")
    curves = view.overlay_curves
    assert len(curves) == 4
    colors = set()
    for curve in curves:
        assert curve.opts["fillLevel"] is None and curve.opts.get("fillBrush") is None  # no fill
        pen = curve.opts["pen"]
        assert pen.style() == Qt.PenStyle.SolidLine and pen.widthF() >= 2
        colors.add(pen.color().name())
    assert len(colors) == 4
    assert len(view.theory_curves) == 4
    assert all(t.opts["pen"].style() == Qt.PenStyle.DashLine for t in view.theory_curves)
    legend = view.overlay_chart.legend
    box = view.overlay_chart.plot.getViewBox().sceneBoundingRect()
    assert legend.sceneBoundingRect().isValid()
    assert not legend.sceneBoundingRect().intersects(box)
    assert view.legend_labels()[:4] == FOUR


def test_redraws_reuse_the_same_plot_items(qtbot, view):
    compare(qtbot, view)
    view.set_parameter("0.weight")
    before = [id(c) for c in view.overlay_curves] + [id(t) for t in view.theory_curves]
    view.log_box.setChecked(True)
    view.set_parameter("2.weight")
    view.log_box.setChecked(False)
    after = [id(c) for c in view.overlay_curves] + [id(t) for t in view.theory_curves]
    assert before == after
    view.set_mode(MULTIPLES)
    plots = [id(p) for p in view.multiples.plots()]
    view.theory_box.setChecked(False)
    view.set_parameter("0.weight")
    assert [id(p) for p in view.multiples.plots()] == plots
    view.set_mode(OVERLAY)
    x, y = view.overlay_curves[0].getData()
    overlay = view.overlays()["0.weight"]
    np.testing.assert_array_equal(x, overlay.edges)
    np.testing.assert_array_equal(y, overlay.series[0].counts)


def test_the_table_fits_its_column_without_scrolling_sideways(qtbot, view):
    compare(qtbot, view)
    table = view.table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width() + 1
    assert table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert view.splitter.orientation() == Qt.Orientation.Vertical  # narrow: chooser on top
    assert not view.side_scroll.isVisible()  # folded away so the chart gets the room
    qtbot.mouseClick(view.chooser_button, Qt.MouseButton.LeftButton)
    assert view.side_scroll.isVisible()


def _stage_ends(net: nn.Sequential) -> list[int]:
    """Where a reader's stages end: a layer absorbs the activations and dropouts after it."""
    followers = (nn.ReLU, nn.Tanh, nn.Dropout)
    modules = list(net)
    return [i for i, m in enumerate(modules)
            if i + 1 == len(modules) or not isinstance(modules[i + 1], followers)]


def test_depth_draws_one_point_per_named_stage(qtbot, session, view):
    view.chooser.set_checked(["kaiming_normal_", "xavier_normal_"])
    depth_view = depth(qtbot, session, view)
    ends = _stage_ends(session.lab.version.net())
    assert ends == [1, 4, 5]
    assert [s.last for s in depth_view.stages()] == ends
    result = depth_view.result()
    for curve, item in zip(result.curves, depth_view.activation_curves, strict=True):
        x, y = item.getData()
        assert len(x) == len(ends)
        expected = [curve.layers[p].activation_std for p in ends]
        np.testing.assert_allclose(10**y, expected, rtol=1e-9)
    ticks = depth_view.activation_plot.getAxis("bottom")._tickLevels[0]
    assert [name for _x, name in ticks][0] == "0–1"
    before = [id(c) for c in depth_view.activation_curves]
    depth_view.theory_box.setChecked(False)
    assert [id(c) for c in depth_view.activation_curves] == before
    assert depth_view.expected_activation_curves == []


def test_charts_say_when_the_network_has_changed(qtbot, session, view):
    compare(qtbot, view, ["default"])
    depth_view = depth(qtbot, session, view)
    assert not view.is_stale() and not depth_view.is_stale()
    run(qtbot, session, {"op": "add", "layer": "ReLU"})
    assert view.is_stale() and view.stale_label.isVisible()
    assert depth_view.is_stale() and depth_view.stale.label.isVisible()
    with qtbot.waitSignal(session.snapshotChanged, timeout=20000):
        session.undo()
    assert not view.is_stale() and not depth_view.is_stale()


def test_log_ticks_keep_their_labels_apart():
    @settings(max_examples=60, deadline=None)
    @given(st.floats(-6, 6), st.floats(0.05, 9), st.floats(60, 900))
    def check(low, span, size):
        ticks = log_ticks(low, low + span, size, 34)
        per_unit = size / span
        assert all(b - a >= 34 / per_unit - 1e-9 for a, b in zip(ticks, ticks[1:], strict=False))
        assert all(low <= t <= low + span for t in ticks)
        if span >= 1 and size >= 68:
            assert ticks  # at least one decade is labelled

    check()


def _card(window, row):
    model = window.network_view.model()
    return model.data(model.index(row), CARD_ROLE)


def test_dismiss_removes_the_cards_error_and_selection_names_the_layer(qtbot, new_window):
    window = new_window()
    run(qtbot, window.session, {"op": "build", "layers": LAYERS[:3]})
    with qtbot.waitSignal(window.session.failed, timeout=20000):
        window.perform({"op": "init", "init": "xavier_uniform_"})
    assert _card(window, 0).error
    assert window.network_view.selected_positions() == [0]
    assert window.init_panel.selected_label.text() == "Selected: layer 0 (LazyLinear)"
    dismiss = next(b for b in window.banner.findChildren(QPushButton) if b.text() == "Dismiss")
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    assert not _card(window, 0).error
    run(qtbot, window.session, {"op": "rename", "at": 0, "name": "fc1"})
    assert window.network_view.selected_positions() == [0]
    assert window.init_panel.selected_label.text() == "Selected: layer fc1 (LazyLinear)"


def test_an_error_without_a_layer_leaves_no_old_mark(qtbot, new_window):
    window = new_window()
    run(qtbot, window.session, {"op": "build", "layers": LAYERS[:3]})
    with qtbot.waitSignal(window.session.failed, timeout=20000):
        window.perform({"op": "init", "init": "xavier_uniform_"})
    assert _card(window, 0).error
    with qtbot.waitSignal(window.session.failed, timeout=20000):
        window.perform({"op": "remove", "at": 99})
    assert not any(_card(window, r).error for r in range(3))


def test_the_palette_says_when_nothing_matches(qtbot):
    from gui.network.palette import Palette

    palette = Palette()
    qtbot.addWidget(palette)
    palette.show()
    qtbot.keyClicks(palette.filter_edit, "zzz")
    assert palette.visible_layers() == []
    assert palette.no_match.isVisible() and not palette.tree.isVisible()
    assert "No layer matches" in palette.no_match.text() and "zzz" in palette.no_match.text()
    palette.filter_edit.clear()
    assert not palette.no_match.isVisible() and palette.tree.isVisible()


def test_depth_titles_and_axes_follow_the_language(qtbot, session, view, isolated_settings):
    depth_view = depth(qtbot, session, view)
    english = depth_view.activation_plot.getAxis("bottom").labelText
    try:
        i18n.set_language("zh_CN")
        QCoreApplication.processEvents()
        translate = QCoreApplication.translate
        axis = depth_view.activation_plot.getAxis("bottom").labelText
        assert axis == translate("DepthView", "layer with its activation") != english
        assert depth_view.gradient_plot.titleLabel.text == translate(
            "DepthView", "Gradient std per layer")
    finally:
        i18n.set_language("en")


def test_history_buttons_stay_put_when_a_status_appears(qtbot):
    from gui.history.history_panel import HistoryPanel

    panel = HistoryPanel()
    panel.resize(700, 500)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    before = panel.png_button.mapTo(panel, panel.png_button.rect().topLeft())
    panel.status_label.setText("Saved /tmp/somewhere/a-long-file-name.png")
    QCoreApplication.processEvents()
    after = panel.png_button.mapTo(panel, panel.png_button.rect().topLeft())
    assert before == after
    assert panel.list_view.resizeMode() == panel.list_view.ResizeMode.Adjust


def test_the_visit_log_follows_undo_and_redo(qtbot, new_window):
    window = new_window()
    session = window.session
    run(qtbot, session, {"op": "build", "layers": [
        {"layer": "Linear", "args": {"in_features": 20, "out_features": 8}}, {"layer": "ReLU"}]})
    run(qtbot, session, {"op": "init", "init": "xavier_uniform_"})
    visits = session.snapshot.visit_lines
    assert visits and all(line in window.print_pane.log_text() for line in visits)
    run(qtbot, session, {"op": "init", "init": "zeros_"})
    assert window.print_pane.log_text().count(visits[0]) == 2
    with qtbot.waitSignal(session.snapshotChanged, timeout=20000):
        session.undo()
    assert window.print_pane.log_text().count(visits[0]) == 1  # the undone init is gone
    assert "zeros_" not in window.print_pane.log_text()
    with qtbot.waitSignal(session.snapshotChanged, timeout=20000):
        session.undo()
    assert window.print_pane.log_text() == ""  # no init in the state shown now
    with qtbot.waitSignal(session.snapshotChanged, timeout=20000):
        session.redo()
    assert window.print_pane.log_text().count(visits[0]) == 1


def test_an_opened_file_shows_the_visit_log_of_its_steps(qtbot, new_window):
    """apply_order.json inits twice, then forwards: opening it logs both inits, as doing
    its steps one by one does, and undo takes the last one away."""
    path = Path(__file__).parents[2] / "examples" / "apply_order.json"
    stepped, opened = new_window(), new_window()
    for step in json.loads(path.read_text(encoding="utf-8"))["steps"]:
        run(qtbot, stepped.session, step)
    with qtbot.waitSignal(opened.session.snapshotChanged, timeout=20000):
        assert opened.session.open(path)
    inits = [s for s in opened.session.history() if s.visit_lines]
    assert len(inits) == 2 and all(line in opened.print_pane.log_text()
                                   for s in inits for line in s.visit_lines)
    assert opened.print_pane.log_text() == stepped.print_pane.log_text()
    for window in (stepped, opened):
        for _ in range(2):  # back past the forward and the second init
            with qtbot.waitSignal(window.session.snapshotChanged, timeout=20000):
                window.session.undo()
    assert opened.print_pane.log_text() == stepped.print_pane.log_text()
    assert opened.print_pane.log_text().count(inits[0].visit_lines[0]) == 1


def test_a_narrow_column_wraps_the_controls_instead_of_cutting_them(qtbot, session):
    view = CompareView(session)
    view.resize(360, 700)  # the chart column of a 1024×768 window
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    content = view.layout().itemAt(0).widget().widget()
    for widget in (view.chooser_button, view.compare_button, view.png_button, view.csv_button,
                   view.mode_combo, view.theory_box, view.range_combo, view.bins_spin,
                   view.log_box):
        right = widget.mapTo(content, widget.rect().topRight()).x()
        assert right <= content.width(), widget


def test_presenter_mode_enlarges_the_compare_and_depth_charts(qtbot, new_window):
    window = new_window()
    run(qtbot, window.session, {"op": "build", "layers": LAYERS})
    run(qtbot, window.session, {"op": "forward", "shape": [4, 20]})
    view = window.compare_view
    compare(qtbot, view, ["default", "orthogonal_"])
    depth_view = window.depth_view
    with qtbot.waitSignal(depth_view.depthShown, timeout=30000):
        depth_view.run_depth()
    axis = view.overlay_chart.plot.getAxis("bottom")
    normal_ticks = axis.style["tickFont"].pointSizeF()
    normal_width = view.overlay_curves[0].opts["pen"].widthF()
    window.presenter.set_active(True)
    assert axis.style["tickFont"].pointSizeF() > normal_ticks
    assert view.overlay_curves[0].opts["pen"].widthF() > normal_width
    depth_axis = depth_view.activation_plot.getAxis("left")
    assert depth_axis.style["tickFont"].pointSizeF() > 12
    assert depth_view.activation_curves[0].opts["pen"].widthF() > 3
    window.presenter.set_active(False)
    assert axis.style["tickFont"].pointSizeF() == normal_ticks
    assert view.overlay_curves[0].opts["pen"].widthF() == normal_width


def test_a_very_narrow_table_shares_its_width_instead_of_cutting_columns(qtbot, view):
    compare(qtbot, view)
    view.resize(380, 700)
    table = view.table
    qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width() + 1)
    assert all(table.columnWidth(c) > 20 for c in range(table.columnCount()))
