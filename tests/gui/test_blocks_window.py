"""Blocks in the window: layers added from the palette go into the selected block, cards
act on the module they show (by its dotted name), and a block's cards collapse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from gui.network.network_view import CARD_ROLE
from gui.network.palette import layer_mime
from tests.gui.test_palette import double_click
from tests.gui.window_helpers import perform


@pytest.fixture
def win(qtbot, make_window):
    window = make_window()
    perform(qtbot, window, {"op": "add", "layer": "LazyLinear", "args": {"out_features": 8}})
    perform(qtbot, window, {"op": "add", "layer": "Sequential", "name": "block"})
    return window


def names(win) -> list[str]:
    return [m.name for m in win.session.snapshot.modules]


def landed(qtbot, win, action) -> None:
    with qtbot.waitSignal(win.session.busyChanged, check_params_cb=lambda busy: not busy,
                          timeout=20_000):
        action()


def test_palette_adds_into_the_selected_block_then_after_the_selected_layer(qtbot, win):
    win.network_view.select(1)  # the block
    landed(qtbot, win, lambda: double_click(qtbot, win.palette_view, "ReLU"))
    assert names(win) == ["0", "block", "block.0"]
    landed(qtbot, win, lambda: double_click(qtbot, win.palette_view, "Tanh"))
    assert names(win) == ["0", "block", "block.0", "block.1"]  # into the block again
    win.network_view.select(2)  # block.0: the next layer goes right after it, inside
    landed(qtbot, win, lambda: double_click(qtbot, win.palette_view, "Sigmoid"))
    types = [m.type for m in win.session.snapshot.modules]
    assert types == ["LazyLinear", "Sequential", "ReLU", "Sigmoid", "Tanh"]
    assert win.session.snapshot.repr.count("Sequential(") == 2


def test_card_keys_act_on_the_module_inside_the_block(qtbot, win):
    for layer in ("ReLU", "Tanh"):
        perform(qtbot, win, {"op": "add", "layer": layer, "into": "block"})
    view = win.network_view
    view.select(3)  # block.1: Tanh
    view.list_view.setFocus()
    landed(qtbot, win, lambda: qtbot.keyClick(view.list_view, Qt.Key.Key_Up,
                                              Qt.KeyboardModifier.ControlModifier))
    assert [m.type for m in win.session.snapshot.modules][2:] == ["Tanh", "ReLU"]
    view.select(3)
    landed(qtbot, win, lambda: qtbot.keyClick(view.list_view, Qt.Key.Key_Delete))
    assert names(win) == ["0", "block", "block.0"]
    assert win.session.snapshot.modules[2].type == "Tanh"
    landed(qtbot, win, win.session.undo)
    assert names(win) == ["0", "block", "block.0", "block.1"]


def test_a_block_collapses_and_expands(qtbot, win):
    for layer in ("ReLU", "Tanh"):
        perform(qtbot, win, {"op": "add", "layer": layer, "into": "block"})
    view = win.network_view
    view.select(1)
    view.list_view.setFocus()
    qtbot.keyClick(view.list_view, Qt.Key.Key_Left)
    assert [view.list_view.isRowHidden(r) for r in range(4)] == [False, False, True, True]
    assert view.model().index(1).data(CARD_ROLE).fold == "▸"
    perform(qtbot, win, {"op": "add", "layer": "GELU", "into": "block"})
    assert [view.list_view.isRowHidden(r) for r in range(5)] == [False, False, True, True, True]
    menu = view.context_menu(1)
    expand = next(a for a in menu.actions() if a.objectName() == "expand")
    assert expand.isEnabled()
    expand.trigger()
    assert not any(view.list_view.isRowHidden(r) for r in range(5))
    assert view.model().index(1).data(CARD_ROLE).fold == "▾"


def test_editing_a_layer_inside_a_block_edits_that_layer(qtbot, win):
    perform(qtbot, win, {"op": "add", "layer": "LeakyReLU", "into": "block"})
    win.network_view.select(2)
    landed(qtbot, win, lambda: win.perform_view_step(
        {"op": "edit", "at": 2, "args": {"negative_slope": 0.2}}))
    assert "negative_slope=0.2" in win.session.snapshot.modules[2].repr


def test_a_layer_dropped_between_a_blocks_layers_lands_inside_it(qtbot, win):
    for layer in ("ReLU", "Tanh"):
        perform(qtbot, win, {"op": "add", "layer": layer, "into": "block"})
    model = win.network_view.model()
    landed(qtbot, win, lambda: model.dropMimeData(
        layer_mime("GELU"), Qt.DropAction.CopyAction, 3, 0, QModelIndex()))  # before block.1
    assert [m.type for m in win.session.snapshot.modules] == [
        "LazyLinear", "Sequential", "ReLU", "GELU", "Tanh"]
    assert names(win)[2:] == ["block.0", "block.1", "block.2"]
