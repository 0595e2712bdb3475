"""The current snapshot: the one object that listens to the session's snapshots.

Views subscribe to ``changed`` instead of a window calling each view's
``set_snapshot`` by hand. Only ``_connect`` knows which session signal carries
a new snapshot, so following another signal (a transition) is a one-line change.

Views of one parameter (its histogram, its history) follow ``settled`` instead. For a
network of up to ``ONE_PASS_MODULES`` modules it comes right after ``changed``; for a
larger one, on the event loop's next turn, so that showing a big network for the first
time is two short passes (the network, then the parameter's charts) and the window
answers input between them.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from core.model.snapshot import Snapshot

_MODELS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
ONE_PASS_MODULES = 200  # up to this many, the parameter's views update in the same pass
NEXT_TURN_MS = 1  # a timer, not a posted event: those run in the same turn


class CurrentSnapshot(QObject):
    """The session's current snapshot, the one before it, undo/redo availability and busy."""

    changed = Signal(object)  # Snapshot: the network as it is now
    settled = Signal(object)  # the same Snapshot, for views of one parameter (see above)
    busyChanged = Signal(bool)  # an operation started (True) or ended (False)

    def __init__(self, session, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else session)
        self.session = session
        self._snapshot: Snapshot = session.snapshot
        self._previous: Snapshot | None = None
        self._settle = QTimer(self, singleShot=True, interval=NEXT_TURN_MS)
        self._settle.setTimerType(Qt.TimerType.PreciseTimer)
        self._settle.timeout.connect(lambda: self.settled.emit(self._snapshot))
        self._connect(session)

    @classmethod
    def of(cls, session) -> CurrentSnapshot:
        """The one model of ``session``: every view of it shares one connection."""
        model = _MODELS.get(session)
        if model is None:
            model = _MODELS[session] = cls(session)
        return model

    def _connect(self, session) -> None:
        session.snapshotChanged.connect(self._arrived)
        session.busyChanged.connect(self.busyChanged)

    def announce(self) -> None:
        """Tell every subscriber the current snapshot again (a new window, another language)."""
        self._arrived(self._snapshot, keep_previous=True)

    @property
    def settling(self) -> bool:
        """Whether ``settled`` is still to come for the current snapshot."""
        return self._settle.isActive()

    def _arrived(self, snapshot: Snapshot, keep_previous: bool = False) -> None:
        if not keep_previous:
            self._previous, self._snapshot = self._snapshot, snapshot
        self.changed.emit(snapshot)
        if len(snapshot.modules) <= ONE_PASS_MODULES:
            self._settle.stop()
            self.settled.emit(snapshot)
        else:
            self._settle.start()  # a newer snapshot before then settles once, the newest

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    @property
    def previous(self) -> Snapshot | None:
        """The snapshot shown before the current one (None before the first change)."""
        return self._previous

    def history(self) -> list[Snapshot]:
        """Every kept snapshot, oldest first; the current one is the last."""
        return self.session.history()

    @property
    def busy(self) -> bool:
        return self.session.busy

    @property
    def can_undo(self) -> bool:
        return not self.session.busy and self.session.can_undo

    @property
    def can_redo(self) -> bool:
        return not self.session.busy and self.session.can_redo

    def module_names(self, positions) -> list[str]:
        """The names (as print(net) shows them) of the layers at ``positions``."""
        modules = self._snapshot.modules
        return [modules[p].name for p in positions if 0 <= p < len(modules)]
