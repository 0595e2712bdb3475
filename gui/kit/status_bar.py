"""A status bar whose passing messages never run off the window's edge.

``QStatusBar.showMessage`` paints its text cut at the bar's edge: a long error
explanation lost its end, mid-word. This bar draws a passing message elided
("…") to the room it has, and keeps the whole text as its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStatusBar, QWidget

MARGIN = 6  # pixels left and right of the text, as the style draws it


class ElidingStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messageChanged.connect(self.setToolTip)  # the whole text, on hover

    def message_width(self) -> int:
        """Room for a passing message: up to the first visible permanent widget."""
        right = self.width()
        for child in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isVisible() and child.geometry().left() > 0:
                right = min(right, child.geometry().left())
        return max(0, right - 2 * MARGIN)

    def elided_message(self) -> str:
        """The passing message as drawn: whole when it fits, else cut with "…"."""
        return self.fontMetrics().elidedText(
            self.currentMessage(), Qt.TextElideMode.ElideRight, self.message_width())

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self.currentMessage():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        rect = self.rect().adjusted(MARGIN, 0, -MARGIN, 0)
        rect.setWidth(self.message_width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         self.elided_message())
        painter.end()
