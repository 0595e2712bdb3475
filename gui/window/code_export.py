"""File ▸ Export as PyTorch code: the suggested file and what the status bar says after.

Two actions choose what is exported: the network on screen (Ctrl+E, the default)
or the whole session replayed (Ctrl+Shift+E). The script is written on the worker
(``LabSession.export_code``); its header, and the message here, say whether its
weights are the lab's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

SCREEN, SESSION = "screen", "session"


def suggested_path(session_path: Path | None, title: str | None) -> str:
    """Beside the session file, named after it; else in the home folder, after the title."""
    from core.export.codegen import suggested_file_name

    folder = session_path.parent if session_path is not None else Path.home()
    return str(folder / suggested_file_name(title, session_path))


def caption(scope: str) -> str:
    translate = QCoreApplication.translate
    if scope == SESSION:
        return translate("CodeExport", "Export the whole session as PyTorch code")
    return translate("CodeExport", "Export the network on screen as PyTorch code")


def written_message(result, path: str) -> str:
    """One status-bar sentence: where, which steps, and whether the weights are the lab's."""
    translate = QCoreApplication.translate
    steps = len(result.selection.steps)
    if result.scope == SESSION or result.selection.start is None:
        what = translate("CodeExport", "PyTorch script written to {path} ({steps} steps: "
                         "the whole session).").format(path=path, steps=steps)
    else:
        what = translate("CodeExport", "PyTorch script written to {path} (the network on "
                         "screen: the last {steps} of {total} steps).").format(
                             path=path, steps=steps, total=result.selection.total)
    if result.check is not None and result.check.identical:
        return what + " " + translate("CodeExport", "Running it gives back these exact weights.")
    weights = translate("CodeExport", "Its weights are not the lab's: the script's header "
                        "says why.")
    if result.scope == SCREEN and result.selection.start is not None:
        weights += " " + translate("CodeExport", "Export the whole session (Ctrl+Shift+E) to "
                                   "replay every step.")
    return what + " " + weights
