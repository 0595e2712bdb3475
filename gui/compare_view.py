"""Compare initializers side by side: overlays, small multiples, every parameter, theory.

"Apply and compare" sends one computation to the session's worker: core applies
each chosen initializer to a copy of the network with the same seed (the working
network stays as it is) and returns a Comparison plus its histograms. Changing
the bins or the clipping asks the worker again; switching parameter, layout,
theory or log counts only redraws. The view never sees a tensor: it draws the
numpy arrays of core's Overlay records.
"""

from __future__ import annotations

import csv
import math
import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.errors import LabError
from core.figures import PALETTE
from core.initializers import INITIALIZERS, validate_init_args
from gui.arg_form import (
    INT32_MAX,
    ArgForm,
    big_button,
    note_label,
    readable,
    scrolled,
)
from gui.chart_export import ChartExport
from gui.histogram_view import INK, LOG_FLOOR, save_png
from gui.history_panel import history_entries
from gui.i18n import translate_message

DEFAULT_CHECKED = ("default", "xavier_uniform_", "kaiming_normal_", "orthogonal_")
OVERLAY, MULTIPLES, GRID = "overlay", "multiples", "grid"
CLIP_CHOICES = (None, 99.9, 99.0, 95.0)  # central percentage kept; None: full range
DEFAULT_BINS = 60
HISTORY_COLORS = ("#444444", "#8c564b", "#17becf", "#bcbd22")
TAG_COMPARE, TAG_REBIN = "compare", "compare.rebin"


def series_color(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def _num(value: float) -> str:
    return "—" if value is None or not math.isfinite(value) else f"{value:.4g}"


def _fill(color: str, alpha: int = 38) -> tuple[int, int, int, int]:
    c = pg.mkColor(color)
    return c.red(), c.green(), c.blue(), alpha


def _style(plot: pg.PlotItem, points: int = 13) -> None:
    """White plot, dark axes and readable ticks (a projector's back row)."""
    from gui.histogram_view import _font

    plot.showGrid(x=True, y=True, alpha=0.12)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(INK, width=1.2))
        axis.setTextPen(INK)
        axis.setTickFont(_font(points))
        axis.enableAutoSIPrefix(False)


class ProgressRelay(QObject):
    """Called on the worker with (done, total, label); delivers it to the UI thread."""

    progressed = Signal(int, int, str)

    def __call__(self, done: int, total: int, label: str) -> None:
        self.progressed.emit(done, total, label)


def progress_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setFormat("%v / %m")
    bar.hide()
    return bar


