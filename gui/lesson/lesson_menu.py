"""Opening lessons: the built-in lessons, Open lesson…, and a lesson file by path.

The Lesson menu's actions live in the window's action table (gui/window/actions.py);
their handlers are this controller's methods and the card's own Next, Back and
Close. What the controller needs from the window is given to it explicitly.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.lesson import lesson as lessons
from gui import i18n
from gui.lesson.lesson_panel import (
    BUILT_IN,
    LESSON_FILTER,
    TRAIN_LESSON,
    LessonDock,
    LessonPanel,
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class LessonController(QObject):
    """Opens lessons into ``dock``'s card, after unsaved work is saved or discarded."""

    def __init__(self, dock: LessonDock, parent: QWidget,
                 confirm_discard: Callable[[], bool],
                 ask_open_path: Callable[[str, str], str | None] | None = None,
                 show_status: Callable[[Callable[[], str], int], None] | None = None) -> None:
        super().__init__(parent)
        self.dock = dock
        self.panel: LessonPanel = dock.panel
        self._parent = parent
        self._confirm_discard = confirm_discard
        self._ask_open_path = ask_open_path or self._ask_file
        self._show_status = show_status or (lambda _render, _ms: None)  # render() gives the text

    def open_built_in(self) -> None:
        self.open_path(BUILT_IN)

    def open_train_lesson(self) -> None:
        self.open_path(TRAIN_LESSON)

    def ask_open(self) -> None:
        path = self._ask_open_path(translate("LessonPanel", "Open lesson"), LESSON_FILTER)
        if path:
            self.open_path(path)

    def open_path(self, path) -> None:
        """Open the lesson at ``path`` on a new network; a broken file is explained."""
        try:
            lesson = lessons.load(path)
        except lessons.LessonError as exc:
            QMessageBox.warning(
                self._parent, translate("LessonPanel", "This lesson cannot be opened"),
                translate("LessonPanel", "{path}: {reason}").format(
                    path=path, reason=i18n.translate_message(str(exc))))
            return
        if not self._confirm_discard():  # a lesson starts a new network
            return
        if self.panel.open_lesson(lesson):
            self.dock.show()
            self.dock.raise_()
        else:
            self._show_status(
                lambda: translate("LessonPanel", "Busy: wait for the running operation"), 3000)

    def is_open(self) -> bool:
        return self.panel.is_open()

    def _ask_file(self, caption: str, file_filter: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self._parent, caption, str(BUILT_IN.parent),
                                              file_filter)
        return path or None
