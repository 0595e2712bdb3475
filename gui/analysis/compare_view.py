"""Compare initializers side by side: overlays, small multiples, every parameter, theory.

"Apply and compare" submits a ``compare`` step to the session: on its worker core
applies each chosen initializer to a copy of the network with the same seed (the
working network stays as it is), keeps the Comparison and returns it with its
histograms (``analysed``). Changing the bins or the clipping asks the session to
re-bin the kept comparison; switching parameter, layout,
theory or log counts only redraws, with ``setData`` on items built once. The
view never sees a tensor. The chooser sits beside the charts when there is room,
else above them, folded once a comparison shows.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QListWidget,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.model.snapshot import shape_text
from gui.analysis import compare_texts
from gui.analysis.chart_export import ChartExport, write_comparison_csv
from gui.analysis.chart_style import StaleNote
from gui.analysis.compare_chooser import ChooserToggle, InitChooser, ProgressRelay, progress_bar
from gui.analysis.compare_controls import (  # noqa: F401 (re-exported)
    GRID,
    MULTIPLES,
    OVERLAY,
    CompareControls,
)
from gui.analysis.compare_history import HistoryChooser
from gui.analysis.compare_multiples import MultiplesChart, ParametersGrid
from gui.analysis.compare_overlay import OverlayChart
from gui.analysis.compare_table import TheoryTable
from gui.analysis.histogram_view import save_png
from gui.forms.arg_form import big_button, note_label, readable, scrolled
from gui.kit.flow_layout import flow
from gui.kit.retranslating import Retranslating
from gui.models.current import CurrentSnapshot

WIDE_LAYOUT = 900  # narrower than this, the chooser goes above the charts


class CompareView(Retranslating, ChartExport, QWidget):
    """The chooser and "Apply and compare" beside (or above) the charts and the table."""

    comparisonShown = Signal()

    def __init__(self, session, choice=None, parent=None) -> None:  # choice: an InitChoice
        super().__init__(parent)
        readable(self)
        self.session = session
        self.current = CurrentSnapshot.of(session)
        self._comparison = None
        self._overlays: dict[str, object] = {}
        self._order: list[str] = []
        self._pending_rebin = False
        self._running = False  # our comparison runs: the session's progress is ours
        self.stale = StaleNote()
        self.chooser = InitChooser(choice)  # a view of the choice the Depth tab shows too
        self.choice = self.chooser.choice
        self.compare_button = big_button("")  # its texts: retranslate()
        self.compare_button.clicked.connect(self.run_comparison)
        self.status_label = note_label()
        self.stale_label = self.stale.label
        self.progress_bar = progress_bar()
        self._relay = ProgressRelay(self)
        self._relay.progressed.connect(self._progressed)
        self.history = HistoryChooser(self.current_parameter)
        self.history.changed.connect(self._render)
        self.history_list: QListWidget = self.history.list

        self.side = QWidget()
        side_layout = QVBoxLayout(self.side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.chooser, stretch=1)
        side_layout.addWidget(self.history)
        self.side_scroll = scrolled(self.side)
        self.side_scroll.setMinimumWidth(220)
        self.chooser_button = ChooserToggle(self.chooser, self.side_scroll)

        self.hover_label = note_label()
        self._controls = CompareControls(self)
        self._connect_controls(self._controls)
        self.overlay_chart = OverlayChart()
        self.overlay_chart.hovered.connect(self.hover_label.setText)
        self.multiples = MultiplesChart()
        self.grid = ParametersGrid()
        self.empty_label = note_label()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.grid_scroll = scrolled(self.grid)  # every parameter keeps a readable height
        for widget in (self.empty_label, self.overlay_chart, self.multiples, self.grid_scroll):
            self.stack.addWidget(widget)
        self.stack.setMinimumHeight(240)
        self.table = TheoryTable()
        self._lay_out()

        session.analysed.connect(self.show_analysis)
        session.progressed.connect(self._session_progressed)
        session.busyChanged.connect(self._busy_changed)
        self.current.changed.connect(self._snapshot_changed)
        self.history.set_history(self.current.history())
        self._update_enabled()
        self.retranslate()

    def retranslate(self) -> None:
        """Fixed texts, then the status, the stale note and the charts from their data."""
        self.compare_button.setText(self.tr("Apply and compare"))
        self.compare_button.setToolTip(self.tr(
            "Apply each ticked initializer to a copy of the network with the same seed and "
            "compare the weights (Ctrl+Shift+C). The network itself is not changed."))
        self.hover_label.setText(self.tr("Point at the chart to read a bin's range and counts"))
        self.empty_label.setText(self.tr(
            "Tick initializers and press \u201cApply and compare\u201d: each is applied to a copy "
            "of the network with the same seed, and their weights appear here."))
        self._retranslate_status()
        self.stale.update(self.session.snapshot, compare_texts.stale())
        self._render()

    def _connect_controls(self, controls: CompareControls) -> None:
        self.parameter_combo, self.mode_combo = controls.parameter_combo, controls.mode_combo
        self.theory_box, self.log_box = controls.theory_box, controls.log_box
        self.range_combo, self.bins_spin = controls.range_combo, controls.bins_spin
        self.png_button, self.csv_button = controls.png_button, controls.csv_button
        self.parameter_combo.currentIndexChanged.connect(lambda _i: self._parameter_changed())
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._render())
        self.theory_box.toggled.connect(lambda _on: self._render())
        self.log_box.toggled.connect(lambda _on: self._render())
        self.range_combo.currentIndexChanged.connect(lambda _i: self.request_rebin())
        self.bins_spin.valueChanged.connect(lambda _v: self.request_rebin())
        self.png_button.clicked.connect(self.export_png_dialog)
        self.csv_button.clicked.connect(self.export_csv_dialog)

    def _lay_out(self) -> None:
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(4, 0, 4, 4)
        # Short rows rather than one long one: the tab must fit a 600-pixel-wide column.
        charts_layout.addLayout(flow(self.parameter_combo, self.mode_combo, self.theory_box))
        charts_layout.addLayout(flow(self.range_combo, self.bins_spin, self.log_box))
        chart_and_table = QSplitter(Qt.Orientation.Vertical)
        chart_and_table.addWidget(self.stack)
        chart_and_table.addWidget(self.table)
        chart_and_table.setStretchFactor(0, 3)
        chart_and_table.setStretchFactor(1, 1)
        chart_and_table.setSizes([420, 150])
        charts_layout.addWidget(chart_and_table, stretch=1)
        charts_layout.addWidget(self.hover_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.side_scroll)
        self.splitter.addWidget(charts)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(flow(self.chooser_button, self.compare_button, self.png_button,
                              self.csv_button))
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.stale_label)
        layout.addWidget(self.splitter, stretch=1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area = scrolled(content)  # scrolls down, never sideways
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(area)

    # --- public API ---------------------------------------------------------------

    def step(self) -> dict | None:
        """The comparison as a scenario step (``compare``), or None when the choice is invalid."""
        candidates = self.chooser.candidates()
        if candidates is None:
            self.chooser_button.setChecked(True)
            return None
        if not candidates:
            self._status(lambda: self.tr("Tick at least one initializer to compare."),
                         error=True)
            return None
        return {"op": "compare", "inits": candidates, "seed": self.choice.seed(),
                "params": self.choice.params(), "bins": self.bins_spin.value(),
                "clip": self.range_combo.currentData()}

    def run_comparison(self) -> bool:
        """Start "Apply and compare" on the worker; False when refused (busy or invalid)."""
        step = self.step()
        if step is None:
            return False
        if not self.session.submit(step):
            self._status(lambda: self.tr("Busy: wait for the running operation"), error=True)
            return False
        self._running = True
        self.stale.request(self.session.snapshot)
        self._status(lambda: self.tr(
            "Applying {count} initializers to copies of the network…").format(
                count=len(step["inits"])))
        return True

    def request_rebin(self) -> bool:
        """Re-bin the kept comparison with the chosen bins and range, on the worker."""
        if self._comparison is None:
            return False
        bins, clip = self.bins_spin.value(), self.range_combo.currentData()
        if not self.session.rebin(bins, clip):
            self._pending_rebin = True  # asked again when the session is free
            return False
        self._pending_rebin = False
        return True

    def overlays(self) -> dict:
        return dict(self._overlays)

    def comparison(self):
        return self._comparison

    def is_stale(self) -> bool:
        """True while the shown comparison was made for a network that has changed since."""
        return self.stale.is_stale()

    def current_parameter(self) -> str | None:
        return self.parameter_combo.currentData()

    def set_parameter(self, name: str) -> None:
        index = self.parameter_combo.findData(name)
        if index >= 0:
            self.parameter_combo.setCurrentIndex(index)

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))

    def set_history(self, snapshots: list) -> None:
        self.history.set_history(snapshots)

    def legend_labels(self) -> list[str]:
        return self.overlay_chart.legend_labels()

    @property
    def overlay_curves(self) -> list:
        """The overlay's outline of each initializer, in order (the items on show)."""
        return self.overlay_chart.items.shown(self.overlay_chart.items.curves)

    @property
    def theory_curves(self) -> list:
        return self.overlay_chart.items.shown(self.overlay_chart.items.theories)

    @property
    def history_curves(self) -> list:
        return self.overlay_chart.items.shown(self.overlay_chart.history)

    def export_png(self, path: str) -> None:
        """The chart as shown (overlay, small multiples or all parameters), twice on-screen size."""
        mode = self.mode_combo.currentData()
        if mode == OVERLAY:  # on screen the combo names the parameter; a file needs a title
            with self.overlay_chart.titled():
                save_png(self.overlay_chart.ci, path)
            return
        save_png({MULTIPLES: self.multiples, GRID: self.grid}[mode].ci, path)

    def export_csv(self, path: str) -> None:
        """parameter, initializer, bin_start, bin_end, count, expected_count: one row per bin."""
        names = self._order if self.mode_combo.currentData() == GRID else [
            self.current_parameter()]
        write_comparison_csv(path, [self._overlays[n] for n in names if n in self._overlays])

    def export_stem(self) -> str | None:
        if not self._overlays:
            self._status(lambda: self.tr("Nothing to export: run a comparison first"),
                         error=True)
            return None
        name = self.current_parameter() or "comparison"
        return re.sub(r"[^A-Za-z0-9_.-]+", "_", f"compare-{name}")

    # --- results -----------------------------------------------------------------

    def _session_progressed(self, done: int, total: int, label: str) -> None:
        if self._running:
            self._relay(done, total, label)

    def show_analysis(self, step: dict, analysis) -> None:
        """Show a finished comparison; other analyses are not this view's."""
        if step["op"] != "compare":
            return
        if analysis.result is not self._comparison:  # a new comparison, not a re-binning
            self._running = False
            self._comparison, overlays = analysis.result, analysis.overlays
            self._set_overlays(overlays)
            self._report(overlays)
            if self.stack.currentWidget() is self.empty_label:
                self.set_mode(OVERLAY)
            if self.splitter.orientation() == Qt.Orientation.Vertical:
                self.chooser_button.setChecked(False)  # the chart gets the room
            self.stale.request(analysis.snapshot)  # the network it was made on
            self.stale.arrived(self.session.snapshot, compare_texts.stale())
            self._render()
            self.comparisonShown.emit()
            if overlays and (len(overlays[0].edges) - 1 != self.bins_spin.value()
                             or overlays[0].clip != self.range_combo.currentData()):
                self.request_rebin()  # the range controls changed while it ran
        else:
            self._set_overlays(analysis.overlays)
            self._render()

    def _report(self, overlays) -> None:
        failed, comparison = list(overlays[0].errors) if overlays else [], self._comparison
        self._status(lambda: compare_texts.report(comparison, failed), error=bool(failed))

    def _set_overlays(self, overlays) -> None:
        current = self.current_parameter()
        self._overlays = {o.parameter: o for o in overlays}
        self._order = [o.parameter for o in overlays]
        self.parameter_combo.blockSignals(True)
        self.parameter_combo.clear()
        for o in overlays:
            self.parameter_combo.addItem(f"{o.parameter}  {shape_text(o.shape)}", o.parameter)
        index = self.parameter_combo.findData(current)
        self.parameter_combo.setCurrentIndex(max(index, 0))
        self.parameter_combo.blockSignals(False)
        self.history.refresh()
        self._update_enabled()

    def _snapshot_changed(self, snapshot) -> None:
        self.history.set_history(self.current.history())
        self.stale.update(snapshot, compare_texts.stale())

    def _progressed(self, done: int, total: int, label: str) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        self.progress_bar.show()
        self._status(lambda: self.tr("Applying {label} ({number} of {total})…").format(
            label=label, number=done + 1, total=total))

    def _busy_changed(self, busy: bool) -> None:
        if not busy:
            self._running = False
            self.progress_bar.hide()
        self._update_enabled()
        if not busy and self._pending_rebin:
            self.request_rebin()

    def _update_enabled(self) -> None:
        self.compare_button.setEnabled(not self.session.busy)
        for widget in (self.png_button, self.csv_button):
            widget.setEnabled(bool(self._overlays))

    # --- the chooser's place -------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Beside the charts when the tab is wide, above them when it is narrow."""
        wide = event.size().width() >= WIDE_LAYOUT
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            self.side_scroll.setMinimumHeight(0 if wide else 260)
        super().resizeEvent(event)

    # --- drawing -----------------------------------------------------------------

    def _parameter_changed(self) -> None:
        self.history.refresh()
        self._render()

    def _render(self) -> None:
        overlay = self._overlays.get(self.current_parameter())
        history = self.history.checked()
        mode = self.mode_combo.currentData()
        theory, log = self.theory_box.isChecked(), self.log_box.isChecked()
        if overlay is None and not history:
            self.stack.setCurrentWidget(self.empty_label)
            self.table.show_series(())
            return
        if mode == MULTIPLES and overlay is not None:
            self.multiples.show_overlay(overlay, theory, log)
            self.stack.setCurrentWidget(self.multiples)
        elif mode == GRID and self._overlays:
            self.grid.show_overlays([self._overlays[n] for n in self._order], theory, log)
            self.stack.setCurrentWidget(self.grid_scroll)
        else:
            self.overlay_chart.show_overlay(overlay, history, theory, log)
            self.stack.setCurrentWidget(self.overlay_chart)
        self.table.show_series(overlay.series if overlay is not None else ())
        self.table.setVisible(mode != GRID)

    def hover_text(self, x: float) -> str:
        """"[start, end): label count · label count" for the bin under ``x``."""
        return self.overlay_chart.hover_text(self._overlays.get(self.current_parameter()), x)
