"""The comparison's table: expected distribution, expected and measured std, KS, outliers.

Headers break onto two lines and the distribution column takes the width that
is left, so the table fits a narrow chart column without scrolling sideways;
a cut cell shows its full text as a tooltip.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from gui.analysis.chart_style import num_text
from gui.i18n import translate_message
from gui.kit.colors import series_color
from gui.kit.retranslating import Retranslating

FORMULA_COLUMN = 1


class TheoryTable(Retranslating, QTableWidget):
    """One row per initializer of the shown parameter."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, 6, parent)
        self._rows: list = []
        header = self.horizontalHeader()
        self._squeezed: bool | None = None
        self._fit_columns()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.retranslate()

    def retranslate(self) -> None:
        """Headers and tooltip, and the rows from the series they show."""
        self.setToolTip(self.tr(
            "KS statistic: the largest gap between the measured and the expected cumulative "
            "distribution (0 is a perfect fit)."))
        self._set_headers()
        if self._rows:
            self.show_series(self._rows)

    def _set_headers(self) -> None:
        self._headers = (self.tr("Initializer"), self.tr("Expected\ndistribution"),
                         self.tr("Expected\nstd"), self.tr("Measured\nstd"),
                         self.tr("KS\nstatistic"), self.tr("Outside\nrange"))
        self.setHorizontalHeaderLabels(list(self._headers))
        for column, text in enumerate(self._headers):
            self.horizontalHeaderItem(column).setToolTip(text.replace("\n", " "))

    def show_series(self, series_list) -> None:
        """Fill one row per core OverlaySeries."""
        self._rows = list(series_list)
        self.setRowCount(len(self._rows))
        for row, series in enumerate(self._rows):
            for column, (text, tip) in enumerate(self._cells(series)):
                item = self.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.setItem(row, column, item)
                item.setText(text)
                item.setToolTip(tip)
                if column == 0:
                    item.setForeground(pg.mkColor(series_color(row)))
        self._squeezed = None  # new contents: measure again
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents while they fit; all sharing the width (cut
        cells show their text as a tooltip) in a column too narrow for that."""
        header = self.horizontalHeader()
        needed = sum(max(self.sizeHintForColumn(c), header.sectionSizeHint(c))
                     for c in range(self.columnCount()) if c != FORMULA_COLUMN)
        squeezed = needed + 80 > self.viewport().width()
        if squeezed == self._squeezed:
            return
        self._squeezed = squeezed
        for column in range(self.columnCount()):
            mode = QHeaderView.ResizeMode.ResizeToContents
            if squeezed or column == FORMULA_COLUMN:
                mode = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_columns()

    def _cells(self, series) -> list[tuple[str, str]]:
        note = translate_message(series.note)
        formula = series.formula or note or self.tr("no closed form")
        outside = series.below + series.above
        outside_text = self.tr("{count} values").format(count=f"{outside:,}") if outside else "0"
        texts = (series.label, formula, num_text(series.expected_std),
                 num_text(series.measured_std), num_text(series.ks), outside_text)
        return [(text, note if column == FORMULA_COLUMN and note else text)
                for column, text in enumerate(texts)]


