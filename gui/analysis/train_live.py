"""What a running training sends the Train tab, passed on at most a few times a second.

The worker reports progress and each initializer's losses so far about ten times a
second (``LabSession.progressed``, ``trainedSoFar``). Drawing each report would keep
the UI thread busy and, through Python's GIL, slow the training itself: the feed
keeps only the latest of each and hands them to the view together, at most every
``LIVE_MS``, and only when something new arrived.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

LIVE_MS = 1000  # the progress, status and loss chart are redrawn at most this often


class LiveFeed(QObject):
    """The latest progress and losses of a running training, handed on at most every
    ``LIVE_MS`` through ``updated(progress, changed)``: ``progress`` is (done, total,
    label) or None when none arrived since; ``changed`` the indexes of the initializers
    whose losses arrived since. ``losses`` maps every initializer heard of in this run
    to (label, losses so far)."""

    updated = Signal(object, object)

    def __init__(self, interval_ms: int = LIVE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.losses: dict[int, tuple[str, list]] = {}
        self._progress: tuple[int, int, str] | None = None
        self._changed: set[int] = set()
        # single-shot, armed again at each firing: a firing the UI thread delayed (a long
        # redraw) does not bring the next one closer, as a repeating timer's would
        self._timer = QTimer(self, singleShot=True, interval=interval_ms,
                             timerType=Qt.TimerType.PreciseTimer)  # coarse: 5% early
        self._timer.timeout.connect(self._hand_on)

    def start(self) -> None:
        """A new run: nothing heard yet."""
        self.losses.clear()
        self._progress = None
        self._changed.clear()
        self._timer.start()

    def stop(self) -> None:
        """The run is over: nothing more is handed on (what it sent is kept)."""
        self._timer.stop()
        self._progress = None
        self._changed.clear()

    def clear(self) -> None:
        self.stop()
        self.losses.clear()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def progressed(self, done: int, total: int, label: str) -> None:
        if self.is_active():
            self._progress = (done, total, label)

    def trained_so_far(self, index: int, label: str, losses) -> None:
        if self.is_active():
            self.losses[index] = (label, losses)
            self._changed.add(index)

    def _hand_on(self) -> None:
        self._timer.start()  # before the view's redraw, which may stop the feed
        if self._progress is None and not self._changed:
            return
        progress, changed = self._progress, sorted(self._changed)
        self._progress = None
        self._changed.clear()
        self.updated.emit(progress, changed)
