"""Start class in one command: open a lesson, walk to a step, present it.

``python main.py --lesson lazy_initialization --step 7 --presenter`` builds the
window, opens the lesson and performs its steps one by one up to step 7 (on the
worker, like Next), so every earlier page keeps its checkpoint and Back works
from there exactly as in class.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core.lesson import lesson as lessons
from gui.i18n import translate_message


class ClassStart(QObject):
    """Walks ``window``'s lesson card to page ``step`` (1-based, as its counter shows)."""

    ready = Signal()  # the step has run and is shown
    failed = Signal(str)

    def __init__(self, window, path: str, step: int | None, presenter: bool) -> None:
        super().__init__(window)
        self.window, self.path = window, path
        self.step = step or 1
        self.presenter = presenter
        self.panel = window.lesson_dock.panel

    def start(self) -> None:
        try:
            lesson = lessons.load(self.path)
        except lessons.LessonError as exc:
            self.failed.emit(f"{self.path}: {translate_message(str(exc))}")
            return
        if not 1 <= self.step <= len(lesson.pages()):
            self.failed.emit(self.tr("The lesson has steps 1 to {count}").format(
                count=len(lesson.pages())))
            return
        if self.presenter:
            self.window.presenter.set_active(True)
        self.panel.pageShown.connect(self._shown)
        if not self.panel.open_lesson(lesson):
            self.failed.emit(self.tr("Busy: wait for the running operation"))
            return
        self.window.lesson_dock.show()
        self.window.lesson_dock.raise_()

    def _shown(self, page: int) -> None:
        if page + 1 < self.step:
            if not self.panel.next():
                self.panel.pageShown.disconnect(self._shown)
                self.failed.emit(self.tr("The lesson could not move on from step {n}").format(
                    n=page + 1))
            return
        self.panel.pageShown.disconnect(self._shown)
        self.ready.emit()
