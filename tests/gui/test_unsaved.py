"""Never lose work: Save / Discard / Cancel before anything replaces unsaved steps, an
undoable New, the title's modified mark, a quit that stays restorable, file dialogs that
remember their folder and an Open Recent that lists only files that opened."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from torch import nn

from gui.session import autosave, settings
from gui.session.session import LabSession
from gui.window import unsaved

Button = QMessageBox.StandardButton
REAL_ASK = unsaved.ask_save_changes  # at import, before the suite's Discard answer
LINEAR = {"op": "add", "layer": "Linear", "args": {"in_features": 3, "out_features": 2}}


@pytest.fixture
def autosave_root(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "autosave"
    monkeypatch.setenv(autosave.ROOT_VARIABLE, str(root))
    return root


@pytest.fixture
def answers(monkeypatch):
    """The answers "Save changes?" gives, in order (then Discard); ``asked`` records each."""
    queue = Answers()

    def ask(parent, name, action=unsaved.REPLACE):
        queue.asked.append((name, action))
        return queue.pop(0) if queue else Button.Discard  # the window closed at the end

    monkeypatch.setattr(unsaved, "ask_save_changes", ask)
    return queue


class Answers(list):
    def __init__(self) -> None:
        super().__init__()
        self.asked: list = []


def perform(qtbot, win, step) -> None:
    with qtbot.waitSignal(win.session.busyChanged, check_params_cb=lambda busy: not busy,
                          timeout=20_000):
        assert win.session.perform(step)


def state_of(win) -> dict:
    return {k: v.clone() for k, v in win.session.lab.state_dict().items()}


def same_state(a: dict, b: dict) -> bool:
    return set(a) == set(b) and all(torch.equal(a[k], b[k]) for k in a)


def types(win) -> list[str]:
    return [m.type for m in win.session.snapshot.modules]


# -- the question ---------------------------------------------------------


def test_the_question_offers_save_discard_and_cancel(new_window) -> None:
    win = new_window()
    box = unsaved.save_changes_box(win, "lesson.json")
    assert box.standardButtons() == Button.Save | Button.Discard | Button.Cancel
    assert box.defaultButton() is box.button(Button.Save)
    assert box.escapeButton() is box.button(Button.Cancel)
    assert "lesson.json" in box.text()
    quitting = unsaved.save_changes_box(win, "Untitled", unsaved.QUIT)
    assert "restore" in quitting.informativeText()


def test_the_real_box_is_asked_and_its_button_returned(new_window, monkeypatch) -> None:
    win = new_window()
    shown = []

    def exec_(box):
        shown.append(box.text())
        return int(Button.Cancel.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert REAL_ASK(win, "x.json") == Button.Cancel and "x.json" in shown[0]


# -- New ------------------------------------------------------------------


def test_new_with_unsaved_work_and_cancel_keeps_everything(qtbot, new_window, answers) -> None:
    win = new_window()
    perform(qtbot, win, LINEAR)
    before, state = win.session.snapshot, state_of(win)
    answers.append(Button.Cancel)
    win.action_table["new"].trigger()
    assert answers.asked == [("Untitled", unsaved.REPLACE)]
    assert win.session.snapshot is before and same_state(state_of(win), state)
    assert win.isWindowModified()


def test_new_with_discard_empties_and_undo_brings_the_network_back(
    qtbot, new_window, answers
) -> None:
    win = new_window()
    perform(qtbot, win, LINEAR)
    state, printed = state_of(win), win.print_pane.text()
    answers.append(Button.Discard)
    win.action_table["new"].trigger()
    assert win.session.snapshot.modules == () and not win.isWindowModified()
    # Preferences counts the replaced network: its add step, the replacement, its bytes.
    expected_bytes = sum(t.numel() * t.element_size()
                         for t in nn.Linear(3, 2).state_dict().values())
    assert win.session.history_usage() == (2, expected_bytes)
    assert win.action_table["undo"].isEnabled()
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.session.snapshot.modules != ())
    assert types(win) == ["Linear"] and same_state(state_of(win), state)
    assert win.print_pane.text() == printed and win.isWindowModified()
    win.action_table["redo"].trigger()
    assert win.session.snapshot.modules == ()
    win.action_table["undo"].trigger()
    perform(qtbot, win, {"op": "add", "layer": "ReLU"})  # a new action forgets the redo
    assert not win.session.can_redo and types(win) == ["Linear", "ReLU"]


def test_nothing_asks_without_unsaved_changes(qtbot, new_window, answers, tmp_path) -> None:
    win = new_window()
    win.action_table["new"].trigger()  # an empty, untouched session
    perform(qtbot, win, LINEAR)
    assert win._save_to(tmp_path / "saved.json")
    win.action_table["new"].trigger()  # saved: nothing to lose
    assert answers.asked == [] and win.session.snapshot.modules == ()


def test_save_in_the_question_saves_then_proceeds(qtbot, new_window, answers, tmp_path,
                                                 monkeypatch) -> None:
    win = new_window()
    perform(qtbot, win, LINEAR)
    target = tmp_path / "kept.json"
    monkeypatch.setattr(win, "ask_save_path", lambda *_args: str(target))
    answers.append(Button.Save)
    win.action_table["new"].trigger()
    assert json.loads(target.read_text("utf-8"))["steps"] == [LINEAR]
    assert win.session.snapshot.modules == ()
    answers.append(Button.Save)
    perform(qtbot, win, LINEAR)
    monkeypatch.setattr(win, "ask_save_path", lambda *_args: None)  # the save is cancelled
    win.action_table["new"].trigger()
    assert types(win) == ["Linear"]  # nothing was replaced


def test_a_template_and_a_lesson_ask_too(qtbot, new_window, answers) -> None:
    win = new_window()
    perform(qtbot, win, {"op": "add", "layer": "ReLU"})
    answers.extend([Button.Cancel, Button.Cancel])
    win.load_template("seed_mlp")
    win.action_table["lesson_built_in"].trigger()
    assert len(answers.asked) == 2 and types(win) == ["ReLU"]
    assert not win.lesson_dock.panel.is_open() and not win.session.busy


def test_undo_past_a_lesson_start_brings_the_work_back_and_ends_the_lesson(
    qtbot, new_window, answers
) -> None:
    win = new_window()
    perform(qtbot, win, {"op": "add", "layer": "ReLU"})
    panel = win.lesson_dock.panel
    with qtbot.waitSignal(panel.pageShown, timeout=20_000):
        win.action_table["lesson_built_in"].trigger()  # answers Discard
    lesson_lab = win.session.lab
    assert panel.is_open() and answers.asked
    for _ in range(50):
        if win.session.lab is not lesson_lab:
            break
        with qtbot.waitSignal(win.session.snapshotChanged, timeout=20_000):
            win.action_table["undo"].trigger()
    assert types(win) == ["ReLU"] and not panel.is_open()


# -- quitting -------------------------------------------------------------


def test_quit_with_unsaved_work_asks_and_cancel_keeps_the_window(
    qtbot, new_window, answers, autosave_root
) -> None:
    win = new_window()
    win.offer_recovery(ask=False)
    perform(qtbot, win, LINEAR)
    answers.append(Button.Cancel)
    win.action_table["quit"].trigger()
    assert answers.asked == [("Untitled", unsaved.QUIT)]
    assert win.isVisible() and types(win) == ["Linear"]
    assert win.windowTitle() == "Untitled[*] — Lazy Init Lab" and win.isWindowModified()
    answers.append(Button.Discard)
    assert win.close() and not win.isVisible()


def test_closing_with_save_writes_a_file_that_reopens_to_the_same_network(
    qtbot, new_window, answers, tmp_path, monkeypatch
) -> None:
    win = new_window()
    perform(qtbot, win, {"op": "add", "layer": "LazyLinear", "args": {"out_features": 4}})
    perform(qtbot, win, {"op": "forward", "shape": [2, 5]})
    expected, state = win.session.snapshot, state_of(win)
    target = tmp_path / "closing.json"
    monkeypatch.setattr(win, "ask_save_path", lambda *_args: str(target))
    answers.append(Button.Save)
    assert win.close() and target.is_file()
    assert settings.recent_files()[0] == str(target.resolve())

    again = new_window(LabSession(seed=123))  # another seed: the file brings its own
    with qtbot.waitSignal(again.session.scenarioPlayed, timeout=20_000):
        again.open_session(str(target))
    assert again.session.snapshot.repr == expected.repr
    assert same_state(state_of(again), state)
    assert again.windowTitle() == "closing.json[*] — Lazy Init Lab"
    assert not again.isWindowModified()


def test_a_clean_quit_leaves_the_untitled_session_restorable(
    qtbot, new_window, answers, autosave_root, monkeypatch
) -> None:
    first = new_window()
    first.offer_recovery(ask=False)
    perform(qtbot, first, {"op": "add", "layer": "LazyLinear", "args": {"out_features": 4}})
    perform(qtbot, first, {"op": "add", "layer": "ReLU"})
    perform(qtbot, first, {"op": "forward", "shape": [2, 3]})
    state, steps = state_of(first), first.session.steps()
    answers.append(Button.Discard)
    assert first.close()

    second = new_window(LabSession(seed=5))
    offered = []
    monkeypatch.setattr(second, "ask_recovery", lambda orphan: offered.append(orphan) or True)
    with qtbot.waitSignal(second.session.scenarioPlayed, timeout=20_000):
        assert second.offer_recovery() is True
    orphan = offered[0]
    assert orphan.steps == 3 and orphan.closed and orphan.file is None
    assert orphan.params == sum(v.numel() for v in state.values())
    details = second.recovery_details(orphan)
    assert "Steps: 3" in details and f"Parameters: {orphan.params}" in details
    assert "never saved" in details
    local = time.strftime("%Y-%m-%d %H:%M", time.localtime(orphan.saved_at))
    assert f"Saved automatically: {local}" in details
    box, _restore = second.recovery_box(orphan)
    assert "closed without saving" in box.text()
    assert second.session.steps() == steps and same_state(state_of(second), state)
    assert second.isWindowModified()  # restored, still not saved anywhere
    assert autosave.orphans() == []  # offered once


def test_a_saved_quit_leaves_nothing_to_restore(
    qtbot, new_window, answers, autosave_root, tmp_path
) -> None:
    win = new_window()
    win.offer_recovery(ask=False)
    perform(qtbot, win, LINEAR)
    assert win._save_to(tmp_path / "done.json")
    assert win.close() and answers.asked == []
    assert autosave.orphans() == [] and not any(autosave_root.iterdir())


def test_quit_says_changes_are_lost_when_autosave_is_not_working(
    qtbot, new_window, answers, tmp_path, monkeypatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(autosave.ROOT_VARIABLE, str(blocker / "autosave"))
    win = new_window()
    win.offer_recovery(ask=False)
    perform(qtbot, win, LINEAR)
    answers.append(Button.Cancel)
    assert not win.close()
    assert answers.asked == [("Untitled", unsaved.QUIT_UNSAVED)]
    box = unsaved.save_changes_box(win, "Untitled", unsaved.QUIT_UNSAVED)
    assert "lost" in box.informativeText()


# -- the title ------------------------------------------------------------


def test_the_title_shows_the_file_and_a_mark_while_unsaved(qtbot, new_window, tmp_path) -> None:
    win = new_window()
    assert win.windowTitle() == "Untitled[*] — Lazy Init Lab" and not win.isWindowModified()
    perform(qtbot, win, LINEAR)
    assert win.isWindowModified()
    path = tmp_path / "mlp.json"
    assert win._save_to(path)
    assert win.windowTitle() == "mlp.json[*] — Lazy Init Lab" and not win.isWindowModified()
    perform(qtbot, win, {"op": "add", "layer": "ReLU"})
    assert win.isWindowModified()
    win.action_table["undo"].trigger()
    qtbot.waitUntil(lambda: not win.isWindowModified())  # back to what is saved


# -- file dialogs and Open Recent -----------------------------------------


def test_file_dialogs_start_in_the_folder_used_last(
    qtbot, new_window, tmp_path, monkeypatch
) -> None:
    starts = []
    folder = tmp_path / "sessions"
    folder.mkdir()

    def save_name(parent, caption, start, file_filter):
        starts.append(start)
        return str(folder / "first.json"), file_filter

    def open_name(parent, caption, start, file_filter):
        starts.append(start)
        return "", file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    win = new_window()
    perform(qtbot, win, LINEAR)
    assert win.save_session_as()
    win.action_table["open"].trigger()
    source = Path(__file__).resolve().parents[2]
    assert Path(starts[0]).parent != source and Path(starts[0]).name == "untitled.json"
    assert Path(starts[1]) == folder.resolve()
    assert settings.last_folder() == str(folder.resolve())


def test_a_failed_open_is_not_added_to_open_recent(qtbot, new_window, tmp_path) -> None:
    win = new_window()
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": 1, "steps": [{"op": "add", "layer": 7}]}', encoding="utf-8")
    with qtbot.waitSignal(win.session.failed, timeout=20_000):
        win.open_session(str(broken))
    assert str(broken.resolve()) not in settings.recent_files()
    assert not win.recent_menu.isEnabled()


def test_a_recent_file_that_no_longer_opens_is_removed_with_a_message(
    qtbot, new_window, tmp_path
) -> None:
    path = tmp_path / "good.json"
    path.write_text(json.dumps({"format": 1, "steps": [LINEAR]}), encoding="utf-8")
    win = new_window()
    with qtbot.waitSignal(win.session.scenarioPlayed, timeout=20_000):
        win.open_session(str(path))
    assert settings.recent_files() == [str(path.resolve())]
    assert [a.text() for a in win.recent_menu.actions()] == [str(path.resolve())]
    os.remove(path)
    win.new_session()  # opened and unchanged: nothing to ask
    with qtbot.waitSignal(win.session.failed, timeout=20_000):
        win.recent_menu.actions()[0].trigger()
    assert settings.recent_files() == [] and win.recent_menu.actions() == []
    assert "removed from Open Recent" in win.statusBar().currentMessage()



def test_histogram_export_starts_in_the_folder_used_last_and_remembers_it(
    qtbot, new_window, tmp_path, monkeypatch
) -> None:
    folder = tmp_path / "figures"
    folder.mkdir()
    settings.remember_folder(str(folder / "earlier.json"))
    starts = []

    def save_name(parent, caption, start, file_filter):
        starts.append(start)
        return str(tmp_path / "elsewhere.png"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    win = new_window()
    perform(qtbot, win, LINEAR)
    assert win.history_panel.ask_save_path("PNG image (*.png)") == str(tmp_path / "elsewhere.png")
    assert Path(starts[0]).parent == folder.resolve()
    assert settings.last_folder() == str(tmp_path.resolve())
