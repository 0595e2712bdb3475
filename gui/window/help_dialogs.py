"""The Help menu: keyboard shortcuts, the lesson guide, About.

The shortcuts dialog is read from the window's own actions and menus when it
opens, so a new action with a shortcut is listed without editing this file.
Every dialog uses the application font, which presenter mode enlarges with
the rest of the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.kit.actions import set_action_texts


def shortcut_rows(window) -> list[tuple[str, str, str]]:
    """(menu, action, shortcuts) for every action of the window that has a shortcut."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def visit(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                visit(action.menu(), f"{path} ▸ {_plain(action.text())}")
            else:
                add(action, path)

    def add(action: QAction, path: str) -> None:
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or id(action) in seen or action.isSeparator():
            return
        seen.add(id(action))
        text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows.append((path, _plain(action.text()), text))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            visit(top.menu(), _plain(top.text()))
    for action in window.actions():  # shortcuts of actions not in a menu
        add(action, "")
    return rows


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersand and trailing dots: "&Open…" → "Open"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class ShortcutsDialog(QDialog):
    """A table of every shortcut, grouped by the menu that holds the action."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"),
                                              self.tr("Shortcut")])
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        _finish(self, self.table)
        width = sum(self.table.columnWidth(c) for c in range(3)) + 60
        self.resize(min(max(width, 480), 1000), 560)


class LessonGuideDialog(QDialog):
    """How to walk a lesson, present it and start class from the command line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lesson guide"))
        text = QLabel(self.tr(
            "<p><b>Open a lesson</b>: Lesson ▸ Lazy initialization (built-in), or Lesson ▸ "
            "Open lesson… for your own file.</p>"
            "<p><b>Next</b>: PageDown or Alt+Right performs the next step and explains it. "
            "<b>Back</b>: PageUp or Alt+Left returns to the previous step exactly as it "
            "was.</p>"
            "<p><b>Exercises</b>: on a task page, try it in the app; every attempt is "
            "explained. Next then shows the answer.</p>"
            "<p><b>Presenter mode</b>: View ▸ Presenter mode (Ctrl+Shift+P or F11) makes "
            "texts large and shows what each step is about: the changed card, the visit "
            "log, the shape trace or a histogram.</p>"
            "<p><b>Start class in one command</b>:<br><code>python main.py --lesson "
            "lazy_initialization --step 7 --presenter</code></p>"
            "<p>Writing your own lessons: docs/lessons.md.</p>"))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _finish(self, text)
        self.resize(640, 520)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Lazy Init Lab"))
        text = QLabel(self.tr(
            "Lazy Init Lab: assemble a network, watch PyTorch's lazy initialization happen, "
            "and compare initializers by their histograms."))
        text.setWordWrap(True)
        _finish(self, text)
        self.resize(520, 220)


def _finish(dialog: QDialog, content: QWidget) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content, 1)
    layout.addWidget(buttons)


def install(window) -> None:
    """Help ▸ Keyboard shortcuts (Ctrl+/), Lesson guide, About. ``window.show_dialog`` shows."""
    entries = (
        ("Ctrl+/", lambda: ShortcutsDialog(window)),
        (None, lambda: LessonGuideDialog(window)),
        (None, lambda: AboutDialog(window)),
    )
    for shortcut, make in entries:
        action = QAction(window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False, m=make: window.show_dialog(m()))
        window.help_menu.addAction(action)
    window.help_actions = window.help_menu.actions()
    retranslate_menu(window)


def retranslate_menu(window) -> None:
    """The Help menu's texts (the window calls this again when the language changes)."""
    translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
    shortcuts, guide, about = window.help_actions
    set_action_texts(shortcuts, translate("HelpMenu", "&Keyboard shortcuts"),
                     translate("HelpMenu", "Every action's keyboard shortcut (Ctrl+/)"))
    set_action_texts(guide, translate("HelpMenu", "&Lesson guide"),
                     translate("HelpMenu", "How to walk, present and start a lesson"))
    set_action_texts(about, translate("HelpMenu", "&About"))
