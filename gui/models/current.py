"""The current snapshot: the one object that listens to the session's snapshots.

Views subscribe to ``changed`` instead of a window calling each view's
``set_snapshot`` by hand. Only ``_connect`` knows which session signal carries
a new snapshot, so following another signal (a transition) is a one-line change.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal

from core.model.snapshot import Snapshot

_MODELS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class CurrentSnapshot(QObject):
    """The session's current snapshot, the one before it, undo/redo availability and busy."""

    changed = Signal(object)  # Snapshot: the network as it is now
    busyChanged = Signal(bool)  # an operation started (True) or ended (False)

    def __init__(self, session, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else session)
        self.session = session
        self._snapshot: Snapshot = session.snapshot
        self._previous: Snapshot | None = None
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
        self.changed.emit(self._snapshot)

    def _arrived(self, snapshot: Snapshot) -> None:
        self._previous, self._snapshot = self._snapshot, snapshot
        self.changed.emit(snapshot)

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
