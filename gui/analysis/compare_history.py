"""Earlier snapshots of the shown parameter, to overlay on a comparison (dotted)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from gui.history.history_model import history_entries
from gui.i18n import translate_message
from gui.kit.retranslating import Retranslating


class HistoryChooser(Retranslating, QWidget):
    """A checkable list of the snapshots in which the current parameter changed."""

    changed = Signal()

    def __init__(self, current_parameter: Callable[[], str | None], parent=None) -> None:
        super().__init__(parent)
        self._current_parameter = current_parameter
        self._history: list = []
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMaximumHeight(140)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.list)
        self.retranslate()

    def retranslate(self) -> None:
        """Caption, tooltip, and the listed steps' labels (their ticks stay)."""
        self.caption.setText(self.tr("Also overlay from history"))
        self.list.setToolTip(self.tr(
            "Snapshots in which this parameter changed; ticked ones are drawn rescaled to the "
            "comparison's bins."))
        if self.list.count():
            self.refresh()

    def set_history(self, snapshots: list) -> None:
        self._history = list(snapshots)
        self.refresh()

    def refresh(self) -> None:
        """List the current parameter's changes, keeping the ticks of those still listed."""
        checked = {self.list.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.list.count())
                   if self.list.item(i).checkState() == Qt.CheckState.Checked}
        self.list.blockSignals(True)
        self.list.clear()
        name = self._current_parameter()
        if name and self._history:
            for entry in history_entries(self._history, len(self._history) - 1, name):
                info = entry.info
                if info is None or info.stats is None or info.stats.histogram is None:
                    continue
                item = QListWidgetItem(translate_message(entry.label))
                item.setData(Qt.ItemDataRole.UserRole, entry.index)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if entry.index in checked
                                   else Qt.CheckState.Unchecked)
                self.list.addItem(item)
        self.list.blockSignals(False)

    def checked(self) -> list:
        """(label, stats) of each ticked snapshot, for the current parameter."""
        name = self._current_parameter()
        result = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            index = item.data(Qt.ItemDataRole.UserRole)
            if index >= len(self._history):
                continue
            info = self._history[index].parameter(name)
            if info is not None and info.stats is not None:
                result.append((self._history[index].label, info.stats))
        return result
