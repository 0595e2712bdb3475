"""Tests of gui.network.network_view: cards follow snapshots; keys, drops and menus ask for steps.

Every interaction is checked in both directions: the step the view emits, then
what the view shows once core performed that step.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from core.model.inputs import input_spec
from core.model.lab import Lab
from core.model.snapshot import HALF_LAZY, MATERIALIZED, NO_PARAMETERS, UNINITIALIZED
from gui.network.network_view import CARD_ROLE, MODULE_ROLE, Card, NetworkView
from gui.network.palette import layer_mime


def lazy_mlp() -> Lab:
    lab = Lab()
    lab.add("LazyLinear", {"out_features": 256})
    lab.add("ReLU")
    lab.add("Linear", {"in_features": 256, "out_features": 10})
    return lab


@pytest.fixture
def lab() -> Lab:
    return lazy_mlp()


@pytest.fixture
def view(qtbot, lab: Lab) -> NetworkView:
    widget = NetworkView()
    widget.resize(500, 700)
    qtbot.addWidget(widget)
    widget.set_snapshot(lab.snapshot)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def titles(view: NetworkView) -> list[str]:
    model = view.model()
    return [model.index(row).data() for row in range(model.rowCount())]


def card(view: NetworkView, position: int) -> Card:
    return view.model().index(position).data(CARD_ROLE)


def card_center(view: NetworkView, position: int) -> QPoint:
    return view.list_view.visualRect(view.model().index(position)).center()


def upper_half(view: NetworkView, position: int) -> QPoint:
    return view.list_view.visualRect(view.model().index(position)).topLeft() + QPoint(40, 20)


def test_rows_match_the_snapshot_before_the_forward_pass(view: NetworkView, lab: Lab) -> None:
    snapshot = lab.snapshot
    assert view.model().rowCount() == len(snapshot.modules) == 3
    assert titles(view) == ["0  LazyLinear", "1  ReLU", "2  Linear"]
    states = [view.model().index(row).data(MODULE_ROLE).state for row in range(3)]
    assert states == [UNINITIALIZED, NO_PARAMETERS, MATERIALIZED]
    first = card(view, 0)
    assert first.repr == "LazyLinear(in_features=0, out_features=256, bias=True)"
    assert first.badge == "uninitialized"
    assert first.params == ("weight: UninitializedParameter", "bias: UninitializedParameter")
    assert first.flow == "in ?  →  out ?"
    assert not first.highlighted
    assert card(view, 1).params == () and card(view, 1).badge == "no parameters"
    assert card(view, 2).params == ("weight (10, 256)", "bias (10)", "2,570 params")
    assert view.summary_label.text() == "Input ?  ·  2,570 parameters"
    assert view.lazy_label.text() == "Uninitialized parameter tensors: 2"


def test_forward_pass_updates_cards_in_place_and_highlights_changes(
    qtbot, view: NetworkView, lab: Lab
) -> None:
    model = view.model()
    height_before = view.list_view.visualRect(model.index(0)).height()
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        view.set_snapshot(lab.forward(input_spec([2, 20])))

    assert titles(view) == ["0  Linear", "1  ReLU", "2  Linear"]
    first = card(view, 0)
    assert first.state == MATERIALIZED
    assert first.origin == "declared as LazyLinear"
    assert first.changes == ("LazyLinear → Linear", "in_features: 0 → 20")
    assert first.highlighted and not card(view, 1).highlighted
    assert first.params == ("weight (256, 20)", "bias (256)", "5,376 params")
    assert [card(view, p).flow for p in range(3)] == [
        "in (2, 20)  →  out (2, 256)",
        "in (2, 256)  →  out (2, 256)",
        "in (2, 256)  →  out (2, 10)",
    ]
    assert view.summary_label.text() == "Input (2, 20)  ·  7,946 parameters"
    assert view.lazy_label.text() == "Uninitialized parameter tensors: 0"
    # The card grew to hold the change lines: the list laid itself out again.
    assert view.list_view.visualRect(view.model().index(0)).height() > height_before

    view.set_snapshot(lab.rename(2, "head"))  # the next snapshot ends the highlight
    assert not card(view, 0).highlighted
    assert titles(view)[2] == "head  Linear"


def test_loaded_weights_show_a_half_lazy_card(qtbot, view: NetworkView) -> None:
    trained = Lab()
    trained.add("LazyLinear", {"out_features": 4})
    trained.forward(input_spec([2, 3]))
    fresh = Lab()
    fresh.add("LazyLinear", {"out_features": 4})
    view.set_snapshot(fresh.load_state_dict(trained.state_dict()))
    loaded = card(view, 0)
    assert (loaded.state, loaded.badge, loaded.title) == (HALF_LAZY, "half-lazy", "0  LazyLinear")
    assert loaded.params == ("weight (4, 3)", "bias (4)", "16 params")


def test_tooltip_holds_the_catalogue_doc_and_the_full_repr(view: NetworkView) -> None:
    tip = view.model().index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "in_features is inferred at the first forward pass" in tip
    assert "LazyLinear(in_features=0, out_features=256, bias=True)" in tip


def test_cards_fit_their_rows_so_no_text_is_clipped(qtbot, view: NetworkView, lab: Lab) -> None:
    for snapshot in (lab.snapshot, lab.forward(input_spec([2, 20]))):
        view.set_snapshot(snapshot)
        for row in range(view.model().rowCount()):
            rect = view.list_view.visualRect(view.model().index(row))
            layout = view.delegate.layout(card(view, row), rect)
            assert rect.contains(layout.card)
            for text in layout.texts:
                assert layout.card.contains(text.rect), text.text


def test_clicks_select_and_report_positions(qtbot, view: NetworkView) -> None:
    viewport = view.list_view.viewport()
    with qtbot.waitSignal(view.selectionChanged) as blocker:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=card_center(view, 0))
    assert blocker.args == [[0]]
    with qtbot.waitSignal(view.selectionChanged) as blocker:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ControlModifier, card_center(view, 2))
    assert blocker.args == [[0, 2]]
    assert view.selected_positions() == [0, 2]
    with qtbot.waitSignal(view.selectionChanged) as blocker:
        view.select(1)
    assert blocker.args == [[1]]


def test_delete_key_asks_to_remove_and_selection_moves_on(
    qtbot, view: NetworkView, lab: Lab
) -> None:
    view.select(1)
    with qtbot.waitSignal(view.stepRequested) as blocker:
        qtbot.keyClick(view.list_view, Qt.Key.Key_Delete)
    assert blocker.args == [{"op": "remove", "at": 1}]

    view.set_snapshot(lab.remove(1))
    assert titles(view) == ["0  LazyLinear", "1  Linear"]
    assert view.selected_positions() == [1]


def test_ctrl_d_asks_to_duplicate_and_selects_the_copy(
    qtbot, view: NetworkView, lab: Lab
) -> None:
    view.select(0)
    with qtbot.waitSignal(view.stepRequested) as blocker:
        qtbot.keyClick(view.list_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [{"op": "duplicate", "at": 0}]

    view.set_snapshot(lab.duplicate(0))
    assert titles(view) == ["0  LazyLinear", "1  LazyLinear", "2  ReLU", "3  Linear"]
    assert view.selected_positions() == [1]


def test_ctrl_arrows_ask_to_move(qtbot, view: NetworkView, lab: Lab) -> None:
    view.select(1)
    with qtbot.waitSignal(view.stepRequested) as blocker:
        qtbot.keyClick(view.list_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [{"op": "move", "at": 1, "to": 2}]
    view.set_snapshot(lab.move(1, 2))
    assert titles(view) == ["0  LazyLinear", "1  Linear", "2  ReLU"]
    assert view.selected_positions() == [2]  # the moved layer stays selected

    with qtbot.assertNotEmitted(view.stepRequested):
        qtbot.keyClick(view.list_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize(("source", "drop_row", "to"), [(0, 3, 2), (2, 0, 0), (0, 2, 1)])
def test_dropping_a_dragged_card_asks_to_move(
    qtbot, view: NetworkView, lab: Lab, source: int, drop_row: int, to: int
) -> None:
    model = view.model()
    mime = model.mimeData([model.index(source)])
    with qtbot.waitSignal(view.stepRequested) as blocker:
        assert model.dropMimeData(mime, Qt.DropAction.MoveAction, drop_row, 0, QModelIndex())
    assert blocker.args == [{"op": "move", "at": source, "to": to}]

    moved = titles(view)[source].split()[1]
    view.set_snapshot(lab.move(source, to))
    assert titles(view)[to].split()[1] == moved
    assert view.selected_positions() == [to]


def test_dropping_a_card_into_its_own_place_asks_nothing(qtbot, view: NetworkView) -> None:
    model = view.model()
    with qtbot.assertNotEmitted(view.stepRequested):
        for drop_row in (1, 2):  # the gaps just above and just below card 1
            model.dropMimeData(model.mimeData([model.index(1)]), Qt.DropAction.MoveAction,
                               drop_row, 0, QModelIndex())


def test_move_rows_asks_for_the_move(qtbot, view: NetworkView) -> None:
    with qtbot.waitSignal(view.stepRequested) as blocker:
        view.model().moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    assert blocker.args == [{"op": "move", "at": 2, "to": 0}]


def drop(view: NetworkView, layer: str, pos: QPoint) -> None:
    """Drag a palette payload in, move over ``pos`` and drop: the events a real drag sends."""
    mime = layer_mime(layer)
    viewport = view.list_view.viewport()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, buttons, keys)
    assert QApplication.sendEvent(viewport, enter) and enter.isAccepted()
    move = QDragMoveEvent(pos, Qt.DropAction.CopyAction, mime, buttons, keys)
    assert QApplication.sendEvent(viewport, move) and move.isAccepted()
    assert view.list_view.drop_row(pos) == view.list_view._drop_row  # the line is shown there
    dropped = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(viewport, dropped)
    assert dropped.isAccepted()
    assert view.list_view._drop_row is None


def test_dropping_a_palette_layer_asks_to_add_it_there(
    qtbot, view: NetworkView, lab: Lab
) -> None:
    with qtbot.waitSignal(view.stepRequested) as blocker:
        drop(view, "GELU", view.list_view.visualRect(view.model().index(0)).bottomLeft()
             + QPoint(40, -10))
    assert blocker.args == [{"op": "add", "layer": "GELU", "at": 1}]

    view.set_snapshot(lab.add("GELU", at=1))
    assert titles(view) == ["0  LazyLinear", "1  GELU", "2  ReLU", "3  Linear"]
    assert view.selected_positions() == [1]

    below_the_last_card = view.list_view.viewport().rect().bottomLeft()
    below_the_last_card.setY(below_the_last_card.y() - 5)
    with qtbot.waitSignal(view.stepRequested) as blocker:
        drop(view, "Tanh", below_the_last_card)
    assert blocker.args == [{"op": "add", "layer": "Tanh", "at": 4}]


def test_dropping_a_layer_that_needs_arguments_asks_for_them(qtbot, view: NetworkView) -> None:
    with qtbot.assertNotEmitted(view.stepRequested), \
            qtbot.waitSignal(view.addRequested) as blocker:
        drop(view, "LazyLinear", upper_half(view, 0))
    assert blocker.args == ["LazyLinear", 0]


def test_f2_renames_through_ask_name(qtbot, view: NetworkView, lab: Lab) -> None:
    asked = []
    view.ask_name = lambda current: asked.append(current) or "encoder"
    view.select(0)
    with qtbot.waitSignal(view.stepRequested) as blocker:
        qtbot.keyClick(view.list_view, Qt.Key.Key_F2)
    assert asked == ["0"]
    assert blocker.args == [{"op": "rename", "at": 0, "name": "encoder"}]
    view.set_snapshot(lab.rename(0, "encoder"))
    assert titles(view)[0] == "encoder  LazyLinear"

    view.ask_name = lambda current: ""  # empty: back to the default number
    with qtbot.waitSignal(view.stepRequested) as blocker:
        qtbot.keyClick(view.list_view, Qt.Key.Key_F2)
    assert blocker.args == [{"op": "rename", "at": 0, "name": None}]

    view.ask_name = lambda current: None  # cancelled
    with qtbot.assertNotEmitted(view.stepRequested):
        qtbot.keyClick(view.list_view, Qt.Key.Key_F2)


def double_click(qtbot, widget, pos: QPoint) -> None:
    """Qt 6's QTest sends only the double-click event; a real one follows a click."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def menu_action(view: NetworkView, position: int, name: str):
    menu = view.context_menu(position)
    return next(action for action in menu.actions() if action.objectName() == name)


