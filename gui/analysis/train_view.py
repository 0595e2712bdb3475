"""Does the initializer matter once the network trains? The Train tab answers on your network.

"Train and compare" submits a ``train`` step to the session: on its worker core
trains a copy of the network per ticked initializer, from one seed on the same
batches (the working network stays as it is). While it runs, each copy's losses so
far arrive (``LabSession.trainedSoFar``); the progress, status and loss chart are
redrawn together at most ``LIVE_MS`` apart (``train_live.LiveFeed``). The finished
run (``analysed``) brings accuracy, per-parameter gradient norms and update ratios,
histograms before and after, and for the 2-D tasks each copy's decision boundary. A
diverged copy is named so in the legend.
"""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.analysis.candidates import parse_candidates
from gui.analysis.chart_export import ChartExport
from gui.analysis.chart_style import StaleNote, fit_legend
from gui.analysis.compare_chooser import progress_bar
from gui.analysis.histogram_view import save_png
from gui.analysis.train_charts import CurveCharts, LayerCharts
from gui.analysis.train_controls import TrainControls
from gui.analysis.train_drawing import ResultDrawing, one_layout
from gui.analysis.train_live import LiveFeed
from gui.analysis.train_pictures import BoundaryGrid, HistogramGrid
from gui.forms.arg_form import big_button, heading, note_label, readable, scrolled
from gui.i18n import translate_message
from gui.kit.colors import series_color
from gui.kit.flow_layout import flow
from gui.kit.retranslating import Retranslating
from gui.models.current import CurrentSnapshot


