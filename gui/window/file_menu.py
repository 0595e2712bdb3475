"""The File menu's session side: New, Open, Save, the title, and never losing work.

A mixin for MainWindow (which needs ``self.session``, ``self.statusBar()`` and
``self._update_recent_menu()``). Anything that would replace unsaved work asks
first (``confirm_discard``); the title shows the file name and Qt's modified
mark; dialogs start in the folder used last; Open Recent lists only files that
opened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.session import settings
from gui.session.next_outcome import on_next_outcome
from gui.window import unsaved

SESSION_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Lazy Init Lab session (*.json)")


class FileMenuMixin:
    """Session files for the main window: ask before losing work, remember folders."""

    # -- asking ----------------------------------------------------------------------

    def confirm_discard(self, action: str = unsaved.REPLACE) -> bool:
        """True when the current work may be replaced: unchanged, saved now, or discarded."""
        if not self.session.modified:
            return True
        answer = unsaved.ask_save_changes(self, self.session_name(), action)
        if answer == unsaved.Button.Save:
            return self.save_session()
        return answer == unsaved.Button.Discard

    def session_name(self) -> str:
        path = self.session.path
        return path.name if path else self.tr("Untitled")

    def refuse_while_busy(self) -> bool:
        """True (with a message) while an operation runs: nothing may replace the network."""
        if self.session.busy:
            self.statusBar().show_message(
                lambda: self.tr("Busy: wait for the running operation"), 3000)
        return self.session.busy

    def ask_open_path(self, caption: str, file_filter: str) -> str | None:
        """A file to open, starting in the folder used last; None when cancelled."""
        path, _ = QFileDialog.getOpenFileName(self, caption, settings.last_folder(), file_filter)
        if path:
            settings.remember_folder(path)
        return path or None

    def ask_save_path(self, caption: str, file_filter: str, suggested: str = "") -> str | None:
        """Where to save, starting in the folder used last; None when cancelled."""
        start = Path(settings.last_folder())
        path, _ = QFileDialog.getSaveFileName(
            self, caption, str(start / suggested) if suggested else str(start), file_filter)
        if path:
            settings.remember_folder(path)
        return path or None

    # -- actions ---------------------------------------------------------------------

    def new_session(self) -> None:
        """An empty network (after asking about unsaved work); Ctrl+Z brings the old one back."""
        if not self.refuse_while_busy() and self.confirm_discard():
            self.session.new()

    def open_session(self, path: str | None = None) -> None:
        """Open a session or scenario (asked for when not given) and replay its steps."""
        if self.refuse_while_busy() or not self.confirm_discard():
            return
        path = path or self.ask_open_path(self.tr("Open session"), self.tr(SESSION_FILTER))
        if path and self.session.open(path):
            self._follow_open(str(Path(path).resolve()))

    def _follow_open(self, path: str) -> None:
        """Only a file that opened goes into Open Recent; one that no longer opens leaves it."""
        def played(_report) -> None:
            settings.add_recent_file(path)
            self._update_recent_menu()

        def failed(_error, _step) -> None:
            if settings.remove_recent_file(path):
                self._update_recent_menu()
                self.statusBar().show_message(lambda: self.tr(
                    "{name} could not be opened and was removed from Open Recent.").format(
                        name=Path(path).name), 15000)

        on_next_outcome(self.session, played, failed)

    def save_session(self) -> bool:
        """Save to the session's file (asking where when untitled); True when saved."""
        if self.session.path is None:
            return self.save_session_as()
        return self._save_to(self.session.path)

    def save_session_as(self) -> bool:
        suggested = self.session.path.name if self.session.path else "untitled.json"
        path = self.ask_save_path(self.tr("Save session"), self.tr(SESSION_FILTER), suggested)
        if not path:
            return False
        if not path.endswith(".json"):
            path += ".json"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        path = Path(path)
        try:
            self.session.save(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr(
                "The session could not be saved to {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc))
            return False
        settings.add_recent_file(str(path.resolve()))
        self._update_recent_menu()
        self.statusBar().show_message(lambda: self.tr("Saved {path}").format(path=path), 4000)
        return True

    def _workspace_changed(self) -> None:
        """Undo went back past a lesson's start (or New replaced it): the lesson is over."""
        dock = getattr(self, "lesson_dock", None)
        run = dock.panel.run if dock is not None else None
        if run is not None and run.lab is not self.session.lab:
            dock.panel.close_lesson()

    # -- the title -------------------------------------------------------------------

    def _update_title(self) -> None:
        """The file name (or Untitled) and Qt's modified mark, cleared on save and open."""
        self.setWindowTitle(self.tr("{name}[*] — Lazy Init Lab").format(
            name=self.session_name()))
        self.setWindowModified(self.session.modified)
