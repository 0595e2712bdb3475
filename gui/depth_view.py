"""The vanishing and exploding signal demo: per-layer std of activations and gradients.

The initializers come from the Compare tab's chooser. "Run depth statistics"
asks the session's worker for core's DepthResult (a batch forward and a simple
loss backward on initialized copies; the working network stays as it is) and
draws one line per initializer on a log axis, measured solid and theory dashed.
"""

from __future__ import annotations

import csv
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.arg_form import big_button, note_label, readable, scrolled
from gui.chart_export import ChartExport
from gui.compare_view import (
    InitChooser,
    ProgressRelay,
    _style,
    progress_bar,
    series_color,
)
from gui.histogram_view import INK, save_png
from gui.i18n import translate_message

TAG_DEPTH = "depth"
DEFAULT_BATCH = 256


class DepthView(ChartExport, QWidget):
    """Two log-scale charts (activation std, gradient std) with one line per initializer."""

    depthShown = Signal()

    def __init__(self, session, chooser: InitChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        readable(self)
        self.session = session
        self.chooser = chooser
        self._result = None
        self.activation_curves: list[pg.PlotDataItem] = []
        self.gradient_curves: list[pg.PlotDataItem] = []
        self.expected_activation_curves: list[pg.PlotDataItem] = []
        self.expected_gradient_curves: list[pg.PlotDataItem] = []

        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(2, 65536)
        self.batch_spin.setValue(DEFAULT_BATCH)
        self.batch_spin.setPrefix(self.tr("batch "))
        self.batch_spin.setToolTip(self.tr("Rows of the random batch x ~ N(0, 1); the other "
                                           "dimensions follow the last forward pass's input"))
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("train mode"), "train")
        self.mode_combo.addItem(self.tr("eval mode"), "eval")
        self.theory_box = QCheckBox(self.tr("Theory"))
        self.theory_box.setChecked(True)
        self.theory_box.setToolTip(self.tr(
            "Dashed: Var(out) = fan_in·E[w²]·E[x²] + E[b²] forwards, fan_out·E[w²] backwards, "
            "halved by ReLU; drawn while every layer so far is covered"))
        self.theory_box.toggled.connect(lambda _on: self._render())
        self.run_button = big_button(self.tr("Run depth statistics"))
        self.run_button.setToolTip(self.tr(
            "Initialize copies of the network with each initializer ticked in the Compare tab, "
            "forward a batch and backward a simple loss; the network itself is not changed."))
        self.run_button.clicked.connect(self.run_depth)
        self.png_button = QPushButton(self.tr("PNG…"))
        self.png_button.clicked.connect(self.export_png_dialog)
        self.csv_button = QPushButton(self.tr("CSV…"))
        self.csv_button.clicked.connect(self.export_csv_dialog)
        self.status_label = note_label()
        self.status_label.setText(self.tr(
            "Build a deep stack (e.g. Network ▸ Start from template ▸ Deep MLP), send a sample "
            "through it, then run: the lines show how the signal's spread grows or shrinks "
            "layer by layer under each initializer."))
        self.hover_label = note_label()
        self.hover_label.setText(self.tr("Point at a layer to read its values"))
        self.progress_bar = progress_bar()
        self._relay = ProgressRelay(self)
        self._relay.progressed.connect(self._progressed)

        self.charts = pg.GraphicsLayoutWidget()
        self.charts.setBackground("w")
        self.activation_plot = self.charts.addPlot(row=0, col=0)
        self.gradient_plot = self.charts.addPlot(row=0, col=1)
        for plot, title in ((self.activation_plot, self.tr("Activation std per layer")),
                            (self.gradient_plot, self.tr("Gradient std per layer"))):
            _style(plot, 12)
            plot.setTitle(title, size="14pt", color=INK)
            plot.setLogMode(x=False, y=True)
            plot.setLabel("bottom", self.tr("layer"))
            plot.setLabel("left", self.tr("std (log scale)"))
        self.charts.scene().sigMouseMoved.connect(self._on_mouse_moved)

        # Two short rows rather than one long one: the tab must fit a 1280-pixel-wide window.
        settings_row = QHBoxLayout()
        for widget in (self.batch_spin, self.mode_combo, self.theory_box):
            settings_row.addWidget(widget)
        settings_row.addStretch(1)
        actions_row = QHBoxLayout()
        for widget in (self.run_button, self.png_button, self.csv_button):
            actions_row.addWidget(widget)
        actions_row.addStretch(1)
        content = QWidget()
        # Scrolls rather than widening the window: it must fit 1280×720, also in presenter mode.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(content))
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(settings_row)
        layout.addLayout(actions_row)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.charts, stretch=1)
        layout.addWidget(self.hover_label)

        session.computed.connect(self._computed)
        session.busyChanged.connect(self._busy_changed)
        self._update_enabled()

    # --- public API ---------------------------------------------------------------

    def step(self) -> dict | None:
        candidates = self.chooser.candidates()
        if candidates is None:
            return None
        if not candidates:
            self._status(self.tr("Tick at least one initializer in the Compare tab."), True)
            return None
        step = {"op": "depth", "inits": candidates, "seed": self.chooser.seed.value(),
                "params": self.chooser.params.currentData(),
                "mode": self.mode_combo.currentData()}
        input_shape = self.session.snapshot.input_shape
        if input_shape:
            step["shape"] = [self.batch_spin.value(), *input_shape[1:]]
        return step

    def run_depth(self) -> bool:
        step = self.step()
        if step is None:
            return False
        from core import steps as step_ops

        relay = self._relay
        if not self.session.compute(TAG_DEPTH, lambda lab: step_ops.analyze(lab, step, relay)):
            self._status(self.tr("Busy: wait for the running operation"), True)
            return False
        self._status(self.tr("Forward and backward through copies of the network…"))
        return True

    def result(self):
        return self._result

    def export_png(self, path: str) -> None:
        item = self.charts.ci
        save_png(item, path)

    def export_csv(self, path: str) -> None:
        with open(path, "w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file)
            writer.writerow(["initializer", "position", "name", "type", "activation_std",
                             "expected_activation_std", "gradient_std", "expected_gradient_std"])
            for curve in self._result.curves if self._result else ():
                for s in curve.layers:
                    writer.writerow([curve.label, s.position, s.name, s.type,
                                     repr(s.activation_std), repr(s.expected_activation_std),
                                     repr(s.gradient_std), repr(s.expected_gradient_std)])

    # --- results -----------------------------------------------------------------

    def _computed(self, tag: str, result) -> None:
        if tag != TAG_DEPTH:
            return
        self._result = result
        shape = "×".join(str(d) for d in result.shape)
        text = self.tr("Batch {shape} ({mode} mode), seed {seed}; the network is "
                       "unchanged.").format(shape=shape, mode=result.mode, seed=result.seed)
        failed = [c for c in result.curves if c.error]
        for curve in failed:
            text += "\n" + self.tr("{label} failed: {message}").format(
                label=curve.label, message=translate_message(curve.error))
        self._status(text, bool(failed))
        self._render()
        self._update_enabled()
        self.depthShown.emit()

    def _render(self) -> None:
        self.activation_curves, self.gradient_curves = [], []
        self.expected_activation_curves, self.expected_gradient_curves = [], []
        for plot in (self.activation_plot, self.gradient_plot):
            plot.clear()
            if plot.legend is not None:
                plot.legend.scene().removeItem(plot.legend)
                plot.legend = None
        if self._result is None:
            return
        legend = self.gradient_plot.addLegend(offset=(-10, -10), labelTextSize="11pt",
                                                labelTextColor=INK,
                                                brush=pg.mkBrush(255, 255, 255, 220))
        ticks = []
        for i, curve in enumerate(self._result.curves):
            if not curve.layers:
                continue
            color = series_color(i)
            x = np.array([s.position for s in curve.layers], dtype=np.float64)
            ticks = [(s.position, s.name) for s in curve.layers]
            for plot, key, kept, expected_kept in (
                (self.activation_plot, "activation_std", self.activation_curves,
                 self.expected_activation_curves),
                (self.gradient_plot, "gradient_std", self.gradient_curves,
                 self.expected_gradient_curves),
            ):
                y = _positive([getattr(s, key) for s in curve.layers])
                item = pg.PlotDataItem(x=x, y=y, connect="finite", pen=pg.mkPen(color, width=3),
                                       symbol="o", symbolSize=8, symbolBrush=color,
                                       symbolPen=pg.mkPen(color),
                                       name=curve.label if plot is self.gradient_plot else None)
                plot.addItem(item)
                kept.append(item)
                if self.theory_box.isChecked():
                    expected = _positive([getattr(s, "expected_" + key) for s in curve.layers])
                    line = pg.PlotDataItem(x=x, y=expected, connect="finite",
                                           pen=pg.mkPen(color, width=2.5,
                                                        style=Qt.PenStyle.DashLine))
                    plot.addItem(line)
                    expected_kept.append(line)
        if self.theory_box.isChecked():
            sample = pg.PlotDataItem(pen=pg.mkPen(INK, width=2.5, style=Qt.PenStyle.DashLine))
            legend.addItem(sample, self.tr("dashed: theory"))
        step = max(1, math.ceil(len(ticks) / 10))  # two charts side by side: labels stay apart
        for plot in (self.activation_plot, self.gradient_plot):
            plot.getAxis("bottom").setTicks([ticks[::step]])
            plot.enableAutoRange()

    def layer_text(self, position: int) -> str:
        """What each initializer gives at layer ``position``, for the hover line."""
        if self._result is None:
            return ""
        parts, name = [], ""
        for curve in self._result.curves:
            if position < len(curve.layers):
                s = curve.layers[position]
                name = f"{s.name} ({s.type})"
                parts.append(self.tr("{label}: activation {a}, gradient {g}").format(
                    label=curve.label, a=_num(s.activation_std), g=_num(s.gradient_std)))
        if not parts:
            return ""
        return self.tr("layer {name}").format(name=name) + "\n" + "\n".join(parts)

    def _on_mouse_moved(self, pos: QPointF) -> None:
        for plot in (self.activation_plot, self.gradient_plot):
            view = plot.getViewBox()
            if view.sceneBoundingRect().contains(pos):
                position = round(view.mapSceneToView(pos).x())
                text = self.layer_text(position) if position >= 0 else ""
                if text:
                    self.hover_label.setText(text)

    def _progressed(self, done: int, total: int, label: str) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        self.progress_bar.show()
        self._status(self.tr("Forward and backward with {label} ({number} of {total})…").format(
            label=label, number=done + 1, total=total))

    def _busy_changed(self, busy: bool) -> None:
        if not busy:
            self.progress_bar.hide()
        self.run_button.setEnabled(not busy)

    def _update_enabled(self) -> None:
        has = self._result is not None
        self.png_button.setEnabled(has)
        self.csv_button.setEnabled(has)
        self.run_button.setEnabled(not self.session.busy)

    def export_stem(self) -> str | None:
        if self._result is None:
            self._status(self.tr("Nothing to export: run depth statistics first"), True)
            return None
        return "depth"


def _positive(values) -> np.ndarray:
    """Values for a log axis: non-positive and non-finite ones become gaps."""
    y = np.array(values, dtype=np.float64)
    return np.where(np.isfinite(y) & (y > 0), y, np.nan)


def _num(value: float) -> str:
    return "—" if not math.isfinite(value) else f"{value:.4g}"

