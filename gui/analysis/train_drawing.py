"""Drawing a finished training run in the Train tab, a piece per event-loop turn.

A finished run brings the loss and accuracy lines, one parameter's gradient norms,
update ratios and histograms, and a decision boundary per initializer. Drawn in one
go, with the paint that follows, the UI thread was busy for 50 ms and more; drawn in
pieces (a 1 ms timer between them, so input and other timers get their turn) the
loss chart, the part in view, comes first. ``TrainView`` mixes in ``ResultDrawing``;
a redraw for another reason (language, presenter mode) draws every piece at once.
``one_layout`` lays the panel out once per batch of changes (see there).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QScrollArea

from gui.analysis.chart_style import fit_legend, sample
from gui.kit.colors import series_color


@contextmanager
def one_layout(area: QScrollArea):
    """Lay ``area``'s panel out once after the changes in the block, fitted to its new
    height first. Showing a widget lays its panel out at once, and at the panel's old
    height: a taller panel squeezed the charts for a frame (each resized and repainted
    twice). A layout left to the event loop comes after the next paint, which another
    paint then follows."""
    layout = area.widget().layout()
    if not layout.isEnabled():  # an outer block lays out
        yield
        return
    layout.setEnabled(False)
    try:
        yield
    finally:
        layout.setEnabled(True)
        # the scroll area sizes the panel to its layout's new height, then the layout runs
        QCoreApplication.sendEvent(area, QEvent(QEvent.Type.LayoutRequest))
        QCoreApplication.sendPostedEvents(area.widget(), QEvent.Type.LayoutRequest)
        QCoreApplication.sendPostedEvents(area.viewport(), QEvent.Type.LayoutRequest)


class ResultDrawing:
    """The finished run's charts for ``TrainView`` (which provides the widgets)."""

    _drawing = 0  # counts drawings: a piece queued by an older one is dropped
    _pending: list = []  # pieces of the result not drawn yet
    _then: Callable[[], None] | None = None  # called once the last piece is drawn

    def _render(self) -> None:
        """The whole result at once (a new language, presenter mode, a run that ended)."""
        self._finish_drawing()  # a drawing in pieces not done yet (its status line too)
        self._pending = self._pieces()
        self._finish_drawing()

    def _render_in_pieces(self, then: Callable[[], None], first: Callable[[], None],
                          wait: bool) -> None:
        """A piece per turn of the event loop, ``first()`` (the status) and the loss chart
        (in view) first; ``then()`` after the last piece. With ``wait`` the turn that
        brought the result (and ended the busy state across the window) paints before
        them; else the status and loss chart are drawn now (a lesson's run: its page
        reads them)."""
        self._drawing += 1
        pieces = self._pieces()
        curves = pieces.pop(0)
        pieces.insert(0, lambda: (first(), curves()))  # one layout and paint for both
        self._pending, self._then = pieces, then
        if not wait:
            with one_layout(self.area):
                self._pending.pop(0)()
        self._queue_piece()

    def _queue_piece(self) -> None:
        drawing = self._drawing
        QTimer.singleShot(1, self, lambda: self._next_piece(drawing))

    def _next_piece(self, drawing: int) -> None:
        if drawing != self._drawing:
            return
        if self._pending:
            with one_layout(self.area):
                self._pending.pop(0)()
            self._queue_piece()
        else:
            self._finish_drawing()

    def _finish_drawing(self) -> None:
        """Every piece not drawn yet, now, then what waited for them (a new run starts,
        or the result is drawn again at once)."""
        self._drawing += 1
        pieces, self._pending = self._pending, []
        with one_layout(self.area):
            for piece in pieces:
                piece()
        then, self._then = self._then, None
        if then is not None:
            then()

    def _pieces(self) -> list[Callable[[], None]]:
        runs = self._result.candidates
        pieces = [self._draw_curves, self._show_parameter_charts]
        if not self._result.task.planar:
            return [*pieces, self._hide_boundaries]
        pieces.append(self._start_boundaries)
        pieces += [lambda cell=cell, run=run: self.boundaries.show_cell(cell, run, self._note(run))
                   for cell, run in enumerate(runs)]
        return pieces

    def _draw_curves(self) -> None:
        """Loss and accuracy per initializer, the legend naming how each run ended."""
        result = self._result
        classes = bool(result.task.classes)
        entries, shown = [], 0
        for index, run in enumerate(result.candidates):
            color = series_color(index)
            if run.curves is None:
                entries.append((sample(color, Qt.PenStyle.DashLine), self._note(run)))
                continue
            line = self.curves.show_loss(shown, run.curves.loss, color)
            if classes:
                self.curves.show_accuracy(shown, run.curves.accuracy or [], color)
            entries.append((line, self._note(run)))
            shown += 1
        self.curves.hide_from(shown)
        for plot in self.curves.plots():
            plot.enableAutoRange(axis="x")
        self.curves.left.enableAutoRange(axis="y")
        self.curves.show_right(classes)
        self.curves.legend.show_entries(entries)
        fit_legend(self.curves.legend, self.curves.width())
        self.curves.settle_ranges()

    def _show_parameter_charts(self) -> None:
        self._show_results(True)
        self._render_parameter()

    def _start_boundaries(self) -> None:
        self.boundary_heading.setVisible(True)
        self.boundaries.set_points(self._result.task.to_json()["points"])
        self.boundaries.lay_out(len(self._result.candidates))

    def _hide_boundaries(self) -> None:
        self.boundary_heading.setVisible(False)
        self.boundaries.lay_out(0)

    def _fill_parameters(self) -> None:
        previous = self.parameter_combo.currentData()
        self.parameter_combo.blockSignals(True)
        self.parameter_combo.clear()
        for name in self._result.layers:
            self.parameter_combo.addItem(name, name)
        index = self.parameter_combo.findData(previous)
        self.parameter_combo.setCurrentIndex(max(index, 0))
        self.parameter_combo.blockSignals(False)

    def _render_parameter(self) -> None:
        name = self.parameter_combo.currentData()
        if self._result is None or name is None:
            return
        runs = list(enumerate(self._result.candidates))
        self.layer_charts.show_parameter(runs, name)
        self.histograms.show_parameter(runs, name, self._note)

    def _show_results(self, shown: bool) -> None:
        for widget in self._results_widgets:
            widget.setVisible(shown)
        if not shown:
            self.boundary_heading.hide()
            self.boundaries.hide()
