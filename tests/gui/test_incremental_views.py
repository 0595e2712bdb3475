"""Views update only the rows a step changed, and show what a fresh view of the snapshot shows.

A snapshot reuses the records of unchanged modules and parameters; the network,
parameter and trace models compare records and announce only the rows that differ,
so a step on a deep network does not redraw (or measure) every row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.model.inputs import input_spec
from core.model.lab import Lab
from gui.network.network_model import CARD_ROLE, NetworkModel
from gui.network.params_table import ParamsModel
from gui.network.trace_table import TraceModel
from tests.gui.session_helpers import run

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole,
         Qt.ItemDataRole.ToolTipRole)


def linear_stack(layers: int = 8) -> Lab:
    lab = Lab()
    for _ in range(layers):
        lab.add("Linear", {"in_features": 4, "out_features": 4})
    lab.forward(input_spec((2, 4)))
    return lab


def cards(model: NetworkModel) -> list:
    return [model.index(row).data(CARD_ROLE) for row in range(model.rowCount())]


def fresh_cards(snapshot) -> list:
    model = NetworkModel()
    model.set_snapshot(snapshot)
    return cards(model)


def table(model) -> list[list]:
    return [[model.index(row, column).data(role) for column in range(model.columnCount())
             for role in ROLES] for row in range(model.rowCount())]


def fresh_table(model_type, snapshot) -> list[list]:
    model = model_type()
    model.set_snapshot(snapshot)
    return table(model)


def changed_rows(model) -> set[int]:
    rows: set[int] = set()
    model.dataChanged.connect(lambda first, last, *_: rows.update(
        range(first.row(), last.row() + 1)))
    return rows


def test_an_init_redraws_only_the_cards_that_read_differently() -> None:
    lab = linear_stack()
    model = NetworkModel()
    model.set_snapshot(lab.snapshot)
    cards(model)  # made once, as a view would
    before = lab.snapshot
    lab.initialize("zeros_", layers=["3"])
    after = lab.snapshot
    differ = {row for row, (old, new) in enumerate(
        zip(fresh_cards(before), fresh_cards(after), strict=True)) if old != new}
    assert len(differ) < len(after.modules)

    emitted = changed_rows(model)
    assert model.set_snapshot(after) is False  # no reset: the rows stay
    assert differ <= emitted == {3}  # the layer whose tensors changed, and no other
    assert cards(model) == fresh_cards(after)


def test_a_tie_redraws_the_cards_that_changed_and_words_them_as_a_fresh_model() -> None:
    lab = linear_stack(6)
    model = NetworkModel()
    model.set_snapshot(lab.snapshot)
    cards(model)
    for change, tied in ((lambda: lab.tie(4, 1), True), (lambda: lab.untie(4), False)):
        before = lab.snapshot
        change()
        differ = {row for row, (old, new) in enumerate(
            zip(fresh_cards(before), fresh_cards(lab.snapshot), strict=True)) if old != new}
        emitted = changed_rows(model)
        model.set_snapshot(lab.snapshot)
        assert {1, 4} <= emitted == differ  # a tie clears the trace: flows change too
        assert cards(model) == fresh_cards(lab.snapshot)
        assert bool(cards(model)[1].links) is tied and bool(cards(model)[4].links) is tied


def test_the_parameter_table_announces_the_changed_parameters_only() -> None:
    lab = linear_stack()
    model = ParamsModel()
    model.set_snapshot(lab.snapshot)
    lab.initialize("zeros_", layers=["3"])  # the first step that marks parameters changed
    model.set_snapshot(lab.snapshot)
    before = lab.snapshot
    lab.initialize("ones_", layers=["5"])
    after = lab.snapshot
    differ = {row for row, (old, new) in enumerate(
        zip(fresh_table(ParamsModel, before), fresh_table(ParamsModel, after), strict=True))
        if old != new}
    assert differ and len(differ) < len(after.parameters)

    emitted = changed_rows(model)
    model.set_snapshot(after)
    assert differ <= emitted and len(emitted) < len(after.parameters)
    assert table(model) == fresh_table(ParamsModel, after)


def test_the_trace_table_after_an_update_equals_a_fresh_one() -> None:
    lab = linear_stack()
    model = TraceModel()
    model.set_snapshot(lab.snapshot)
    lab.initialize("ones_", layers=["6"])
    lab.forward(input_spec((2, 4)))
    model.set_snapshot(lab.snapshot)
    assert table(model) == fresh_table(TraceModel, lab.snapshot)



def widths_fit(view) -> bool:
    """Every column at least as wide as each of its cells (and its header) asks."""
    model, header = view.model(), view.horizontalHeader()
    return all(header.sectionSize(column) >= max(
        [view.sizeHintForIndex(model.index(row, column)).width()
         for row in range(model.rowCount())] + [header.sectionSizeHint(column)])
        for column in range(model.columnCount() - 1))  # the last one may stretch


def test_the_window_after_incremental_updates_shows_what_a_fresh_view_shows(
    qtbot, new_window
) -> None:
    window = new_window()
    session = window.session
    layers = [{"layer": "Linear", "args": {"in_features": 4, "out_features": 4}}] * 6
    run(qtbot, session, {"op": "build", "layers": layers})
    window.inspect_tabs.setCurrentWidget(window.params_table)
    for step in ({"op": "forward", "shape": [2, 4]},
                 {"op": "init", "init": "zeros_", "layers": ["2"]},
                 {"op": "init", "init": "uniform_", "args": {"a": -300000.0, "b": 300000.0},
                  "layers": ["4"]},  # wider numbers: the columns must widen
                 {"op": "tie", "at": 5, "to": 0}):
        run(qtbot, session, step)
        snapshot = session.snapshot
        assert cards(window.network_view.model()) == fresh_cards(snapshot)
        assert table(window.params_table.model) == fresh_table(ParamsModel, snapshot)
        assert table(window.trace_table.model) == fresh_table(TraceModel, snapshot)
        qtbot.waitUntil(lambda: widths_fit(window.params_table.view))
    window.inspect_tabs.setCurrentWidget(window.trace_table)
    qtbot.waitUntil(lambda: widths_fit(window.trace_table.view))
