"""The vanishing and exploding signal demo: activation and gradient std, stage by stage.

The initializers are the Compare tab's: both tabs show one ``InitChoice``. "Run depth statistics"
asks the session's worker for core's DepthResult (a batch forward and a simple
loss backward on initialized copies; the working network stays as it is) and
draws one line per initializer on a log axis, measured solid and theory dashed.
Each point is one stage as a reader names it: a layer together with the
activation (norm, dropout) after it, measured at the stage's output, so the
lines do not zig-zag between a Linear and its ReLU. Items are built once and
updated with ``setData``; the legend sits in its own row above the charts.
"""

from __future__ import annotations

import csv
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QSpinBox, QVBoxLayout, QWidget

from core.model.snapshot import shape_text
from gui.analysis.chart_export import ChartExport
from gui.analysis.chart_style import (
    LINE_WIDTH,
    THEORY_STYLE,
    StaleNote,
    axis_label,
    fit_legend,
    hide_extra,
    line_pen,
    log_values,
    num_text,
)
from gui.analysis.compare_chooser import ChooserToggle, InitChooser, ProgressRelay, progress_bar
from gui.analysis.depth_charts import DepthCharts
from gui.analysis.histogram_view import save_png
from gui.forms.arg_form import big_button, note_label, readable, scrolled
from gui.i18n import translate_message
from gui.kit.colors import INK, series_color
from gui.kit.flow_layout import flow
from gui.kit.retranslating import Retranslating
from gui.models.current import CurrentSnapshot
from gui.models.init_choice import InitChoice

DEFAULT_BATCH = 256
SIDE_BY_SIDE = 760  # narrower than this, the two charts stack


