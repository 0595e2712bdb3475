"""The steps that changed one parameter, as a list model.

A snapshot is listed only when the parameter's values (or shape) differ from the
snapshot before, so "after forward" and "after xavier_uniform_" sit side by side.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, Qt

from core.model.snapshot import ParamInfo, Snapshot, TensorStats
from gui.i18n import translate_message
from gui.network.trace_table import ROOT, Index


@dataclass(frozen=True)
class HistoryEntry:
    """A snapshot in which the parameter's values differ from the one before."""

    index: int  # position in the list given to set_history
    label: str  # core's message (a str in English), translated when shown
    info: ParamInfo | None  # None: the parameter does not exist in that snapshot


def _stats_of(snapshot: Snapshot, name: str) -> tuple[ParamInfo | None, TensorStats | None]:
    info = snapshot.parameter(name)
    return info, (info.stats if info is not None else None)


def _same(a: TensorStats | None, b: TensorStats | None) -> bool:
    """Same values: core reuses the stats object of an unchanged tensor, else compare."""
    return a is b or (a is not None and b is not None and a == b)


def history_entries(snapshots: list[Snapshot], current: int, name: str) -> list[HistoryEntry]:
    """Snapshots up to ``current`` where ``name``'s values (or shape) differ from before."""
    entries: list[HistoryEntry] = []
    before: ParamInfo | None = None
    for index, snapshot in enumerate(snapshots[: current + 1]):
        info, stats = _stats_of(snapshot, name)
        old_stats = before.stats if before is not None else None
        old_shape = before.shape if before is not None else None
        shape = info.shape if info is not None else None
        nothing_ever = stats is None and old_stats is None
        if not nothing_ever and (not _same(stats, old_stats) or shape != old_shape):
            entries.append(HistoryEntry(index, snapshot.label, info))
        before = info
    return entries


class HistoryModel(QAbstractListModel):
    """The history entries of one parameter, oldest first, labelled by their operation."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def retranslate(self) -> None:
        """Labels are translated when asked for: make the views ask again."""
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1))

    def entry(self, row: int) -> HistoryEntry:
        return self._entries[row]

    def entries(self) -> list[HistoryEntry]:
        return list(self._entries)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return translate_message(entry.label)
        return None
