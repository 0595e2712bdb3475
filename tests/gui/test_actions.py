"""The action table: one path per user action, unique shortcuts, all of them listed in Help,
and the Compare and Depth tabs showing one initializer choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut

from core.model.initializers import INITIALIZERS
from gui.window import help_dialogs
from gui.window.actions import ACTIONS, MENUS, key_text, plain

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(new_window):
    return new_window()


def perform(qtbot, win, step):
    with qtbot.waitSignal(win.session.busyChanged, check_params_cb=lambda busy: not busy):
        win.perform(step)


def retype(qtbot, editor, text: str) -> None:
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def press_ctrl_r(qtbot, win) -> None:
    win.activateWindow()
    qtbot.keyClick(win.network_view.list_view, Qt.Key.Key_R, CTRL)


def click_run(qtbot, win) -> None:
    qtbot.mouseClick(win.forward_panel.run_button, LEFT)


def sent_step(qtbot, win, press) -> dict:
    """The step the session performed after ``press``."""
    with qtbot.waitSignal(win.session.succeeded, timeout=20000) as blocker:
        press()
    qtbot.waitUntil(lambda: not win.session.busy)
    return blocker.args[0]


def test_ctrl_r_the_menu_and_the_run_button_send_the_same_step(qtbot, window):
    perform(qtbot, window, {"op": "add", "layer": "LazyLinear", "args": {"out_features": 4}})
    panel = window.forward_panel
    panel.set_values({"shape": [3, 7], "fill": "uniform", "low": -2.0, "high": 2.0, "seed": 5})
    expected = panel.step()
    window.controls.setCurrentWidget(panel)
    with qtbot.waitSignal(window.action_table["forward"].triggered):  # one path: the action
        by_button = sent_step(qtbot, window, lambda: click_run(qtbot, window))
    window.controls.setCurrentWidget(window.layer_editor)  # the key works from any tab
    by_key = sent_step(qtbot, window, lambda: press_ctrl_r(qtbot, window))
    by_menu = sent_step(qtbot, window, window.action_table["forward"].trigger)
    assert by_button == by_key == by_menu == expected
    assert window.session.snapshot.uninitialized_params == 0  # the sample reached the layer


def error_display(win) -> dict:
    """What a person sees after a refused Run forward."""
    panel = win.forward_panel
    return {"tab": win.controls.currentWidget() is panel,
            "under the panel": panel.error_label.isVisible() and panel.error_label.text(),
            "banner": win.banner.isVisible(),
            "status": win.statusBar().currentMessage(),
            "network": win.print_pane.text()}


def test_a_refused_run_forward_looks_the_same_from_the_key_and_the_button(qtbot, new_window):
    displays = {}
    for name, way in (("button", click_run), ("key", press_ctrl_r)):
        win = new_window()
        perform(qtbot, win, {"op": "add", "layer": "LazyLinear", "args": {"out_features": 5}})
        retype(qtbot, win.forward_panel.sizes["features"], "0")
        win.controls.setCurrentWidget(win.forward_panel if way is click_run
                                      else win.init_panel)
        started = []
        win.session.busyChanged.connect(started.append)
        way(qtbot, win)
        assert started == [], name  # nothing was sent
        displays[name] = error_display(win)
        win.close()
    assert displays["button"] == displays["key"]
    assert displays["key"]["tab"] and displays["key"]["under the panel"]
    assert "0" in displays["key"]["under the panel"]


def test_every_shortcut_belongs_to_one_action_and_is_listed_in_help(window):
    table = window.action_table
    keys = [k.toString() for action in table.actions.values() for k in action.shortcuts()
            if not k.isEmpty()]
    assert keys and len(keys) == len(set(keys)), sorted(keys)
    own = set(table.actions.values())
    others = [k.toString() for action in window.findChildren(QAction) if action not in own
              for k in action.shortcuts() if not k.isEmpty()]
    others += [s.key().toString() for s in window.findChildren(QShortcut) if s.isEnabled()]
    assert not set(keys) & set(others)  # two owners of one key would cancel each other out

    dialog = help_dialogs.ShortcutsDialog(window)
    listed = {(dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
              for r in range(dialog.table.rowCount())}
    with_keys = {(plain(a.text()), key_text(a)) for a in table.actions.values() if key_text(a)}
    card_keys = {(text.rstrip("…"), keys) for text, keys in window.network_view.key_rows()}
    assert with_keys | card_keys == listed
    assert ("Duplicate", "Ctrl+D") in listed and ("Remove", "Del, Backspace") in listed
    card_key_set = {key for _text, keys in card_keys for key in keys.split(", ")}
    assert not card_key_set & set(keys)  # the card's keys are its own
    assert ("Run forward", "Ctrl+R") in listed and ("Presenter mode", "Ctrl+Shift+P, F11") in listed


def test_every_action_has_one_place_in_the_menus(window):
    placed = [entry for _id, _context, _title, entries in MENUS for entry in entries
              if entry != "-" and not entry.startswith("@")]
    assert sorted(placed) == sorted(row.id for row in ACTIONS)
    bar_actions = {a for menu in window.action_table.menus.values() for a in menu.actions()}
    assert set(window.action_table.actions.values()) <= bar_actions


def test_lesson_actions_are_enabled_while_a_lesson_is_open(qtbot, window):
    table = window.action_table
    moves = [table[name] for name in ("lesson_next", "lesson_back", "lesson_close")]
    assert not any(a.isEnabled() for a in moves)
    with qtbot.waitSignal(window.lesson_dock.panel.pageShown, timeout=20000):
        table["lesson_built_in"].trigger()
    assert all(a.isEnabled() for a in moves)
    table["lesson_close"].trigger()
    assert not any(a.isEnabled() for a in moves)


def tick(chooser, name: str, on: bool) -> None:
    row = list(INITIALIZERS).index(name)
    chooser.list.item(row).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def ticked(chooser) -> list[str]:
    items = (chooser.list.item(r) for r in range(chooser.list.count()))
    return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]


def test_compare_and_depth_show_one_initializer_choice(qtbot, window):
    compare, depth = window.compare_view.chooser, window.depth_view.chooser
    assert compare is not depth and ticked(compare) == ticked(depth)
    window.chart_tabs.setCurrentWidget(window.depth_view)
    qtbot.mouseClick(window.depth_view.chooser_button, LEFT)  # unfold Depth's chooser
    assert depth.isVisible()

    tick(compare, "uniform_", True)
    assert "uniform_" in ticked(depth)
    tick(depth, "kaiming_normal_", False)
    assert "kaiming_normal_" not in ticked(compare)
    assert ticked(compare) == ticked(depth)
    count = f"({len(ticked(compare))})"
    assert count in window.depth_view.chooser_button.text()
    assert count in window.compare_view.chooser_button.text()

    depth.seed.setValue(17)
    assert compare.seed.value() == 17
    compare.params.setCurrentIndex(compare.params.findData("all"))
    assert depth.params.currentData() == "all"

    compare.select("uniform_")
    retype(qtbot, compare.form.editor("a"), "-0.5")
    retype(qtbot, compare.form.editor("b"), "0.5")
    depth_step = window.depth_view.step()
    compare_step = window.compare_view.step()
    assert depth_step["inits"] == compare_step["inits"]
    assert {"init": "uniform_", "args": {"a": -0.5, "b": 0.5}} in depth_step["inits"]
    assert depth_step["seed"] == compare_step["seed"] == 17
    assert depth_step["params"] == compare_step["params"] == "all"


@pytest.mark.parametrize(("key", "modifiers", "expected"), [
    (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier, {"op": "remove", "at": 1}),
    (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier, {"op": "remove", "at": 1}),
    (Qt.Key.Key_D, CTRL, {"op": "duplicate", "at": 1}),
    (Qt.Key.Key_Up, CTRL, {"op": "move", "at": 1, "to": 0}),
])
def test_the_cards_keys_request_their_steps(qtbot, window, key, modifiers, expected):
    for layer in ("ReLU", "Tanh"):
        perform(qtbot, window, {"op": "add", "layer": layer})
    view = window.network_view
    view.select(1)
    with qtbot.waitSignal(view.stepRequested) as blocker:
        qtbot.keyClick(view.list_view, key, modifiers)
    assert blocker.args[0] == expected
