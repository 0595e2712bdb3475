"""A histogram of one parameter or activation, readable on a projector.

The view is built once — one pyqtgraph curve drawn as filled steps — and every
update goes through ``setData``. It shows only what a :class:`TensorStats`
holds; it never sees a tensor.
"""

from __future__ import annotations

import csv
import math

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from core.model.snapshot import TensorStats
from gui.kit.colors import ACCENT, BORDER, HISTOGRAM_FILL, INK, MUTED, SURFACE
from gui.kit.elided_label import ElidedLabel
from gui.kit.retranslating import Retranslating

LOG_FLOOR = 0.5  # on a log axis, empty bins sit at this count, below a bin of 1
EXPORT_SCALE = 2  # PNG exports at twice the on-screen size, sharp on slides
# Point sizes in the normal window: moderate, so the plot is the biggest thing in a small tab.
# Presenter mode multiplies them (set_font_scale) and never goes below PRESENTER_FLOOR.
TITLE_POINTS, TEXT_POINTS, MESSAGE_POINTS = 13, 11, 13
TICK_POINTS, AXIS_LABEL_POINTS = 10, 11
PRESENTER_FLOOR = 15.5  # points: 20 px at 96 dpi, presenter mode's least body text


def _num(value: float) -> str:
    """Four significant digits; non-finite values as "nan", "inf", "-inf"."""
    return f"{value:.4g}"


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


class LogAxis(pg.AxisItem):
    """A log axis whose labels never overlap: decades first, then 2 and 5, then the rest,
    each only where it keeps LABEL_GAP pixels from every label already placed."""

    LABEL_GAP = 34

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802, N803 (pyqtgraph)
        low, high = sorted((float(minVal), float(maxVal)))
        span = high - low
        if not math.isfinite(span) or span <= 0 or size <= 0:
            return [(None, [])]
        return [(None, log_ticks(low, high, size, self.LABEL_GAP))]


def log_ticks(low: float, high: float, size: float, gap: float) -> list[float]:
    """log10 positions in [low, high] to label on an axis ``size`` pixels long."""
    decades = range(math.floor(low), math.ceil(high) + 1)
    stride = max(1, math.ceil((high - low) * gap / size))  # every k-th decade when crowded
    candidates = [float(d) for d in decades if d % stride == 0]
    if stride == 1:
        candidates += [d + math.log10(m) for m in (2, 5) for d in decades]
        candidates += [d + math.log10(m) for m in (3, 4, 6, 7, 8, 9) for d in decades]
    per_unit = size / (high - low)
    placed: list[float] = []
    for value in candidates:
        if low <= value <= high and all(abs(value - p) * per_unit >= gap for p in placed):
            placed.append(value)
    return sorted(placed)


def _label(points: int, color: str, bold: bool = False, one_line: bool = False) -> QLabel:
    """A plain-text label; ``one_line`` ones are elided with a tooltip instead of wrapping."""
    label = ElidedLabel() if one_line else QLabel()
    label.setFont(_font(points, bold))
    label.setProperty("basePoints", points)
    label.setStyleSheet(f"color: {color};")
    label.setWordWrap(not one_line)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names like "<lambda>" stay literal
    return label


