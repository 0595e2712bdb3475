"""Counting the events of one type that watched objects receive."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class EventCounter(QObject):
    """``installEventFilter`` it; ``count`` is the number of ``kind`` events seen."""

    def __init__(self, kind: QEvent.Type) -> None:
        super().__init__()
        self.kind = kind
        self.count = 0

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == self.kind:
            self.count += 1
        return False
