"""Run a function on the thread pool and deliver its result or error on the UI thread."""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class WorkerSignals(QObject):
    finished = Signal(object)
    errored = Signal(object)  # the exception object; never lost


class Worker(QRunnable):
    """A QRunnable whose outcome arrives as a queued signal in the receiver's thread."""

    def __init__(self, function: Callable[[], object]) -> None:
        super().__init__()
        self.function = function
        self.signals = WorkerSignals()
        self.setAutoDelete(True)

    def run(self) -> None:
        """Every outcome is delivered: a result, or any exception at all.

        Even SystemExit and KeyboardInterrupt raised *inside* an operation are
        reported as a failed operation rather than left to kill a pool thread
        silently, which would leave the session busy for ever.
        """
        try:
            result = self.function()
        except BaseException as exc:  # reaches the user through `errored`
            with contextlib.suppress(Exception):  # some exception types refuse attributes
                exc.formatted_traceback = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.errored.emit(exc)
            return
        self.signals.finished.emit(result)


def start(function: Callable[[], object], on_finished, on_errored) -> Worker:
    worker = Worker(function)
    worker.signals.finished.connect(on_finished)
    worker.signals.errored.connect(on_errored)
    QThreadPool.globalInstance().start(worker)
    return worker
