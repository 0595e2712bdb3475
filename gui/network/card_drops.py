"""Drag and drop on the network's cards: a dragged card asks for a move, a palette layer
for an add. Rows never move here: the next snapshot moves them."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from core.model.catalogue import LAYERS
from gui.network.palette import LAYER_MIME, required_args

POSITION_MIME = "application/x-lazyinitlab-position"  # payload: the dragged row, ASCII

Index = QModelIndex | QPersistentModelIndex


class CardDrops:
    """The Qt model methods of drag and drop, for a list model with ``stepRequested``
    and ``addRequested`` signals (``NetworkModel``)."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [POSITION_MIME, LAYER_MIME]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            mime.setData(POSITION_MIME, QByteArray(str(rows[0]).encode("ascii")))
        return mime

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        """A dragged card asks for a move; a palette layer asks for an add at ``row``."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        if data.hasFormat(POSITION_MIME):
            source = int(bytes(data.data(POSITION_MIME).data()).decode("ascii"))
            return self.request_move(source, row)
        if data.hasFormat(LAYER_MIME):
            layer = bytes(data.data(LAYER_MIME).data()).decode("utf-8")
            if layer not in LAYERS:
                return False
            if required_args(layer):
                self.addRequested.emit(layer, row)
            else:
                self.stepRequested.emit({"op": "add", "layer": layer, "at": row})
            return True
        return False

    def moveRows(self, source_parent: Index, source_row: int, count: int,
                 destination_parent: Index, destination_child: int) -> bool:
        """Request the move; False because rows only move when the next snapshot arrives."""
        if count == 1 and not source_parent.isValid() and not destination_parent.isValid():
            self.request_move(source_row, destination_child)
        return False

    def request_move(self, source: int, drop_row: int) -> bool:
        """Emit a move of ``source`` to the gap before ``drop_row`` (Qt's drop row)."""
        count = self.rowCount()
        if not 0 <= source < count:
            return False
        target = drop_row - 1 if source < drop_row else drop_row
        target = max(0, min(target, count - 1))
        if target != source:
            self.stepRequested.emit({"op": "move", "at": source, "to": target})
        return True
