"""Grids of small plots: one per initializer on shared axes, or one per parameter.

Plots are built once and kept: a redraw only re-arranges them when their
number or the column count changes, and updates their items with ``setData``.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

from gui.analysis.chart_style import size_axes, style_plot
from gui.analysis.compare_overlay import SeriesItems
from gui.analysis.histogram_view import LOG_FLOOR
from gui.kit.colors import INK, SURFACE, series_color

PANEL_HEIGHT = 170  # each parameter's plot keeps a readable height; the grid scrolls


class PanelGrid(pg.GraphicsLayoutWidget):
    """A header line above ``count`` plots in ``columns`` columns, reused between redraws."""

    def __init__(self, tick_points: int, parent=None) -> None:
        super().__init__(parent)
        self.setBackground(SURFACE)
        self.tick_points = tick_points
        self.header = pg.LabelItem(size="11pt", color=INK)
        self.panels: list[SeriesItems] = []
        self._arranged: tuple[int, int] | None = None
        self.scale = 1.0
        self._last: tuple | None = None  # what was shown, to redraw at another scale

    def arrange(self, count: int, columns: int) -> list[SeriesItems]:
        """The first ``count`` panels, laid out in ``columns`` columns under the header."""
        while len(self.panels) < count:
            plot = pg.PlotItem()
            style_plot(plot, self.tick_points)
            size_axes(plot, self.tick_points, self.scale)
            self.panels.append(SeriesItems(plot))
            self.panels[-1].scale = self.scale
        if self._arranged != (count, columns):
            for item in list(self.ci.items):
                self.ci.removeItem(item)
            self.ci.addItem(self.header, row=0, col=0, colspan=max(columns, 1))
            for i in range(count):
                self.ci.addItem(self.panels[i].plot, row=1 + i // columns, col=i % columns)
            self._arranged = (count, columns)
        return self.panels[:count]

    def set_font_scale(self, scale: float) -> None:
        """Presenter mode: larger ticks and titles, wider lines (1.0 is normal)."""
        self.scale = scale
        for panel in self.panels:
            panel.scale = scale
            size_axes(panel.plot, self.tick_points, scale)
        if self._last is not None:
            self.show(*self._last)

    def points(self, base: float) -> str:
        return f"{base * self.scale:g}pt"

    def plots(self) -> list[pg.PlotItem]:
        """The plots on show, in order."""
        count = self._arranged[0] if self._arranged else 0
        return [panel.plot for panel in self.panels[:count]]


class MultiplesChart(PanelGrid):
    """One plot per initializer, on the same x and y ranges so heights compare."""

    def __init__(self, parent=None) -> None:
        super().__init__(11, parent)

    def show_overlay(self, overlay, theory: bool, log: bool) -> None:
        self.show(overlay, theory, log)

    def show(self, overlay, theory: bool, log: bool) -> None:
        self._last = (overlay, theory, log)
        series_list = list(overlay.series)
        columns = 2 if len(series_list) > 1 else 1
        panels = self.arrange(len(series_list), columns)
        peak = max([float(np.max(s.counts)) for s in series_list if s.counts.size] + [
            float(np.nanmax(s.curve_y)) for s in series_list
            if theory and s.curve_y is not None and s.curve_y.size] + [1.0])
        self.header.setText(self._header_text(theory), size=self.points(11))
        for i, (panel, series) in enumerate(zip(panels, series_list, strict=True)):
            plot = panel.plot
            panel.set_title(series.label, self.points(12), series_color(i))
            plot.setLogMode(x=False, y=log)
            panel.draw(overlay.edges, [series], theory, log, colors=[series_color(i)])
            plot.setXRange(float(overlay.edges[0]), float(overlay.edges[-1]), padding=0.02)
            if log:
                plot.setYRange(math.log10(LOG_FLOOR), math.log10(peak * 1.5), padding=0)
            else:
                plot.setYRange(0, peak * 1.05, padding=0)

    def _header_text(self, theory: bool) -> str:
        return self.tr("shared axes; dashed: theory") if theory else self.tr("shared axes")


class ParametersGrid(PanelGrid):
    """Every parameter at once, each with all initializers, and one colour key above."""

    def __init__(self, parent=None) -> None:
        super().__init__(9, parent)

    def show_overlays(self, overlays: list, theory: bool, log: bool) -> None:
        self.show(overlays, theory, log)

    def show(self, overlays: list, theory: bool, log: bool) -> None:
        self._last = (overlays, theory, log)
        count = len(overlays)
        columns = 4 if count > 12 else 3 if count > 4 else 2
        self.setMinimumHeight(40 + math.ceil(count / columns) * round(PANEL_HEIGHT * self.scale))
        panels = self.arrange(count, columns)
        for panel, overlay in zip(panels, overlays, strict=True):
            panel.set_title(overlay.parameter, self.points(11), INK)
            panel.plot.setLogMode(x=False, y=log)
            panel.draw(overlay.edges, overlay.series, theory, log)
            panel.plot.enableAutoRange()
        key = [f'<span style="color:{series_color(i)}">■ {s.label}</span>'
               for i, s in enumerate(overlays[0].series)] if overlays else []
        if theory:
            words = self.tr("dashed: theory")
            key.append(f'<span style="color:{INK}">{words}</span>')
        self.header.setText("&nbsp;&nbsp;&nbsp;".join(key), size=self.points(11))
