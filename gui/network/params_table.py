"""Every parameter as ``net.named_parameters()`` lists it, with shape and statistics.

An uninitialized parameter shows its class, ``UninitializedParameter``, instead
of a shape: the moment a forward pass gives it a real shape is the lesson. Rows
the last operation changed are highlighted, so an init's reach is visible.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from core.model.snapshot import ParamInfo, Snapshot, shape_text
from gui.kit.colors import ERROR, ERROR_BACKGROUND, HIGHLIGHT, INK, MUTED
from gui.kit.retranslating import Retranslating
from gui.network.trace_table import (
    BASE_POINTS,
    DASH,
    Index,
    RowTableModel,
    emit_rows_changed,
    number_text,
    scaled_font,
    style_table,
)


class ParamsModel(RowTableModel):
    """One row per parameter of a snapshot."""

    NAME, SHAPE, NUMEL, MEAN, STD, MIN, MAX, CHANGED = range(8)
    NUMBER_COLUMNS = (NUMEL, MEAN, STD, MIN, MAX)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[ParamInfo, ...] = ()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Shape"),
            self.tr("Numel"),
            self.tr("Mean"),
            self.tr("Std"),
            self.tr("Min"),
            self.tr("Max"),
            self.tr("Changed"),
        )

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Same parameter names: update values in place; otherwise reset the rows."""
        rows = snapshot.parameters
        if rows and [p.name for p in rows] == [p.name for p in self._rows]:
            before, self._rows = self._rows, rows
            # A snapshot reuses unchanged parameters' records: only the others are redrawn.
            emit_rows_changed(self, [row for row, info in enumerate(rows)
                                     if info is not before[row]])
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def parameter(self, row: int) -> ParamInfo:
        return self._rows[row]

    def row_of(self, name: str) -> int | None:
        for row, info in enumerate(self._rows):
            if info.name == name:
                return row
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        info, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(info, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        warn = self._nonfinite(info, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if warn:
                return QBrush(QColor(ERROR))
            if not info.materialized:
                return QBrush(QColor(MUTED))
            return QBrush(QColor(INK)) if info.changed else None  # dark ink on the highlight
        if role == Qt.ItemDataRole.BackgroundRole:
            if warn:
                return QBrush(QColor(ERROR_BACKGROUND))
            return QBrush(QColor(HIGHLIGHT)) if info.changed else None  # the marker says it too
        if role == Qt.ItemDataRole.FontRole and info.changed and column == self.CHANGED:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and not info.materialized:
            return self.tr("{name} is uninitialized: run a forward pass to materialize it").format(
                name=info.name
            )
        return None

    def _values(self, info: ParamInfo) -> tuple[float, float, float, float] | None:
        stats = info.stats
        return None if stats is None else (stats.mean, stats.std, stats.min, stats.max)

    def _nonfinite(self, info: ParamInfo, column: int) -> bool:
        values = self._values(info)
        if values is None or column not in (self.MEAN, self.STD, self.MIN, self.MAX):
            return False
        return not math.isfinite(values[column - self.MEAN])

    def _text(self, info: ParamInfo, column: int) -> str:
        if column == self.NAME:
            return info.name
        if column == self.SHAPE:
            if not info.materialized or info.shape is None:
                return self.tr("UninitializedParameter")
            return shape_text(info.shape)
        if column == self.NUMEL:
            return DASH if info.numel is None else f"{info.numel:,}"
        if column == self.CHANGED:
            return self.tr("● changed") if info.changed else ""
        values = self._values(info)
        return DASH if values is None else number_text(values[column - self.MEAN])


class ParamsTable(Retranslating, QWidget):
    """The parameters table; selecting a row announces the parameter's name."""

    parameterSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ParamsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        style_table(self.view, stretch_last=True)  # the "changed" marker column
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)  # wraps in a narrow window instead of widening it
        self._selected: str | None = None
        self._restoring = False
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, stretch=1)
        self.set_font_scale(1.0)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Parameters: net.named_parameters()"))
        self.model.retranslate()

    # --- public API ---------------------------------------------------------

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Show ``snapshot``'s parameters; the selected name stays selected if it exists."""
        self._restoring = True
        try:
            self.model.set_snapshot(snapshot)
            row = self.model.row_of(self._selected) if self._selected is not None else None
            if row is None:
                self._selected = None
                self.view.clearSelection()
            else:
                self._select_row(row)
        finally:
            self._restoring = False

    def select(self, name: str) -> None:
        """Select the row of ``name`` (emits parameterSelected if the selection changes)."""
        row = self.model.row_of(name)
        if row is None:
            self.view.clearSelection()
            self._selected = None
            return
        self._select_row(row)

    def selected_name(self) -> str | None:
        """The selected parameter's name, or None."""
        return self._selected

    def set_font_scale(self, scale: float) -> None:
        """Enlarge every text for presenter mode (1.0 is the normal size)."""
        font = scaled_font(self.font(), scale)
        self.view.setFont(font)
        self.view.horizontalHeader().setFont(font)
        caption = scaled_font(font, scale, BASE_POINTS + 2)
        caption.setBold(True)
        self.caption.setFont(caption)

    # --- internals ----------------------------------------------------------

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)  # SelectRows: selects the whole row
        self.view.selectRow(row)
        self.view.scrollTo(index)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._restoring:
            return
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self._selected = None  # listeners keep showing the last one; no signal
            return
        name = self.model.parameter(rows[0].row()).name
        if name != self._selected:
            self._selected = name
            self.parameterSelected.emit(name)
