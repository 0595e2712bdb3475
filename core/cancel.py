"""Cooperative cancellation and progress for long operations, without Qt.

A ``Monitor`` travels with an operation: the operation calls ``step(done, total,
label)`` between units of work (a layer forwarded, a module visited), which reports
progress and raises ``Cancelled`` once someone called ``cancel()`` from another
thread. Raised inside the lab's atomic operations, it leaves the network, the undo
history and the random stream exactly as they were. A unit already running (one
4096×4096 QR decomposition) finishes first: torch kernels cannot be interrupted.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Progress = Callable[[int, int, str], object]


class Cancelled(BaseException):  # noqa: N818 (named like asyncio.CancelledError's role)
    """The operation was cancelled on request. A BaseException, like asyncio's
    CancelledError, so ``except Exception`` clauses that explain PyTorch's errors
    never turn a cancellation into an error message."""


class Monitor:
    """A cancel flag (a threading.Event), an optional progress callback, and an optional
    ``live(index, label, values_so_far)`` for analyses that show partial results while
    they run (training: each initializer's losses so far, a few times a second)."""

    def __init__(self, progress: Progress | None = None, live: Callable | None = None) -> None:
        self._event = threading.Event()
        self._progress = progress
        self.live = live

    def cancel(self) -> None:
        """Ask the operation to stop at its next step (any thread)."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def step(self, done: int, total: int, label: str = "") -> None:
        """Report ``done`` of ``total`` units; raise Cancelled if cancel() was called."""
        self.check()
        if self._progress is not None:
            self._progress(min(done, total), total, label)


def by_percent(progress: Progress) -> Progress:
    """``progress``, told only when the whole percentage done changes (and at the end).

    In the window each report is a call queued to the UI thread: an init visiting 1000
    modules sent 1000 of them, handled in the pass that showed the result. This sends
    about a hundred, and every report of an operation of up to 100 units."""
    last: list = [None]

    def report(done: int, total: int, label: str = "") -> object:
        key = (total, done * 100 // total if total > 0 else done)
        if key == last[0] and done < total:
            return None
        last[0] = key
        return progress(done, total, label)

    return report


class _Idle(Monitor):
    """The monitor of an operation nobody follows: it can never be cancelled."""

    def cancel(self) -> None:
        raise RuntimeError("the idle monitor cannot be cancelled; pass a Monitor of your own")


IDLE = _Idle()
