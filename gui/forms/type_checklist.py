"""The layer types an initializer may target: one checkable row per type the network has.

Check marks belong to the type, not the row: a type that leaves the network and
comes back (undo, a new layer) is checked again as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

VISIBLE_ROWS = 5  # taller lists scroll


class TypeChecklist(QListWidget):
    """``toggled`` follows each check the person makes."""

    toggled = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._checked: set[str] = set()
        self.itemChanged.connect(self._item_changed)

    def listed(self) -> list[str]:
        """The types shown, in the network's order."""
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())]

    def checked(self) -> list[str]:
        """The checked types present in the network, in the network's order."""
        return [name for name in self.listed() if name in self._checked]

    def remembered(self) -> list[str]:
        """Every checked type, present or not, sorted (what settings keep)."""
        return sorted(self._checked)

    def set_checked(self, names) -> None:
        self._checked = {str(name) for name in names}
        self.set_types(self.listed())

    def set_types(self, types: list[str]) -> None:
        """One checkable row per type; the list is as tall as its rows, up to five."""
        with QSignalBlocker(self):
            if types != self.listed():
                self.clear()
                for name in types:
                    item = QListWidgetItem(name)
                    item.setData(Qt.ItemDataRole.UserRole, name)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    self.addItem(item)
            for row in range(self.count()):
                item = self.item(row)
                on = item.data(Qt.ItemDataRole.UserRole) in self._checked
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        rows = max(1, self.count())
        height = self.sizeHintForRow(0) if self.count() else 0
        self.setFixedHeight(min(rows, VISIBLE_ROWS) * max(height, 1) + 8)

    def _item_changed(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._checked.add(name)
        else:
            self._checked.discard(name)
        self.toggled.emit()
