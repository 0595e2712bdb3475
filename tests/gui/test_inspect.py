"""Tests of the inspection widgets: print(net) pane, shape trace, parameters, history.

They run on real core snapshots, and compare what the widgets show with the
snapshot itself, never with hand-copied numbers.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage

from core.model.inputs import input_spec
from core.model.lab import Lab
from core.model.snapshot import Snapshot, shape_text
from gui.history.history_panel import HistoryPanel
from gui.kit.colors import ERROR
from gui.network.params_table import ParamsModel, ParamsTable
from gui.network.print_pane import PrintPane
from gui.network.trace_table import TraceModel, TraceTable

# Qt's offscreen platform warns when a window is shown; nothing the widgets do.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(scope="module")
def lab() -> Lab:
    """The seed lesson: LazyLinear(256), ReLU, Linear(256, 10); forward; xavier on Linear."""
    lab = Lab()
    lab.add("LazyLinear", {"out_features": 256})
    lab.add("ReLU")
    lab.add("Linear", {"in_features": 256, "out_features": 10})
    lab.forward(input_spec([2, 20]))
    lab.initialize("xavier_uniform_", types=["Linear"])
    return lab


@pytest.fixture(scope="module")
def steps(lab: Lab) -> tuple[Snapshot, Snapshot, Snapshot]:
    """(before forward, after forward, after init)."""
    return tuple(lab.snapshots()[-3:])


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def column_texts(model, column: int) -> list[str]:
    return [cell(model, row, column) for row in range(model.rowCount())]


def click_row(qtbot, view, row: int) -> None:
    view.scrollTo(view.model().index(row, 0))
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- PrintPane ---------------------------------------------------------------


def test_print_pane_shows_repr_exactly_and_appends_visits_once(qtbot, steps) -> None:
    s1, s2, s3 = steps
    pane = PrintPane()
    qtbot.addWidget(pane)

    pane.set_snapshot(s1)
    assert pane.text() == s1.repr
    assert "LazyLinear(in_features=0" in pane.text()
    assert pane.log_text() == ""

    pane.set_snapshot(s2)
    assert pane.text() == s2.repr
    assert pane.log_text() == ""  # a forward pass does not visit through net.apply

    pane.set_snapshot(s3)
    assert pane.text() == s3.repr
    assert pane.log_text() == "\n".join([f"# {s3.label}", *s3.visit_lines])
    assert s3.visit_lines[0] == "Init Linear(in_features=20, out_features=256, bias=True)"
    assert s3.visit_lines[-1].startswith("Init Sequential(\n")

    pane.set_snapshot(s3)  # shown again (e.g. after undo and redo): not logged twice
    assert pane.log_text().count("Init ReLU()") == 1


def test_print_pane_clear_copy_and_font_scale(qtbot, steps) -> None:
    _, _, s3 = steps
    pane = PrintPane()
    qtbot.addWidget(pane)
    pane.set_snapshot(s3)

    qtbot.mouseClick(pane.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == s3.repr

    qtbot.mouseClick(pane.clear_log_button, Qt.MouseButton.LeftButton)
    assert pane.log_text() == ""

    normal = pane.editor.font().pointSizeF()
    pane.set_font_scale(2.0)
    assert pane.editor.font().pointSizeF() == pytest.approx(2 * normal)
    assert pane.log.font().pointSizeF() == pytest.approx(2 * normal)
    assert pane.editor.isReadOnly() and pane.log.isReadOnly()


# --- TraceTable ----------------------------------------------------------------


def test_trace_table_rows_follow_the_snapshot_trace(qtbot, steps) -> None:
    s1, s2, _ = steps
    table = TraceTable()
    qtbot.addWidget(table)

    table.set_snapshot(s1)
    assert table.model.rowCount() == 0
    assert table.empty_label.text() == "Run a forward pass to see the shape after every layer"
    assert table._stack.currentWidget() is table.empty_label

    table.set_snapshot(s2)
    model = table.model
    assert table._stack.currentWidget() is table.view
    assert model.rowCount() == len(s2.trace)
    assert column_texts(model, TraceModel.LAYER) == [e.name for e in s2.trace]
    assert column_texts(model, TraceModel.TYPE) == [e.type for e in s2.trace]
    assert column_texts(model, TraceModel.INPUT) == [shape_text(e.input_shape) for e in s2.trace]
    assert column_texts(model, TraceModel.OUTPUT) == [shape_text(e.output_shape) for e in s2.trace]
    assert column_texts(model, TraceModel.MEAN) == [f"{e.output.mean:.4g}" for e in s2.trace]
    assert column_texts(model, TraceModel.MAX) == [f"{e.output.max:.4g}" for e in s2.trace]
    params = column_texts(model, TraceModel.PARAMS)
    assert params == [f"{m.numel:,}" if m.parameters else "—" for m in s2.modules]

    footer = table.footer.text()
    assert f"Total params: {s2.total_params:,}" in footer
    assert f"Trainable params: {s2.total_params:,}" in footer
    assert f"Input shape: {s2.input_shape}" in footer


def test_trace_table_updates_in_place_and_marks_non_finite(qtbot) -> None:
    lab = Lab()
    lab.add("LazyLinear", {"out_features": 8})
    lab.add("Tanh")
    table = TraceTable()
    qtbot.addWidget(table)
    table.set_snapshot(lab.forward(input_spec([4, 6])))
    resets: list[bool] = []
    table.model.modelReset.connect(lambda: resets.append(True))

    lab.initialize("constant_", {"val": 1e38}, types=["Linear"])  # six terms of 1e38: inf
    extreme = lab.forward(input_spec([4, 6], fill="ones"))
    with qtbot.waitSignal(table.model.dataChanged):
        table.set_snapshot(extreme)
    assert not resets  # same layers: values change in place, the view keeps its state

    stats = extreme.trace[0].output
    columns = {TraceModel.MEAN: stats.mean, TraceModel.STD: stats.std,
               TraceModel.MIN: stats.min, TraceModel.MAX: stats.max}
    for column, value in columns.items():
        assert cell(table.model, 0, column) == f"{value:.4g}"
        brush = cell(table.model, 0, column, Qt.ItemDataRole.ForegroundRole)
        assert (brush is not None and brush.color() == QColor(ERROR)) == (not np.isfinite(value))
    assert not all(np.isfinite(list(columns.values())))  # float32 overflow, as PyTorch gives


def test_trace_param_count_uninitialized_when_module_lost_its_shape(qtbot, steps) -> None:
    s1, s2, _ = steps
    model = TraceModel()
    snapshot = replace(s2, modules=s1.modules)  # a trace beside a module without its shape
    model.set_snapshot(snapshot)
    assert column_texts(model, TraceModel.PARAMS) == ["uninitialized", "—", "2,570"]


# --- ParamsTable ---------------------------------------------------------------


def test_params_table_shapes_before_and_after_forward(qtbot, steps) -> None:
    s1, s2, s3 = steps
    table = ParamsTable()
    qtbot.addWidget(table)

    table.set_snapshot(s1)
    model = table.model
    assert column_texts(model, ParamsModel.NAME) == [p.name for p in s1.parameters]
    assert cell(model, 0, ParamsModel.NAME) == "0.weight"
    assert cell(model, 0, ParamsModel.SHAPE) == "UninitializedParameter"
    assert cell(model, 0, ParamsModel.MEAN) == "—"

    table.set_snapshot(s2)
    assert cell(model, 0, ParamsModel.SHAPE) == "(256, 20)"
    assert column_texts(model, ParamsModel.SHAPE) == [shape_text(p.shape) for p in s2.parameters]
    assert column_texts(model, ParamsModel.NUMEL) == [f"{p.numel:,}" for p in s2.parameters]
    assert column_texts(model, ParamsModel.STD) == [f"{p.stats.std:.4g}" for p in s2.parameters]

    table.set_snapshot(s3)
    changed = [bool(cell(model, r, ParamsModel.CHANGED)) for r in range(model.rowCount())]
    assert changed == [p.changed for p in s3.parameters] == [True, False, True, False]
    highlighted = cell(model, 0, ParamsModel.NAME, Qt.ItemDataRole.BackgroundRole)
    assert highlighted is not None
    assert cell(model, 1, ParamsModel.NAME, Qt.ItemDataRole.BackgroundRole) is None


def test_params_table_click_emits_and_selection_survives_snapshots(qtbot, steps) -> None:
    s1, s2, s3 = steps
    table = ParamsTable()
    qtbot.addWidget(table)
    table.resize(900, 400)
    table.show()
    qtbot.waitExposed(table)
    table.set_snapshot(s2)

    with qtbot.waitSignal(table.parameterSelected) as blocker:
        click_row(qtbot, table.view, 2)
    assert blocker.args == ["2.weight"]
    assert table.selected_name() == "2.weight"

    emitted: list[str] = []
    table.parameterSelected.connect(emitted.append)
    table.set_snapshot(s3)  # same names: the selection stays, nothing is re-announced
    assert table.view.selectionModel().selectedRows()[0].row() == 2
    table.set_snapshot(s1)
    assert table.view.selectionModel().selectedRows()[0].row() == 2
    assert emitted == []

    table.select("0.bias")
    assert emitted == ["0.bias"]
    assert table.view.selectionModel().selectedRows()[0].row() == 1

    empty = Lab().snapshot
    table.set_snapshot(empty)  # the name is gone: no selection
    assert table.selected_name() is None
    assert table.model.rowCount() == 0


# --- HistoryPanel --------------------------------------------------------------


@pytest.fixture
def panel(qtbot, lab: Lab) -> HistoryPanel:
    widget = HistoryPanel()
    widget.resize(1000, 560)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    snapshots = lab.snapshots()
    widget.set_history(snapshots, len(snapshots) - 1)
    widget.set_parameter("0.weight")
    return widget


def test_history_lists_the_steps_that_changed_the_parameter(panel, steps) -> None:
    _, s2, s3 = steps
    labels = [panel.model.data(panel.model.index(r, 0)) for r in range(panel.model.rowCount())]
    assert labels == [s2.label, s3.label]
    assert labels == ["forward (2, 20) uniform[0, 1)", "init xavier_uniform_ on types Linear"]

    # the newest is shown by default
    assert panel.list_view.currentIndex().row() == 1
    info = s3.parameter("0.weight")
    assert panel.histogram.title_label.full_text() == "0.weight (256, 20)"
    assert panel.histogram.subtitle_label.full_text() == s3.label
    edges, counts = panel.histogram.histogram_data()
    np.testing.assert_array_equal(edges, info.stats.histogram.edges)
    np.testing.assert_array_equal(counts, info.stats.histogram.counts)


def test_clicking_the_older_entry_shows_its_histogram(qtbot, panel, steps) -> None:
    _, s2, s3 = steps
    click_row(qtbot, panel.list_view, 0)
    assert panel.shown_entry().label == s2.label
    expected = s2.parameter("0.weight").stats.histogram
    assert expected != s3.parameter("0.weight").stats.histogram
    edges, counts = panel.histogram.histogram_data()
    np.testing.assert_array_equal(edges, expected.edges)
    np.testing.assert_array_equal(counts, expected.counts)
    assert panel.histogram.subtitle_label.full_text() == s2.label


def test_unchanged_parameter_has_one_entry_and_bias_is_listed_once(panel, steps) -> None:
    _, s2, _ = steps
    panel.set_parameter("0.bias")  # xavier on weights only: the bias changed only in forward
    assert [e.label for e in panel.entries()] == [s2.label]
    panel.set_parameter("2.weight")  # created by "add", then initialized
    assert [e.label for e in panel.entries()][-1].startswith("init xavier_uniform_")
    assert panel.entries()[0].label == "add Linear(256, 10)"


def test_uninitialized_parameter_shows_the_message(qtbot, lab: Lab) -> None:
    widget = HistoryPanel()
    qtbot.addWidget(widget)
    snapshots = lab.snapshots()
    widget.set_history(snapshots, len(snapshots) - 3)  # as after undoing the forward pass
    widget.set_parameter("0.weight")
    assert widget.entries() == []
    assert widget.histogram.message_label.text() == (
        "0.weight is uninitialized: run a forward pass to materialize it"
    )
    assert widget.histogram.histogram_data()[1].size == 0
    assert not widget.png_button.isEnabled()


def test_new_snapshot_selects_the_newest_entry(qtbot, lab: Lab) -> None:
    local = Lab()
    local.add("LazyLinear", {"out_features": 4})
    local.forward(input_spec([1, 3]))
    widget = HistoryPanel()
    qtbot.addWidget(widget)
    widget.set_history(local.snapshots(), len(local.snapshots()) - 1)
    widget.set_parameter("0.weight")
    widget.select_entry(0)
    local.initialize("normal_", {"std": 0.5})
    widget.set_history(local.snapshots(), len(local.snapshots()) - 1)
    assert widget.list_view.currentIndex().row() == widget.model.rowCount() - 1 == 1
    assert widget.shown_entry().label == local.snapshot.label

    widget.set_snapshot(local.snapshots()[-2])  # following an undo
    assert [e.label for e in widget.entries()] == [local.snapshots()[-2].label]


def test_export_png_and_csv_through_patched_dialog(qtbot, panel, tmp_path: Path, monkeypatch,
                                                   steps) -> None:
    _, _, s3 = steps
    asked: list[str] = []

    def fake(filter: str) -> str:
        asked.append(filter)
        return str(tmp_path / ("plot" if "png" in filter else "bins.csv"))

    monkeypatch.setattr(panel, "ask_save_path", fake)
    qtbot.mouseClick(panel.png_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.csv_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2

    image = QImage(str(tmp_path / "plot.png"))  # the suffix is added when missing
    assert not image.isNull() and image.width() > 100
    with open(tmp_path / "bins.csv", newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    counts = s3.parameter("0.weight").stats.histogram.counts
    assert rows[0] == ["bin_start", "bin_end", "count"]
    assert [int(r[2]) for r in rows[1:]] == counts.tolist()
    assert "Saved" in panel.status_label.text()

    monkeypatch.setattr(panel, "ask_save_path", lambda filter: None)  # cancelled
    assert panel.export_png_dialog() is None


def test_log_counts_checkbox(qtbot, panel) -> None:
    qtbot.mouseClick(panel.log_checkbox, Qt.MouseButton.LeftButton)
    assert panel.histogram.log_counts()
    panel.log_checkbox.setChecked(False)
    assert not panel.histogram.log_counts()


def test_no_parameter_selected(qtbot) -> None:
    widget = HistoryPanel()
    qtbot.addWidget(widget)
    assert widget.entries() == []
    assert widget.histogram.message_label.text() == "Select a parameter to see its histogram"
    assert widget.model.rowCount(QModelIndex()) == 0
