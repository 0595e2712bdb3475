"""Small multiples of a training run, one per initializer: histograms and decision boundaries.

``HistogramGrid`` overlays one parameter's values before (grey, filled) and after
training (the initializer's colour); ``BoundaryGrid`` draws each trained copy's
P(class 1) over the plane (the record's 64×64 grid, blue for class 0, orange for
class 1) under the task's points. Plots are built once per position and reused.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from gui.analysis.chart_style import size_axes, style_plot
from gui.kit.colors import (
    BEFORE_TRAINING,
    BEFORE_TRAINING_FILL,
    CLASSES,
    INK,
    SURFACE,
    series_color,
)

CELL_WIDTH = 260  # a small multiple's width: fewer columns when the tab is narrow
CELL_HEIGHT = 230
BEFORE_PEN, BEFORE_BRUSH = BEFORE_TRAINING, BEFORE_TRAINING_FILL
CLASS_COLORS = CLASSES  # class 0, class 1: the boundary's two ends
BOUNDARY_MAP = pg.ColorMap([0.0, 0.5, 1.0], [(120, 160, 230), (250, 250, 250), (245, 170, 110)])


class Multiples(pg.GraphicsLayoutWidget):
    """Cells in as many columns as the width allows; each cell's plot is kept for reuse."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setBackground(SURFACE)
        self.cells: list[pg.PlotItem] = []
        self.count = 0
        self.columns = 0
        self.scale = 1.0

    def cell(self, index: int) -> pg.PlotItem:
        while len(self.cells) <= index:
            plot = pg.PlotItem()
            style_plot(plot, 10)
            self.build_cell(plot)
            self.cells.append(plot)
        return self.cells[index]

    def build_cell(self, plot: pg.PlotItem) -> None:
        """Items every cell holds (built once)."""

    def title(self, plot: pg.PlotItem, text: str, color: str = INK) -> None:
        plot.setTitle(text, size=f"{11 * self.scale:g}pt", color=color)

    def lay_out(self, count: int) -> None:
        columns = max(1, min(count, int(max(self.width(), CELL_WIDTH) // CELL_WIDTH)))
        if count == self.count and columns == self.columns:
            return
        for item in list(self.ci.items):
            self.ci.removeItem(item)
        for index in range(count):
            self.ci.addItem(self.cell(index), row=index // columns, col=index % columns)
        self.count, self.columns = count, columns
        rows = math.ceil(count / columns) if count else 0
        self.setMinimumHeight(rows * CELL_HEIGHT)
        self.setVisible(count > 0)

    def set_font_scale(self, scale: float) -> None:
        self.scale = scale
        for plot in self.cells:
            size_axes(plot, 10, scale)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event is not None and hasattr(self, "count"):  # pyqtgraph sends None early
            self.lay_out(self.count)


class HistogramGrid(Multiples):
    """One parameter before (grey) and after training (coloured), per initializer."""

    def build_cell(self, plot: pg.PlotItem) -> None:
        plot.before = pg.PlotDataItem(stepMode="center", fillLevel=0, antialias=False,
                                      pen=pg.mkPen(BEFORE_PEN, width=1.5),
                                      brush=pg.mkBrush(BEFORE_BRUSH))
        plot.after = pg.PlotDataItem(stepMode="center", antialias=False)
        plot.addItem(plot.before)
        plot.addItem(plot.after)

    def show_parameter(self, runs, parameter: str, titles) -> None:
        """``runs``: (index, CandidateRun); ``titles(run)`` the text above each cell."""
        shown = [(i, run, h) for i, run in runs for h in run.histograms if h.parameter == parameter]
        for cell, (index, run, histogram) in enumerate(shown):
            plot = self.cell(cell)
            color = series_color(index)
            plot.before.setData(histogram.edges, histogram.before.astype(np.float64))
            plot.after.setData(histogram.edges, histogram.after.astype(np.float64),
                               pen=pg.mkPen(color, width=2.5 * self.scale))
            self.title(plot, titles(run), color)
            plot.enableAutoRange()
        self.lay_out(len(shown))

    def after_data(self, cell: int) -> tuple[np.ndarray, np.ndarray]:
        return self.cells[cell].after.getData()


class BoundaryGrid(Multiples):
    """Each trained copy's decision boundary under the task's points (2-D tasks)."""

    _points: np.ndarray | None = None  # the task's points, set last
    _brushes: list = []

    def build_cell(self, plot: pg.PlotItem) -> None:
        plot.shown_points = None  # the points array this cell's scatter shows
        plot.image = pg.ImageItem(axisOrder="row-major")
        plot.image.setLookupTable(BOUNDARY_MAP.getLookupTable(nPts=256))
        plot.points = pg.ScatterPlotItem(size=4, pen=pg.mkPen(INK, width=0.3))
        plot.addItem(plot.image)
        plot.addItem(plot.points)
        plot.setAspectLocked(True)

    def set_points(self, points) -> None:
        """The task's points under every boundary; the same points as before are kept as
        they are (setting 1,000 points and their brushes costs a cell 4 ms)."""
        data = np.asarray(points, dtype=np.float64).reshape(-1, 3)
        if self._points is not None and np.array_equal(data, self._points):
            return
        self._points = data
        # one brush per class, shared by its points: the symbol atlas draws a symbol per
        # brush object, so a brush per point drew 1,000 symbols per cell (0.4 s of UI thread)
        classes = [pg.mkBrush(color) for color in CLASS_COLORS[:2]]
        self._brushes = [classes[int(label) % 2] for label in data[:, 2]]

    def show_cell(self, cell: int, run, title: str) -> None:
        """One run's boundary (if it has one) under the points set last, titled ``title``."""
        plot = self.cell(cell)
        boundary = run.boundary
        plot.image.setVisible(boundary is not None)
        if boundary is not None:
            plot.image.setImage(np.asarray(boundary.probability, dtype=np.float64),
                                levels=(0.0, 1.0))
            (x0, x1), (y0, y1) = boundary.x_range, boundary.y_range
            plot.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        if plot.shown_points is not self._points:
            data = self._points
            plot.points.setData(x=data[:, 0], y=data[:, 1], brush=self._brushes)
            plot.shown_points = data
        self.title(plot, title)
        plot.enableAutoRange()

    def images(self) -> list:
        return [self.cells[i].image for i in range(self.count)]
