"""One parameter's weight histogram and the steps that changed it.

Comparing "after forward" with "after xavier_uniform_" is the point of the
lab, so the panel lists only the snapshots in which the selected parameter's
values differ from the snapshot before, and clicking one shows its histogram.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.model.snapshot import ParamInfo, Snapshot, TensorStats, shape_text
from gui.analysis.histogram_view import HistogramView
from gui.forms.arg_form import scrolled
from gui.history.history_layout import SIDE_MIN_WIDTH, SideColumn, arrange
from gui.history.history_model import HistoryEntry, HistoryModel, history_entries
from gui.i18n import translate_message
from gui.kit.colors import ERROR, INK
from gui.kit.retranslating import Retranslating
from gui.network.trace_table import scaled_font
from gui.session import settings

KEPT_SNAPSHOTS = 500  # set_snapshot alone keeps at most this many; set_history is unbounded
BIN_CHOICES = (10, 20, 50, 100, 200, 500, 1000)
DEFAULT_BIN_CHOICE = 100  # core's default: the snapshot already holds these
COARSE_AFTER_MS = 150  # show the snapshot's coarser histogram if computing takes longer
MAX_REBINNED = 256  # histograms at other bin counts kept here (a few KiB each)
SIDE_POINTS = 12.0  # the list and controls beside the plot; presenter mode multiplies it


class HistoryPanel(Retranslating, QWidget):
    """A HistogramView beside the list of steps that changed the selected parameter.

    A bin count other than the snapshot's is asked for with ``histogramRequested``
    (computed on a worker) and shown when ``receive_histogram`` delivers it.
    """

    histogramRequested = Signal(object, str, int)  # Snapshot, parameter name, bins

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rebinned: dict[tuple, tuple] = {}  # (id(snapshot), name, bins) -> (snap, hist)
        self._asked: set[tuple] = set()  # requests in flight, same keys
        self._waiting: tuple | None = None  # the key of the histogram being computed
        self._coarse: tuple | None = None  # set_stats arguments shown if computing is slow
        self._coarse_timer = QTimer(self, singleShot=True, interval=COARSE_AFTER_MS)
        self._coarse_timer.timeout.connect(self._show_coarse)
        self._snapshots: list[Snapshot] = []
        self._current = -1
        self._parameter: str | None = None
        self._shown: HistoryEntry | None = None

        self.histogram = HistogramView()
        self.model = HistoryModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setWordWrap(True)  # long labels wrap instead of being cut
        # A word longer than the narrow column ends in "…" (the tooltip has it all), no scroll bar.
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap rows when resized
        self.list_view.setSpacing(2)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)

        self.list_caption = QLabel()
        self.list_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.list_caption.setWordWrap(True)
        self.png_button = QPushButton()
        self.png_button.clicked.connect(self.export_png_dialog)
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(self.export_csv_dialog)
        self.log_checkbox = QCheckBox()
        self.log_checkbox.toggled.connect(self.histogram.set_log_counts)
        self.bins_label = QLabel()
        self.bins_combo = QComboBox()
        for count in BIN_CHOICES:
            self.bins_combo.addItem(f"{count:,}", count)
        self.bins_combo.setCurrentIndex(BIN_CHOICES.index(DEFAULT_BIN_CHOICE))
        self.bins_label.setBuddy(self.bins_combo)
        self.bins_combo.currentIndexChanged.connect(self._on_bins_changed)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._status_shown = None  # (render, error): makes the status line again

        side = self.side_column = SideColumn(self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.histogram)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([3000, SIDE_MIN_WIDTH])  # the side column starts at its least
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Scrolls when short (1280×720 with a lesson open) rather than pushing the window taller.
        layout.addWidget(scrolled(self.splitter))
        self.set_font_scale(1.0)
        self.retranslate()

    def retranslate(self) -> None:
        """Fixed texts; the caption, the entries, the shown histogram and status from data."""
        self.png_button.setText(self.tr("Export PNG…"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.log_checkbox.setText(self.tr("Log counts"))
        self.bins_label.setText(self.tr("Bins:"))
        self.bins_combo.setToolTip(self.tr(
            "How many equal bins the histogram has. Other counts than 100 are computed "
            "in the background from the weights that step kept."))
        arrange(self.splitter, self.side_column, self.width())  # the controls' new widths
        self.model.retranslate()
        if self._shown is None:
            return self._refresh()  # nothing is selected, so nothing to lose
        name, kept = self._parameter, self._status_shown
        self.list_caption.setText(self.tr("Steps that changed {name}").format(name=name))
        self._show(self._shown)
        if kept is not None and self._status_shown is None:
            self._status(*kept)

    # --- public API ---------------------------------------------------------

    def set_history(self, snapshots: list[Snapshot], current_index: int) -> None:
        """Every kept snapshot, oldest first; the newest entry up to ``current_index`` shows."""
        self._snapshots = list(snapshots)
        self._current = min(max(current_index, -1), len(self._snapshots) - 1)
        self._refresh()
        self._prefetch()

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Follow one snapshot: a kept one becomes current, a new one is appended after it."""
        for index, kept in enumerate(self._snapshots):
            if kept is snapshot:
                self.set_history(self._snapshots, index)
                return
        kept = self._snapshots[: self._current + 1][-(KEPT_SNAPSHOTS - 1) :]
        self.set_history([*kept, snapshot], len(kept))

    def set_parameter(self, name: str) -> None:
        """Show the history of parameter ``name`` ("0.weight")."""
        if name == self._parameter:
            return
        self._parameter = name or None
        self._refresh()

    def parameter(self) -> str | None:
        return self._parameter

    def entries(self) -> list[HistoryEntry]:
        """The listed entries, oldest first."""
        return self.model.entries()

    def shown_entry(self) -> HistoryEntry | None:
        """The entry whose histogram is shown, or None."""
        return self._shown

    def select_entry(self, row: int) -> None:
        """Show the histogram of list row ``row``."""
        self.list_view.setCurrentIndex(self.model.index(row, 0))

    def ask_save_path(self, filter: str) -> str | None:
        """Ask where to save; None when cancelled. Tests patch this method."""
        match = re.search(r"\*\.(\w+)", filter)
        suffix = match.group(1) if match else ""
        suggested = f"{self._parameter or 'histogram'}.{suffix}" if suffix else ""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export histogram"), settings.in_last_folder(suggested), filter
        )
        if path:
            settings.remember_folder(path)
        return path or None

    def export_png_dialog(self) -> str | None:
        """Ask for a path and save the shown plot as PNG; returns the path written."""
        return self._export(self.tr("PNG image (*.png)"), ".png", self.histogram.export_png)

    def export_csv_dialog(self) -> str | None:
        """Ask for a path and save the shown bins as CSV; returns the path written."""
        return self._export(self.tr("CSV table (*.csv)"), ".csv", self.histogram.export_csv)

    def bins(self) -> int:
        """The chosen bin count."""
        return int(self.bins_combo.currentData())

    def set_bins(self, bins: int) -> None:
        """Choose one of BIN_CHOICES (the shown histogram follows)."""
        self.bins_combo.setCurrentIndex(BIN_CHOICES.index(bins))

    def receive_histogram(self, snapshot: Snapshot, name: str, bins: int, histogram) -> None:
        """A histogram computed on a worker; shown if it is still the one wanted."""
        if len(self._rebinned) >= MAX_REBINNED:
            self._rebinned.clear()
        self._rebinned[(id(snapshot), name, bins)] = (snapshot, histogram)
        self._asked.discard((id(snapshot), name, bins))
        if self._is_shown(snapshot, name, bins):
            self._show(self._shown)

    def histogram_failed(self, snapshot: Snapshot, name: str, bins: int, error) -> None:
        """Say why the histogram at ``bins`` bins could not be made (the old one stays)."""
        self._asked.discard((id(snapshot), name, bins))
        if self._is_shown(snapshot, name, bins):
            self._waiting = None
            self._status(lambda: translate_message(error.message), error=True)

    def set_font_scale(self, scale: float) -> None:
        """Enlarge the list and controls for presenter mode (1.0 is the normal size)."""
        font = scaled_font(self.font(), scale, SIDE_POINTS)
        self.histogram.set_font_scale(scale)
        for widget in (self.list_view, self.png_button, self.csv_button, self.log_checkbox,
                       self.status_label, self.bins_label, self.bins_combo):
            widget.setFont(font)
        arrange(self.splitter, self.side_column, self.width())  # the controls' new widths
        self.fit_status_label()
        caption = scaled_font(font, scale, SIDE_POINTS + 1)
        caption.setBold(True)
        self.list_caption.setFont(caption)

    def fit_status_label(self, narrow: bool | None = None) -> None:
        """Lines kept even when empty, so the buttons stay put when a message comes: three
        beside the plot, one below it (a longer message is whole in the tooltip)."""
        narrow = self.side_column.narrow if narrow is None else narrow
        lines = 1 if narrow else 3
        self.status_label.setFixedHeight(self.status_label.fontMetrics().lineSpacing() * lines + 4)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """A narrow panel puts the steps and controls below the plot, a wide one beside it."""
        super().resizeEvent(event)
        arrange(self.splitter, self.side_column, event.size().width())

    # --- internals ----------------------------------------------------------

    def _refresh(self) -> None:
        """Rebuild the entries of the parameter and show the newest one."""
        name = self._parameter
        if name is None:
            self.list_caption.setText(self.tr("Steps that changed it"))
            self._set_entries([])
            self.histogram.set_message(self.tr("Select a parameter to see its histogram"))
            self.histogram.set_stats("", None)
            return
        self.list_caption.setText(self.tr("Steps that changed {name}").format(name=name))
        entries = history_entries(self._snapshots, self._current, name)
        self._set_entries(entries)
        if entries:
            self.select_entry(len(entries) - 1)
            return
        current = self._snapshots[self._current] if self._current >= 0 else None
        info = current.parameter(name) if current is not None else None
        self._show_missing(name, info, current.label if current is not None else "")

    def _set_entries(self, entries: list[HistoryEntry]) -> None:
        self._shown = self._waiting = self._coarse = None
        self._coarse_timer.stop()
        self.model.set_entries(entries)
        self._update_buttons()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(self.model.entry(current.row()))

    def _show(self, entry: HistoryEntry) -> None:
        self._shown = entry
        self._waiting = self._coarse = None
        self._coarse_timer.stop()
        name, info = self._parameter or "", entry.info
        if info is None or not info.materialized or info.stats is None:
            self._show_missing(name, info, entry.label)
        else:
            title = self.tr("{name} {shape}").format(name=name, shape=shape_text(info.shape or ()))
            stats = self._binned(entry, info.stats)
            label = translate_message(entry.label)
            if self._waiting is None:
                self.histogram.set_stats(title, stats, label)
            else:  # drawn once when ready; the coarse one only if that takes a while
                self._coarse = (title, stats, label)
                self._coarse_timer.start()
        self.status_label.clear()
        self._status_shown = None
        if self._waiting is not None:
            self._status(lambda: self.tr("Computing {bins} bins…").format(
                bins=f"{self.bins():,}"))
        self._update_buttons()

    def _binned(self, entry: HistoryEntry, stats: TensorStats) -> TensorStats:
        """``stats`` with its histogram at the chosen bin count: kept, or asked for."""
        self._waiting = None
        histogram, bins = stats.histogram, self.bins()
        if histogram is None or histogram.counts.size in (0, bins):
            return stats
        snapshot = self._snapshots[entry.index]
        key = (id(snapshot), self._parameter or "", bins)
        kept = self._rebinned.get(key)
        if kept is not None and kept[0] is snapshot:
            return replace(stats, histogram=kept[1])
        self._waiting = key  # shown when it arrives
        self._ask(snapshot, key[1], bins)
        return stats

    def _ask(self, snapshot: Snapshot, name: str, bins: int) -> None:
        key = (id(snapshot), name, bins)
        if key not in self._asked:  # one request in flight per histogram
            self._asked.add(key)
            self.histogramRequested.emit(snapshot, name, bins)

    def _prefetch(self) -> None:
        """At another bin count than the snapshot's, ask in the background for every
        parameter of the current step, so that selecting one shows it at once."""
        if not 0 <= self._current < len(self._snapshots):
            return
        snapshot, bins = self._snapshots[self._current], self.bins()
        for info in snapshot.parameters:
            histogram = info.stats.histogram if info.stats is not None else None
            if histogram is None or histogram.counts.size in (0, bins):
                continue
            if (id(snapshot), info.name, bins) not in self._rebinned:
                self._ask(snapshot, info.name, bins)

    def _show_coarse(self) -> None:
        """The snapshot's own histogram, while the chosen bin count is still computing."""
        if self._waiting is not None and self._coarse is not None:
            self.histogram.set_stats(*self._coarse)

    def _is_shown(self, snapshot: Snapshot, name: str, bins: int) -> bool:
        shown = self._shown
        return (shown is not None and name == self._parameter and bins == self.bins()
                and 0 <= shown.index < len(self._snapshots)
                and self._snapshots[shown.index] is snapshot)

    def _on_bins_changed(self, _index: int) -> None:
        if self._shown is not None:
            self._show(self._shown)
        self._prefetch()

    def _show_missing(self, name: str, info: ParamInfo | None, label: str) -> None:
        if info is None:
            text = self.tr("{name} does not exist in the network at this step").format(name=name)
        else:
            text = self.tr(
                "{name} is uninitialized: run a forward pass to materialize it"
            ).format(name=name)
        self.histogram.set_message(text)
        self.histogram.set_stats(name, None, translate_message(label))
        self._update_buttons()

    def _has_plot(self) -> bool:
        return self.histogram.histogram_data()[1].size > 0

    def _update_buttons(self) -> None:
        plot = self._has_plot()
        self.png_button.setEnabled(plot)
        self.csv_button.setEnabled(plot)

    def _export(self, filter: str, suffix: str, write) -> str | None:
        if not self._has_plot():
            self._status(lambda: self.tr("Nothing to export: no histogram is shown"), error=True)
            return None
        path = self.ask_save_path(filter)
        if not path:
            return None
        if Path(path).suffix.lower() != suffix:
            path += suffix
        try:
            write(path)
        except OSError as exc:
            self._status(lambda error=exc: self.tr("Could not save {path}: {error}").format(
                path=path, error=error), error=True)
            return None
        self._status(lambda: self.tr("Saved {path}").format(path=path))
        return path

    def _status(self, render, error: bool = False) -> None:
        """``render()`` (or a text) in the status line; made again on a language change."""
        self._status_shown = (render if callable(render) else (lambda: render), error)
        text = self._status_shown[0]()
        self.status_label.setStyleSheet(f"color: {ERROR if error else INK};")
        self.status_label.setText(text)
        self.status_label.setToolTip(text)

