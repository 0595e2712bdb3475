"""The window's side of autosave: offer a crashed session back, close cleanly while busy.

A mixin for MainWindow, so that the window module only calls it: ``offer_recovery()``
at start-up, ``defer_close_while_busy()`` and ``finish_autosave()`` in closeEvent.
"""

from __future__ import annotations

import contextlib
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core.errors import LabError
from gui import autosave


class RecoveryMixin:
    """Needs ``self.session`` (LabSession), ``self.statusBar()`` and ``self.show_error``."""

    _recovery_autosave: autosave.Autosave | None = None
    _close_pending = False

    @property
    def autosave(self) -> autosave.Autosave:
        if self._recovery_autosave is None:
            self._recovery_autosave = autosave.Autosave(self.session, parent=self)
        return self._recovery_autosave

    # -- start-up --------------------------------------------------------------------

    def offer_recovery(self, ask: bool = True) -> bool:
        """Offer the newest crashed session back (if any), then autosave this one.

        Returns True when a restore was started. ``ask=False`` (a scripted start,
        a screenshot run) only starts autosaving; crashed sessions wait for a plain start.
        """
        found = autosave.orphans(self.autosave.root) if ask else []
        self.autosave.writeFailed.connect(self._autosave_failed)
        self.autosave.start()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.finish_autosave)
        if not found or self.session.busy:
            return False
        orphan = found[0]
        if not self.ask_recovery(orphan):
            autosave.dismiss(orphan)
            self.statusBar().showMessage(self.tr("The unsaved session was discarded."), 5000)
            return False
        return self._restore(orphan)

    def _autosave_failed(self, problem: str) -> None:
        self.statusBar().showMessage(self.tr(
            "Autosave failed ({problem}); save the session yourself (Ctrl+S).").format(
                problem=problem), 10000)

    def ask_recovery(self, orphan: autosave.Orphan) -> bool:
        """Restore or Discard? (tests patch this dialog)."""
        box, restore = self.recovery_box(orphan)
        box.exec()
        return box.clickedButton() is restore

    def recovery_box(self, orphan: autosave.Orphan) -> tuple[QMessageBox, object]:
        """The question, and its Restore button (Enter restores, Esc discards)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore the last session?"))
        box.setText(self.tr("Lazy Init Lab did not close properly last time."))
        box.setInformativeText(self.tr(
            "Its session was saved automatically: {steps} steps, the last one “{label}”, "
            "at {time}. Restore it, with its exact weights?").format(
                steps=orphan.steps, label=orphan.label,
                time=time.strftime("%H:%M:%S", time.localtime(orphan.saved_at))))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        restore.setToolTip(self.tr("Replay its steps and put back its exact weights"))
        discard.setToolTip(self.tr("Delete the autosave and start with an empty network"))
        box.setDefaultButton(restore)
        box.setEscapeButton(discard)
        return box, restore

    def _restore(self, orphan: autosave.Orphan) -> bool:
        session = self.session

        def played(report: dict) -> None:
            disconnect()
            autosave.dismiss(orphan)
            problem = report.get("restore_error")
            if problem:
                self.show_error(LabError(**problem), None)
            self.statusBar().showMessage(self.tr(
                "Restored the autosaved session ({steps} steps).").format(
                    steps=orphan.steps), 8000)

        def failed(_error, _step) -> None:
            disconnect()
            autosave.dismiss(orphan, keep_files=True)  # not offered again, files kept
            self.statusBar().showMessage(self.tr(
                "The autosaved session could not be restored; its files are in {folder}").format(
                    folder=str(orphan.folder)), 15000)

        def disconnect() -> None:
            with contextlib.suppress(RuntimeError, TypeError):
                session.scenarioPlayed.disconnect(played)
            with contextlib.suppress(RuntimeError, TypeError):
                session.failed.disconnect(failed)

        session.scenarioPlayed.connect(played)
        session.failed.connect(failed)
        if not session.restore(orphan.session_path, orphan.weights_path):
            disconnect()
            return False
        return True

    # -- closing ---------------------------------------------------------------------

    def defer_close_while_busy(self, event) -> bool:
        """While an operation runs, keep the window and close it once the operation ends.

        The operation cannot be interrupted safely (it runs inside PyTorch); waiting
        for it keeps its result, which autosave then writes. True: the close was deferred.
        """
        if not self.session.busy:
            return False
        event.ignore()
        if not self._close_pending:
            self._close_pending = True
            self.session.busyChanged.connect(self._close_when_idle)
            self.setWindowTitle(self.tr("Closing… — Lazy Init Lab"))
        self.statusBar().showMessage(
            self.tr("Closing when the running operation finishes…"))
        return True

    def _close_when_idle(self, busy: bool) -> None:
        if busy:
            return
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.busyChanged.disconnect(self._close_when_idle)
        # After the outcome's other slots (snapshot, autosave) have run.
        QTimer.singleShot(0, self.close)

    def finish_autosave(self) -> None:
        """A clean exit: the autosave is written out and then removed."""
        if self._recovery_autosave is not None:
            self._recovery_autosave.finish()
