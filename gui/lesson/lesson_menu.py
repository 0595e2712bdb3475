"""The Lesson menu: the built-in lesson, Open lesson…, Next, Back, Close, and their keys.

Split from gui/lesson/lesson_panel.py, which keeps the card itself and calls ``install_lesson_menu``
from its ``install``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.lesson import lesson as lessons
from gui import i18n
from gui.kit.actions import set_action_texts
from gui.lesson.lesson_panel import BUILT_IN, LESSON_FILTER, LessonDock


def install_lesson_menu(window) -> LessonDock:
    """Add the lesson dock, the Lesson menu and its shortcuts to the main window."""
    dock = LessonDock(window.session, window)
    window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, dock)
    panel = dock.panel
    translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

    def action(slot, shortcuts=()) -> QAction:
        item = QAction(window)
        item.setShortcuts([QKeySequence(s) for s in shortcuts])
        item.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        item.triggered.connect(slot)
        window.addAction(item)
        return item

    def open_built_in() -> None:
        open_path(BUILT_IN)

    def replace_work() -> bool:
        """Opening a lesson starts a new network: unsaved work is saved or discarded first."""
        confirm = getattr(window, "confirm_discard", None)
        return confirm() if confirm is not None else True

    def open_path(path) -> None:
        try:
            lesson = lessons.load(path)
        except lessons.LessonError as exc:
            QMessageBox.warning(window, translate("LessonPanel", "This lesson cannot be opened"),
                                translate("LessonPanel", "{path}: {reason}").format(
                                    path=path, reason=i18n.translate_message(str(exc))))
            return
        if not replace_work():
            return
        if panel.open_lesson(lesson):
            dock.show()
            dock.raise_()
        else:
            window.statusBar().show_message(
                lambda: translate("LessonPanel", "Busy: wait for the running operation"), 3000)

    def open_file() -> None:
        path, _ = QFileDialog.getOpenFileName(window, translate("LessonPanel", "Open lesson"),
                                              str(BUILT_IN.parent), LESSON_FILTER)
        if path:
            open_path(path)

    def ask_open() -> None:
        chooser = getattr(window, "ask_open_path", None)
        if chooser is None:
            open_file()
            return
        path = chooser(translate("LessonPanel", "Open lesson"), LESSON_FILTER)
        if path:
            open_path(path)

    dock.built_in_action = action(open_built_in)
    dock.open_action = action(ask_open)
    dock.next_action = action(panel.next, ("PgDown", "Alt+Right"))
    dock.back_action = action(panel.back, ("PgUp", "Alt+Left"))
    dock.close_action = action(panel.close_lesson)
    dock.open_path = open_path

    def update_actions() -> None:
        is_open = panel.is_open()
        for item in (dock.next_action, dock.back_action, dock.close_action):
            item.setEnabled(is_open)

    def show_outcome(_page: int) -> None:
        """A stale banner goes; an expected error is marked on its layer's card."""
        banner, view = getattr(window, "banner", None), getattr(window, "network_view", None)
        if banner is not None:
            banner.hide()
        if view is None:
            return
        view.set_error(None)
        error = panel.outcome.error if panel.outcome is not None else None
        names = [m.name for m in window.session.snapshot.modules]
        if error is not None and error.layer in names:
            view.set_error(names.index(error.layer), error.message)

    panel.pageShown.connect(lambda _page: update_actions())
    panel.pageShown.connect(show_outcome)
    panel.closed.connect(update_actions)
    update_actions()

    menu = window.menuBar().addMenu("")
    help_menu = getattr(window, "help_menu", None)
    if help_menu is not None:  # the Lesson menu goes before Help
        window.menuBar().insertMenu(help_menu.menuAction(), menu)
    for item in (dock.built_in_action, dock.open_action):
        menu.addAction(item)
    menu.addSeparator()
    for item in (dock.next_action, dock.back_action, dock.close_action):
        menu.addAction(item)
    dock.menu = menu
    retranslate_lesson_menu(dock)
    return dock


def retranslate_lesson_menu(dock: LessonDock) -> None:
    """The Lesson menu's texts (the window calls this again when the language changes)."""
    translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
    dock.menu.setTitle(translate("LessonPanel", "&Lesson"))
    set_action_texts(dock.built_in_action,
                     translate("LessonPanel", "&Lazy initialization (built-in)"),
                     translate("LessonPanel", "The chapter's lesson, step by step, "
                               "with its three exercises"))
    set_action_texts(dock.open_action, translate("LessonPanel", "&Open lesson…"),
                     translate("LessonPanel", "Open a lesson or any scenario file as a lesson"))
    set_action_texts(dock.next_action, translate("LessonPanel", "&Next step"))
    set_action_texts(dock.back_action, translate("LessonPanel", "&Previous step"))
    set_action_texts(dock.close_action, translate("LessonPanel", "&Close lesson"))