class InitChooser(QWidget):
    """Checkable initializers, each with its own editable arguments, plus seed and target."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._args: dict[str, dict] = {}
        self._current: str | None = None
        self.list = QListWidget()
        self.list.setToolTip(self.tr("Tick the initializers to compare; select one to edit "
                                     "its arguments."))
        for name, spec in INITIALIZERS.items():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(translate_message(spec.doc))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in DEFAULT_CHECKED
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setMinimumHeight(150)
        self.args_caption = QLabel()
        self.args_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.form = ArgForm(validator=validate_init_args)
        self.seed = QSpinBox()
        self.seed.setRange(0, INT32_MAX)
        self.seed.setToolTip(self.tr("Every initializer draws with this seed, so the copies "
                                     "differ only by the initializer."))
        self.params = QComboBox()
        for key, text in (("weight", self.tr("weights")), ("bias", self.tr("biases")),
                          ("all", self.tr("weights and biases"))):
            self.params.addItem(text, key)
        self.params.setToolTip(self.tr("Which parameters each initializer is applied to; the "
                                       "others keep the network's current values."))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Initializers to compare")))
        layout.addWidget(self.list, stretch=1)
        layout.addWidget(self.args_caption)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Seed")))
        row.addWidget(self.seed, stretch=1)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Apply to")))
        row.addWidget(self.params, stretch=1)
        layout.addLayout(row)

        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.form.changed.connect(self._store_args)
        self.list.setCurrentRow(0)

    def checked(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, names) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            name = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if name in names else Qt.CheckState.Unchecked)

    def set_args(self, name: str, args: dict) -> None:
        self._args[name] = dict(args)
        if name == self._current:
            self.form.set_values(args)

    def select(self, name: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(i)

    def candidates(self) -> list[dict] | None:
        """The ticked initializers with valid arguments; None (error shown) otherwise."""
        self._store_args()
        result = []
        for name in self.checked():
            args = self._args.get(name, {})
            if name != "default":
                try:
                    args = validate_init_args(name, args)
                except LabError as error:
                    self.select(name)
                    self.form.show_error(error.message)
                    return None
            result.append({"init": name, "args": _json_args(args)})
        return result

    def _current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        self._store_args()
        if current is None:
            return
        name = current.data(Qt.ItemDataRole.UserRole)
        self._current = name
        self.args_caption.setText(self.tr("Arguments of {name}").format(name=name))
        self.form.set_specs(INITIALIZERS[name].args, name, validate_init_args)
        self.form.set_values(self._args.get(name, {}))

    def _store_args(self) -> None:
        if self._current is not None:
            self._args[self._current] = self.form.values()
        self.changed.emit()


def _json_args(args: dict) -> dict:
    return {k: (dict(v) if isinstance(v, dict) else v) for k, v in args.items()}


class CompareView(ChartExport, QWidget):
    """The chooser and "Apply and compare" beside the charts and the theory table."""

    comparisonShown = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        readable(self)
        self.session = session
        self._comparison = None
        self._overlays: dict[str, object] = {}
        self._order: list[str] = []
        self._pending_rebin = False
        self._history: list = []
        self.overlay_curves: list[pg.PlotDataItem] = []  # one per shown series, in order
        self.theory_curves: list[pg.PlotDataItem] = []
        self.history_curves: list[pg.PlotDataItem] = []

        self.chooser = InitChooser()
        self.compare_button = big_button(self.tr("Apply and compare"))
        self.compare_button.setToolTip(self.tr(
            "Apply each ticked initializer to a copy of the network with the same seed and "
            "compare the weights (Ctrl+Shift+C). The network itself is not changed."))
        self.compare_button.clicked.connect(self.run_comparison)
        self.status_label = note_label()
        self.progress_bar = progress_bar()
        self._relay = ProgressRelay(self)
        self._relay.progressed.connect(self._progressed)
        self.history_caption = QLabel(self.tr("Also overlay from history"))
        self.history_list = QListWidget()
        self.history_list.setToolTip(self.tr(
            "Snapshots in which this parameter changed; ticked ones are drawn rescaled to the "
            "comparison's bins."))
        self.history_list.setMaximumHeight(140)
        self.history_list.itemChanged.connect(lambda _item: self._render())

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.chooser, stretch=1)
        side_layout.addWidget(self.compare_button)
        side_layout.addWidget(self.progress_bar)
        side_layout.addWidget(self.status_label)
        side_layout.addWidget(self.history_caption)
        side_layout.addWidget(self.history_list)
        side_scroll = scrolled(side)
        side_scroll.setMinimumWidth(200)

        self.parameter_combo = QComboBox()
        self.parameter_combo.setToolTip(self.tr("The parameter to show"))
        self.parameter_combo.setMinimumContentsLength(16)
        self.parameter_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.parameter_combo.currentIndexChanged.connect(lambda _i: self._parameter_changed())
        self.mode_combo = QComboBox()
        for key, text in ((OVERLAY, self.tr("Overlay")), (MULTIPLES, self.tr("Small multiples")),
                          (GRID, self.tr("All parameters"))):
            self.mode_combo.addItem(text, key)
        self.mode_combo.setToolTip(self.tr("Overlaid on one plot, one plot per initializer on "
                                           "shared axes, or every parameter at once"))
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._render())
        self.theory_box = QCheckBox(self.tr("Theory"))
        self.theory_box.setChecked(True)
        self.theory_box.setToolTip(self.tr("Draw the expected density (dashed), from each "
                                           "parameter's fan_in, fan_out and gain"))
        self.theory_box.toggled.connect(lambda _on: self._render())
        self.log_box = QCheckBox(self.tr("Log counts"))
        self.log_box.toggled.connect(lambda _on: self._render())
        self.range_combo = QComboBox()
        for clip in CLIP_CHOICES:
            text = self.tr("Full range") if clip is None else self.tr(
                "Central {percent}%").format(percent=f"{clip:g}")
            self.range_combo.addItem(text, clip)
        self.range_combo.setToolTip(self.tr("Clip the range to central percentiles so a few "
                                            "outliers do not squash the rest"))
        self.range_combo.currentIndexChanged.connect(lambda _i: self.request_rebin())
        self.bins_spin = QSpinBox()
        self.bins_spin.setRange(5, 1000)
        self.bins_spin.setValue(DEFAULT_BINS)
        self.bins_spin.setPrefix(self.tr("bins "))
        self.bins_spin.setKeyboardTracking(False)
        self.bins_spin.valueChanged.connect(lambda _v: self.request_rebin())
        self.png_button = QPushButton(self.tr("PNG…"))
        self.png_button.setToolTip(self.tr("Export the chart as a PNG image"))
        self.png_button.clicked.connect(self.export_png_dialog)
        self.csv_button = QPushButton(self.tr("CSV…"))
        self.csv_button.setToolTip(self.tr("Export the bins and expected counts as CSV"))
        self.csv_button.clicked.connect(self.export_csv_dialog)

        self.overlay_plot = pg.PlotWidget(background="w")
        _style(self.overlay_plot.getPlotItem())
        self.overlay_plot.setLabel("bottom", self.tr("value"))
        self.overlay_plot.setLabel("left", self.tr("count"))
        self.overlay_plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.multiples = pg.GraphicsLayoutWidget()
        self.multiples.setBackground("w")
        self.grid = pg.GraphicsLayoutWidget()
        self.grid.setBackground("w")
        self.empty_label = note_label()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setText(self.tr(
            "Tick initializers and press \u201cApply and compare\u201d: each is applied to a copy "
            "of the network with the same seed, and their weights appear here."))
        self.stack = QStackedWidget()
        self.grid_scroll = scrolled(self.grid)  # every parameter keeps a readable height
        for widget in (self.empty_label, self.overlay_plot, self.multiples, self.grid_scroll):
            self.stack.addWidget(widget)
        self.hover_label = note_label()
        self.hover_label.setText(self.tr("Point at the chart to read a bin's range and counts"))

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Initializer"), self.tr("Expected distribution"), self.tr("Expected std"),
            self.tr("Measured std"), self.tr("KS statistic"), self.tr("Outside range")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setToolTip(self.tr(
            "KS statistic: the largest gap between the measured and the expected cumulative "
            "distribution (0 is a perfect fit)."))

        # Two short rows rather than one long one: the tab must fit a 1280-pixel-wide window.
        what_row = QHBoxLayout()
        for widget in (self.parameter_combo, self.mode_combo, self.theory_box):
            what_row.addWidget(widget)
        what_row.addStretch(1)
        how_row = QHBoxLayout()
        for widget in (self.range_combo, self.bins_spin, self.log_box, self.png_button,
                       self.csv_button):
            how_row.addWidget(widget)
        how_row.addStretch(1)
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(4, 4, 4, 4)
        charts_layout.addLayout(what_row)
        charts_layout.addLayout(how_row)
        chart_and_table = QSplitter(Qt.Orientation.Vertical)
        chart_and_table.addWidget(self.stack)
        chart_and_table.addWidget(self.table)
        chart_and_table.setStretchFactor(0, 3)
        chart_and_table.setStretchFactor(1, 1)
        chart_and_table.setSizes([560, 170])
        charts_layout.addWidget(chart_and_table, stretch=1)
        charts_layout.addWidget(self.hover_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side_scroll)
        splitter.addWidget(charts)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Scrolls rather than widening the window: it must fit 1280×720, also in presenter mode.
        layout.addWidget(scrolled(splitter))

        session.computed.connect(self._computed)
        session.busyChanged.connect(self._busy_changed)
        session.snapshotChanged.connect(lambda _s: self.set_history(session.history()))
        self.set_history(session.history())
        self._update_enabled()

    # --- public API ---------------------------------------------------------------

    def step(self) -> dict | None:
        """The comparison as a scenario step (``compare``), or None when the choice is invalid."""
        candidates = self.chooser.candidates()
        if candidates is None:
            return None
        if not candidates:
            self._status(self.tr("Tick at least one initializer to compare."), error=True)
            return None
        return {"op": "compare", "inits": candidates, "seed": self.chooser.seed.value(),
                "params": self.chooser.params.currentData(), "bins": self.bins_spin.value(),
                "clip": self.range_combo.currentData()}

    def run_comparison(self) -> bool:
        """Start "Apply and compare" on the worker; False when refused (busy or invalid)."""
        step = self.step()
        if step is None:
            return False
        from core import steps as step_ops

        bins, clip = step["bins"], step["clip"]
        analysis = {k: v for k, v in step.items() if k not in ("bins", "clip")}
        relay = self._relay

        def run(lab):
            comparison = step_ops.analyze(lab, analysis, relay)
            return comparison, comparison.grid(bins, clip)

        if not self.session.compute(TAG_COMPARE, run):
            self._status(self.tr("Busy: wait for the running operation"), error=True)
            return False
        self._status(self.tr("Applying {count} initializers to copies of the network…").format(
            count=len(step["inits"])))
        return True

    def request_rebin(self) -> bool:
        """Re-bin the kept comparison with the chosen bins and range, on the worker."""
        comparison = self._comparison
        if comparison is None:
            return False
        bins, clip = self.bins_spin.value(), self.range_combo.currentData()
        if not self.session.compute(TAG_REBIN, lambda _lab: comparison.grid(bins, clip)):
            self._pending_rebin = True  # asked again when the session is free
            return False
        self._pending_rebin = False
        return True

    def overlays(self) -> dict:
        return dict(self._overlays)

    def comparison(self):
        return self._comparison

    def current_parameter(self) -> str | None:
        return self.parameter_combo.currentData()

    def set_parameter(self, name: str) -> None:
        index = self.parameter_combo.findData(name)
        if index >= 0:
            self.parameter_combo.setCurrentIndex(index)

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))

    def set_history(self, snapshots: list) -> None:
        self._history = list(snapshots)
        self._refresh_history_list()

    def legend_labels(self) -> list[str]:
        legend = self.overlay_plot.getPlotItem().legend
        return [label.text for _sample, label in legend.items] if legend else []

    def export_png(self, path: str) -> None:
        """The chart as shown (overlay, small multiples or all parameters), twice on-screen size."""
        mode = self.mode_combo.currentData()
        item = {OVERLAY: self.overlay_plot.getPlotItem(), MULTIPLES: self.multiples.ci,
                GRID: self.grid.ci}[mode]
        save_png(item, path)

    def export_csv(self, path: str) -> None:
        """parameter, initializer, bin_start, bin_end, count, expected_count: one row per bin."""
        names = self._order if self.mode_combo.currentData() == GRID else [
            self.current_parameter()]
        with open(path, "w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file)
            writer.writerow(["parameter", "initializer", "bin_start", "bin_end", "count",
                             "expected_count", "expected_std", "measured_std", "ks"])
            for name in names:
                overlay = self._overlays.get(name)
                if overlay is None:
                    continue
                edges = overlay.edges
                for series in overlay.series:
                    expected = series.expected_counts
                    for k, count in enumerate(series.counts):
                        writer.writerow([
                            name, series.label, repr(float(edges[k])), repr(float(edges[k + 1])),
                            int(count), "" if expected is None else repr(float(expected[k])),
                            repr(series.expected_std), repr(series.measured_std),
                            repr(series.ks)])

    # --- results -----------------------------------------------------------------

    def _computed(self, tag: str, result) -> None:
        if tag == TAG_COMPARE:
            self._comparison, overlays = result
            self._set_overlays(overlays)
            failed = [(label, message) for label, message in overlays[0].errors] if overlays \
                else []
            text = self.tr("Compared {count} initializers with seed {seed}; the network is "
                           "unchanged.").format(count=len(self._comparison.candidates),
                                                seed=self._comparison.seed)
            for label, message in failed:
                text += "\n" + self.tr("{label} failed: {message}").format(
                    label=label, message=translate_message(message))
            self._status(text, error=bool(failed))
            if self.stack.currentWidget() is self.empty_label:
                self.set_mode(OVERLAY)
            self._render()
            self.comparisonShown.emit()
            if overlays and (len(overlays[0].edges) - 1 != self.bins_spin.value()
                             or overlays[0].clip != self.range_combo.currentData()):
                self.request_rebin()  # the range controls changed while it ran
        elif tag == TAG_REBIN:
            self._set_overlays(result)
            self._render()

    def _set_overlays(self, overlays) -> None:
        current = self.current_parameter()
        self._overlays = {o.parameter: o for o in overlays}
        self._order = [o.parameter for o in overlays]
        self.parameter_combo.blockSignals(True)
        self.parameter_combo.clear()
        for overlay in overlays:
            shape = "×".join(str(d) for d in overlay.shape)
            self.parameter_combo.addItem(f"{overlay.parameter}  ({shape})", overlay.parameter)
        index = self.parameter_combo.findData(current)
        self.parameter_combo.setCurrentIndex(max(index, 0))
        self.parameter_combo.blockSignals(False)
        self._refresh_history_list()
        self._update_enabled()

    def _progressed(self, done: int, total: int, label: str) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        self.progress_bar.show()
        self._status(self.tr("Applying {label} ({number} of {total})…").format(
            label=label, number=done + 1, total=total))

    def _busy_changed(self, busy: bool) -> None:
        if not busy:
            self.progress_bar.hide()
        self._update_enabled()
        if not busy and self._pending_rebin:
            self.request_rebin()

    def _update_enabled(self) -> None:
        busy = self.session.busy
        self.compare_button.setEnabled(not busy)
        has = bool(self._overlays)
        for widget in (self.png_button, self.csv_button):
            widget.setEnabled(has)

    # --- drawing -----------------------------------------------------------------

    def _parameter_changed(self) -> None:
        self._refresh_history_list()
        self._render()

    def _render(self) -> None:
        overlay = self._overlays.get(self.current_parameter())
        history = self._checked_history()
        mode = self.mode_combo.currentData()
        if overlay is None and not history:
            self.stack.setCurrentWidget(self.empty_label)
            self.table.setRowCount(0)
            return
        if mode == MULTIPLES and overlay is not None:
            self._draw_multiples(overlay)
            self.stack.setCurrentWidget(self.multiples)
        elif mode == GRID and self._overlays:
            self._draw_grid()
            self.stack.setCurrentWidget(self.grid_scroll)
        else:
            self._draw_overlay(overlay, history)
            self.stack.setCurrentWidget(self.overlay_plot)
        self._fill_table(overlay)
        self.table.setVisible(mode != GRID)

    def _counts(self, counts: np.ndarray) -> np.ndarray:
        y = np.asarray(counts, dtype=np.float64)
        return np.maximum(y, LOG_FLOOR) if self.log_box.isChecked() else y

    def _add_series(self, plot: pg.PlotItem, edges, series, color: str, name: str | None,
                    keep: bool = False) -> None:
        log = self.log_box.isChecked()
        curve = pg.PlotDataItem(
            x=np.asarray(edges), y=self._counts(series.counts), stepMode="center",
            fillLevel=math.log10(LOG_FLOOR) if log else 0.0, brush=_fill(color),
            pen=pg.mkPen(color, width=2.5), name=name)
        plot.addItem(curve)
        if keep:
            self.overlay_curves.append(curve)
        if not self.theory_box.isChecked():
            return
        if series.curve_x is not None:
            y = np.asarray(series.curve_y, dtype=np.float64)
            if log:
                y = np.where(y >= LOG_FLOOR, y, np.nan)
            theory = pg.PlotDataItem(x=series.curve_x, y=y, connect="finite",
                                     pen=pg.mkPen(color, width=2.5,
                                                  style=Qt.PenStyle.DashLine))
            plot.addItem(theory)
            if keep:
                self.theory_curves.append(theory)
        if series.atoms:
            x = np.array([v for v, _ in series.atoms])
            y = np.array([max(c, LOG_FLOOR) if log else c for _, c in series.atoms])
            atoms = pg.ScatterPlotItem(x=x, y=y, symbol="d", size=14, brush=pg.mkBrush(color),
                                       pen=pg.mkPen(INK))
            plot.addItem(atoms)

    def _draw_overlay(self, overlay, history) -> None:
        plot = self.overlay_plot.getPlotItem()
        plot.clear()
        if plot.legend is not None:
            plot.legend.scene().removeItem(plot.legend)
            plot.legend = None
        legend = plot.addLegend(offset=(10, 10), labelTextSize="12pt", labelTextColor=INK,
                                brush=pg.mkBrush(255, 255, 255, 220))
        plot.setLogMode(x=False, y=self.log_box.isChecked())
        self.overlay_curves, self.theory_curves, self.history_curves = [], [], []
        width = None
        if overlay is not None:
            title = "{name}  ({shape})".format(
                name=overlay.parameter, shape="×".join(str(d) for d in overlay.shape))
            plot.setTitle(title, size="15pt", color=INK)
            width = (overlay.edges[-1] - overlay.edges[0]) / (len(overlay.edges) - 1)
            for i, series in enumerate(overlay.series):
                self._add_series(plot, overlay.edges, series, series_color(i), series.label,
                                 keep=True)
            if self.theory_box.isChecked() and any(s.curve_x is not None or s.atoms
                                                   for s in overlay.series):
                sample = pg.PlotDataItem(pen=pg.mkPen(INK, width=2.5, style=Qt.PenStyle.DashLine))
                legend.addItem(sample, self.tr("dashed: expected from theory"))
        for i, (label, stats) in enumerate(history):
            hist = stats.histogram
            edges = np.asarray(hist.edges)
            own = (edges[-1] - edges[0]) / max(len(edges) - 1, 1)
            scale = width / own if width and own else 1.0
            color = HISTORY_COLORS[i % len(HISTORY_COLORS)]
            curve = pg.PlotDataItem(
                x=edges, y=self._counts(np.asarray(hist.counts) * scale), stepMode="center",
                pen=pg.mkPen(color, width=2.5, style=Qt.PenStyle.DotLine),
                name=self.tr("history: {label}").format(label=translate_message(label)))
            plot.addItem(curve)
            self.history_curves.append(curve)
        plot.enableAutoRange()

    def _draw_multiples(self, overlay) -> None:
        """One plot per initializer on the same x and y ranges, so heights compare."""
        self.multiples.clear()
        columns = 2 if len(overlay.series) > 1 else 1
        peak = max([float(np.max(s.counts)) for s in overlay.series if s.counts.size] + [
            float(np.nanmax(s.curve_y)) for s in overlay.series
            if self.theory_box.isChecked() and s.curve_y is not None and s.curve_y.size] + [1.0])
        log = self.log_box.isChecked()
        for i, series in enumerate(overlay.series):
            plot = self.multiples.addPlot(row=i // columns, col=i % columns)
            _style(plot, 11)
            plot.setTitle(series.label, size="12pt", color=series_color(i))
            plot.setLogMode(x=False, y=log)
            self._add_series(plot, overlay.edges, series, series_color(i), None)
            plot.setXRange(float(overlay.edges[0]), float(overlay.edges[-1]), padding=0.02)
            if log:
                plot.setYRange(math.log10(LOG_FLOOR), math.log10(peak * 1.5), padding=0)
            else:
                plot.setYRange(0, peak * 1.05, padding=0)

    def _draw_grid(self) -> None:
        self.grid.clear()
        columns = 4 if len(self._order) > 12 else 3 if len(self._order) > 4 else 2
        rows = math.ceil(len(self._order) / columns)
        self.grid.setMinimumHeight(40 + rows * 170)
        labels = []
        for index, name in enumerate(self._order):
            overlay = self._overlays[name]
            plot = self.grid.addPlot(row=index // columns + 1, col=index % columns)
            _style(plot, 9)
            plot.setTitle(name, size="11pt", color=INK)
            plot.setLogMode(x=False, y=self.log_box.isChecked())
            for i, series in enumerate(overlay.series):
                self._add_series(plot, overlay.edges, series, series_color(i), None)
                if index == 0:
                    labels.append(f'<span style="color:{series_color(i)}">■ '
                                  f"{series.label}</span>")
        self.grid.addLabel("   ".join(labels), row=0, col=0, colspan=columns, size="12pt")

    def _fill_table(self, overlay) -> None:
        rows = list(overlay.series) if overlay is not None else []
        self.table.setRowCount(len(rows))
        for row, series in enumerate(rows):
            note = translate_message(series.note)
            formula = series.formula or note or self.tr("no closed form")
            outside = series.below + series.above
            cells = (series.label, formula, _num(series.expected_std),
                     _num(series.measured_std), _num(series.ks),
                     self.tr("{count} values").format(count=f"{outside:,}") if outside else "0")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(note if column == 1 and note else text)
                if column == 0:
                    item.setForeground(pg.mkColor(series_color(row)))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    # --- history -----------------------------------------------------------------

    def _refresh_history_list(self) -> None:
        checked = {self.history_list.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.history_list.count())
                   if self.history_list.item(i).checkState() == Qt.CheckState.Checked}
        self.history_list.blockSignals(True)
        self.history_list.clear()
        name = self.current_parameter()
        if name and self._history:
            for entry in history_entries(self._history, len(self._history) - 1, name):
                info = entry.info
                if info is None or info.stats is None or info.stats.histogram is None:
                    continue
                item = QListWidgetItem(translate_message(entry.label))
                item.setData(Qt.ItemDataRole.UserRole, entry.index)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if entry.index in checked
                                   else Qt.CheckState.Unchecked)
                self.history_list.addItem(item)
        self.history_list.blockSignals(False)

    def _checked_history(self) -> list:
        name = self.current_parameter()
        result = []
        for i in range(self.history_list.count()):
            item = self.history_list.item(i)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            snapshot = self._history[item.data(Qt.ItemDataRole.UserRole)]
            info = snapshot.parameter(name)
            if info is not None and info.stats is not None:
                result.append((snapshot.label, info.stats))
        return result

    # --- hover and files ---------------------------------------------------------

    def hover_text(self, x: float) -> str:
        """"[start, end): label count · label count" for the bin under ``x``."""
        overlay = self._overlays.get(self.current_parameter())
        if overlay is None:
            return ""
        edges = overlay.edges
        if not edges[0] <= x <= edges[-1]:
            return ""
        k = min(int(np.searchsorted(edges, x, side="right")) - 1, len(edges) - 2)
        parts = [f"{s.label} {int(s.counts[k]):,}" for s in overlay.series]
        return self.tr("[{start}, {end}): {counts}").format(
            start=f"{edges[k]:.4g}", end=f"{edges[k + 1]:.4g}", counts="  ·  ".join(parts))

    def _on_mouse_moved(self, pos: QPointF) -> None:
        view = self.overlay_plot.getPlotItem().getViewBox()
        if view.sceneBoundingRect().contains(pos):
            text = self.hover_text(view.mapSceneToView(pos).x())
            if text:
                self.hover_label.setText(text)

    def export_stem(self) -> str | None:
        if not self._overlays:
            self._status(self.tr("Nothing to export: run a comparison first"), error=True)
            return None
        name = self.current_parameter() or "comparison"
        return re.sub(r"[^A-Za-z0-9_.-]+", "_", f"compare-{name}")
