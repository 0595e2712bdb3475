"""The Depth tab's charts: a legend row above activation and gradient std, on log axes.

Both plots and their lines are built once; the lines are updated with ``setData``.
Side by side when the tab is wide, stacked when it is narrow.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Signal

from gui.analysis.chart_style import (
    THEORY_STYLE,
    legend_points,
    outside_legend,
    sample,
    size_axes,
    style_plot,
)
from gui.kit.colors import INK, SURFACE

CHART_HEIGHT = 260


class DepthCharts(pg.GraphicsLayoutWidget):
    """Legend row, then the activation and the gradient chart, side by side or stacked."""

    rescaled = Signal()  # presenter mode changed the sizes: the view redraws its lines

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setBackground(SURFACE)
        self.legend = outside_legend(4)
        self.theory_sample = sample(INK, THEORY_STYLE)  # the legend's "dashed: theory" line
        self.activation_plot = pg.PlotItem()
        self.gradient_plot = pg.PlotItem()
        for plot in self.plots():
            style_plot(plot, 12)
            plot.setLogMode(x=False, y=True)
        self.measured: dict[str, list[pg.PlotDataItem]] = {"activation": [], "gradient": []}
        self.theory: dict[str, list[pg.PlotDataItem]] = {"activation": [], "gradient": []}
        self._side_by_side: bool | None = None
        self.scale = 1.0
        self.arrange(True)

    def set_font_scale(self, scale: float) -> None:
        """Presenter mode: larger ticks, labels and legend, wider lines (1.0 is normal)."""
        self.scale = scale
        for plot in self.plots():
            size_axes(plot, 12, scale)
        legend_points(self.legend, scale)
        self.rescaled.emit()

    def plots(self) -> tuple[pg.PlotItem, pg.PlotItem]:
        return self.activation_plot, self.gradient_plot

    def arrange(self, side_by_side: bool) -> None:
        if side_by_side == self._side_by_side:
            return
        for item in list(self.ci.items):
            self.ci.removeItem(item)
        self.ci.addItem(self.legend, row=0, col=0, colspan=2 if side_by_side else 1)
        self.ci.addItem(self.activation_plot, row=1, col=0)
        self.ci.addItem(self.gradient_plot, row=1 if side_by_side else 2,
                        col=1 if side_by_side else 0)
        self._side_by_side = side_by_side
        self.setMinimumHeight(CHART_HEIGHT + 40 if side_by_side else 2 * CHART_HEIGHT + 40)

    def item(self, pool: list, plot: pg.PlotItem, index: int) -> pg.PlotDataItem:
        while len(pool) <= index:
            item = pg.PlotDataItem()
            plot.addItem(item)
            pool.append(item)
        pool[index].setVisible(True)
        return pool[index]
