"""Columns as wide as their contents, measured when the contents change, not when shown.

``QHeaderView.ResizeToContents`` measures its rows again whenever the table is shown
or any cell changes: on a 1000-layer network, switching to a table's tab or changing
one parameter cost hundreds of milliseconds. Here the columns are measured once after
a reset (at most ``precision`` rows besides the visible ones, as Qt does), and after
``dataChanged`` only the changed rows are measured, widening a column if they need it.
A hidden table measures when it is next shown, once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


class ColumnWidths(QObject):
    """Keeps ``view``'s columns as wide as their contents, measuring only what changed."""

    def __init__(self, view: QTableView, precision: int) -> None:
        super().__init__(view)
        self.view = view
        self.precision = precision
        self._all = True  # every column must be measured again (a reset, a font)
        self._rows: set[int] = set()  # rows changed since the last fit
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(precision)
        view.verticalHeader().setResizeContentsPrecision(precision)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.headerDataChanged, model.columnsInserted):
            signal.connect(self.refit)
        model.dataChanged.connect(self._changed)
        view.installEventFilter(self)

    def refit(self, *_args) -> None:
        """Measure every column again (soon, or when the table is next shown)."""
        self._all = True
        self._schedule()

    def fit(self) -> None:
        """Measure what changed now."""
        self._timer.stop()
        view, model = self.view, self.view.model()
        if self._all:
            self._all, self._rows = False, set()
            view.resizeColumnsToContents()
            return
        rows, self._rows = sorted(self._rows)[: self.precision], set()
        header = view.horizontalHeader()
        for column in range(model.columnCount()):
            if header.isSectionHidden(column):
                continue
            needed = max((view.sizeHintForIndex(model.index(row, column)).width()
                          for row in rows if row < model.rowCount()), default=0)
            if needed > header.sectionSize(column):
                header.resizeSection(column, needed)

    def _changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles) -> None:
        if bottom_right.row() - top_left.row() >= self.precision:
            self._all = True
        elif not self._all:
            self._rows.update(range(top_left.row(), bottom_right.row() + 1))
        self._schedule()

    def _schedule(self) -> None:
        if self.view.isVisible():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and (self._all or self._rows):
            self.fit()
        elif event.type() == QEvent.Type.FontChange:
            self.refit()
        return False
