"""File ▸ Export as PyTorch code, driven through the window's shortcuts.

Ctrl+E writes the network on screen, Ctrl+Shift+E the whole session; the file dialog
suggests a safe name beside the session file (or in the home folder); the status bar
says whether the script's weights are the lab's, and the script proves it when run.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
import torch
from PySide6.QtCore import Qt

from core.model import templates

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(new_window):
    return new_window()


def perform(qtbot, win, step):
    with qtbot.waitSignal(win.session.busyChanged, check_params_cb=lambda busy: not busy,
                          timeout=20000):
        win.perform(step)


def two_networks(qtbot, win):
    """A template, a forward pass, then another template and a forward pass: on screen."""
    for step in (templates.build_step("lazy_mlp"), {"op": "forward", "shape": [2, 20]},
                 templates.build_step("seed_mlp"), {"op": "forward", "shape": [3, 20]}):
        perform(qtbot, win, step)


def export_with_keys(qtbot, win, monkeypatch, target, modifiers):
    """Press the shortcut with the file dialog answered by ``target``; the dialog's args."""
    asked = []

    def answer(*args):
        asked.append(args)
        return str(target)

    monkeypatch.setattr(win, "ask_save_path", answer)
    with qtbot.waitSignal(win.session.busyChanged, check_params_cb=lambda busy: not busy,
                          timeout=30000):
        qtbot.keyClick(win, Qt.Key.Key_E, modifiers)
    return asked


def run_script(path):
    done = subprocess.run([sys.executable, "-I", "-c",
                           "import runpy, sys, torch\n"
                           "ns = runpy.run_path(sys.argv[1])\n"
                           "torch.save(ns['net'].state_dict(), sys.argv[1] + '.pt')",
                           str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout, torch.load(str(path) + ".pt", weights_only=True)


def expected_tail(snapshot):
    lines = [snapshot.repr] + [f"{p.name} torch.Size({list(p.shape)})"
                               for p in snapshot.parameters]
    return "\n".join(lines) + "\n"


def same_tensors(lab, saved):
    ours = lab.state_dict()
    return ours.keys() == saved.keys() and all(torch.equal(v, saved[k]) for k, v in ours.items())


def test_ctrl_e_writes_the_network_on_screen_and_says_its_weights_differ(
        qtbot, window, monkeypatch, isolated_settings):
    two_networks(qtbot, window)
    target = isolated_settings / "on_screen"
    asked = export_with_keys(qtbot, window, monkeypatch, target, CTRL)
    assert asked[0][2] == str(isolated_settings / "network.py")  # untitled: home folder
    script = isolated_settings / "on_screen.py"
    source = script.read_text(encoding="utf-8")
    assert "LazyLinear" not in source  # the first network is not on screen
    stdout, saved = run_script(script)
    assert stdout.endswith(expected_tail(window.session.snapshot))
    assert not same_tensors(window.session.lab, saved)  # drawn after the first template's
    message = window.statusBar().currentMessage()
    assert "the last 2 of 4 steps" in message and "not the lab's" in message
    assert "Weights: NOT identical to the lab's" in source


def test_ctrl_shift_e_replays_the_whole_session_with_identical_weights(
        qtbot, window, monkeypatch, tmp_path):
    two_networks(qtbot, window)
    window._save_to(tmp_path / "my lesson.json")
    target = tmp_path / "whole.py"
    asked = export_with_keys(qtbot, window, monkeypatch, target, CTRL | SHIFT)
    assert asked[0][2] == str(tmp_path / "my_lesson.py")  # beside the session, named after it
    stdout, saved = run_script(target)
    assert stdout.count("net(X):") == 2
    assert stdout.endswith(expected_tail(window.session.snapshot))
    assert same_tensors(window.session.lab, saved)
    message = window.statusBar().currentMessage()
    assert "the whole session" in message and "exact weights" in message


def test_exporting_leaves_the_session_drawing_what_it_would_have_drawn(
        qtbot, window, monkeypatch, tmp_path):
    two_networks(qtbot, window)
    export_with_keys(qtbot, window, monkeypatch, tmp_path / "a.py", CTRL | SHIFT)
    perform(qtbot, window, {"op": "add", "layer": "Linear",
                            "args": {"in_features": 10, "out_features": 3}})
    target = tmp_path / "b.py"
    export_with_keys(qtbot, window, monkeypatch, target, CTRL | SHIFT)
    _, saved = run_script(target)
    assert same_tensors(window.session.lab, saved)  # the replay check drew nothing of ours


def test_an_unwritable_target_is_an_error_and_writes_nothing(qtbot, window, monkeypatch,
                                                             tmp_path):
    two_networks(qtbot, window)
    target = tmp_path / "missing" / "net.py"
    with qtbot.waitSignal(window.session.failed) as blocker:
        monkeypatch.setattr(window, "ask_save_path", lambda *args: str(target))
        qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    assert "could not be written" in str(blocker.args[0])
    assert not target.exists()


def test_while_an_operation_runs_nothing_is_exported_and_the_status_bar_says_so(
        qtbot, window, monkeypatch, tmp_path):
    two_networks(qtbot, window)
    target = tmp_path / "busy.py"
    monkeypatch.setattr(window, "ask_save_path", lambda *args: str(target))
    with qtbot.waitSignal(window.session.busyChanged, check_params_cb=lambda busy: not busy,
                          timeout=20000):
        window.perform({"op": "forward", "shape": [2, 20]})
        assert window.session.busy
        window.export_code()
        assert "still running" in window.statusBar().currentMessage()
    assert not target.exists()
