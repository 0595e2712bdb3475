"""A status bar whose passing messages never run off the window's edge.

``QStatusBar.showMessage`` paints its text cut at the bar's edge: a long error
explanation lost its end, mid-word. This bar draws a passing message elided
("…") to the room it has, and keeps the whole text as its tooltip. A message
shown with ``show_message(render, timeout)`` is rendered again by ``render``
when the language changes while it is still shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDeadlineTimer, QEvent, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStatusBar, QWidget

MARGIN = 6  # pixels left and right of the text, as the style draws it


class ElidingStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messageChanged.connect(self.setToolTip)  # the whole text, on hover
        self._render: Callable[[], str] | None = None
        self._rendered = ""
        self._deadline: QDeadlineTimer | None = None

    def show_message(self, render: Callable[[], str], timeout: int = 0) -> None:
        """Show ``render()`` for ``timeout`` ms (0: until replaced); again on a language change."""
        self._render, self._deadline = render, QDeadlineTimer(timeout) if timeout else None
        self._rendered = render() or ""
        self.showMessage(self._rendered, timeout)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if (event.type() == QEvent.Type.LanguageChange and self._render is not None
                and self.currentMessage() == self._rendered and self._rendered):
            left = self._deadline.remainingTime() if self._deadline is not None else 0
            self.show_message(self._render, max(left, 1) if self._deadline is not None else 0)
        super().changeEvent(event)

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
