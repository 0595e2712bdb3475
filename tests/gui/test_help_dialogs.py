"""Help ▸ Keyboard shortcuts, Lesson guide and About; dialogs as large as the window's text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontInfo, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from gui.lesson.presenter import BODY_PIXELS
from gui.network.layer_editor import ArgumentsDialog
from gui.session.autosave import Orphan
from gui.window import actions, help_dialogs, preferences_dialog


@pytest.fixture
def window(new_window):
    win = new_window()
    yield win
    win.presenter.set_active(False)


def help_action(win, text: str):
    return next(a for a in win.help_menu.actions() if a.text() == text)


def test_the_help_menu_has_shortcuts_the_lesson_guide_and_about(window, monkeypatch):
    opened = []
    monkeypatch.setattr(window, "show_dialog", opened.append)
    texts = [a.text() for a in window.help_menu.actions()]
    assert texts == ["&Keyboard shortcuts", "&Lesson guide", "&About"]
    for text in texts:
        help_action(window, text).trigger()
    kinds = [type(d) for d in opened]
    assert kinds == [help_dialogs.ShortcutsDialog, help_dialogs.LessonGuideDialog,
                     help_dialogs.AboutDialog]
    guide = opened[1].findChild(QLabel).text()
    assert "--lesson lazy_initialization --step 7 --presenter" in guide and "PageDown" in guide


def test_the_shortcuts_dialog_lists_every_actions_shortcut(window):
    dialog = help_dialogs.ShortcutsDialog(window)
    listed = {(dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
              for r in range(dialog.table.rowCount())}
    expected = set()
    for action in window.findChildren(type(window.action_table["undo"])):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if keys and action.text():
            text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            expected.add((actions.plain(action.text()), text))
    assert expected <= listed
    names = {name for name, _keys in listed}
    for name in ("Run forward", "Undo", "Next step", "Presenter mode", "Keyboard shortcuts",
                 "Compare initializers"):
        assert name in names, name
    assert ("Presenter mode", "Ctrl+Shift+P, F11") in listed


def body_pixels(widget) -> int:
    return QFontInfo(widget.font()).pixelSize()


def dialogs(window) -> list[QDialog]:
    orphan = Orphan(Path("x"), Path("x/session.json"), None, "forward (2, 20)", 3, 0.0)
    return [help_dialogs.AboutDialog(window),
            preferences_dialog.PreferencesDialog(1024, 2, 0, window),
            ArgumentsDialog("Linear", window),
            window.recovery_box(orphan)[0]]


def test_dialogs_use_the_windows_body_size_and_follow_presenter_mode(window):
    body = body_pixels(window.forward_panel)
    made = dialogs(window)
    for dialog in made:
        assert body_pixels(dialog) >= body - 1, type(dialog).__name__
        assert body_pixels(dialog) > QFontInfo(QApplication.font()).pixelSize() - 1
    window.presenter.set_active(True)
    for dialog in dialogs(window):
        assert body_pixels(dialog) >= BODY_PIXELS, type(dialog).__name__
