"""The PNG/CSV export dialogs that the Compare and Depth tabs share.

A tab mixes in ``ChartExport`` and provides ``export_png(path)``,
``export_csv(path)``, ``export_stem()`` (the suggested file name, or None with
a status message when there is nothing to export yet) and a ``status_label``.
The status line is kept as how to make it (``_status(lambda: ...)``), so
``_retranslate_status()`` shows it again in a new language.
"""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from gui.kit.colors import ERROR, INK
from gui.session import settings


class ChartExport:
    """Ask for a path, add the suffix, write, and say how it went in the status line."""

    def ask_save_path(self, caption: str, file_filter: str, suggested: str) -> str | None:
        """Ask where to save; None when cancelled. Tests patch this method."""
        path, _ = QFileDialog.getSaveFileName(
            self, caption, settings.in_last_folder(suggested), file_filter)
        if path:
            settings.remember_folder(path)
        return path or None

    def export_png_dialog(self) -> str | None:
        translate = QCoreApplication.translate
        return self._export(translate("ChartExport", "Export chart"),
                            translate("ChartExport", "PNG image (*.png)"), ".png",
                            self.export_png)

    def export_csv_dialog(self) -> str | None:
        translate = QCoreApplication.translate
        return self._export(translate("ChartExport", "Export chart data"),
                            translate("ChartExport", "CSV table (*.csv)"), ".csv",
                            self.export_csv)

    def _export(self, caption: str, file_filter: str, suffix: str, write) -> str | None:
        stem = self.export_stem()
        if stem is None:
            return None
        path = self.ask_save_path(caption, file_filter, stem + suffix)
        if not path:
            return None
        if Path(path).suffix.lower() != suffix:
            path += suffix
        translate = QCoreApplication.translate
        try:
            write(path)
        except OSError as exc:
            self._status(lambda error=exc: translate(
                "ChartExport", "Could not save {path}: {error}").format(path=path, error=error),
                error=True)
        else:
            self._status(lambda: translate("ChartExport", "Saved {path}").format(path=path))
        return path

    def _status(self, render, error: bool = False) -> None:
        """``render()`` (or a fixed text) in the status line, in red for an error."""
        self._status_render = render if callable(render) else (lambda: render)
        sheet = f"color: {ERROR if error else INK};"
        if self.status_label.styleSheet() != sheet:  # a new sheet restyles the label
            self.status_label.setStyleSheet(sheet)
        self.status_label.setText(self._status_render())

    def _retranslate_status(self) -> None:
        """The status line shown, made again in the interface language."""
        render = getattr(self, "_status_render", None)
        if render is not None and self.status_label.text():
            self.status_label.setText(render())


def write_comparison_csv(path: str, overlays) -> None:
    """parameter, initializer, bin_start, bin_end, count, expected_count: one row per bin."""
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["parameter", "initializer", "bin_start", "bin_end", "count",
                         "expected_count", "expected_std", "measured_std", "ks"])
        for overlay in overlays:
            edges = overlay.edges
            for series in overlay.series:
                expected = series.expected_counts
                for k, count in enumerate(series.counts):
                    writer.writerow([
                        overlay.parameter, series.label, repr(float(edges[k])),
                        repr(float(edges[k + 1])), int(count),
                        "" if expected is None else repr(float(expected[k])),
                        repr(series.expected_std), repr(series.measured_std), repr(series.ks)])
