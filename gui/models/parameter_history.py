"""A parameter's history: the kept snapshots, the parameter followed, and its histograms.

The histogram panel subscribes to it: a new snapshot or another parameter
redraws, and histograms are computed on the session's worker and come back here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from gui.models.current import CurrentSnapshot
from gui.models.selection import Selection


class ParameterHistory(QObject):
    """Kept snapshots (oldest first, the current one last) of the selected parameter."""

    historyChanged = Signal(list, int)  # snapshots, the index of the current one
    parameterChanged = Signal(str)
    histogramReady = Signal(object, str, int, object)  # Snapshot, parameter, bins, Histogram
    histogramFailed = Signal(object, str, int, object)  # Snapshot, parameter, bins, LabError

    def __init__(self, current: CurrentSnapshot, selection: Selection,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.selection = selection
        session = current.session
        current.settled.connect(lambda _snapshot: self._history_changed())
        selection.parameterChanged.connect(self.parameterChanged)
        session.histogramReady.connect(self.histogramReady)
        session.histogramFailed.connect(self.histogramFailed)

    def snapshots(self) -> list:
        return self.current.history()

    def parameter(self) -> str | None:
        return self.selection.parameter()

    def request_histogram(self, snapshot, name: str, bins: int) -> None:
        """Compute ``name``'s histogram in ``snapshot`` on the worker."""
        self.current.session.request_histogram(snapshot, name, bins)

    def _history_changed(self) -> None:
        history = self.snapshots()
        self.historyChanged.emit(history, len(history) - 1)
