"""The File menu: New, Open, Save, weights and code, the title, and never losing work.

A mixin for MainWindow (which needs ``self.session``, ``self.statusBar()``,
``self.recent_menu`` and ``self.lessons``). Anything that would replace unsaved work asks
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
from gui.window import code_export, unsaved

SESSION_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Lazy Init Lab session (*.json)")
WEIGHTS_FILTER = QT_TRANSLATE_NOOP("MainWindow", "PyTorch state_dict (*.pt *.pth)")
CODE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Python script (*.py)")


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
            self.update_recent_menu()

        def failed(_error, _step) -> None:
            if settings.remove_recent_file(path):
                self.update_recent_menu()
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
        self.update_recent_menu()
        self.statusBar().show_message(lambda: self.tr("Saved {path}").format(path=path), 4000)
        return True

    def workspace_changed(self) -> None:
        """Undo went back past a lesson's start (or New replaced it): the lesson is over."""
        run = self.lessons.panel.run
        if run is not None and run.lab is not self.session.lab:
            self.lessons.panel.close_lesson()

    def update_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        for path in files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_session(p))
        self.recent_menu.setEnabled(bool(files))

    # -- weights and code --------------------------------------------------------------

    def import_weights(self) -> None:
        path = self.ask_open_path(self.tr("Import weights"), self.tr(WEIGHTS_FILTER))
        if path:
            self.session.import_weights(path)

    def export_weights(self) -> None:
        path = self.ask_save_path(self.tr("Export weights"), self.tr(WEIGHTS_FILTER))
        if not path:
            return
        try:
            self.session.export_weights(path)
        except (OSError, RuntimeError) as exc:
            QMessageBox.warning(self, self.tr("Not exported"), str(exc))
            return
        self.statusBar().show_message(
            lambda: self.tr("Weights written to {path}").format(path=path), 4000)

    def export_code(self, scope: str = code_export.SCREEN) -> None:
        """The network on screen (default) or the whole session, as a PyTorch script."""
        session = self.session
        title = self.lessons.panel.export_title() or (
            session.path.stem if session.path else None)
        path = self.ask_save_path(code_export.caption(scope), self.tr(CODE_FILTER),
                                  code_export.suggested_path(session.path, title))
        if not path:
            return
        if not path.endswith(".py"):
            path += ".py"

        def written(result) -> None:
            self.statusBar().show_message(lambda: code_export.written_message(result, path), 15000)

        if not session.export_code(path, title, scope, written):
            self.statusBar().show_message(lambda: self.tr(
                "Not exported: an operation is still running; export again when it ends."), 8000)

    # -- the title -------------------------------------------------------------------

    def update_title(self) -> None:
        """The file name (or Untitled) and Qt's modified mark, cleared on save and open."""
        self.setWindowTitle(self.tr("{name}[*] — Lazy Init Lab").format(
            name=self.session_name()))
        self.setWindowModified(self.session.modified)
