"""Compare and Depth redraw the plot items and legend rows they built once, with the new data."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt

from gui.analysis.chart_style import outside_legend
from gui.analysis.compare_view import CompareView
from gui.analysis.depth_view import DepthView
from gui.analysis.histogram_view import LOG_FLOOR
from gui.session.session import LabSession
from tests.gui.session_helpers import run

LAYERS = [
    {"layer": "LazyLinear", "args": {"out_features": 40}},
    {"layer": "ReLU"},
    {"layer": "Linear", "args": {"in_features": 40, "out_features": 24}},
    {"layer": "Tanh"},
    {"layer": "Linear", "args": {"in_features": 24, "out_features": 8}},
]
INITS = ["kaiming_normal_", "xavier_uniform_", "normal_"]



@pytest.fixture
def session(qtbot) -> LabSession:
    session = LabSession(seed=0)
    run(qtbot, session, {"op": "build", "layers": LAYERS})
    run(qtbot, session, {"op": "forward", "shape": [4, 12]})
    return session


@pytest.fixture
def view(qtbot, session) -> CompareView:
    widget = CompareView(session)
    widget.resize(600, 700)
    qtbot.addWidget(widget)
    widget.show()
    widget.chooser.set_checked(INITS)
    return widget


def compare(qtbot, view, seed: int) -> None:
    view.chooser.seed.setValue(seed)
    with qtbot.waitSignal(view.comparisonShown, timeout=30000):
        qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)


def legend_rows(legend) -> list:
    """Every row's sample, its plot item and its label: the objects, not their text."""
    return [(row_sample, row_sample.item, label) for row_sample, label in legend.items]


def test_a_new_comparison_updates_the_same_items_and_legend_rows(qtbot, view):
    compare(qtbot, view, seed=1)
    view.set_parameter("2.weight")
    curves, theories = view.overlay_curves, view.theory_curves
    rows = legend_rows(view.overlay_chart.legend)
    old = [curve.getData()[1].copy() for curve in curves]

    compare(qtbot, view, seed=2)  # a new result: other weights, other counts
    overlay = view.overlays()["2.weight"]
    assert len(curves) == len(overlay.series) == len(INITS)
    assert all(a is b for a, b in zip(view.overlay_curves, curves, strict=True))
    assert all(a is b for a, b in zip(view.theory_curves, theories, strict=True))
    assert all(a is b for new, kept in zip(legend_rows(view.overlay_chart.legend), rows,
                                           strict=True) for a, b in zip(new, kept, strict=True))
    for curve, theory, series in zip(curves, theories, overlay.series, strict=True):
        x, y = curve.getData()
        np.testing.assert_array_equal(x, overlay.edges)
        np.testing.assert_array_equal(y, np.asarray(series.counts, dtype=np.float64))
        np.testing.assert_array_equal(theory.getData()[0], series.curve_x)
        np.testing.assert_array_equal(theory.getData()[1], series.curve_y)
    assert any(not np.array_equal(curve.getData()[1], before)
               for curve, before in zip(curves, old, strict=True))

    view.log_box.setChecked(True)  # log counts: empty bins sit at LOG_FLOOR, same items
    assert all(a is b for a, b in zip(view.overlay_curves, curves, strict=True))
    for curve, series in zip(curves, overlay.series, strict=True):
        expected = np.log10(np.maximum(np.asarray(series.counts, dtype=np.float64), LOG_FLOOR))
        np.testing.assert_allclose(curve.getData()[1], expected)


def test_theory_toggled_keeps_the_series_rows_and_adds_the_dashed_row_last(qtbot, view):
    compare(qtbot, view, seed=1)
    legend = view.overlay_chart.legend
    rows = legend_rows(legend)
    names = [series.label for series in view.overlays()[view.current_parameter()].series]
    assert sorted(names) == sorted(INITS)
    assert view.legend_labels() == [*names, "dashed: theory"]
    view.theory_box.setChecked(False)
    assert view.legend_labels() == names
    assert legend_rows(legend) == rows[:len(INITS)]
    assert view.theory_curves == []
    view.theory_box.setChecked(True)
    assert view.legend_labels() == [*names, "dashed: theory"]
    assert legend_rows(legend)[:len(INITS)] == rows[:len(INITS)]
    assert legend.items[-1][0].item is view.overlay_chart.theory_sample


def test_a_new_depth_run_updates_the_same_lines_with_its_stage_values(qtbot, session, view):
    depth_view = DepthView(session, view.choice)
    depth_view.resize(600, 700)
    qtbot.addWidget(depth_view)
    depth_view.show()

    def run_depth(seed: int, batch: int):
        view.chooser.seed.setValue(seed)
        depth_view.batch_spin.setValue(batch)
        with qtbot.waitSignal(depth_view.depthShown, timeout=30000):
            qtbot.mouseClick(depth_view.run_button, Qt.MouseButton.LeftButton)
        return depth_view.result()

    run_depth(seed=1, batch=16)
    lines = {"activation": depth_view.activation_curves, "gradient": depth_view.gradient_curves,
             "expected_activation": depth_view.expected_activation_curves,
             "expected_gradient": depth_view.expected_gradient_curves}
    rows = legend_rows(depth_view.charts.legend)

    result = run_depth(seed=2, batch=64)
    assert result.shape[0] == 64
    now = {"activation": depth_view.activation_curves, "gradient": depth_view.gradient_curves,
           "expected_activation": depth_view.expected_activation_curves,
           "expected_gradient": depth_view.expected_gradient_curves}
    ends = [stage.last for stage in depth_view.stages()]
    for key, items in lines.items():
        assert len(items) == len(INITS)
        assert all(a is b for a, b in zip(now[key], items, strict=True))
        for item, curve in zip(items, result.curves, strict=True):
            expected = np.array([getattr(curve.layers[p], key + "_std") for p in ends])
            x, y = item.getData()  # the plots are log-y: pyqtgraph holds log10 of the std
            np.testing.assert_array_equal(x, np.arange(len(ends)))
            np.testing.assert_allclose(10**y, expected, rtol=1e-9)
    assert legend_rows(depth_view.charts.legend) == rows


def test_the_legend_sets_only_changed_texts_and_lays_new_rows_out_without_gaps(qtbot):
    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    legend = outside_legend(2)
    widget.ci.addItem(legend)
    items = [pg.PlotDataItem(pen=pg.mkPen(color)) for color in ("r", "g", "b", "k")]
    legend.show_entries([(items[0], "a"), (items[1], "b"), (items[2], "c")])
    labels = [label for _sample, label in legend.items]
    legend.show_entries([(items[0], "a"), (items[1], "B"), (items[2], "c")])
    assert [label for _sample, label in legend.items] == labels
    assert [label.text for label in labels] == ["a", "B", "c"]

    legend.show_entries([(items[0], "a"), (items[3], "d")])  # the second row changes item
    assert legend.items[0][1] is labels[0]
    assert [(s.item, label.text) for s, label in legend.items] == [(items[0], "a"),
                                                                    (items[3], "d")]
    assert legend.layout.rowCount() == 1  # two entries in two columns: one row
    cells = {(0, col): legend.layout.itemAt(0, col) for col in range(4)}
    assert cells[(0, 0)] is legend.items[0][0] and cells[(0, 1)] is legend.items[0][1]
    assert cells[(0, 2)] is legend.items[1][0] and cells[(0, 3)] is legend.items[1][1]
    assert legend.layout.count() == 4