class TrainView(ResultDrawing, Retranslating, ChartExport, QWidget):
    """Settings and "Train and compare" above the loss, per-layer, histogram and boundary charts."""

    trainingShown = Signal()

    def __init__(self, session, choice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        readable(self)
        self.session = session
        self.controls = TrainControls(choice)
        self.choice = choice
        self._result = None
        self._running = False  # our train step is on the worker: progress and losses are ours
        self._runs = 0  # runs started here: a run's deferred chart setup checks it is the latest
        self.live = LiveFeed(parent=self)  # progress and losses so far, a few times a second
        self.live.updated.connect(self._show_live)
        self.stale = StaleNote()

        self.run_button = big_button("")
        self.run_button.clicked.connect(self.run_training)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.session.cancel)
        self.cancel_button.hide()
        self.png_button, self.csv_button = QPushButton(), QPushButton()
        self.png_button.clicked.connect(self.export_png_dialog)
        self.csv_button.clicked.connect(self.export_csv_dialog)
        self.progress_bar = progress_bar()
        self.status_label = note_label()
        self.curves = CurveCharts()
        self.layers_heading = heading("", 2)
        self.histograms_heading, self.boundary_heading = heading("", 2), heading("", 2)
        for label in (self.layers_heading, self.histograms_heading, self.boundary_heading):
            label.setWordWrap(True)  # never wider than the column
        self.parameter_label = QLabel()
        self.parameter_combo = QComboBox()
        self.parameter_combo.currentIndexChanged.connect(lambda _i: self._render_parameter())
        self.layer_charts = LayerCharts()
        for charts in (self.curves, self.layer_charts):
            charts.rescaled.connect(self._rescaled)
        self.histograms = HistogramGrid()
        self.boundaries = BoundaryGrid()
        self._results_widgets = (self.layers_heading, self.parameter_label, self.parameter_combo,
                                 self.layer_charts, self.histograms_heading, self.histograms)
        self._lay_out()

        session.analysed.connect(self.show_analysis)
        session.progressed.connect(self._session_progressed)
        session.trainedSoFar.connect(self._trained_so_far)
        session.busyChanged.connect(self._busy_changed)
        session.cancelled.connect(self._cancelled)
        session.failed.connect(self._failed)
        CurrentSnapshot.of(session).changed.connect(
            lambda s: self.stale.update(s, self._stale_text()))
        self._show_results(False)
        self._update_enabled()
        self.retranslate()

    def _lay_out(self) -> None:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.controls)
        layout.addLayout(flow(self.run_button, self.cancel_button, self.png_button,
                              self.csv_button))
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.stale.label)
        layout.addWidget(self.curves)
        layout.addWidget(self.layers_heading)
        row = QHBoxLayout()
        row.addWidget(self.parameter_label)
        row.addWidget(self.parameter_combo, stretch=1)
        layout.addLayout(row)
        layout.addWidget(self.layer_charts)
        layout.addWidget(self.histograms_heading)
        layout.addWidget(self.histograms)
        layout.addWidget(self.boundary_heading)
        layout.addWidget(self.boundaries)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area = self.area = scrolled(content)  # scrolls down, never sideways
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(area)

    def retranslate(self) -> None:
        """Fixed texts, then the status, legend and chart titles again from their data."""
        self.run_button.setText(self.tr("Train and compare"))
        self.run_button.setToolTip(self.tr(
            "Train a copy of the network per ticked initializer, from the same seed on the "
            "same batches, and draw their losses (Ctrl+Shift+T). The network itself is not "
            "changed."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop training (Esc); nothing is changed"))
        self.png_button.setText(self.tr("PNG…"))
        self.png_button.setToolTip(self.tr("Save the loss and accuracy chart as PNG"))
        self.csv_button.setText(self.tr("CSV…"))
        self.csv_button.setToolTip(self.tr("Save every initializer's loss and accuracy per "
                                           "step as CSV"))
        self.layers_heading.setText(self.tr("How each parameter learned"))
        self.parameter_label.setText(self.tr("Parameter"))
        self.parameter_combo.setToolTip(self.tr(
            "The parameter whose gradient norm, update-to-weight ratio and histograms are shown"))
        self.histograms_heading.setText(self.tr("Values before (grey) and after training"))
        self.boundary_heading.setText(self.tr(
            "Decision boundary after training (blue: class 0, orange: class 1)"))
        self._label_charts()
        if getattr(self, "_status_render", None) is None:  # the introduction, until a run
            self.status_label.setText(self.tr(
                "Pick a task and press \u201cTrain and compare\u201d: each ticked initializer "
                "trains a copy of the network, and their losses appear here as they train."))
        else:
            self._retranslate_status()
        if self._result is not None:
            self._render()
        elif self.live.losses:
            self._draw_losses(sorted(self.live.losses))

    def _label_charts(self) -> None:
        """Chart titles and axes, at the presenter's scale."""
        self.curves.label((self.tr("Training loss (log scale)"), self.tr("Batch accuracy")),
                          self.tr("step"), (self.tr("loss"), self.tr("accuracy")))
        self.layer_charts.label((self.tr("Gradient norm (log scale)"),
                                 self.tr("Update-to-weight ratio (log scale)")),
                                self.tr("step"), ("‖grad‖", "‖Δw‖ / ‖w‖"))

    def _rescaled(self) -> None:
        self._label_charts()
        if self._result is not None:
            self._render()

    # --- running ------------------------------------------------------------------

    def run_training(self) -> bool:
        step = self.controls.step()
        if step is None:
            return False
        if not self.session.submit(step):
            self._say(lambda: (self.tr("Busy: wait for the running operation"), True))
            return False
        self._finish_drawing()  # the last result's pieces not drawn yet (a quick click)
        self._running = True
        self._runs += 1
        self.live.start()
        self.stale.request(self.session.snapshot)
        self._update_enabled()
        run = self._runs  # the charts a turn later: the window's busy state paints first
        QTimer.singleShot(1, self, lambda: self._prepare_charts(step, run))
        return True

    def _prepare_charts(self, step: dict, run: int) -> None:
        """The frame, the legend and the status line of a new run (unless it already ended)."""
        if not self._running or run != self._runs:
            return
        with one_layout(self.area):
            self.curves.show_right(False)  # no accuracy until the run is done: one plot
            self.curves.frame_steps(step["steps"])
            self._start_legend(step["inits"])
            self.curves.settle_ranges()
            self._say(lambda: (self.tr("Training copies of the network…"), False))
        self._scroll_to_curves()

    def result(self):  # the last core TrainResult shown, or None
        return self._result

    def is_running(self) -> bool:
        return self._running

    def _trained_so_far(self, index: int, label: str, losses) -> None:
        if self._running:
            self.live.trained_so_far(index, label, losses)

    def _show_live(self, progress, changed: list[int]) -> None:  # at most every LIVE_MS
        with one_layout(self.area):
            if progress is not None:
                self._progressed(*progress)
            if changed:
                self._draw_losses(changed)

    def _start_legend(self, inits) -> None:
        """Every initializer in the legend from the start (a new row lays the tab out)."""
        labels = [candidate.label for candidate in parse_candidates(inits)]
        self.curves.hide_from(len(labels))
        self.curves.legend.show_entries([
            (self.curves.show_loss(index, [], series_color(index)), label)
            for index, label in enumerate(labels)])
        fit_legend(self.curves.legend, self.curves.width())

    def _draw_losses(self, changed: list[int]) -> None:
        """The changed initializers' lines (the legend names them all from the start)."""
        for index in changed:
            self.curves.show_loss(index, self.live.losses[index][1], series_color(index))
        self.curves.settle_ranges()

    def _progressed(self, done: int, total: int, label: str) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        self.progress_bar.show()
        if label:
            self._say(lambda: (self.tr("Training with {label}: {done} of {total} steps…").format(
                label=label, done=done, total=total), False))

    def _session_progressed(self, done: int, total: int, label: str) -> None:
        if self._running:  # progress of our own run only
            self.live.progressed(done, total, label)

    def _busy_changed(self, busy: bool) -> None:
        if not busy:
            self.live.stop()
            if not self._running:  # else with what ended our run: one layout and paint
                self.progress_bar.hide()
        self._update_enabled()

    def _ended(self) -> None:
        """Our run is over without a result: the earlier result (or nothing) is shown again."""
        self._running = False
        self.live.clear()
        self.progress_bar.hide()
        self.curves.hide_from(0)
        self.curves.legend.show_entries([])
        if self._result is not None:
            self._render()
        self._update_enabled()

    def _cancelled(self, step) -> None:
        if self._running and step is not None and step.get("op") == "train":
            self._ended()
            self._say(lambda: (self.tr("Training cancelled: nothing was changed."), False))

    def _failed(self, error, step) -> None:
        if self._running and step is not None and step.get("op") == "train":
            self._ended()
            self._say(lambda: (self.tr("Training failed: {message}").format(
                message=translate_message(error.message)), True))

    # --- the finished run -----------------------------------------------------------

    def show_analysis(self, step: dict, analysis) -> None:
        """Show a finished training run (this view's or a lesson's); other analyses are
        not this view's."""
        if step["op"] != "train":
            return
        ours, self._running = self._running, False
        self.live.clear()
        self._result = analysis.result
        self.stale.request(analysis.snapshot)  # the network it was made on (a lesson's too)
        self._fill_parameters()
        self._update_enabled()
        self._render_in_pieces(self._drawn, self._show_finished, wait=ours)

    def _show_finished(self) -> None:
        """The status line of the finished run, drawn with the loss chart."""
        self.progress_bar.hide()
        self.stale.arrived(self.session.snapshot, self._stale_text())
        self._say(self._summary)

    def _drawn(self) -> None:
        """The finished run is drawn: its tab is brought forward."""
        self.trainingShown.emit()
        self._scroll_to_curves()

    def _summary(self) -> tuple[str, bool]:
        result = self._result
        s = result.settings
        text = self.tr("Trained {count} copies on {task}: {steps} steps of {batch}, {optimizer} "
                       "with lr {lr:g}, seed {seed}; the network is unchanged.").format(
            count=len(result.candidates), task=result.task.name, steps=s.steps, batch=s.batch,
            optimizer=s.optimizer, lr=s.lr, seed=s.seed)
        trouble = False
        for run in result.candidates:
            if run.error is not None:
                trouble = True
                text += "\n" + self.tr("{label}: {message}").format(
                    label=run.label, message=translate_message(run.error.message))
        return text, trouble

    def _note(self, run) -> str:
        """An initializer's name in the legend and titles, with how its run ended."""
        if run.curves is None:
            return self.tr("{label} (failed)").format(label=run.label)
        if run.diverged:
            return self.tr("{label} (diverged at step {step})").format(
                label=run.label, step=run.curves.diverged_at)
        return run.label

    # --- status and export ----------------------------------------------------------

    def _say(self, render) -> None:
        """Show ``render()``'s (text, is_error); ChartExport renders the text again in
        another language, as it does for Compare's and Depth's status lines."""
        self._status(lambda: render()[0], render()[1])

    def _stale_text(self) -> str:
        return self.tr("These curves were trained on an earlier network; the layers or their "
                       "shapes have changed since. Train again for the network as it is now.")

    def _scroll_to_curves(self) -> None:
        """The status line and the loss chart in view (the settings are above them)."""
        QTimer.singleShot(0, lambda: self.area.verticalScrollBar().setValue(
            self.status_label.y() - 4))

    def _update_enabled(self) -> None:
        busy = self.session.busy
        self.run_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy and self._running)
        self.png_button.setEnabled(self._result is not None)
        self.csv_button.setEnabled(self._result is not None)

    def export_stem(self) -> str | None:
        if self._result is None:
            self._say(lambda: (self.tr("Nothing to export: train first"), True))
            return None
        return "train"

    def export_png(self, path: str) -> None:
        save_png(self.curves.ci, path)

    def export_csv(self, path: str) -> None:
        """initializer, step, loss, accuracy: one row per step and initializer."""
        with open(path, "w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file)
            writer.writerow(["initializer", "step", "loss", "accuracy", "diverged"])
            for run in self._result.candidates:
                curves = run.curves
                if curves is None:
                    continue
                for step, loss in enumerate(curves.loss):
                    accuracy = repr(curves.accuracy[step]) if curves.accuracy else ""
                    writer.writerow([run.label, step, repr(loss), accuracy, run.diverged])
