"""Hostile texts in the window: lessons are refused at load, explanations are filled in
without formatting, and a huge label is refused at once with the field and the limit."""

from __future__ import annotations

import json
import time

from tests.hostile.helpers import linear, scenario, write
from tests.hostile.test_hostile_texts import exercise_lesson


def test_a_lesson_with_a_format_field_is_refused_by_the_window(qtbot, new_window, tmp_path,
                                                               monkeypatch) -> None:
    window = new_window()
    path = write(tmp_path / "lesson.json", exercise_lesson("Failed: {message:>300000000}"))
    warnings = []
    monkeypatch.setattr("gui.lesson.lesson_panel.QMessageBox.warning",
                        lambda *args: warnings.append(args[2]))
    started = time.perf_counter()
    window.lessons.open_path(path)
    assert time.perf_counter() - started < 2
    assert warnings and "not a placeholder" in warnings[0] and "{message}" in warnings[0]
    assert not window.lesson_dock.panel.is_open()


def test_the_card_fills_in_the_placeholders_of_an_explanation(qtbot, new_window, tmp_path,
                                                              monkeypatch) -> None:
    window = new_window()
    monkeypatch.setattr("gui.lesson.lesson_panel.QMessageBox.question", lambda *args: 0x400)
    path = write(tmp_path / "lesson.json", exercise_lesson("Layer {layer}: {message} ({kind})"))
    panel = window.lesson_dock.panel
    with qtbot.waitSignal(panel.pageShown, timeout=20000):
        window.lessons.open_path(path)
    for _ in range(2):  # the layer, then the task
        with qtbot.waitSignal(panel.pageShown, timeout=20000):
            panel.next()
    with qtbot.waitSignal(window.session.failed, timeout=20000) as failed:
        window.perform({"op": "forward", "shape": [2, 5]})
    error = failed.args[0]
    qtbot.waitUntil(lambda: panel.status_label.text().startswith("✓"), timeout=5000)
    assert panel.status_label.text() == f"✓ Layer 0: {error.message} (shape_mismatch)"


def test_a_five_megabyte_label_is_refused_at_once(qtbot, new_window, tmp_path) -> None:
    window = new_window()
    doc = scenario(linear(), {"op": "build", "layers": [{"layer": "ReLU"}],
                              "label": "L" * 5 * 1024 * 1024})
    path = write(tmp_path / "huge.json", json.dumps(doc))
    before = window.session.snapshot
    started = time.perf_counter()
    with qtbot.waitSignal(window.session.failed, timeout=20000) as failed:
        window.session.open(path)
    assert time.perf_counter() - started < 5
    message = failed.args[0].message
    assert "label" in message and "256" in message and len(message) < 600
    assert window.session.snapshot is before
