"""A wrapped label keeps every line, and a label painted again with its text asks for no layout."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from gui.kit.wrapped_labels import keep_whole
from tests.gui.event_counter import EventCounter

LONG = "mean -0.02838    std 0.412    min -0.7054    max 0.7046    numel 4,096 " * 3


def panel(qtbot, text: str) -> tuple[QWidget, QLabel]:
    widget = QWidget()
    label = QLabel(text)
    label.setWordWrap(True)
    layout = QVBoxLayout(widget)
    layout.addWidget(label)
    layout.addStretch(1)
    keep_whole(label)
    qtbot.addWidget(widget)
    widget.resize(200, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, label


def test_a_new_text_raises_the_minimum_height_to_every_line(qtbot):
    _widget, label = panel(qtbot, "short")
    one_line = label.minimumHeight()
    label.setText(LONG)
    qtbot.waitUntil(lambda: label.minimumHeight() > one_line)
    assert label.minimumHeight() == label.heightForWidth(label.width())


def test_painting_the_same_text_again_asks_the_layout_for_nothing(qtbot):
    """Measuring lifts the minimum height and sets it back: a layout pass and a repaint,
    which measured again, round and round, while a statistics label was shown."""
    widget, label = panel(qtbot, LONG)
    QApplication.processEvents()
    pinned = label.minimumHeight()
    requests = EventCounter(QEvent.Type.LayoutRequest)
    widget.installEventFilter(requests)
    for _ in range(3):
        label.repaint()
        QApplication.processEvents()
    assert requests.count == 0
    assert label.minimumHeight() == pinned > 0
