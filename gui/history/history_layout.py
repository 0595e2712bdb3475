"""Where the histogram panel puts its steps list and controls: beside the plot, or below it.

In the normal window at 1024×768 the Histogram tab is only a few hundred pixels wide;
a column beside the plot would leave it a sliver. Below a width the column moves under
the plot and lays itself out in rows (the list beside the controls), so the plot keeps
the tab's width. Presenter mode and large windows keep the column beside the plot.

The list never gets less than LIST_MIN_WIDTH: an entry such as ``init normal_(std=0.01)``
must read whole. Below the plot the controls take two columns when the list keeps that
width beside them, else they yield and stack in one column (the list's column gets the
status line, so the row is barely taller).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QListView,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

LIST_MIN_WIDTH = 180  # the steps list anywhere: "normal_(std=0.01)，" whole on a line
MARGIN = 4  # around the column
SPACING = 4  # between the list and the controls, and between controls
SIDE_MIN_WIDTH = LIST_MIN_WIDTH + 2 * MARGIN  # the column beside the plot: the list's width
NARROW_BELOW = 560  # panel width under which the column goes below the plot

BESIDE, BELOW_TWO, BELOW_ONE = "beside", "below, controls in two columns", "below, one column"


class SideColumn(QWidget):
    """The steps list with its caption, and the log, bins, export and status controls."""

    def __init__(self, panel) -> None:
        super().__init__()
        self._panel = panel
        self.narrow: bool | None = None
        self.mode: str | None = None
        bins = QWidget()
        bins_row = QHBoxLayout(bins)
        bins_row.setContentsMargins(0, 0, 0, 0)
        bins_row.addWidget(panel.bins_label)
        bins_row.addWidget(panel.bins_combo, stretch=1)
        self._controls = (panel.log_checkbox, bins, panel.png_button, panel.csv_button,
                          panel.status_label)
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(SPACING)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        outer.addWidget(panel.list_caption)
        outer.addLayout(self._grid, stretch=1)
        panel.list_view.setMinimumWidth(LIST_MIN_WIDTH)
        panel.list_view.setItemDelegate(WrappedEntry(panel.list_view))
        self.set_mode(BESIDE)

    def mode_for(self, width: int) -> str:
        """The layout for a panel ``width`` px wide."""
        if width >= NARROW_BELOW:
            return BESIDE
        log, bins, png, csv, _ = self._controls
        two = (max(log.sizeHint().width(), png.sizeHint().width()) + SPACING
               + max(bins.sizeHint().width(), csv.sizeHint().width()))
        room = width - 2 * MARGIN - SPACING - two  # the list's, beside two columns
        return BELOW_TWO if room >= LIST_MIN_WIDTH else BELOW_ONE

    def set_mode(self, mode: str) -> None:
        """BESIDE the plot, the controls under the list; below it, the list beside them."""
        if mode == self.mode:
            return
        self.mode, self.narrow = mode, mode != BESIDE
        grid, panel = self._grid, self._panel
        grid.removeWidget(panel.list_view)
        for widget in self._controls:
            grid.removeWidget(widget)
        for line in range(grid.rowCount()):
            grid.setRowStretch(line, 0)
        for line in range(grid.columnCount()):
            grid.setColumnStretch(line, 0)
        log, bins, png, csv, status = self._controls
        lst = panel.list_view
        if mode == BESIDE:
            places = ((lst, 0, 0, 1, 1), (log, 1, 0, 1, 1), (bins, 2, 0, 1, 1),
                      (png, 3, 0, 1, 1), (csv, 4, 0, 1, 1), (status, 5, 0, 1, 1))
            grid.setRowStretch(0, 1)
        elif mode == BELOW_TWO:
            places = ((lst, 0, 0, 3, 1), (log, 0, 1, 1, 1), (bins, 0, 2, 1, 1),
                      (png, 1, 1, 1, 1), (csv, 1, 2, 1, 1), (status, 2, 1, 1, 2))
        else:
            places = ((lst, 0, 0, 3, 1), (status, 3, 0, 1, 1), (log, 0, 1, 1, 1),
                      (bins, 1, 1, 1, 1), (png, 2, 1, 1, 1), (csv, 3, 1, 1, 1))
        for widget, row, column, rows, columns in places:
            grid.addWidget(widget, row, column, rows, columns)
        grid.setColumnStretch(0, 1)  # below the plot the list takes the width left over
        self.setMinimumWidth(0 if self.narrow else SIDE_MIN_WIDTH)
        panel.fit_status_label(self.narrow)  # one line below the plot, three beside it


class WrappedEntry(QStyledItemDelegate):
    """Measures a wrapped entry at the width it is painted: QListView measures it at the
    viewport's, without its spacing, and at some widths a line that fits the measure does
    not fit the paint, so the entry lost its last line behind a "…"."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option, index):  # noqa: N802 (Qt's name)
        option = QStyleOptionViewItem(option)
        view = self._view
        option.rect.setWidth(view.viewport().width() - 2 * view.spacing())
        return super().sizeHint(option, index)


def arrange(splitter: QSplitter, side: SideColumn, width: int) -> None:
    """Put ``side`` below the plot when the panel is ``width`` < NARROW_BELOW px wide."""
    mode = side.mode_for(width)
    narrow = mode != BESIDE
    if mode == side.mode and splitter.orientation() == _orientation(narrow):
        return
    side.set_mode(mode)
    splitter.setOrientation(_orientation(narrow))
    total = sum(splitter.sizes()) or 1000
    least = side.minimumSizeHint().height() if narrow else SIDE_MIN_WIDTH
    splitter.setSizes([max(total - least, 1), least])


def _orientation(narrow: bool) -> Qt.Orientation:
    return Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