class HistogramView(Retranslating, QWidget):
    """Title, subtitle, a step histogram and a line of statistics."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edges = np.zeros(0, dtype=np.float64)
        self._counts = np.zeros(0, dtype=np.int64)
        self._log = False
        self._message: str | None = None  # None: the default, "Nothing to show yet"

        self.title_label = _label(TITLE_POINTS, INK, bold=True, one_line=True)
        self.subtitle_label = _label(TEXT_POINTS, MUTED, one_line=True)
        self.stats_label = _label(TEXT_POINTS, INK)
        self.hover_label = _label(TEXT_POINTS, MUTED, one_line=True)
        self.message_label = _label(MESSAGE_POINTS, MUTED)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setStyleSheet(
            f"color: {MUTED}; border: 2px dashed {BORDER}; border-radius: 8px; padding: 24px;"
        )
        self.stats_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.plot_widget = pg.PlotWidget(background=SURFACE, axisItems={"left": LogAxis("left")})
        self.curve = pg.PlotDataItem(
            stepMode="center",
            fillLevel=0,
            pen=pg.mkPen(ACCENT, width=2),
            brush=pg.mkBrush(HISTOGRAM_FILL),
            antialias=False,  # axis-aligned steps look the same; 1000 bins draw about 10x faster
        )
        self._style_plot()
        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot_widget.installEventFilter(self)

        self._stack = QStackedWidget()
        self._stack.addWidget(self.plot_widget)
        self._stack.addWidget(self.message_label)

        self.setAutoFillBackground(True)  # white card, like the plot: best contrast on a projector
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(SURFACE))
        self.setPalette(palette)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        for widget in (self.title_label, self.subtitle_label):
            layout.addWidget(widget)
        layout.addWidget(self._stack, stretch=1)
        layout.addWidget(self.hover_label)
        layout.addWidget(self.stats_label)
        self.subtitle_label.hide()
        self._show_message(self._message)
        self.retranslate()

    def retranslate(self) -> None:
        """Its own texts; the owner shows titles, statistics and messages again itself."""
        style = {"color": INK, "font-size": f"{AXIS_LABEL_POINTS}pt"}
        item = self.plot_widget.getPlotItem()
        item.setLabel("bottom", self.tr("value"), **style)
        item.setLabel("left", self.tr("count"), **style)
        self._clear_hover()
        if self._message is None and self._stack.currentWidget() is self.message_label:
            self._show_message(None)

    def _style_plot(self) -> None:
        """White background, dark axes, large fonts, one curve."""
        item = self.plot_widget.getPlotItem()
        item.addItem(self.curve)
        item.showGrid(x=True, y=True, alpha=0.1)
        item.layout.setContentsMargins(2, 6, 14, 2)
        tick_font = _font(TICK_POINTS)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(INK, width=1.5))
            axis.setTextPen(INK)
            axis.setTickFont(tick_font)
            axis.setStyle(tickTextOffset=5)
            axis.enableAutoSIPrefix(False)  # "0.05", never "50" with "(x0.001)" in the label
    # --- public API ---------------------------------------------------------

    def set_stats(self, title: str, stats: TensorStats | None, subtitle: str = "") -> None:
        """Show ``stats`` under ``title``; ``None`` shows the message of :meth:`set_message`."""
        self.title_label.setText(title)
        self.subtitle_label.setText(subtitle)
        self.subtitle_label.setVisible(bool(subtitle))
        if stats is None:
            self.stats_label.clear()
            self._show_message(self._message)
            return
        self.stats_label.setText(self._stats_text(stats))
        histogram = stats.histogram
        if histogram is None or histogram.counts.size == 0:
            self._show_message(self.tr("No finite values to plot"))
            return
        self._edges = np.array(histogram.edges, dtype=np.float64)
        self._counts = np.array(histogram.counts, dtype=np.int64)
        self._update_curve()
        self.plot_widget.getPlotItem().enableAutoRange()
        self._stack.setCurrentWidget(self.plot_widget)
        self.hover_label.show()

    def set_message(self, text: str) -> None:
        """Show ``text`` instead of a plot (e.g. why a parameter has no values yet)."""
        self._message = text
        self.stats_label.clear()
        self._show_message(text)

    def set_font_scale(self, scale: float) -> None:
        """Enlarge the texts for presenter mode (1.0: the moderate sizes of the window).

        The axes are enlarged by presenter mode itself, like every chart's.
        """
        for label in (self.title_label, self.subtitle_label, self.stats_label,
                      self.hover_label, self.message_label):
            points = float(label.property("basePoints"))
            if scale != 1.0:
                points = max(points * scale, PRESENTER_FLOOR)
            font = QFont(label.font())
            font.setPointSizeF(points)
            label.setFont(font)

    def set_log_counts(self, log: bool) -> None:
        """Show counts on a log axis; empty bins are drawn at the baseline."""
        self._log = log
        self.plot_widget.getPlotItem().setLogMode(x=False, y=log)
        self._update_curve()
        self.plot_widget.getPlotItem().enableAutoRange()

    def log_counts(self) -> bool:
        """Whether counts are on a log axis."""
        return self._log

    def histogram_data(self) -> tuple[np.ndarray, np.ndarray]:
        """The (edges, counts) the curve shows now; both empty in the message state."""
        return self._edges.copy(), self._counts.copy()

    def export_png(self, path: str) -> None:
        """Save the plot (without the text lines) as a PNG image."""
        save_png(self.plot_widget.getPlotItem(), path)

    def export_csv(self, path: str) -> None:
        """Write ``bin_start,bin_end,count``, one row per bin."""
        with open(path, "w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file)
            writer.writerow(["bin_start", "bin_end", "count"])
            bins = zip(self._edges[:-1], self._edges[1:], self._counts, strict=True)
            for start, end, count in bins:
                writer.writerow([repr(float(start)), repr(float(end)), int(count)])

    # --- internals ----------------------------------------------------------

    def _stats_text(self, stats: TensorStats) -> str:
        text = self.tr(
            "mean {mean}    std {std}    min {min}    max {max}    numel {numel}"
        ).format(
            mean=_num(stats.mean),
            std=_num(stats.std),
            min=_num(stats.min),
            max=_num(stats.max),
            numel=f"{stats.numel:,}",
        )
        if not stats.nonfinite:
            return text
        kinds = (
            (stats.nan, self.tr("nan {count}")),
            (stats.posinf, self.tr("+inf {count}")),
            (stats.neginf, self.tr("-inf {count}")),
        )
        details = self.tr(", ").join(t.format(count=n) for n, t in kinds if n)
        missing = self.tr("%n non-finite values not shown ({details})", "", stats.nonfinite)
        return text + "\n" + missing.format(details=details)

    def _update_curve(self) -> None:
        """Draw the stored bins; on a log axis, empty bins sit at the baseline."""
        if self._counts.size == 0:
            self.curve.setData(x=np.zeros(0), y=np.zeros(0))
            return
        counts = self._counts.astype(np.float64)
        if self._log:
            counts = np.maximum(counts, LOG_FLOOR)
        self.curve.setFillLevel(math.log10(LOG_FLOOR) if self._log else 0.0)
        self.curve.setData(x=self._edges, y=counts)

    def _show_message(self, text: str | None) -> None:
        self._edges = np.zeros(0, dtype=np.float64)
        self._counts = np.zeros(0, dtype=np.int64)
        self._update_curve()
        self._clear_hover()
        self.hover_label.hide()
        self.message_label.setText(self.tr("Nothing to show yet") if text is None else text)
        self._stack.setCurrentWidget(self.message_label)

    def _bin_text(self, x: float) -> str:
        """Text "[start, end): count" for the bin under ``x``, or "" outside the bins."""
        edges, counts = self._edges, self._counts
        if counts.size == 0 or not edges[0] <= x <= edges[-1]:
            return ""
        index = min(int(np.searchsorted(edges, x, side="right")) - 1, counts.size - 1)
        last = index == counts.size - 1  # numpy's last bin includes its right edge
        template = (
            self.tr("[{start}, {end}]: {count}") if last else self.tr("[{start}, {end}): {count}")
        )
        return template.format(
            start=_num(edges[index]), end=_num(edges[index + 1]), count=int(counts[index])
        )

    def _on_mouse_moved(self, pos: QPointF) -> None:
        view = self.plot_widget.getPlotItem().getViewBox()
        text = ""
        if view.sceneBoundingRect().contains(pos):
            text = self._bin_text(view.mapSceneToView(pos).x())
        if text:
            self.hover_label.setStyleSheet(f"color: {INK};")
            self.hover_label.setText(text)
        else:
            self._clear_hover()

    def _clear_hover(self) -> None:
        self.hover_label.setStyleSheet(f"color: {MUTED};")
        self.hover_label.setText(self.tr("Point at a bar to see its range and count"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Forget the hovered bin when the mouse leaves the plot."""
        if watched is self.plot_widget and event.type() == QEvent.Type.Leave:
            self._clear_hover()
        return super().eventFilter(watched, event)


def save_png(item, path: str) -> None:
    """Save a plot item (or layout) as a PNG at EXPORT_SCALE times its on-screen width."""
    exporter = pg.exporters.ImageExporter(item)
    exporter.parameters()["width"] = max(1, int(item.sceneBoundingRect().width())) * EXPORT_SCALE
    image = exporter.export(toBytes=True)
    if image is None or not image.save(path, "PNG"):
        raise OSError(f"could not write {path}")