def test_tie_and_untie_from_the_context_menu(qtbot, view: NetworkView, lab: Lab) -> None:
    view.set_snapshot(lab.add("LazyLinear", {"out_features": 256}))  # position 3
    assert view.tie_candidates(3) == [0]
    assert not menu_action(view, 0, "tie").isEnabled()  # nothing earlier of its type
    assert not menu_action(view, 3, "untie").isEnabled()

    view.ask_tie_target = lambda position: 0
    with qtbot.waitSignal(view.stepRequested) as blocker:
        menu_action(view, 3, "tie").trigger()
    assert blocker.args == [{"op": "tie", "at": 3, "to": 0}]

    view.set_snapshot(lab.tie(3, 0))
    assert card(view, 3).links == ("tied to layer 0",)
    assert card(view, 0).links == ("shared with layer 3",)
    assert card(view, 3).params == card(view, 0).params  # one tensor, shown at both places
    assert view.tie_candidates(0) == []

    with qtbot.waitSignal(view.stepRequested) as blocker:
        menu_action(view, 3, "untie").trigger()
    assert blocker.args == [{"op": "untie", "at": 3}]
    view.set_snapshot(lab.untie(3))
    assert card(view, 3).links == () and card(view, 0).links == ()


def test_cancelled_tie_asks_nothing(qtbot, view: NetworkView, lab: Lab) -> None:
    view.set_snapshot(lab.add("LazyLinear", {"out_features": 256}))
    view.ask_tie_target = lambda position: None
    with qtbot.assertNotEmitted(view.stepRequested):
        menu_action(view, 3, "tie").trigger()


