"""The overlay chart of a comparison: one outline per initializer, theory dashed, legend above.

Plot items are built the first time they are needed and then only updated
with ``setData`` (pyqtgraph's own examples do the same); items a redraw does
not need are hidden, not destroyed, so switching parameter, log counts or
theory never rebuilds the scene.
"""

from __future__ import annotations

from contextlib import contextmanager

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal

from core.model.snapshot import shape_text
from gui.analysis.chart_style import (
    HISTORY_STYLE,
    LINE_WIDTH,
    THEORY_STYLE,
    axis_label,
    fit_legend,
    hide_extra,
    legend_points,
    legend_texts,
    line_pen,
    outside_legend,
    sample,
    size_axes,
    style_plot,
)
from gui.analysis.histogram_view import LOG_FLOOR
from gui.i18n import translate_message
from gui.kit.colors import HISTORY_SERIES, INK, SURFACE, series_color
from gui.kit.retranslating import Retranslating


def floored(counts, log: bool) -> np.ndarray:
    """Counts as drawn: on a log axis, empty bins sit at LOG_FLOOR instead of vanishing."""
    y = np.asarray(counts, dtype=np.float64)
    return np.maximum(y, LOG_FLOOR) if log else y


class SeriesItems:
    """The outline, theory and atom items of one plot, one of each per initializer."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.plot = plot
        self.curves: list[pg.PlotDataItem] = []
        self.theories: list[pg.PlotDataItem] = []
        self.atoms: list[pg.PlotDataItem] = []
        self.scale = 1.0  # presenter mode widens the lines
        self._title: tuple | None = None

    def set_title(self, text: str, size: str, color: str) -> None:
        """The plot's title, set again only when it changes (each set re-lays the plot out)."""
        if self._title != (text, size, color):
            self.plot.setTitle(text, size=size, color=color)
            self._title = (text, size, color)

    def _item(self, pool: list, index: int) -> pg.PlotDataItem:
        while len(pool) <= index:
            item = pg.PlotDataItem()
            self.plot.addItem(item)
            pool.append(item)
        return pool[index]

    def draw(self, edges, series_list, theory: bool, log: bool, colors=None) -> None:
        """Show ``series_list`` (core OverlaySeries) on ``edges``; hide what is left over."""
        x = np.asarray(edges, dtype=np.float64)
        width = LINE_WIDTH * self.scale
        used_theory = used_atoms = 0
        for i, series in enumerate(series_list):
            color = colors[i] if colors else series_color(i)
            curve = self._item(self.curves, i)
            curve.setData(x=x, y=floored(series.counts, log), stepMode="center",
                          pen=line_pen(color, width=width), fillLevel=None,
                          brush=None)
            curve.setVisible(True)
            if theory and series.curve_x is not None:
                y = np.asarray(series.curve_y, dtype=np.float64)
                if log:
                    y = np.where(y >= LOG_FLOOR, y, np.nan)
                item = self._item(self.theories, used_theory)
                item.setData(x=np.asarray(series.curve_x), y=y, connect="finite",
                             pen=line_pen(color, THEORY_STYLE, width))
                item.setVisible(True)
                used_theory += 1
            if theory and series.atoms:
                item = self._item(self.atoms, used_atoms)
                item.setData(x=np.array([v for v, _ in series.atoms], dtype=np.float64),
                             y=floored([c for _, c in series.atoms], log), pen=None,
                             symbol="d", symbolSize=14 * self.scale, symbolBrush=color,
                             symbolPen=pg.mkPen(INK))
                item.setVisible(True)
                used_atoms += 1
        hide_extra(self.curves, len(series_list))
        hide_extra(self.theories, used_theory)
        hide_extra(self.atoms, used_atoms)

    def shown(self, pool: list) -> list[pg.PlotDataItem]:
        return [item for item in pool if item.isVisible()]


