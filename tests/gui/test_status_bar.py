"""A long passing message in the status bar is elided to its room, whole in the tooltip."""

from __future__ import annotations

from gui.kit.status_bar import ElidingStatusBar


def test_a_long_message_is_elided_and_kept_whole_in_the_tooltip(qtbot, new_window) -> None:
    win = new_window()
    bar = win.statusBar()
    assert isinstance(bar, ElidingStatusBar)
    message = "Layer 0 (LazyLinear) has no parameters yet: " * 20
    bar.showMessage(message)
    qtbot.waitUntil(lambda: bar.toolTip() == message)
    drawn = bar.elided_message()
    assert drawn != message and drawn.endswith("…")
    assert bar.fontMetrics().horizontalAdvance(drawn) <= bar.message_width()
    bar.showMessage("Saved.")
    assert bar.elided_message() == "Saved." and bar.toolTip() == "Saved."