def test_menu_actions_emit_their_steps(qtbot, view: NetworkView) -> None:
    expected = {
        "remove": {"op": "remove", "at": 1},
        "duplicate": {"op": "duplicate", "at": 1},
        "move_up": {"op": "move", "at": 1, "to": 0},
        "move_down": {"op": "move", "at": 1, "to": 2},
    }
    for name, step in expected.items():
        with qtbot.waitSignal(view.stepRequested) as blocker:
            menu_action(view, 1, name).trigger()
        assert blocker.args == [step]
    assert not menu_action(view, 0, "move_up").isEnabled()
    assert not menu_action(view, 2, "move_down").isEnabled()


def test_edit_arguments_by_menu_enter_and_double_click(qtbot, view: NetworkView) -> None:
    with qtbot.waitSignal(view.editRequested) as blocker:
        menu_action(view, 2, "edit").trigger()
    assert blocker.args == [2]
    view.select(0)
    with qtbot.waitSignal(view.editRequested) as blocker:
        qtbot.keyClick(view.list_view, Qt.Key.Key_Return)
    assert blocker.args == [0]
    with qtbot.waitSignal(view.editRequested) as blocker:
        double_click(qtbot, view.list_view.viewport(), card_center(view, 1))
    assert blocker.args == [1]


def test_keys_without_a_selection_ask_nothing(qtbot, view: NetworkView) -> None:
    view.list_view.clearSelection()
    with qtbot.assertNotEmitted(view.stepRequested):
        qtbot.keyClick(view.list_view, Qt.Key.Key_Delete)


