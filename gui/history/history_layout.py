"""Where the histogram panel puts its steps list and controls: beside the plot, or below it.

In the normal window at 1024×768 the Histogram tab is only a few hundred pixels wide;
a column beside the plot would leave it a sliver. Below a width the column moves under
the plot and lays itself out in rows (the list beside the controls), so the plot keeps
the tab's width. Presenter mode and large windows keep the column beside the plot.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

SIDE_MIN_WIDTH = 150  # the column beside the plot: narrow, the plot gets most of the tab
LIST_MIN_WIDTH = 76  # below the plot, the list beside the controls keeps a few words
NARROW_BELOW = 560  # panel width under which the column goes below the plot


class SideColumn(QWidget):
    """The steps list with its caption, and the log, bins, export and status controls."""

    def __init__(self, panel) -> None:
        super().__init__()
        self._panel = panel
        self.narrow: bool | None = None
        bins = QWidget()
        bins_row = QHBoxLayout(bins)
        bins_row.setContentsMargins(0, 0, 0, 0)
        bins_row.addWidget(panel.bins_label)
        bins_row.addWidget(panel.bins_combo, stretch=1)
        self._controls = (panel.log_checkbox, bins, panel.png_button, panel.csv_button,
                          panel.status_label)
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._layout.setSpacing(4)
        self._layout.addWidget(panel.list_view, stretch=1)
        self._layout.addLayout(self._grid)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(panel.list_caption)
        outer.addLayout(self._layout, stretch=1)
        self.set_narrow(False)

    def set_narrow(self, narrow: bool) -> None:
        """Below the plot (list beside the controls in two columns), or beside it (one column)."""
        if narrow == self.narrow:
            return
        self.narrow = narrow
        for widget in self._controls:
            self._grid.removeWidget(widget)
        log, bins, png, csv, status = self._controls
        if narrow:
            places = ((log, 0, 0, 1), (bins, 0, 1, 1), (png, 1, 0, 1), (csv, 1, 1, 1),
                      (status, 2, 0, 2))
        else:
            places = ((log, 0, 0, 1), (bins, 1, 0, 1), (png, 2, 0, 1), (csv, 3, 0, 1),
                      (status, 4, 0, 1))
        for widget, row, column, span in places:
            self._grid.addWidget(widget, row, column, 1, span)
        direction = QBoxLayout.Direction.LeftToRight if narrow else QBoxLayout.Direction.TopToBottom
        self._layout.setDirection(direction)
        self.setMinimumWidth(0 if narrow else SIDE_MIN_WIDTH)
        self._panel.list_view.setMinimumWidth(LIST_MIN_WIDTH if narrow else 0)
        self._panel.fit_status_label(narrow)  # one line below the plot, three beside it


def arrange(splitter: QSplitter, side: SideColumn, width: int) -> None:
    """Put ``side`` below the plot when the panel is ``width`` < NARROW_BELOW px wide."""
    narrow = width < NARROW_BELOW
    if narrow == side.narrow and splitter.orientation() == _orientation(narrow):
        return
    side.set_narrow(narrow)
    splitter.setOrientation(_orientation(narrow))
    total = sum(splitter.sizes()) or 1000
    least = side.minimumSizeHint().height() if narrow else SIDE_MIN_WIDTH
    splitter.setSizes([max(total - least, 1), least])


def _orientation(narrow: bool) -> Qt.Orientation:
    return Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
