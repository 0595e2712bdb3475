"""The shape trace of the last forward pass, one row per layer, like torchinfo's summary.

The table only reads a Snapshot's trace and module records: a row shows what
went into a layer, what came out and the output's statistics, so a shape
mismatch or an exploding activation is visible at the layer that caused it.
The small formatting helpers here are shared by the other inspection tables.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.model.snapshot import ModuleInfo, Snapshot, TraceEntry, shape_text
from gui.kit.colors import BORDER, ERROR, ERROR_BACKGROUND, MUTED
from gui.kit.column_widths import ColumnWidths
from gui.kit.retranslating import Retranslating

BASE_POINTS = 14.0  # table text; presenter mode multiplies it
PRESENTER_TABLE_POINTS = 15.5  # the trace's cells in presenter mode: 20.7 px at 96 dpi
DASH = "—"

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root: flat models have rows only under it


def number_text(value: float) -> str:
    """Four significant digits; non-finite values as "nan", "inf", "-inf"."""
    return f"{value:.4g}"


def scaled_font(font: QFont, scale: float, points: float = BASE_POINTS) -> QFont:
    """A copy of ``font`` at ``points * scale`` points."""
    scaled = QFont(font)
    scaled.setPointSizeF(max(6.0, points * scale))
    return scaled


class PaddedDelegate(QStyledItemDelegate):
    """Cells with room on both sides of the text, so numbers never touch the grid lines."""

    PADDING = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * self.PADDING, size.height() + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        text, opt.text = opt.text, ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        opt.text = text  # backgrounds repaint identically inside; the text moves inwards
        opt.rect = opt.rect.adjusted(self.PADDING, 0, -self.PADDING, 0)
        opt.state &= ~QStyle.StateFlag.State_HasFocus
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)


CONTENTS_PRECISION = 200  # rows measured for a column's width (besides the visible ones)


class _RowHeight(QObject):
    """Keeps a table's fixed row height that of its first row, as the font changes."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.fit()

    def fit(self, *_args) -> None:
        view = self.view
        has_rows = view.model() is not None and view.model().rowCount() > 0
        height = view.sizeHintForRow(0) if has_rows else view.fontMetrics().height() + 6
        view.verticalHeader().setDefaultSectionSize(max(height, 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.fit()
        return False


def style_table(view: QTableView, stretch_last: bool = False) -> None:
    """Row selection, no row numbers, columns as wide as their contents."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)  # never "0.wei…" on a slide
    view.setItemDelegate(PaddedDelegate(view))
    view.verticalHeader().hide()
    # Rows hold one line each: sized once from the first row, not by measuring every
    # cell of every row on each change (seconds on a 1000-layer network).
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    fit_rows = _RowHeight(view)
    view.installEventFilter(fit_rows)
    view.model().modelReset.connect(fit_rows.fit)
    view.model().rowsInserted.connect(fit_rows.fit)
    # Columns as wide as their contents, measured when rows change, not on every show.
    ColumnWidths(view, CONTENTS_PRECISION)
    header = view.horizontalHeader()
    header.setStretchLastSection(stretch_last)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)  # headers have no cell padding


SCATTERED_RUNS = 8  # more runs of changed rows than this: one dataChanged over them all


def emit_rows_changed(model: QAbstractTableModel, rows: list[int]) -> None:
    """One ``dataChanged`` per run of ``changed_runs(rows)``, every column."""
    last_column = model.columnCount() - 1
    for first, last in changed_runs(rows):
        model.dataChanged.emit(model.index(first, 0), model.index(last, last_column))


def changed_runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted changed ``rows`` as (first, last) runs of consecutive rows, one signal each;
    one run spanning them all when they are scattered (an init on every other layer of
    1000: hundreds of signals, each making the view look again, cost more than one wide
    one)."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    if len(runs) > SCATTERED_RUNS:
        runs = [(rows[0], rows[-1])]
    return runs


def _module_at(modules: tuple[ModuleInfo, ...], position: int) -> ModuleInfo | None:
    return modules[position] if 0 <= position < len(modules) else None


class RowTableModel(QAbstractTableModel):
    """A flat table of ``self._rows`` under ``headers()``: the Qt plumbing both share.

    Header and cell texts are made with ``tr`` when a view asks for them, so
    ``retranslate()`` only has to make the views ask again.
    """

    _rows: list

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None



class TraceModel(RowTableModel):
    """Rows of a snapshot's trace; columns as torchinfo plus the output statistics."""

    LAYER, TYPE, INPUT, OUTPUT, PARAMS, MEAN, STD, MIN, MAX = range(9)
    STAT_COLUMNS = (MEAN, STD, MIN, MAX)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[TraceEntry, ...] = ()
        self._modules: tuple[ModuleInfo, ...] = ()
        self._snapshot: Snapshot | None = None

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Layer"),
            self.tr("Type"),
            self.tr("Input\nshape"),  # two lines: nine columns fit a half-screen pane
            self.tr("Output\nshape"),
            self.tr("Param #"),
            self.tr("Output\nmean"),
            self.tr("Output\nstd"),
            self.tr("Output\nmin"),
            self.tr("Output\nmax"),
        )

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Same layers: update values in place; otherwise reset the rows."""
        self._snapshot = snapshot
        rows = snapshot.trace or ()
        same = [(e.position, e.name) for e in rows] == [(e.position, e.name) for e in self._rows]
        if same and rows:
            before, modules = self._rows, self._modules
            self._rows, self._modules = rows, snapshot.modules
            changed = [row for row, entry in enumerate(rows)
                       if entry is not before[row] or _module_at(modules, entry.position)
                       is not _module_at(snapshot.modules, entry.position)]
            emit_rows_changed(self, changed)
            return
        self.beginResetModel()
        self._rows, self._modules = rows, snapshot.modules
        self.endResetModel()

    @property
    def snapshot(self) -> Snapshot | None:
        return self._snapshot

    def entry(self, row: int) -> TraceEntry:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PARAMS,
                                                                    *self.STAT_COLUMNS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        warn = column in self.STAT_COLUMNS and not math.isfinite(self._stat(entry, column))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(ERROR)) if warn else None
        if role == Qt.ItemDataRole.BackgroundRole and warn:
            return QBrush(QColor(ERROR_BACKGROUND))
        if role == Qt.ItemDataRole.ToolTipRole and entry.output.nonfinite:
            return self.tr("Output has {nan} nan, {posinf} +inf, {neginf} -inf values").format(
                nan=entry.output.nan, posinf=entry.output.posinf, neginf=entry.output.neginf
            )
        return None

    def _stat(self, entry: TraceEntry, column: int) -> float:
        stats = entry.output
        return (stats.mean, stats.std, stats.min, stats.max)[column - self.MEAN]

    def _module(self, entry: TraceEntry) -> ModuleInfo | None:
        if 0 <= entry.position < len(self._modules):
            return self._modules[entry.position]
        return None

    def _text(self, entry: TraceEntry, column: int) -> str:
        module = self._module(entry)
        if column == self.LAYER:
            return module.name if module is not None else entry.name  # renames keep the trace
        if column == self.TYPE:
            return entry.type
        if column == self.INPUT:
            return shape_text(entry.input_shape)
        if column == self.OUTPUT:
            return shape_text(entry.output_shape)
        if column == self.PARAMS:
            return self._params_text(module)
        return number_text(self._stat(entry, column))

    def _params_text(self, module: ModuleInfo | None) -> str:
        if module is None:
            return DASH
        if module.tied_to is not None and 0 <= module.tied_to < len(self._modules):
            # one module at two places: its parameters are counted once, where it is owned
            return self.tr("shared with {name}").format(name=self._modules[module.tied_to].name)
        if module.numel is None:
            return self.tr("uninitialized") if module.parameters else DASH
        if module.numel == 0 and not module.parameters:
            return DASH
        return f"{module.numel:,}"


class TraceTable(Retranslating, QWidget):
    """The trace table, an empty state before any forward pass, and a totals footer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TraceModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        style_table(self.view)

        self.caption = QLabel()
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(
            f"color: {MUTED}; border: 2px dashed {BORDER}; border-radius: 8px; padding: 24px;"
        )
        self.footer = QLabel()
        self.footer.setWordWrap(True)
        self.footer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption.setWordWrap(True)  # wraps in a narrow window instead of widening it
        for label in (self.caption, self.empty_label, self.footer):
            label.setTextFormat(Qt.TextFormat.PlainText)

        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty_label)
        self._stack.addWidget(self.view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.caption)
        layout.addWidget(self._stack, stretch=1)
        layout.addWidget(self.footer)
        self.set_font_scale(1.0)
        self.retranslate()

    def retranslate(self) -> None:
        """Captions, the model's headers and cells, and the footer from the snapshot shown."""
        self.caption.setText(self.tr("Shape trace of the last forward pass"))
        self.empty_label.setText(self.tr("Run a forward pass to see the shape after every layer"))
        self.model.retranslate()
        snapshot = self.model.snapshot
        if snapshot is not None and snapshot.trace is not None:
            self.footer.setText(self._footer_text(snapshot))

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Show ``snapshot.trace``, or the empty state when there is none."""
        self.model.set_snapshot(snapshot)
        if snapshot.trace is None:
            self._stack.setCurrentWidget(self.empty_label)
            self.footer.clear()
            self.footer.hide()
            return
        self._stack.setCurrentWidget(self.view)
        self.footer.setText(self._footer_text(snapshot))
        self.footer.show()

    def set_compact(self, compact: bool) -> None:
        """Presenter mode: the layer, its output shape and the output's spread only.

        The input shape is the row above's output, the type is on the card, the parameter
        count in the footer, and std, min and max tell the size of the activations (the
        1e37 of the seed's input) better than the mean: without the rest they fit a projector.
        """
        for column in (TraceModel.TYPE, TraceModel.INPUT, TraceModel.PARAMS, TraceModel.MEAN):
            self.view.setColumnHidden(column, compact)

    def set_font_scale(self, scale: float) -> None:
        """Enlarge every text for presenter mode (1.0 is the normal size).

        The table's cells grow less than the rest (to PRESENTER_TABLE_POINTS, 20 px and more):
        so the statistics of every layer stay on a projector's width without scrolling.
        """
        font = scaled_font(self.font(), scale)
        cells = QFont(font)
        if scale > 1:
            cells.setPointSizeF(max(BASE_POINTS, min(BASE_POINTS * scale, PRESENTER_TABLE_POINTS)))
        self.view.setFont(cells)
        self.view.horizontalHeader().setFont(cells)
        self.footer.setFont(font)
        self.empty_label.setFont(scaled_font(font, scale, BASE_POINTS + 2))
        caption = scaled_font(font, scale, BASE_POINTS + 2)
        caption.setBold(True)
        self.caption.setFont(caption)

    def _footer_text(self, snapshot: Snapshot) -> str:
        total = snapshot.total_params
        shape = shape_text(snapshot.input_shape) if snapshot.input_shape is not None else DASH
        text = self.tr(
            "Total params: {total}    Trainable params: {trainable}    Input shape: {shape}"
        ).format(total=f"{total:,}", trainable=f"{total:,}", shape=shape)
        missing = snapshot.uninitialized_params
        if missing:
            text += "\n" + self.tr("Uninitialized parameters, not counted: {count}").format(
                count=missing
            )
        return text