def test_render_the_lazy_mlp_before_and_after_forward(qtbot, view: NetworkView, lab: Lab) -> None:
    before = Path("/tmp/network_view_before.png")
    after = Path("/tmp/network_view_after.png")
    assert view.grab().save(str(before))
    view.set_snapshot(lab.forward(input_spec([2, 20])))
    view.select(1)
    assert view.grab().save(str(after))
    for path in (before, after):
        assert path.stat().st_size > 1000


def rows_in_place(view: NetworkView) -> bool:
    """Each card starts where the one above ends: the layout matches every card's height."""
    model, list_view = view.model(), view.list_view
    width = list_view.viewport().width()
    rects = [list_view.rectForIndex(model.index(row)) for row in range(model.rowCount())]
    heights = [view.delegate.height(card(view, row), width) for row in range(model.rowCount())]
    return all(rect.height() == height for rect, height in zip(rects, heights, strict=True)) \
        and all(below.top() == above.bottom() + 1 + list_view.spacing()
                for above, below in zip(rects, rects[1:], strict=False))


def test_rows_are_laid_out_again_only_when_a_card_changes_height(qtbot, view, lab):
    layouts = []
    view.list_view.doItemsLayout = lambda: (layouts.append(1),
                                            type(view.list_view).doItemsLayout(view.list_view))
    qtbot.wait(20)
    lab.initialize("zeros_", layers=[2])  # the same texts' heights on one card
    view.set_snapshot(lab.snapshot)
    qtbot.wait(50)  # a layout the list scheduled would have run by now
    assert layouts == [] and rows_in_place(view)
    height = view.list_view.rectForIndex(view.model().index(0)).height()
    lab.forward(input_spec((2, 20)))  # "in_features: 0 → 20" adds a line to card 0
    view.set_snapshot(lab.snapshot)
    qtbot.waitUntil(lambda: bool(layouts) and rows_in_place(view))
    assert view.list_view.rectForIndex(view.model().index(0)).height() > height
