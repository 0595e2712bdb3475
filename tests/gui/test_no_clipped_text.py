"""No clipped text: in the main states, at 1280×720 and 1024×768, in English and 简体中文."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from gui.lesson.class_start import ClassStart
from gui.lesson.lesson_panel import BUILT_IN
from tests.gui.clipping import clipped_texts

SIZES = ((1280, 720), (1024, 768))


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.session.busy, timeout=60000)
    for _ in range(3):
        QApplication.processEvents()


def check(window, state: str, found: dict) -> None:
    QApplication.processEvents()
    problems = clipped_texts(window)
    if problems:
        found[state] = problems


def report(found: dict) -> str:
    return "\n".join(f"[{state}] {problem}" for state, problems in found.items()
                     for problem in problems)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_no_text_is_clipped_in_the_main_states(qtbot, new_window, language, width, height):
    window = new_window()
    window.resize(width, height)
    found: dict[str, list[str]] = {}
    check(window, "empty", found)

    window.perform({"op": "add", "layer": "LazyLinear", "args": {"out_features": 8}})
    settle(qtbot, window)
    window.perform({"op": "init", "init": "xavier_uniform_"})  # refused: nothing to initialize
    settle(qtbot, window)
    assert window.banner.isVisible()
    check(window, "an error shown", found)

    start = ClassStart(window, str(BUILT_IN), 7, presenter=False)
    with qtbot.waitSignal(start.ready, timeout=60000):
        start.start()
    settle(qtbot, window)
    check(window, "lesson step 7", found)

    window.presenter.set_active(True)
    settle(qtbot, window)
    check(window, "presenter mode, step 7", found)
    window.presenter.set_active(False)
    window.lesson_dock.panel.close_lesson()

    with qtbot.waitSignal(window.compare_view.comparisonShown, timeout=120000):
        window.compare_initializers()
    settle(qtbot, window)
    check(window, "Compare after a comparison", found)
    with qtbot.waitSignal(window.depth_view.depthShown, timeout=120000):
        window.depth_statistics()
    settle(qtbot, window)
    check(window, "Depth", found)
    assert not found, f"clipped at {width}×{height} ({language}):\n" + report(found)
