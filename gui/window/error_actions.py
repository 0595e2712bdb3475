"""How the main window answers a failed or cancelled operation, and refuses bad input.

The banner explains the error and offers the fixes core computed for it
(``LabError.fixes``: each an ordinary, undoable step), plus the one remedy only the
window can give: for a lazy layer that is not materialized yet, send the forward
panel's sample through first, then retry the initialization. A cancelled step is
not an error: the status bar says so and no banner appears.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.errors import UNINITIALIZED, LabError
from gui import i18n
from gui.kit import wheel_guard


def show_error(window, error: LabError, step: dict | None) -> None:
    """Banner, the failing layer's card, and the status bar."""
    remedy = None
    if error.kind == UNINITIALIZED and step and step.get("op") == "init":
        remedy = lambda: QCoreApplication.translate(  # noqa: E731 (made again in a new language)
            "MainWindow", "Send a sample through first, then initialize")
        window._pending_after_forward = step
        window.init_panel.show_uninitialized_remedy(error.message)
    window.banner.show_error(error, remedy)
    names = [m.name for m in window.session.snapshot.modules]
    # Only the layer this error names is marked; an earlier error's mark goes.
    position = names.index(error.layer) if error.layer in names else None
    window.network_view.set_error(position, error.message)
    window.statusBar().show_message(lambda: i18n.translate_message(error.message), 8000)


def remedy(window, kind: str) -> None:
    if kind == UNINITIALIZED:
        window.send_sample_then_retry()


def apply_fix(window, step: dict) -> None:
    """Perform a fix's step; its success clears the banner and the layer's mark."""
    window.banner.hide()
    window.perform(step)


def show_cancelled(window, step: dict | None) -> None:
    window._pending_after_forward = None
    window.statusBar().show_message(lambda: QCoreApplication.translate(
        "MainWindow", "Cancelled: the network was left as it was."), 6000)


def show_cancelling(window) -> None:
    window.statusBar().show_message(lambda: QCoreApplication.translate(
        "MainWindow", "Cancelling after the current layer…"))


def show_lesson_outcome(window, outcome) -> None:
    """A lesson page shown: a stale banner goes; an expected error is marked on its card."""
    window.banner.hide()
    window.network_view.set_error(None)
    error = outcome.error if outcome is not None else None
    names = [m.name for m in window.session.snapshot.modules]
    if error is not None and error.layer in names:
        window.network_view.set_error(names.index(error.layer), error.message)


def install_wheel_guard() -> None:
    wheel_guard.install()
