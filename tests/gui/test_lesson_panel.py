"""The lesson card in the window: real clicks and keys on Next/Back, exact Back, exercises."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from torch import nn

from core.lesson import lesson as lessons
from gui import i18n
from gui.lesson.lesson_panel import BUILT_IN


@pytest.fixture
def window(new_window):
    return new_window()


def settle(qtbot, win):
    qtbot.waitUntil(lambda: not win.session.busy, timeout=20000)


def open_built_in(qtbot, win):
    panel = win.lesson_dock.panel
    with qtbot.waitSignal(panel.pageShown, timeout=20000):
        win.action_table["lesson_built_in"].trigger()
    return panel


def click_next(qtbot, panel):
    with qtbot.waitSignal(panel.pageShown, timeout=20000):
        qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)


def click_back(qtbot, panel):
    with qtbot.waitSignal(panel.pageShown, timeout=20000):
        qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)


def test_lesson_menu_opens_the_built_in_lesson(qtbot, window):
    panel = open_built_in(qtbot, window)
    assert window.lesson_dock.isVisible() and panel.isVisible()
    assert panel.counter_label.text() == "Step 1 of 27"
    assert panel.title_label.text() == "Lazy initialization"
    assert not panel.back_button.isEnabled() and panel.next_button.isEnabled()
    assert window.session.snapshot.repr == "Sequential()"
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Lesson") == titles.index("&Help") - 1


def test_next_performs_each_step_and_the_views_follow(qtbot, window):
    panel = open_built_in(qtbot, window)
    click_next(qtbot, panel)
    eager = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
    assert window.print_pane.text() == repr(eager)
    assert panel.title_label.text() == "An MLP with every size given"
    assert "0.weight [256, 20]" in panel.text_label.text()
    for _ in range(4):
        click_next(qtbot, panel)
    # step 4: the initializer is refused, and the card says so
    assert panel.status_label.isVisible()
    assert "Refused, as the lesson expects" in panel.status_label.text()
    assert "LazyLinear(in_features=0" in window.print_pane.text()
    click_next(qtbot, panel)
    lazy = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.Linear(256, 10))
    lazy(torch.rand(2, 20))
    assert window.print_pane.text() == repr(lazy)


def test_back_restores_each_page_exactly(qtbot, window):
    panel = open_built_in(qtbot, window)
    shown = [(window.session.snapshot, panel.title_label.text(), window.print_pane.text())]
    for _ in range(8):
        click_next(qtbot, panel)
        shown.append((window.session.snapshot, panel.title_label.text(),
                      window.print_pane.text()))
    for page in range(7, -1, -1):
        click_back(qtbot, panel)
        snapshot, title, printed = shown[page]
        assert window.session.snapshot == snapshot
        assert panel.title_label.text() == title
        assert window.print_pane.text() == printed
    assert not panel.back_button.isEnabled()


def test_keyboard_moves_through_the_lesson(qtbot, window):
    panel = open_built_in(qtbot, window)
    with qtbot.waitSignal(panel.pageShown, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    with qtbot.waitSignal(panel.pageShown, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert panel.run.page == 2
    with qtbot.waitSignal(panel.pageShown, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert panel.run.page == 1
    with qtbot.waitSignal(panel.pageShown, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert panel.run.page == 0


def test_an_exercise_attempt_is_explained_then_next_shows_the_answer(qtbot, window):
    panel = open_built_in(qtbot, window)
    while panel.run.current.kind != lessons.TRY or panel.run.current.step != 13:
        click_next(qtbot, panel)
    assert panel.title_label.text() == "Your turn: Exercise (b) · Make it fail"
    assert panel.next_button.text() == "Show the answer ▶"
    window.forward_panel.set_shape([2, 20])
    with qtbot.waitSignal(window.session.failed, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert panel.status_label.text().startswith("✓ It failed at layer 2:")
    # the student fixes the layer: the forward passes, and the card says why that misses it
    window.perform({"op": "edit", "at": 2, "args": {"in_features": 256}})
    settle(qtbot, window)
    with qtbot.waitSignal(window.session.succeeded, timeout=20000):
        window.perform({"op": "forward", "shape": [2, 20]})
    assert panel.status_label.text().startswith("✗ It went through")
    click_next(qtbot, panel)  # the worked answer, from the lesson's own state
    outcome = panel.run.outcomes[panel.run.page]
    assert outcome.error.kind == "shape_mismatch" and outcome.expected
    assert "in_features=30" in window.print_pane.text()
    assert not window.banner.isVisible()  # the attempt's banner went with the answer
    assert window.network_view._model._error[0] == 2  # the failing layer's card is marked


def test_narration_follows_the_language(qtbot, window):
    panel = open_built_in(qtbot, window)
    click_next(qtbot, panel)
    assert panel.title_label.text() == "An MLP with every size given"
    try:
        i18n.install("zh_CN")  # Qt sends LanguageChange: the panel renders its page again
        assert panel.title_label.text() == "实例化一个网络"
        assert "in_features" in panel.text_label.text()
        assert "PyTorch 中" in panel.text_label.text()
        assert panel.close_button.text() == QApplication.translate("LessonPanel", "Close lesson")
    finally:
        i18n.install("en")
    assert panel.title_label.text() == "An MLP with every size given"


def test_a_broken_lesson_file_is_refused_with_its_reason(qtbot, window, tmp_path, monkeypatch):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": 1, "steps": [{"op": "clear", "exercise": {"task": "t"}}]}')
    warnings = []
    monkeypatch.setattr("gui.lesson.lesson_menu.QMessageBox.warning",
                        lambda *args: warnings.append(args[2]))
    window.lessons.open_path(broken)
    assert warnings and "needs field 'answers'" in warnings[0]
    assert not window.lesson_dock.panel.is_open()


def test_export_as_pytorch_code_runs_and_prints_the_apps_snapshot(qtbot, window, tmp_path,
                                                                   monkeypatch):
    panel = open_built_in(qtbot, window)
    for _ in range(7):
        click_next(qtbot, panel)
    target = tmp_path / "lesson_net"
    monkeypatch.setattr(window, "ask_save_path", lambda *args: str(target))
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    script = tmp_path / "lesson_net.py"
    qtbot.waitUntil(lambda: not window.session.busy and script.exists(), timeout=30000)
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    snapshot = window.session.snapshot
    expected = [snapshot.repr] + [f"{p.name} torch.Size({list(p.shape)})"
                                  for p in snapshot.parameters]
    assert done.stdout.endswith("\n".join(expected) + "\n")
    assert "low = torch.finfo(torch.float32).min / 10" in script.read_text()
    assert script.read_text().startswith('"""Lazy initialization, exported as PyTorch code.')


