"""The GUI's handle on a core Lab: operations run off the UI thread, one at a time.

Widgets send steps (the same dicts a scenario holds) and listen to signals; they
never touch the Lab's modules. While an operation runs the session is busy and
refuses another, so a second click cannot start a second run.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from core import threads
from core.cancel import Cancelled, Monitor
from core.errors import INVALID_ARGUMENT, INVALID_FILE, LabError
from core.io import files, weights
from core.io import scenario as scenario_io
from core.messages import msg
from core.model.lab import Lab
from core.model.snapshot import Snapshot
from core.model.workspaces import Replaced, Workspace
from core.operations import steps as step_ops
from gui.session import worker
from gui.session.session_errors import as_lab_error, refuse_unexpected


class LabSession(QObject):
    """Signals: a new snapshot, busy state, failures (LabError, step), played scenarios."""

    snapshotChanged = Signal(object)  # Snapshot
    busyChanged = Signal(bool)
    failed = Signal(object, object)  # LabError, the step dict (or None)
    succeeded = Signal(object, object)  # step dict, Snapshot
    scenarioPlayed = Signal(object)  # the report dict of a played scenario
    pathChanged = Signal(object)  # the session file path or None
    workspaceChanged = Signal()  # New, Open, a restore, or undo/redo across them: another Lab
    computed = Signal(str, object)  # tag, result of compute(): the network is unchanged
    histogramReady = Signal(object, str, int, object)  # Snapshot, parameter, bins, Histogram
    histogramFailed = Signal(object, str, int, object)  # Snapshot, parameter, bins, LabError
    progressed = Signal(int, int, str)  # done, total, what: the running step's progress
    cancelled = Signal(object)  # the step (or None) that stopped on cancel(); nothing changed

    def __init__(self, lab: Lab | None = None, seed: int | None = None, parent=None) -> None:
        super().__init__(parent)
        threads.reserve_ui_core()  # torch never takes the UI thread's core
        self.seed = random.randrange(2**31) if seed is None else seed
        self.lab = lab or Lab()
        self._busy = False
        self._worker = None
        self._monitor: Monitor | None = None  # the running step's, while one can be cancelled
        self.path: Path | None = None
        self._seeded = False
        self._saved_steps: tuple = ()  # the steps as last saved or opened (see ``modified``)
        self._replaced = Replaced()  # workspaces New or Open replaced, for undo
        self.history_limit = self.lab.history.max_bytes  # bytes of earlier weights undo keeps
        self._histogram_jobs: set = set()  # running request_histogram workers
        # One histogram at a time: with the core left to the UI, never every core busy.
        self._histogram_pool = QThreadPool(self)
        self._histogram_pool.setMaxThreadCount(1)

    # -- state ---------------------------------------------------------------------

    @property
    def snapshot(self) -> Snapshot:
        return self.lab.snapshot

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def can_undo(self) -> bool:
        return (self.lab.can_undo or bool(self._replaced.undo)) and not self._busy

    @property
    def can_redo(self) -> bool:
        return (self.lab.can_redo or bool(self._replaced.redo)) and not self._busy

    @property
    def modified(self) -> bool:
        """True when closing now would lose steps: they differ from the last save or open."""
        return self._workspace().modified

    def history(self) -> list[Snapshot]:
        return self.lab.snapshots()

    def steps(self) -> tuple[dict, ...]:
        return self.lab.version.steps

    def set_history_limit(self, max_bytes: int) -> None:
        """Bound the memory of earlier weights undo keeps (applied once no step runs).

        Raises LabError for a bad value. When it drops steps, snapshotChanged
        refreshes the views (fewer steps to undo, fewer in the histogram history).
        """
        if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0:
            self.lab.set_history_limit(max_bytes)  # raises the typed, explained error
        self.history_limit = max_bytes
        if not self._busy and self._apply_history_limit():
            self.snapshotChanged.emit(self.lab.snapshot)

    def history_usage(self) -> tuple[int, int]:
        """(steps undo can go back, bytes of earlier weights they keep alive).

        Networks that New or Open replaced count too: undo brings them back.
        """
        return (len(self.lab.history.undo) + self._replaced.steps(),
                self.lab.history_bytes() + self._replaced.nbytes())

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

    def _apply_history_limit(self) -> bool:
        """Apply the bound to the current lab; True when steps were dropped."""
        kept = len(self.lab.history.undo)
        self.lab.set_history_limit(self.history_limit)
        dropped = self._replaced.trim(self.history_limit, self.lab.history_bytes())
        return dropped or len(self.lab.history.undo) != kept

    # -- operations ----------------------------------------------------------------

    def perform(self, step: dict) -> bool:
        """Start one step; False (and nothing happens) while another one runs."""
        if self._busy:
            return False
        try:
            step_ops.check_structure(step, "step")  # steps built by widgets: a bug if wrong
        except step_ops.StepFormatError as exc:  # shown like any refusal, never raised at Qt
            self.failed.emit(LabError(INVALID_ARGUMENT, msg(
                "This operation is malformed and was not run: {reason}.", reason=str(exc))), step)
            return True
        lab, seeded = self.lab, self._seeded
        self._seeded = True
        monitor = self._monitor = Monitor(self.progressed.emit)  # queued to the UI thread

        def run() -> Snapshot:
            if not seeded:
                step_ops.manual_seed(self.seed)
            with lab.monitored(monitor):
                return step_ops.perform(lab, step, self.path.parent if self.path else None)

        self._start(run, lambda snap: self._done(step, snap), lambda exc: self._fail(exc, step))
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
        if self._busy:
            return False
        if self.lab.can_undo:
            return self.perform({"op": "undo"})
        if not self._replaced.undo:
            return False
        self._adopt(self._replaced.step_back(self._workspace()))
        return True

    def redo(self) -> bool:
        if self._busy:
            return False
        if self.lab.can_redo:
            return self.perform({"op": "redo"})
        if not self._replaced.redo:
            return False
        self._adopt(self._replaced.step_forward(self._workspace()))
        return True

    def new(self, seed: int | None = None) -> bool:
        """A fresh, empty lab; undo brings the replaced one back (refused while busy)."""
        if self._busy:
            return False
        seed = random.randrange(2**31) if seed is None else seed
        self._replace(Workspace(Lab(memory_limit=self.lab.memory_limit), seed))
        return True

    def open(self, path: str | Path) -> bool:
        """Replay a session or scenario file on a new Lab; swap it in when it loaded."""
        if self._busy:
            return False
        path = Path(path)
        limit = self.lab.memory_limit

        def run():
            try:
                loaded = scenario_io.load(path)
            except scenario_io.ScenarioError as exc:  # name the file: the banner is all they see
                raise LabError(INVALID_FILE, msg("{name} cannot be opened: {reason}.",
                                                 name=path.name, reason=str(exc))) from exc
            seed = loaded.seed if loaded.seed is not None else random.randrange(2**31)
            step_ops.manual_seed(seed)
            lab = Lab(memory_limit=limit, bins=loaded.bins)
            report = scenario_io.run(loaded, lab=lab)
            refuse_unexpected(path, report)
            return lab, seed, report

        self._start(run, lambda result: self._opened(path, *result), lambda e: self._fail(e, None))
        return True

    def document(self) -> dict:
        """The session as a scenario document: its seed and the steps so far."""
        return {"format": scenario_io.FORMAT, "seed": self.seed, "steps": list(self.steps())}

    def restore(self, session_path: str | Path, weights_path: str | Path | None = None) -> bool:
        """Replay an autosaved session and put back its exact weights; the file is not
        adopted as the session's path (saving asks where, as for a new session)."""
        if self._busy:
            return False
        limit, fallback = self.lab.memory_limit, self.seed

        def run():
            from core.io import recovery

            return recovery.replay(session_path, weights_path, limit, fallback)

        self._start(run, lambda result: self._opened(None, *result),
                    lambda e: self._fail(e, None))
        return True

    def save(self, path: str | Path) -> None:
        """Write the steps so far as a scenario; raises OSError with the reason."""
        path = Path(path)
        document = self.document()
        text = json.dumps(document, indent=1, ensure_ascii=False, allow_nan=False)
        files.write_text(path, text + "\n")  # whole or not at all, never through a link
        self._saved_steps = tuple(self.steps())
        self._set_path(path)

    def export_weights(self, path: str | Path) -> None:
        weights.save(self.lab.state_dict(), path)

    def import_weights(self, path: str | Path) -> bool:
        return self.perform({"op": "load_weights", "path": str(Path(path).resolve())})

    def compute(self, tag: str, function) -> bool:
        """Run ``function(lab)``, a core computation that changes nothing, on the worker.

        Busy, refusal and cancel work as for steps; the result arrives as ``computed(tag,
        result)``, a failure as ``failed(error, None)``, a cancel as ``cancelled(None)``.
        """
        if self._busy:
            return False
        lab = self.lab
        monitor = self._monitor = Monitor(self.progressed.emit)

        def done(result) -> None:
            self._worker = None
            self._set_busy(False)
            self.computed.emit(tag, result)

        def run():
            with lab.monitored(monitor):  # compare and depth stop between initializers
                return function(lab)

        self._start(run, done, lambda exc: self._fail(exc, None))
        return True

    def apply_to_lab(self, function, on_done=None) -> bool:
        """Run ``function(lab)``, which may change the lab (a lesson's Next or Back), on
        the worker; then show the lab's snapshot and pass the result to ``on_done``."""
        if self._busy:
            return False
        lab, self._seeded = self.lab, True  # the function owns the random stream now

        def done(result) -> None:
            self._worker = None
            self._replaced.redo.clear()  # a new action: what redo held is forgotten
            self._set_busy(False)
            self.snapshotChanged.emit(lab.snapshot)
            if on_done is not None:
                on_done(result)

        self._start(lambda: function(lab), done, lambda exc: self._fail(exc, None))
        return True

    def export_code(self, path: str | Path, title: str | None = None, scope: str = "screen",
                    on_done=None) -> bool:
        """Write the PyTorch script of the network on screen (or the whole session) on the
        worker, checked by a replay; ``on_done(export)`` when written, ``failed`` if not."""
        if self._busy:
            return False
        lab, seed, base = self.lab, self.seed, self.path.parent if self.path else None

        def run():
            from core.export import codegen

            result = codegen.export(lab, seed, base, title, scope)
            try:
                Path(path).write_text(result.source, encoding="utf-8")
            except OSError as exc:
                raise LabError(INVALID_FILE, msg(
                    "The script could not be written to {path}: {reason}",
                    path=str(path), reason=exc.strerror or str(exc))) from exc
            return result

        def done(result) -> None:
            self._worker = None
            self._set_busy(False)
            if on_done is not None:
                on_done(result)

        self._start(run, done, lambda exc: self._fail(exc, None))
        return True

    def wait(self, timeout_ms: int = 30_000) -> None:
        """Block until the running operation ended (tests and scripted runs)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThreadPool

        QThreadPool.globalInstance().waitForDone(QDeadlineTimer(timeout_ms))
        self._histogram_pool.waitForDone(QDeadlineTimer(timeout_ms))
        QCoreApplication.processEvents()

    # -- internals -----------------------------------------------------------------

    def _start(self, run, on_finished, on_errored) -> None:
        self._set_busy(True)
        self._worker = worker.start(run, on_finished, on_errored)

    def _done(self, step: dict, snapshot: Snapshot) -> None:
        self._worker = None
        if step.get("op") not in ("undo", "redo", *step_ops.ANALYSES):
            self._replaced.redo.clear()  # a new action: what redo held is forgotten
        self._set_busy(False)
        self.succeeded.emit(step, snapshot)
        self.snapshotChanged.emit(snapshot)

    def _fail(self, exc: BaseException, step: dict | None) -> None:
        self._worker = None
        self._set_busy(False)
        if isinstance(exc, Cancelled):
            self.cancelled.emit(step)
            return
        self.failed.emit(as_lab_error(exc), step)

    def _opened(self, path: Path | None, lab: Lab, seed: int, report: dict) -> None:
        """An opened file is saved as it stands; a restored autosave is not saved anywhere."""
        self._worker = None
        saved = tuple(lab.version.steps) if path is not None else ()
        self._replace(Workspace(lab, seed, True, path, saved), emit=False)
        self._set_busy(False)
        self.scenarioPlayed.emit(report)
        self.snapshotChanged.emit(lab.snapshot)

    def _workspace(self) -> Workspace:
        return Workspace(self.lab, self.seed, self._seeded, self.path, self._saved_steps)

    def _replace(self, workspace: Workspace, emit: bool = True) -> None:
        """Swap in another network; the current one is kept for undo."""
        self._replaced.push(self._workspace())
        self._adopt(workspace, emit)
        self._apply_history_limit()

    def _adopt(self, workspace: Workspace, emit: bool = True) -> None:
        self.lab, self.seed, self._seeded = workspace.lab, workspace.seed, workspace.seeded
        self._saved_steps = tuple(workspace.saved_steps)
        self._set_path(workspace.path)
        self.workspaceChanged.emit()
        if emit:
            self.snapshotChanged.emit(self.lab.snapshot)

    def _set_busy(self, busy: bool) -> None:
        if not busy:  # the lab is ours again (and may be a new one): apply the bound
            self._monitor = None
            self._apply_history_limit()
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def _set_path(self, path: Path | None) -> None:
        self.path = path
        self.pathChanged.emit(path)
