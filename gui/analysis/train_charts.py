"""The Train tab's charts: loss and accuracy per step, and per parameter how it learned.

``CurveCharts`` holds the legend row, the loss (log axis) and the accuracy chart;
``LayerCharts`` the gradient norm and the update-to-weight ratio of one parameter
over the steps (log axes). Plots and their lines are built once and updated with
``setData``; lines of initializers no longer shown are hidden, kept for the next run.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal

from gui.analysis.chart_style import (
    LINE_WIDTH,
    axis_label,
    hide_extra,
    legend_points,
    line_pen,
    log_values,
    outside_legend,
    size_axes,
    style_plot,
)
from gui.kit.colors import INK, SURFACE, series_color

CHART_HEIGHT = 240
SIDE_BY_SIDE = 700  # narrower than this, two charts of a row stack


def finite(values) -> np.ndarray:
    y = np.asarray(values, dtype=np.float64)
    return np.where(np.isfinite(y), y, np.nan)


class PairCharts(pg.GraphicsLayoutWidget):
    """A legend row (optional) and two plots, side by side when wide, else stacked."""

    rescaled = Signal()  # presenter mode changed the sizes: the view labels and draws again

    def __init__(self, log_left: bool, log_right: bool, legend: bool = False,
                 parent=None) -> None:
        super().__init__(parent)
        self.setBackground(SURFACE)
        self.legend = outside_legend(4) if legend else None
        self.left, self.right = pg.PlotItem(), pg.PlotItem()
        for plot, log in ((self.left, log_left), (self.right, log_right)):
            style_plot(plot, 12)
            plot.setLogMode(x=False, y=log)
        self.lines: dict[str, list[pg.PlotDataItem]] = {"left": [], "right": []}
        self.scale = 1.0
        self.right_shown = True
        self._side_by_side: bool | None = None
        self.arrange(True)

    def plots(self) -> tuple[pg.PlotItem, pg.PlotItem]:
        return self.left, self.right

    def arrange(self, side_by_side: bool, force: bool = False) -> None:
        if side_by_side == self._side_by_side and not force:
            return
        for item in list(self.ci.items):
            self.ci.removeItem(item)
        row = 0
        if self.legend is not None:
            self.ci.addItem(self.legend, row=0, col=0, colspan=2 if side_by_side else 1)
            row = 1
        self.ci.addItem(self.left, row=row, col=0)
        self._side_by_side = side_by_side
        self._show_right()

    def _show_right(self) -> None:
        """The right plot shown or hidden, the height to match, and the items laid out now
        (left to the event loop, the first paint would show the old arrangement, then
        another). Stacked, a hidden plot takes no room and stays in the layout, which is
        cheaper than taking it out and in again; side by side its column would keep its
        width, so it leaves the layout."""
        row = 1 if self.legend is not None else 0
        side_by_side = bool(self._side_by_side)
        placed = self.right in self.ci.items
        wanted = self.right_shown or not side_by_side
        if wanted and not placed:
            self.ci.addItem(self.right, row=row if side_by_side else row + 1,
                            col=1 if side_by_side else 0)
        elif placed and not wanted:
            self.ci.removeItem(self.right)
        self.right.setVisible(self.right_shown)
        stacked = self.right_shown and not side_by_side
        self.setMinimumHeight(CHART_HEIGHT * (2 if stacked else 1) + (60 if self.legend else 20))
        self.ci.layout.activate()

    def show_right(self, shown: bool) -> None:
        """The right plot in or out of view; the legend and the left plot stay in place."""
        if shown != self.right_shown:
            self.right_shown = shown
            self._show_right()

    def line(self, side: str, index: int) -> pg.PlotDataItem:
        """The ``index``-th line of a plot, built on first use, then shown and reused."""
        pool, plot = self.lines[side], self.left if side == "left" else self.right
        while len(pool) <= index:
            item = pg.PlotDataItem()
            plot.addItem(item)
            pool.append(item)
        pool[index].setVisible(True)
        return pool[index]

    def draw(self, side: str, index: int, x, y, color: str) -> pg.PlotDataItem:
        item = self.line(side, index)
        item.setData(x=np.asarray(x, dtype=np.float64), y=y, connect="finite",
                     pen=line_pen(color, width=LINE_WIDTH * self.scale))
        return item

    def hide_from(self, count: int) -> None:
        for pool in self.lines.values():
            hide_extra(pool, count)

    def label(self, titles: tuple[str, str], bottom: str, lefts: tuple[str, str]) -> None:
        points = 12 * self.scale
        for plot, title, left in zip(self.plots(), titles, lefts, strict=True):
            plot.setTitle(title, size=f"{points + 1:g}pt", color=INK)
            axis_label(plot, "bottom", bottom, round(points))
            axis_label(plot, "left", left, round(points))

    def set_font_scale(self, scale: float) -> None:
        """Presenter mode: larger ticks, labels and legend, wider lines (1.0 is normal)."""
        self.scale = scale
        for plot in self.plots():
            size_axes(plot, 12, scale)
        if self.legend is not None:
            legend_points(self.legend, scale)
        self.rescaled.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event is not None and self._side_by_side is not None:  # pyqtgraph sends None early
            self.arrange(event.size().width() >= SIDE_BY_SIDE)
        super().resizeEvent(event)


class CurveCharts(PairCharts):
    """Legend, then the loss (log) and the accuracy per step, one line per initializer."""

    def __init__(self, parent=None) -> None:
        super().__init__(log_left=True, log_right=False, legend=True, parent=parent)
        self.right.setYRange(0, 1)
        self.right.enableAutoRange(axis="y", enable=False)

    def frame_steps(self, steps: int) -> None:
        """While training: the step axes fixed at 0 to ``steps``, so a redraw of the growing
        lines neither moves nor redraws them (the finished run's drawing autoranges again)."""
        for plot in self.plots():
            plot.setXRange(0, steps, padding=0)

    def settle_ranges(self) -> None:
        """Fit the axes to new data now rather than while painting: a range changed
        during a paint asks for a second paint of the whole chart."""
        for plot in self.plots():
            plot.getViewBox().prepareForPaint()

    def show_loss(self, index: int, losses, color: str) -> pg.PlotDataItem:
        return self.draw("left", index, np.arange(len(losses)), log_values(losses), color)

    def show_accuracy(self, index: int, accuracy, color: str) -> pg.PlotDataItem:
        return self.draw("right", index, np.arange(len(accuracy)), finite(accuracy), color)

    def loss_lines(self) -> list[pg.PlotDataItem]:
        return [item for item in self.lines["left"] if item.isVisible()]

    def accuracy_lines(self) -> list[pg.PlotDataItem]:
        return [item for item in self.lines["right"] if item.isVisible()]


class LayerCharts(PairCharts):
    """One parameter's gradient norm and update-to-weight ratio over the steps (log)."""

    def __init__(self, parent=None) -> None:
        super().__init__(log_left=True, log_right=True, parent=parent)

    def show_parameter(self, runs, parameter: str) -> None:
        """``runs``: (index, CandidateRun) pairs; lines of the others are hidden."""
        shown = 0
        for index, run in runs:
            curves = run.curves
            if curves is None or parameter not in curves.grad_norm:
                continue
            color = series_color(index)
            steps = curves.stat_steps[:len(curves.grad_norm[parameter])]
            self.draw("left", shown, steps, log_values(curves.grad_norm[parameter]), color)
            ratios = curves.update_ratio[parameter]
            self.draw("right", shown, curves.stat_steps[:len(ratios)], log_values(ratios), color)
            shown += 1
        self.hide_from(shown)
        for plot in self.plots():
            plot.enableAutoRange()

    def grad_lines(self) -> list[pg.PlotDataItem]:
        return [item for item in self.lines["left"] if item.isVisible()]