def test_lesson_files_are_the_documented_format():
    lesson = lessons.load(BUILT_IN)
    assert lesson.exercises.keys() == {11, 13, 18}


def test_opening_a_lesson_asks_before_replacing_work(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window.perform({"op": "add", "layer": "ReLU"})
    settle(qtbot, window)
    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr("gui.window.unsaved.ask_save_changes", lambda *args: answers.pop(0))
    window.action_table["lesson_built_in"].trigger()
    assert not window.lesson_dock.panel.is_open()
    assert window.session.snapshot.modules[0].type == "ReLU"  # the work is kept
    answers.append(QMessageBox.StandardButton.Discard)
    panel = open_built_in(qtbot, window)
    assert panel.is_open() and window.session.snapshot.repr == "Sequential()"


def test_lesson_menu_opens_the_training_lesson_and_its_train_step_runs(qtbot, window):
    panel = window.lesson_dock.panel
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Lesson")
    assert window.action_table["lesson_train"] in menu.actions()
    with qtbot.waitSignal(panel.pageShown, timeout=20000):
        window.action_table["lesson_train"].trigger()
    assert panel.title_label.text() == "Does it train? Initialization in practice"
    assert panel.counter_label.text() == "Step 1 of 15"
    click_next(qtbot, panel)  # build: the small tanh MLP
    assert window.session.snapshot.repr == repr(
        nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 2)))
    click_next(qtbot, panel)  # train: default, constant_, zeros_ (on the worker)
    settle(qtbot, window)
    assert panel.title_label.text() == "Constant initialization never breaks symmetry"
    assert panel.outcome is not None and panel.outcome.expected and panel.outcome.error is None
    assert not panel.status_label.isVisible()  # nothing flagged
    train = window.train_view  # the page's focus brought the Train tab forward, with its result
    assert window.chart_tabs.currentWidget() is train
    runs = [run for run in panel.outcome.result.candidates if run.curves is not None]
    losses = [line.yData for line in train.curves.loss_lines()]
    assert len(losses) == len(runs) == 3
    for run, loss in zip(runs, losses, strict=True):
        np.testing.assert_array_equal(loss, np.array(run.curves.loss))
    assert train.result() is panel.outcome.result and not train.stale.is_stale()
    click_next(qtbot, panel)  # build: the 10-layer ReLU MLP
    click_next(qtbot, panel)  # depth: its result goes to the Depth chart, brought forward
    settle(qtbot, window)
    depth = window.depth_view
    assert window.chart_tabs.currentWidget() is depth
    assert depth.status_label.text().startswith("Batch (64, 2) (train mode), seed 0")
    assert not depth.stale.is_stale()
