"""Edit ▸ Preferences: the undo memory limit is set, persisted and trims the history."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from gui.session import settings
from gui.session.session import LabSession
from gui.window import preferences_dialog
from gui.window.main_window import MainWindow
from gui.window.preferences_dialog import MIB, PreferencesDialog

LAYER = {"op": "add", "layer": "Linear", "args": {"in_features": 1024, "out_features": 256}}
WEIGHT_BYTES = 1024 * 256 * 4  # exactly 1 MiB


@pytest.fixture
def isolated_settings(isolated_settings):
    settings.settings().clear()
    return isolated_settings


@pytest.fixture
def window(qtbot, isolated_settings):
    win = MainWindow(LabSession(seed=0))
    qtbot.addWidget(win)
    win.show()
    return win


def perform(qtbot, win, step):
    with qtbot.waitSignal(win.session.busyChanged, check_params_cb=lambda busy: not busy):
        assert win.perform(step) is None
    assert not win.banner.isVisible()


def reinitialize(qtbot, win, times):
    for seed in range(times):
        perform(qtbot, win, {"op": "init", "init": "normal_", "args": {"std": 0.02},
                             "layers": ["0"], "seed": seed})


def test_default_limit_is_the_saved_default(window):
    assert settings.undo_memory_mb() == settings.DEFAULT_UNDO_MEMORY_MB
    assert window.session.history_limit == settings.DEFAULT_UNDO_MEMORY_MB * MIB


def test_preferences_action_trims_history_and_persists(qtbot, window, monkeypatch):
    perform(qtbot, window, LAYER)
    reinitialize(qtbot, window, 3)
    steps_before, kept_before = window.session.history_usage()
    assert kept_before == 3 * WEIGHT_BYTES
    history_before = len(window.history_panel.entries())

    monkeypatch.setattr(window, "ask_preferences", lambda: 2)
    with qtbot.waitSignal(window.session.snapshotChanged):
        window.action_table["preferences"].trigger()

    steps, kept = window.session.history_usage()
    assert kept == 2 * WEIGHT_BYTES and steps < steps_before
    assert window.session.lab.history.max_bytes == 2 * MIB
    assert settings.undo_memory_mb() == 2
    assert len(window.history_panel.entries()) < history_before  # dropped steps are gone
    assert window.action_table["undo"].isEnabled()
    assert "2 MB" in window.statusBar().currentMessage()

    reinitialize(qtbot, window, 2)  # later steps stay within the bound too
    assert window.session.history_usage()[1] <= 2 * WEIGHT_BYTES


def test_cancelled_preferences_change_nothing(qtbot, window, monkeypatch):
    perform(qtbot, window, LAYER)
    reinitialize(qtbot, window, 2)
    monkeypatch.setattr(window, "ask_preferences", lambda: None)
    window.action_table["preferences"].trigger()
    assert window.session.history_usage()[1] == 2 * WEIGHT_BYTES
    assert settings.undo_memory_mb() == settings.DEFAULT_UNDO_MEMORY_MB


def test_a_new_window_starts_with_the_saved_limit(qtbot, isolated_settings):
    settings.set_undo_memory_mb(3)
    win = MainWindow(LabSession(seed=0))
    qtbot.addWidget(win)
    assert win.session.history_limit == 3 * MIB
    assert win.session.lab.history.max_bytes == 3 * MIB


def test_a_limit_set_while_a_step_runs_applies_when_it_ends(qtbot, window):
    perform(qtbot, window, LAYER)
    reinitialize(qtbot, window, 2)
    with qtbot.waitSignal(window.session.busyChanged, check_params_cb=lambda busy: not busy):
        window.perform({"op": "init", "init": "normal_", "args": {"std": 0.02},
                        "layers": ["0"], "seed": 9})
        assert window.session.busy
        preferences_dialog.apply_undo_memory(window.session, 1)
        # not applied to the lab while its worker may be using it
        assert window.session.lab.history.max_bytes == settings.DEFAULT_UNDO_MEMORY_MB * MIB
    assert window.session.history_usage()[1] == WEIGHT_BYTES


def test_new_session_keeps_the_limit(qtbot, window):
    preferences_dialog.apply_undo_memory(window.session, 5)
    window.new_session()
    assert window.session.lab.history.max_bytes == 5 * MIB


def test_dialog_shows_usage_and_returns_the_chosen_value(qtbot, isolated_settings, monkeypatch):
    dialog = PreferencesDialog(512, steps=4, kept_bytes=3 * MIB)
    qtbot.addWidget(dialog)
    assert dialog.undo_memory.value() == 512
    assert dialog.undo_memory.suffix() == " MB"
    assert "4 steps" in dialog.usage.text() and "3.0 MB" in dialog.usage.text()
    assert dialog.undo_memory.toolTip()
    dialog.undo_memory.setValue(64)
    assert dialog.megabytes() == 64

    session = LabSession(seed=0)

    def accept(self):
        self.undo_memory.setValue(128)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", accept)
    assert preferences_dialog.ask_undo_memory(session) == 128
    monkeypatch.setattr(PreferencesDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert preferences_dialog.ask_undo_memory(session) is None