class DepthView(Retranslating, ChartExport, QWidget):
    """Two log-scale charts (activation std, gradient std) with one line per initializer."""

    depthShown = Signal()

    def __init__(self, session, choice: InitChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        readable(self)
        self.session = session
        self.choice = choice
        self.chooser = InitChooser(choice)  # folded: a second view of the Compare tab's choice
        self.chooser_button = ChooserToggle(self.chooser, self.chooser)
        self.chooser_button.setChecked(False)
        self._result = None
        self._running = False  # our depth run is on the worker: the session's progress is ours
        self._stages: tuple = ()
        self.stale = StaleNote()

        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(2, 65536)
        self.batch_spin.setValue(DEFAULT_BATCH)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem("", "train")
        self.mode_combo.addItem("", "eval")
        self.theory_box = QCheckBox()
        self.theory_box.setChecked(True)
        self.theory_box.toggled.connect(lambda _on: self._render())
        self.run_button = big_button("")
        self.run_button.clicked.connect(self.run_depth)
        self.png_button = QPushButton()
        self.png_button.clicked.connect(self.export_png_dialog)
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(self.export_csv_dialog)
        self.status_label = note_label()
        self.hover_label = note_label()
        self.progress_bar = progress_bar()
        self._relay = ProgressRelay(self)
        self._relay.progressed.connect(self._progressed)

        self.charts = DepthCharts()
        self.activation_plot, self.gradient_plot = self.charts.plots()
        self.charts.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.charts.rescaled.connect(self._rescaled)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        # Short rows rather than one long one: the tab must fit a 600-pixel-wide column.
        layout.addLayout(flow(self.batch_spin, self.mode_combo, self.theory_box,
                              self.chooser_button))
        layout.addLayout(flow(self.run_button, self.png_button, self.csv_button))
        layout.addWidget(self.chooser)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.stale.label)
        layout.addWidget(self.charts, stretch=1)
        layout.addWidget(self.hover_label)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area = scrolled(content)  # scrolls down, never sideways
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(area)

        session.analysed.connect(self.show_analysis)
        session.progressed.connect(self._session_progressed)
        session.busyChanged.connect(self._busy_changed)
        CurrentSnapshot.of(session).changed.connect(
            lambda s: self.stale.update(s, self._stale_text()))
        self._update_enabled()
        self.retranslate()

    def retranslate(self) -> None:
        """Fixed texts; the status, stale note, plot titles and lines from their data."""
        self.batch_spin.setPrefix(self.tr("batch "))
        self.batch_spin.setToolTip(self.tr("Rows of the random batch x ~ N(0, 1); the other "
                                           "dimensions follow the last forward pass's input"))
        self.mode_combo.setItemText(0, self.tr("train mode"))
        self.mode_combo.setItemText(1, self.tr("eval mode"))
        self.theory_box.setText(self.tr("Theory"))
        self.theory_box.setToolTip(self.tr(
            "Dashed: Var(out) = fan_in·E[w²]·E[x²] + E[b²] forwards, fan_out·E[w²] backwards, "
            "halved by ReLU; drawn while every layer so far is covered"))
        self.run_button.setText(self.tr("Run depth statistics"))
        self.run_button.setToolTip(self.tr(
            "Initialize copies of the network with each initializer ticked in the Compare tab, "
            "forward a batch and backward a simple loss; the network itself is not changed."))
        self.png_button.setText(self.tr("PNG…"))
        self.csv_button.setText(self.tr("CSV…"))
        if getattr(self, "_status_render", None) is None:  # the introduction, until a run
            self.status_label.setText(self.tr(
                "Build a deep stack (e.g. Network ▸ Start from template ▸ Deep MLP), send a "
                "sample through it, then run: the lines show how the signal's spread grows or "
                "shrinks layer by layer under each initializer."))
        self._retranslate_status()
        self.hover_label.setText(self.tr("Point at a layer to read its values"))
        self.stale.update(self.session.snapshot, self._stale_text())
        self._label_plots()
        if self._result is not None:
            self._render()

    # --- public API ---------------------------------------------------------------

    def step(self) -> dict | None:
        candidates = self.chooser.candidates()
        if candidates is None:
            self.chooser_button.setChecked(True)  # the bad argument shows in the chooser
            return None
        if not candidates:
            self._status(lambda: self.tr("Tick at least one initializer in the Compare tab."),
                         True)
            return None
        step = {"op": "depth", "inits": candidates, "seed": self.choice.seed(),
                "params": self.choice.params(),
                "mode": self.mode_combo.currentData()}
        input_shape = self.session.snapshot.input_shape
        if input_shape:
            step["shape"] = [self.batch_spin.value(), *input_shape[1:]]
        return step

    def run_depth(self) -> bool:
        step = self.step()
        if step is None:
            return False
        if not self.session.submit(step):
            self._status(lambda: self.tr("Busy: wait for the running operation"), True)
            return False
        self._running = True
        self.stale.request(self.session.snapshot)
        self._status(lambda: self.tr("Forward and backward through copies of the network…"))
        return True

    def result(self):
        return self._result

    def stages(self) -> tuple:
        """The points of each line: core Stages (a layer with the activation after it)."""
        return self._stages

    def is_stale(self) -> bool:
        return self.stale.is_stale()

    @property
    def activation_curves(self) -> list:
        return [c for c in self.charts.measured["activation"] if c.isVisible()]

    @property
    def gradient_curves(self) -> list:
        return [c for c in self.charts.measured["gradient"] if c.isVisible()]

    @property
    def expected_activation_curves(self) -> list:
        return [c for c in self.charts.theory["activation"] if c.isVisible()]

    @property
    def expected_gradient_curves(self) -> list:
        return [c for c in self.charts.theory["gradient"] if c.isVisible()]

    def export_png(self, path: str) -> None:
        save_png(self.charts.ci, path)

    def export_csv(self, path: str) -> None:
        """Every position (not only stages), with the stage each one belongs to."""
        stage_of = {p: s.index for s in self._stages for p in range(s.first, s.last + 1)}
        with open(path, "w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file)
            writer.writerow(["initializer", "position", "stage", "name", "type",
                             "activation_std", "expected_activation_std", "gradient_std",
                             "expected_gradient_std"])
            for curve in self._result.curves if self._result else ():
                for s in curve.layers:
                    writer.writerow([curve.label, s.position, stage_of.get(s.position, ""),
                                     s.name, s.type, repr(s.activation_std),
                                     repr(s.expected_activation_std), repr(s.gradient_std),
                                     repr(s.expected_gradient_std)])

    def export_stem(self) -> str | None:
        if self._result is None:
            self._status(lambda: self.tr("Nothing to export: run depth statistics first"), True)
            return None
        return "depth"

    # --- results -----------------------------------------------------------------

    def show_analysis(self, step: dict, analysis) -> None:
        """Show a finished depth run; other analyses are not this view's."""
        if step["op"] != "depth":
            return
        self._result = result = analysis.result
        self._stages = result.stages()
        shape = shape_text(result.shape)
        failed = [c for c in result.curves if c.error]

        def render() -> str:
            text = self.tr("Batch {shape} ({mode} mode), seed {seed}; the network is "
                           "unchanged.").format(shape=shape, mode=result.mode, seed=result.seed)
            for note in result.notes:  # what cannot be measured or predicted, said plainly
                text += "\n" + translate_message(note)
            for curve in failed:
                text += "\n" + self.tr("{label} failed: {message}").format(
                    label=curve.label, message=translate_message(curve.error))
            return text

        self._status(render, bool(failed))
        self.stale.request(analysis.snapshot)  # the network it was made on (a lesson's too)
        self.stale.arrived(self.session.snapshot, self._stale_text())
        self._render()
        self._update_enabled()
        self.depthShown.emit()

    def _stale_text(self) -> str:
        return self.tr("These lines were measured on an earlier network; the layers or their "
                       "shapes have changed since. Run depth statistics again for the network "
                       "as it is now.")

    def _render(self) -> None:
        result, theory = self._result, self.theory_box.isChecked()
        scale = self.charts.scale
        curves = [c for c in result.curves if c.layers] if result else []
        x = np.arange(len(self._stages), dtype=np.float64)
        last = [s.last for s in self._stages]
        entries = []
        for key, plot in (("activation", self.activation_plot),
                          ("gradient", self.gradient_plot)):
            for i, curve in enumerate(curves):
                color = series_color(result.curves.index(curve))
                item = self.charts.item(self.charts.measured[key], plot, i)
                item.setData(x=x, y=log_values([getattr(curve.layers[p], key + "_std")
                                               for p in last]),
                             connect="finite", pen=line_pen(color, width=3 * scale), symbol="o",
                             symbolSize=8 * scale, symbolBrush=color, symbolPen=pg.mkPen(color))
                if key == "activation":
                    entries.append((item, curve.label))
                if theory:
                    line = self.charts.item(self.charts.theory[key], plot, i)
                    line.setData(x=x, y=log_values([getattr(curve.layers[p],
                                                           f"expected_{key}_std")
                                                   for p in last]),
                                 connect="finite",
                                 pen=line_pen(color, THEORY_STYLE, LINE_WIDTH * scale))
            hide_extra(self.charts.measured[key], len(curves))
            hide_extra(self.charts.theory[key], len(curves) if theory else 0)
            plot.enableAutoRange()
        if theory and curves:
            entries.append((self.charts.theory_sample, self.tr("dashed: theory")))
        self.charts.legend.show_entries(entries)
        fit_legend(self.charts.legend, self.charts.width())
        self._set_ticks()

    def _set_ticks(self) -> None:
        """Every k-th stage labelled, k chosen so the labels stay apart at this width."""
        ticks = [(float(s.index), s.name) for s in self._stages]
        label_px = 10 * max((len(name) for _x, name in ticks), default=1) + 18
        room = max(self.activation_plot.getViewBox().width(), 100.0)
        step = max(1, math.ceil(len(ticks) * label_px / room))
        for plot in self.charts.plots():
            plot.getAxis("bottom").setTicks([ticks[::step]])

    def _label_plots(self) -> None:
        """Titles and axes in the interface language (set again when it changes)."""
        for plot, title in ((self.activation_plot, self.tr("Activation std per layer")),
                            (self.gradient_plot, self.tr("Gradient std per layer"))):
            points = 12 * self.charts.scale
            plot.setTitle(title, size=f"{points + 1:g}pt", color=INK)
            axis_label(plot, "bottom", self.tr("layer with its activation"), round(points))
            axis_label(plot, "left", self.tr("std (log scale)"), round(points))

    def _rescaled(self) -> None:
        self._label_plots()
        if self._result is not None:
            self._render()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.charts.arrange(event.size().width() >= SIDE_BY_SIDE)
        fit_legend(self.charts.legend, self.charts.width())
        self._set_ticks()
        super().resizeEvent(event)

    def layer_text(self, index: int) -> str:
        """What each initializer gives at stage ``index``, for the hover line."""
        if not 0 <= index < len(self._stages) or self._result is None:
            return ""
        stage = self._stages[index]
        parts = []
        for curve in self._result.curves:
            if stage.last < len(curve.layers):
                s = curve.layers[stage.last]
                parts.append(self.tr("{label}: activation {a}, gradient {g}").format(
                    label=curve.label, a=num_text(s.activation_std),
                    g=num_text(s.gradient_std)))
        title = self.tr("layer {name}").format(name=f"{stage.name} ({stage.type})")
        return title + "\n" + "\n".join(parts)

    def _on_mouse_moved(self, pos: QPointF) -> None:
        for plot in self.charts.plots():
            view = plot.getViewBox()
            if view.sceneBoundingRect().contains(pos):
                text = self.layer_text(round(view.mapSceneToView(pos).x()))
                if text:
                    self.hover_label.setText(text)

    def _progressed(self, done: int, total: int, label: str) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        self.progress_bar.show()
        self._status(lambda: self.tr(
            "Forward and backward with {label} ({number} of {total})…").format(
                label=label, number=done + 1, total=total))

    def _session_progressed(self, done: int, total: int, label: str) -> None:
        if self._running:
            self._relay(done, total, label)

    def _busy_changed(self, busy: bool) -> None:
        if not busy:
            self._running = False
            self.progress_bar.hide()
        self.run_button.setEnabled(not busy)

    def _update_enabled(self) -> None:
        has = self._result is not None
        self.png_button.setEnabled(has)
        self.csv_button.setEnabled(has)
        self.run_button.setEnabled(not self.session.busy)