class OverlayChart(Retranslating, pg.GraphicsLayoutWidget):
    """Legend row above one plot of every initializer's histogram of one parameter."""

    hovered = Signal(str)  # the bin under the mouse, in words

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setBackground(SURFACE)
        self.legend = outside_legend()
        self.ci.addItem(self.legend, row=0, col=0)
        self.plot = self.ci.addPlot(row=1, col=0)
        style_plot(self.plot)
        self.items = SeriesItems(self.plot)
        self.history: list[pg.PlotDataItem] = []
        self.theory_sample = sample(INK, THEORY_STYLE)  # the legend's "dashed: theory" line
        self._args = None
        self.scale = 1.0
        self._label_axes()
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def _label_axes(self) -> None:
        points = round(12 * self.scale)
        axis_label(self.plot, "bottom", self.tr("value"), points)
        axis_label(self.plot, "left", self.tr("count"), points)

    def set_font_scale(self, scale: float) -> None:
        """Presenter mode: larger ticks, labels and legend, wider lines (1.0 is normal)."""
        self.scale = self.items.scale = scale
        size_axes(self.plot, 12, scale)
        legend_points(self.legend, scale)
        if self._args is not None:
            self.show_overlay(*self._args)

    def show_overlay(self, overlay, history, theory: bool, log: bool) -> None:
        """Draw ``overlay`` (or nothing) and the ticked ``history`` (label, stats) pairs."""
        self._args = (overlay, history, theory, log)
        self.plot.setLogMode(x=False, y=log)
        width = None
        if overlay is not None:
            width = (overlay.edges[-1] - overlay.edges[0]) / (len(overlay.edges) - 1)
            self.items.draw(overlay.edges, overlay.series, theory, log)
        else:
            self.items.draw((), (), theory, log)
        self._draw_history(history, width, log)
        self._fill_legend(overlay, history, theory)
        self.plot.enableAutoRange()

    def _draw_history(self, history, width: float | None, log: bool) -> None:
        for i, (_label, stats) in enumerate(history):
            while len(self.history) <= i:
                item = pg.PlotDataItem()
                self.plot.addItem(item)
                self.history.append(item)
            hist = stats.histogram
            edges = np.asarray(hist.edges, dtype=np.float64)
            own = (edges[-1] - edges[0]) / max(len(edges) - 1, 1)
            scale = width / own if width and own else 1.0
            color = HISTORY_SERIES[i % len(HISTORY_SERIES)]
            self.history[i].setData(x=edges, y=floored(np.asarray(hist.counts) * scale, log),
                                    stepMode="center",
                                    pen=line_pen(color, HISTORY_STYLE, LINE_WIDTH * self.scale))
            self.history[i].setVisible(True)
        hide_extra(self.history, len(history))

    def _fill_legend(self, overlay, history, theory: bool) -> None:
        entries = []
        if overlay is not None:
            entries = [(curve, series.label)
                       for curve, series in zip(self.items.curves, overlay.series, strict=False)]
            if theory and any(s.curve_x is not None or s.atoms for s in overlay.series):
                entries.append((self.theory_sample, self.tr("dashed: theory")))
        for item, (label, _stats) in zip(self.history, history, strict=False):
            entries.append((item, self.tr("history: {label}").format(
                label=translate_message(label))))
        self.legend.show_entries(entries)
        fit_legend(self.legend, self.width())

    @contextmanager
    def titled(self):
        """The parameter's name and shape as a title, while an export draws the chart."""
        overlay = self._args[0] if self._args else None
        if overlay is not None:
            self.plot.setTitle(f"{overlay.parameter}  {shape_text(overlay.shape)}", size="13pt",
                               color=INK)
        try:
            yield
        finally:
            self.plot.setTitle(None)

    def hover_text(self, overlay, x: float) -> str:
        """"[start, end): label count · label count" for the bin under ``x``."""
        if overlay is None:
            return ""
        edges = overlay.edges
        if not edges[0] <= x <= edges[-1]:
            return ""
        k = min(int((edges <= x).sum()) - 1, len(edges) - 2)
        parts = [f"{s.label} {int(s.counts[k]):,}" for s in overlay.series]
        return self.tr("[{start}, {end}): {counts}").format(
            start=f"{edges[k]:.4g}", end=f"{edges[k + 1]:.4g}", counts="  ·  ".join(parts))

    def _on_mouse_moved(self, pos: QPointF) -> None:
        view = self.plot.getViewBox()
        if self._args is not None and view.sceneBoundingRect().contains(pos):
            text = self.hover_text(self._args[0], view.mapSceneToView(pos).x())
            if text:
                self.hovered.emit(text)

    def legend_labels(self) -> list[str]:
        return legend_texts(self.legend)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if hasattr(self, "legend"):  # Qt resizes once before __init__ has built it
            fit_legend(self.legend, event.size().width())
        super().resizeEvent(event)

    def retranslate(self) -> None:
        """Axis labels and the legend's own words in the interface language."""
        self._label_axes()
        if self._args is not None:
            self._fill_legend(self._args[0], self._args[1], self._args[2])
