"""Python's garbage collector and GIL, set up so that a long step never stalls the window.

Three settings, each measured on a 1000-layer session (benchmarks/bench_scale_window.py):

- **Frozen imports.** torch, pyqtgraph, PySide6 and the app's modules leave about
  200,000 objects that the collector tracks and that live as long as the app; once
  frozen (``gc.freeze``) no collection walks them again.
- **Collections on the UI thread, when idle.** A full collection walks every other
  tracked object while it holds the GIL: 26 to 100 ms with a 1000-layer session, started
  whenever enough objects survived, often just as a step lands and the views redraw. And
  an automatic collection runs on whichever thread allocates: on a worker or the autosave
  thread it destroyed the Qt objects of a closed window there (Qt: "Timers cannot be
  started from another thread", then a crash). Automatic collections are off;
  ``IdleCollector`` runs one on the UI thread once every session has been idle for a
  moment, every ``EVERY_MS`` while none works, and one as the application quits. The
  sessions' objects hold few cycles: opening a 1000-step file peaked at the same memory
  with young collections as without.
- **A shorter GIL switch interval.** Every Python override Qt calls on the UI thread (a
  paint, a slot, a size hint) first waits for the GIL; while a worker replays a session
  in Python each wait lasted up to the interval (5 ms by default), and an event-loop
  pass needs dozens. At 1 ms a step on one layer of 1000 still stalled the window for
  47–60 ms of which the UI thread computed 16–20; at 0.5 ms, 15–21 ms. (At 0.2 ms the
  worker's replay of a 1000-step file slowed by a fifth.) A thread that runs alone is not
  interrupted more often: the interval only matters while another thread asks for the
  GIL.
"""

from __future__ import annotations

import gc
import sys
import weakref

from PySide6.QtCore import QCoreApplication, QObject, QTimer

GIL_SWITCH_SECONDS = 0.0005  # Python's default is 0.005
IDLE_MS = 2000  # a full collection this long after the last step ended
EVERY_MS = 60_000  # and this often while no step runs (what closing windows leaves)


def prepare_interpreter() -> None:
    """Freeze what the imports left, leave collections to IdleCollector (on the UI
    thread), and hand the GIL over within 0.5 ms. Called once the app's modules are
    loaded."""
    gc.freeze()
    gc.disable()
    sys.setswitchinterval(GIL_SWITCH_SECONDS)


class IdleCollector(QObject):
    """One full garbage collection on the UI thread ``IDLE_MS`` after the last step of any
    window's session ended, and every ``EVERY_MS``, never while one runs. One per
    application: ``for_session`` watches a session."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sessions: weakref.WeakSet = weakref.WeakSet()
        self._timer = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._timer.timeout.connect(self.collect)
        self._every = QTimer(self, interval=EVERY_MS)
        self._every.timeout.connect(self.collect)
        self._every.start()

    @classmethod
    def for_session(cls, session) -> IdleCollector:
        """The application's collector (made on first use), now watching ``session``."""
        app = QCoreApplication.instance()
        collector = app.findChild(cls) if app is not None else None
        if collector is None:
            collector = cls(app)
            if app is not None:  # cycles left over (closed windows' objects) go while
                app.aboutToQuit.connect(gc.collect)  # Qt is whole, not after it is gone
        collector.watch(session)
        return collector

    def watch(self, session) -> None:
        """Collect only while ``session`` (a LabSession) runs no step either."""
        self._sessions.add(session)
        session.busyChanged.connect(self._busy_changed)

    def _busy(self) -> bool:
        return any(session.busy for session in self._sessions)

    def _busy_changed(self, _busy: bool) -> None:
        if self._busy():
            self._timer.stop()
        else:
            self._timer.start()

    @property
    def pending(self) -> bool:
        """A collection is scheduled."""
        return self._timer.isActive()

    def collect(self) -> None:
        if not self._busy():
            gc.collect()
