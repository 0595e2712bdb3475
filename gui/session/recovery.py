"""The window's side of autosave: offer an unsaved session back, close cleanly while busy.

A mixin for MainWindow, so that the window module only calls it: ``offer_recovery()``
at start-up, ``defer_close_while_busy()`` and ``finish_autosave()`` in closeEvent.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from core.errors import LabError
from gui.kit.colors import ERROR
from gui.session import autosave, settings
from gui.session.next_outcome import on_next_outcome
from gui.window import unsaved

log = logging.getLogger(__name__)


class RecoveryMixin:
    """Needs ``self.session`` (LabSession), ``self.statusBar()`` and ``self.show_error``."""

    _recovery_autosave: autosave.Autosave | None = None
    _autosave_label: QLabel | None = None
    _autosave_problem = ""
    _close_pending = False

    @property
    def autosave(self) -> autosave.Autosave:
        if self._recovery_autosave is None:
            self._recovery_autosave = autosave.Autosave(self.session, parent=self)
        return self._recovery_autosave

    # -- start-up --------------------------------------------------------------------

    def offer_recovery(self, ask: bool = True) -> bool:
        """Offer the newest unsaved session back (if any), then autosave this one.

        Returns True when a restore was started. ``ask=False`` (a scripted start,
        a screenshot run) only starts autosaving; earlier sessions wait for a plain
        start. Autosave starts whatever the folder holds: a broken folder is
        reported and skipped.
        """
        found = self._scan_autosaves() if ask else autosave.Scan()
        self.autosave.writeFailed.connect(self._autosave_failed)
        self.autosave.written.connect(self._autosave_working)
        self.autosave.start()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.finish_autosave)
        self._report_broken(found.broken)
        if not found.orphans or self.session.busy:
            return False
        orphan = found.orphans[0]
        if not self.ask_recovery(orphan):
            problem = autosave.dismiss(orphan)
            self.statusBar().show_message(
                lambda: self.tr("The unsaved session was discarded."), 5000)
            self._forget(orphan, problem)
            return False
        return self._restore(orphan)

    def _scan_autosaves(self) -> autosave.Scan:
        root = self.autosave.root
        try:
            return autosave.scan(root, set(settings.dismissed_autosaves()))
        except Exception as exc:  # reading old sessions never keeps this one from autosaving
            return autosave.Scan(broken=[(root, f"{type(exc).__name__}: {str(exc)[:200]}")])

    def _report_broken(self, broken: list) -> None:
        """Folders that could not be read: logged, and said once in the status bar."""
        if not broken:
            return
        for folder, reason in broken:
            log.warning("autosave folder %s skipped: %s", folder, reason)
        folder, reason = broken[0]
        self.statusBar().show_message(lambda: self.tr(
            "Skipped {count} unreadable autosave folder(s); the first: {folder} ({reason}). "
            "This session is autosaved as usual.").format(
                count=len(broken), folder=str(folder), reason=reason), 20000)

    def _autosave_failed(self, problem: str) -> None:
        """A lasting sign in the status bar until a write succeeds again."""
        alert = self._autosave_alert()
        self._autosave_problem = problem
        self.retranslate_autosave_alert()
        alert.show()
        self.statusBar().show_message(lambda: self.tr(
            "Autosave failed ({problem}); save the session yourself (Ctrl+S).").format(
                problem=problem), 10000)

    def _autosave_working(self, _generation: int) -> None:
        if self._autosave_label is not None:
            self._autosave_label.hide()

    def _autosave_alert(self) -> QLabel:
        if self._autosave_label is None:
            label = self._autosave_label = QLabel()
            label.setStyleSheet(f"color: {ERROR}; font-weight: bold; padding: 0 6px;")
            self.statusBar().addPermanentWidget(label)
        return self._autosave_label

    def retranslate_autosave_alert(self) -> None:
        """The failing-autosave sign's texts (the window calls this on a language change)."""
        if self._autosave_label is None:
            return
        self._autosave_label.setText(self.tr("⚠ Autosave failing"))
        self._autosave_label.setToolTip(self.tr(
            "Autosave is failing: {problem}\nIt tries again at every change. Until then, save "
            "the session yourself (Ctrl+S).").format(problem=self._autosave_problem))

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
        box.setText(self.tr("Lazy Init Lab was closed without saving last time.")
                    if orphan.closed else
                    self.tr("Lazy Init Lab did not close properly last time."))
        box.setInformativeText(self.recovery_details(orphan))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        restore.setToolTip(self.tr("Replay its steps and put back its exact weights"))
        discard.setToolTip(self.tr("Delete the autosave and start with an empty network"))
        box.setDefaultButton(restore)
        box.setEscapeButton(discard)
        return box, restore

    def recovery_details(self, orphan: autosave.Orphan) -> str:
        """What a restore brings back: steps, parameters, when (local time), which file."""
        when = QDateTime.fromSecsSinceEpoch(int(orphan.saved_at)).toString("yyyy-MM-dd HH:mm")
        lines = [self.tr("Saved automatically: {time}").format(time=when),
                 self.tr("Steps: {steps} (the last: “{label}”)").format(
                     steps=f"{orphan.steps:,}", label=orphan.label)]
        if orphan.params is not None:
            lines.append(self.tr("Parameters: {count}").format(count=f"{orphan.params:,}"))
        lines.append(self.tr("File: {name}").format(name=Path(orphan.file).name)
                     if orphan.file else self.tr("File: none (never saved)"))
        lines.append("\n" + self.tr("Restore it, with its exact weights?"))
        return "\n".join(lines)

    def _forget(self, orphan: autosave.Orphan, problem: str | None) -> None:
        """An autosave that could not be deleted (a read-only folder) is not offered again."""
        if problem is None:
            return
        settings.add_dismissed_autosave(str(orphan.folder))
        self.statusBar().show_message(lambda: self.tr(
            "The autosave in {folder} could not be deleted ({reason}); it will not be offered "
            "again.").format(folder=str(orphan.folder), reason=problem), 15000)

    def _restore(self, orphan: autosave.Orphan) -> bool:
        def played(report: dict) -> None:
            problem = report.get("restore_error")
            if problem:
                self.show_error(LabError(**problem), None)
            self.statusBar().show_message(lambda: self.tr(
                "Restored the autosaved session ({steps} steps).").format(
                    steps=orphan.steps), 8000)
            self._forget(orphan, autosave.dismiss(orphan))

        def failed(_error, _step) -> None:
            self.statusBar().show_message(lambda: self.tr(
                "The autosaved session could not be restored; its files are in {folder}").format(
                    folder=str(orphan.folder)), 15000)
            # not offered again, files kept
            self._forget(orphan, autosave.dismiss(orphan, keep_files=True))

        disconnect = on_next_outcome(self.session, played, failed)
        if not self.session.restore(orphan.session_path, orphan.weights_path,
                                    orphan.journal_path, orphan.steps):
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
        self.statusBar().show_message(
            lambda: self.tr("Closing when the running operation finishes…"))
        return True

    def _close_when_idle(self, busy: bool) -> None:
        if busy:
            return
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.busyChanged.disconnect(self._close_when_idle)
        self._close_pending = False  # a Cancel in "Save changes?" keeps the window
        # After the outcome's other slots (snapshot, autosave) have run.
        QTimer.singleShot(0, self.close)

    def quit_question(self) -> str:
        """Which "Save changes?" quitting asks: Discard keeps an autosave only if it works."""
        working = self.autosave.active and not (
            self._autosave_label is not None and not self._autosave_label.isHidden())
        return unsaved.QUIT if working else unsaved.QUIT_UNSAVED

    def finish_autosave(self) -> None:
        """A clean exit: a saved session's autosave is removed; an unsaved one is kept,
        marked closed, and offered at the next start."""
        if self._recovery_autosave is not None:
            session = self.session
            self._recovery_autosave.finish(keep=session.modified and bool(session.steps()))
