"""The list of cards: one-card drags, thick drop lines, the empty-state hint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QCursor, QDrag, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from gui.network.card_delegate import ACCENT, MUTED, OUTER_X, OUTER_Y, _font
from gui.network.card_drops import POSITION_MIME
from gui.network.palette import LAYER_MIME

CHECKED_ROWS = 32  # changed rows whose heights are compared before laying out again


class CardList(QListView):
    """A list of cards: one-card drags, drop lines thick enough to see, an empty-state hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key_handler: Callable[[QKeyEvent], bool] | None = None
        self._drop_row: int | None = None

    def dataChanged(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        """A list lays every row out again when one changes (1000 size hints); here only
        when a card the model redrew changed height (a change line, a wrapped repr)."""
        if self._heights_kept(top_left.row(), bottom_right.row()):
            QAbstractItemView.dataChanged(self, top_left, bottom_right, roles)  # repaint them
        else:
            super().dataChanged(top_left, bottom_right, roles)

    def _heights_kept(self, first: int, last: int) -> bool:
        model, delegate = self.model(), self.itemDelegate()  # a NetworkModel, a CardDelegate
        replaced = model.replaced
        if replaced is None or last - first >= CHECKED_ROWS:  # texts, an error, a fold; many
            return False  # rows: the list's own layout, in batches, costs no more
        width = self.viewport().width()
        for row in range(first, last + 1):
            old = replaced.get(row)
            if old is None or delegate.height(old, width) != delegate.height(
                    model.card_at(row), width):
                return False
        return True

    def drop_row(self, pos: QPoint) -> int:
        """The gap nearest ``pos``, as Qt numbers drop rows (0 … rowCount)."""
        index = self.indexAt(pos)
        if not index.isValid():
            return self.model().rowCount()
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() >= rect.center().y() else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.key_handler is not None and self.key_handler(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def startDrag(self, supported_actions) -> None:
        index = self.currentIndex()
        if not index.isValid():
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData([index]))
        rect = self.visualRect(index)
        drag.setPixmap(self.viewport().grab(rect))
        drag.setHotSpot(self.viewport().mapFromGlobal(QCursor.pos()) - rect.topLeft())
        drag.exec(Qt.DropAction.MoveAction)

    def _action(self, event) -> Qt.DropAction | None:
        mime = event.mimeData()
        if mime.hasFormat(POSITION_MIME) and event.source() is self:
            return Qt.DropAction.MoveAction
        if mime.hasFormat(LAYER_MIME):
            return Qt.DropAction.CopyAction
        return None

    def dragEnterEvent(self, event) -> None:
        self._accept_drag(event)

    def dragMoveEvent(self, event) -> None:
        super().dragMoveEvent(event)  # auto-scroll near the edges
        self._accept_drag(event)

    def dragLeaveEvent(self, event) -> None:
        super().dragLeaveEvent(event)
        self._set_drop_row(None)

    def dropEvent(self, event) -> None:
        action = self._action(event)
        self._set_drop_row(None)
        if action is None:
            event.ignore()
            return
        row = self.drop_row(event.position().toPoint())
        self.model().dropMimeData(event.mimeData(), action, row, 0, QModelIndex())
        event.setDropAction(action)
        event.accept()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        if self.model() is not None and self.model().rowCount() == 0:
            painter.setPen(MUTED)
            painter.setFont(_font(15))
            painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("No layers yet.\nDrag a layer here from the palette, "
                                     "or double-click it there."))
        if self._drop_row is not None:
            pen = QPen(ACCENT)
            pen.setWidth(5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            y = self._drop_line_y(self._drop_row)
            painter.drawLine(OUTER_X, y, self.viewport().width() - OUTER_X, y)
        painter.end()

    def _accept_drag(self, event) -> None:
        action = self._action(event)
        if action is None:
            event.ignore()
            self._set_drop_row(None)
            return
        event.setDropAction(action)
        event.accept()
        self._set_drop_row(self.drop_row(event.position().toPoint()))

    def _set_drop_row(self, row: int | None) -> None:
        if row != self._drop_row:
            self._drop_row = row
            self.viewport().update()

    def _drop_line_y(self, row: int) -> int:
        # Rows meet in the middle of the gap between two cards: draw the line there.
        count = self.model().rowCount()
        if count == 0:
            return OUTER_Y
        if row < count:
            return max(3, self.visualRect(self.model().index(row)).top())
        return self.visualRect(self.model().index(count - 1)).bottom() - 2

