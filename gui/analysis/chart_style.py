"""What the Compare and Depth charts share: colours, readable axes, a legend outside the data.

Charts here draw several initializers at once, so every series is an outline in
its own colour (no fills that merge into one grey blob), theory is dashed, and
the legend sits in its own row above the plot where it never covers a curve.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from gui.analysis.histogram_view import LogAxis
from gui.kit.colors import INK, WARNING
from gui.kit.style import note_label

LINE_WIDTH = 2.5
THEORY_STYLE = Qt.PenStyle.DashLine
HISTORY_STYLE = Qt.PenStyle.DotLine


def num_text(value: float | None) -> str:
    """Four significant digits, or a dash when there is no finite value."""
    return "—" if value is None or not math.isfinite(value) else f"{value:.4g}"


def tick_font(points: int) -> QFont:
    font = QFont()
    font.setPointSize(points)
    return font


def style_plot(plot: pg.PlotItem, points: int = 12) -> None:
    """White plot, dark axes and readable ticks (a projector's back row)."""
    plot.setAxisItems({"left": LogAxis("left")})  # its log labels never pile up
    plot.showGrid(x=True, y=True, alpha=0.12)
    size_axes(plot, points)


def size_axes(plot: pg.PlotItem, points: int, scale: float = 1.0) -> None:
    """Ticks, axis labels and axis lines at ``points`` times ``scale`` (presenter mode)."""
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(INK, width=1.2 * scale))
        axis.setTextPen(INK)
        axis.setTickFont(tick_font(round(points * scale)))
        axis.enableAutoSIPrefix(False)
        if axis.labelText:
            axis_label(plot, name, axis.labelText, round(points * scale))


def axis_label(plot: pg.PlotItem, side: str, text: str, points: int = 12) -> None:
    plot.setLabel(side, text, **{"color": INK, "font-size": f"{points}pt"})


def line_pen(color: str, style: Qt.PenStyle = Qt.PenStyle.SolidLine,
             width: float = LINE_WIDTH):
    return pg.mkPen(color, width=width, style=style)


def legend_points(legend: pg.LegendItem, scale: float) -> None:
    legend.setLabelTextSize(f"{11 * scale:g}pt")


class ChartLegend(pg.LegendItem):
    """A legend whose rows are kept between redraws: each row follows its plot item.

    A redraw passes the (item, text) entries it shows; rows whose item is
    unchanged keep their sample and label (only a changed text is set again),
    so a redraw builds no legend row unless the set of items itself changed.
    """

    def show_entries(self, entries) -> None:
        wanted = [item for item, _text in entries]
        shown = [row_sample.item for row_sample, _label in self.items]
        if shown != wanted:
            kept = 0
            while kept < min(len(shown), len(wanted)) and shown[kept] is wanted[kept]:
                kept += 1
            for row_sample, label in self.items[kept:]:
                self._removeItemFromLayout(row_sample, label)
            del self.items[kept:]
            for item, text in entries[kept:]:
                self.addItem(item, text)
            self._relayout()
        for (row_sample, label), (_item, text) in zip(self.items, entries, strict=True):
            if label.text != text:
                label.setText(text)
            row_sample.update()  # the item's pen may have changed (colour, width)

    def _relayout(self) -> None:
        """Rows in order without gaps, as pyqtgraph's own setColumnCount lays them out."""
        for index in range(self.layout.count() - 1, -1, -1):
            self.layout.removeAt(index)
        self.rowCount = math.ceil(len(self.items) / self.columnCount)
        for row_sample, label in self.items:
            self._addItemToLayout(row_sample, label)
        self.updateSize()


def outside_legend(columns: int = 3) -> ChartLegend:
    """A legend meant for its own layout cell, not floating over the view box."""
    legend = ChartLegend(labelTextSize="11pt", labelTextColor=INK, horSpacing=14,
                         verSpacing=-4)
    legend.setColumnCount(columns)
    return legend


def log_values(values) -> np.ndarray:
    """Values for a log axis: non-positive and non-finite ones become gaps."""
    y = np.array(values, dtype=np.float64)
    return np.where(np.isfinite(y) & (y > 0), y, np.nan)


def sample(color: str, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> pg.PlotDataItem:
    """A data-less item whose pen the legend draws as a sample line."""
    return pg.PlotDataItem(pen=line_pen(color, style))


def fit_legend(legend: pg.LegendItem, width: float) -> None:
    """As many columns as the widest entry allows in ``width`` pixels, so none is cut off."""
    if not legend.items:
        return
    widest = max(label.item.boundingRect().width() for _sample, label in legend.items)
    entry = widest + 20 + 2 * legend.layout.horizontalSpacing() + 16  # sample, gaps, margin
    columns = max(1, min(len(legend.items), int(max(width - 20, entry) // entry)))
    if columns != legend.columnCount:
        legend.setColumnCount(columns)


def legend_texts(legend: pg.LegendItem | None) -> list[str]:
    return [label.text for _sample, label in legend.items] if legend is not None else []


def hide_extra(items: list, count: int) -> None:
    """Items beyond ``count`` stay built but hidden, ready for the next redraw."""
    for item in items[count:]:
        item.setVisible(False)


def network_key(snapshot) -> tuple:
    """What a comparison or depth chart depends on: the layers and the parameters' shapes."""
    if snapshot is None:
        return ()
    return (tuple((m.name, m.type) for m in snapshot.modules),
            tuple((p.name, p.shape) for p in snapshot.parameters))


class StaleNote:
    """A warning line shown while a chart belongs to an earlier network than the one shown."""

    def __init__(self) -> None:
        self.label = note_label(WARNING, bold=True)
        self.label.hide()
        self.requested: tuple = ()
        self.shown: tuple | None = None

    def request(self, snapshot) -> None:
        """A chart is being made for ``snapshot``'s network."""
        self.requested = network_key(snapshot)

    def arrived(self, snapshot, text: str) -> None:
        """The requested chart is on screen; ``snapshot`` is the network now."""
        self.shown = self.requested
        self.update(snapshot, text)

    def update(self, snapshot, text: str) -> None:
        stale = self.shown is not None and network_key(snapshot) != self.shown
        if stale:
            self.label.setText(text)
        self.label.setVisible(stale)

    def is_stale(self) -> bool:
        return not self.label.isHidden()
