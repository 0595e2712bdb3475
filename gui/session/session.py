"""The GUI's handle on the core Session: its operations run off the UI thread, one at a time.

Widgets submit steps (the same dicts a scenario holds) and listen to signals; no
widget runs code on the Lab. Every change arrives as ``transitioned(Transition)``
(core/operations/transition.py), analyses also as ``analysed(step, Analysis)``.
While an operation runs the session is busy and refuses another, so a second click
cannot start a second run.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from core import threads
from core.cancel import Cancelled, Monitor, by_percent
from core.errors import INVALID_ARGUMENT, LabError
from core.messages import msg
from core.model.lab import Lab
from core.model.snapshot import Snapshot
from core.operations import steps as step_ops
from core.operations.transition import ANALYSIS, Transition
from core.session import Session
from gui.session import worker
from gui.session.session_errors import as_lab_error


class LabSession(QObject):
    """Signals: transitions, a new snapshot, busy state, failures (LabError, step), analyses."""

    transitioned = Signal(object)  # Transition: every change, analyses included
    snapshotChanged = Signal(object)  # Snapshot
    busyChanged = Signal(bool)
    failed = Signal(object, object)  # LabError, the step dict (or None)
    succeeded = Signal(object, object)  # step dict, Snapshot
    analysed = Signal(object, object)  # compare/depth step, core Analysis: network unchanged
    lessonMoved = Signal(object)  # the LessonRun, after its start, Next or Back
    scenarioPlayed = Signal(object)  # the report dict of a played scenario
    pathChanged = Signal(object)  # the session file path or None
    workspaceChanged = Signal()  # New, Open, a restore, or undo/redo across them: another Lab
    histogramReady = Signal(object, str, int, object)  # Snapshot, parameter, bins, Histogram
    histogramFailed = Signal(object, str, int, object)  # Snapshot, parameter, bins, LabError
    progressed = Signal(int, int, str)  # done, total, what: the running step's progress
    cancelled = Signal(object)  # the step (or None) that stopped on cancel(); nothing changed
    trainedSoFar = Signal(int, str, object)  # index, label, losses so far: a running train

    def __init__(self, lab: Lab | None = None, seed: int | None = None, parent=None) -> None:
        super().__init__(parent)
        threads.reserve_ui_core()  # torch never takes the UI thread's core
        self.core = Session(lab, seed)
        self._busy = False
        self._limit_changed = False  # the undo bound was set while a step ran
        self._worker = None
        self._monitor: Monitor | None = None  # the running step's, while one can be cancelled
        self._histogram_jobs: set = set()  # running request_histogram workers
        # One histogram at a time: with the core left to the UI, never every core busy.
        self._histogram_pool = QThreadPool(self)
        self._histogram_pool.setMaxThreadCount(1)

    # -- state (the core Session's) --------------------------------------------------

    @property
    def lab(self) -> Lab:
        return self.core.lab

    @property
    def seed(self) -> int:
        return self.core.seed

    @property
    def path(self) -> Path | None:
        return self.core.path

    @property
    def lesson(self):
        """The core LessonRun being walked, or None."""
        return self.core.lesson

    @property
    def snapshot(self) -> Snapshot:
        return self.core.snapshot

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def can_undo(self) -> bool:
        return self.core.can_undo and not self._busy

    @property
    def can_redo(self) -> bool:
        return self.core.can_redo and not self._busy

    @property
    def modified(self) -> bool:
        """True when closing now would lose steps: they differ from the last save or open."""
        return self.core.modified

    @property
    def history_limit(self) -> int:
        return self.core.history_limit

    def history(self) -> list[Snapshot]:
        return self.core.history()

    def steps(self) -> tuple[dict, ...]:
        return self.core.steps()

    def document(self) -> dict:
        return self.core.document()

    def history_usage(self) -> tuple[int, int]:
        """(steps undo can go back, bytes of earlier weights they keep alive)."""
        return self.core.history_usage()

    def set_history_limit(self, max_bytes: int) -> None:
        """Bound the memory of earlier weights undo keeps (applied once no step runs).

        Raises LabError for a bad value. When it drops steps, snapshotChanged
        refreshes the views (fewer steps to undo, fewer in the histogram history).
        """
        self.core.set_history_limit(max_bytes)
        self._limit_changed = self._busy  # applied when the running step ends
        if not self._busy and self.core.apply_history_limit():
            self.snapshotChanged.emit(self.snapshot)

    def request_histogram(self, snapshot: Snapshot, name: str, bins: int) -> None:
        """Compute a parameter's histogram at ``bins`` bins on a worker; never busy.

        It reads weights a committed step keeps (never mutated), so it may run
        beside an operation; the answer comes as histogramReady or histogramFailed.
        """
        lab, jobs = self.lab, self._histogram_jobs
        job = worker.Worker(lambda: lab.parameter_histogram(snapshot, name, bins))

        def ready(histogram) -> None:
            jobs.discard(job)
            self.histogramReady.emit(snapshot, name, bins, histogram)

        def failed(exc) -> None:
            jobs.discard(job)
            self.histogramFailed.emit(snapshot, name, bins, as_lab_error(exc))

        job.signals.finished.connect(ready)
        job.signals.errored.connect(failed)
        jobs.add(job)  # referenced until it reports, or its signals could be collected first
        self._histogram_pool.start(job)

    # -- operations ----------------------------------------------------------------

    def submit(self, step: dict) -> bool:
        """Start one step (an analysis too); False (and nothing happens) while one runs.

        Its Transition arrives as ``transitioned``; then ``analysed`` for compare and
        depth, else ``succeeded`` and ``snapshotChanged``; ``failed`` if it failed.
        """
        if self._busy:
            return False
        try:
            step_ops.check_structure(step, "step")  # steps built by widgets: a bug if wrong
        except step_ops.StepFormatError as exc:  # shown like any refusal, never raised at Qt
            self.failed.emit(LabError(INVALID_ARGUMENT, msg(
                "This operation is malformed and was not run: {reason}.", reason=str(exc))), step)
            return True
        core, monitor = self.core, self._new_monitor()
        self._run(lambda: core.submit(step, monitor), step)
        return True

    perform = submit  # the name the window and the tests have always used

    def open_model(self, spec: str | None = None, module=None, example_input=None) -> bool:
        """The user's own model (``my_net.py:make_net`` or an ``nn.Module``) replaces the
        network, run on the worker as the headless runner runs it; undo brings the old
        one back. Its outcome arrives as ``transitioned`` or ``failed``."""
        if self._busy:
            return False
        core = self.core
        self._run(lambda: core.open_model(spec, module, example_input), None)
        return True

    def open_architecture(self, key: str) -> bool:
        """The architecture template ``key`` (core/model/architectures.py) replaces the
        network, opened as a user model on the worker; as ``open_model`` otherwise."""
        if self._busy:
            return False
        core = self.core
        self._run(lambda: core.open_architecture(key), None)
        return True

    def rebin(self, bins: int, clip: float | None = None) -> bool:
        """The kept comparison at other bins or clipping; arrives as ``analysed``."""
        if self._busy:
            return False
        core = self.core
        self._run(lambda: core.regrid(bins, clip), None)
        return True

    @property
    def cancellable(self) -> bool:
        """A step runs that stops at its next layer or module when cancel() is called."""
        return self._busy and self._monitor is not None

    def cancel(self) -> bool:
        """Ask the running step to stop; it ends with ``cancelled`` and changes nothing."""
        if not self.cancellable:
            return False
        self._monitor.cancel()
        return True

    def undo(self) -> bool:
        """Undo the last operation; past the lab's first one, bring back what New replaced."""
        return self._history_move("undo", self.lab.can_undo, self.core.can_undo)

    def redo(self) -> bool:
        return self._history_move("redo", self.lab.can_redo, self.core.can_redo)

    def _history_move(self, op: str, in_lab: bool, possible: bool) -> bool:
        if self._busy or not possible:
            return False
        if in_lab:  # the lab's own history: on the worker like any step
            return self.submit({"op": op})
        self._landed(self.core.undo() if op == "undo" else self.core.redo())  # swap a Lab back
        return True

    def new(self, seed: int | None = None) -> bool:
        """A fresh, empty lab; undo brings the replaced one back (refused while busy)."""
        if self._busy:
            return False
        self._landed(self.core.new(seed))
        return True

    def open(self, path: str | Path) -> bool:
        """Replay a session or scenario file on a new Lab; swap it in when it loaded."""
        if self._busy:
            return False
        core, path = self.core, Path(path)
        self._run(lambda: core.open(path), None)
        return True

    def restore(self, session_path: str | Path, weights_path: str | Path | None = None,
                journal_path: str | Path | None = None, steps: int | None = None) -> bool:
        """Replay an autosaved session (its file, then its journal's steps) and put back
        its exact weights; the file is not adopted as the session's path (saving asks
        where, as for a new session)."""
        if self._busy:
            return False
        core = self.core
        self._run(lambda: core.restore(session_path, weights_path, journal_path, steps), None)
        return True

    def start_lesson(self, lesson) -> bool:
        """Walk ``lesson`` on a fresh network (its seed, or a new one); ``lessonMoved`` then."""
        if self._busy:
            return False
        self.new(seed=lesson.seed)
        core = self.core
        self._run(lambda: core.start_lesson(lesson), None)
        return True

    def end_lesson(self) -> None:
        """Stop walking the lesson; the network stays as it is."""
        self.core.end_lesson()

    def lesson_next(self) -> bool:
        """The lesson's next page (its step performed on the worker)."""
        if self._busy or self.lesson is None or self.lesson.at_end:
            return False
        self._run(self.core.lesson_next, None)
        return True

    def lesson_back(self) -> bool:
        """The lesson's previous page, exactly as it was shown."""
        if self._busy or self.lesson is None or self.lesson.at_start:
            return False
        self._run(self.core.lesson_back, None)
        return True

    def save(self, path: str | Path) -> None:
        """Write the steps so far as a scenario; raises OSError with the reason."""
        self.core.save(path)
        self.pathChanged.emit(self.path)

    def export_weights(self, path: str | Path) -> None:
        self.core.export_weights(path)

    def import_weights(self, path: str | Path) -> bool:
        return self.submit({"op": "load_weights", "path": str(Path(path).resolve())})

    def export_code(self, path: str | Path, title: str | None = None, scope: str = "screen",
                    on_done=None) -> bool:
        """Write the PyTorch script of the network on screen (or the whole session) on the
        worker, checked by a replay; ``on_done(export)`` when written, ``failed`` if not."""
        if self._busy:
            return False
        core = self.core

        def done(result) -> None:
            self._finish()
            if on_done is not None:
                on_done(result)

        self._set_busy(True)
        self._worker = worker.start(self._with_upkeep(lambda: core.export_code(path, title, scope)),
                                    done, lambda exc: self._fail(exc, None))
        return True

    def wait(self, timeout_ms: int = 30_000) -> None:
        """Block until the running operation ended (tests and scripted runs)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThreadPool

        QThreadPool.globalInstance().waitForDone(QDeadlineTimer(timeout_ms))
        self._histogram_pool.waitForDone(QDeadlineTimer(timeout_ms))
        QCoreApplication.processEvents()

    # -- internals -----------------------------------------------------------------

    def _new_monitor(self) -> Monitor:
        # both queued to the UI thread: progress, and a training run's losses so far
        self._monitor = Monitor(by_percent(self.progressed.emit), self.trainedSoFar.emit)
        return self._monitor

    def _run(self, operation, step: dict | None) -> None:
        """Run a core Session method on the worker; its Transition lands on the UI thread."""
        self._set_busy(True)
        self._worker = worker.start(self._with_upkeep(operation), self._landed,
                                    lambda exc: self._fail(exc, step))

    def _with_upkeep(self, operation):
        """``operation``, then what walks the kept history (tens of ms at 1000 layers) on
        the worker too, not on the UI thread: the undo memory bound, the snapshots' index."""
        core, limit = self.core, self.core.history_limit  # a limit set meanwhile: _set_busy

        def job():
            try:
                return operation()
            finally:  # the lab is the worker's until the outcome lands
                core.apply_history_limit(limit)
                core.index_history()  # for the parameter's history the window then shows
        return job

    def _landed(self, transition: Transition) -> None:
        """Tell the views what happened, in the order they have always heard it."""
        self._finish()
        self.transitioned.emit(transition)
        if transition.new_lab:
            self.pathChanged.emit(self.path)
            self.workspaceChanged.emit()
        if transition.analysis is not None:  # the window's analysis, or a lesson page's
            self.analysed.emit(transition.analysis.step, transition.analysis)
        if transition.kind == ANALYSIS:
            return
        if transition.report is not None:
            self.scenarioPlayed.emit(transition.report)
        elif transition.step is not None and transition.lesson_page is None \
                and not transition.new_lab:  # a step the window (or a student) performed
            self.succeeded.emit(transition.step, transition.after)
        self.snapshotChanged.emit(transition.after)
        if transition.lesson_page is not None:
            self.lessonMoved.emit(self.lesson)

    def _finish(self) -> None:
        self._worker = None
        self._set_busy(False)

    def _fail(self, exc: BaseException, step: dict | None) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            self.cancelled.emit(step)
            return
        self.failed.emit(as_lab_error(exc), step)

    def _set_busy(self, busy: bool) -> None:
        if not busy:  # the bound was applied on the worker (_with_upkeep), unless set since
            self._monitor = None
            if self._limit_changed:
                self.core.apply_history_limit()
            self._limit_changed = False
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)
