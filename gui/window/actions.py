"""The window's user actions, each once: id, text, keys, tip, when it is enabled, what it does.

Menus, the Keyboard shortcuts dialog, presenter mode and the lesson card are all
built from ``ACTIONS`` (through ``ActionTable``), so one user action has one path:
the Run button, Network ▸ Run forward and Ctrl+R all trigger the "forward" action.
A handler receives the window (and, for a checkable action, whether it is now on).
Texts are translated in the context they were written for, so a table row and
the menu item it makes say the same thing in every language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from gui.window import code_export, help_dialogs

Key = QKeySequence.StandardKey
WINDOW, LESSON, HELP, PRESENTER = "MainWindow", "LessonPanel", "HelpMenu", "Presenter"


@dataclass(frozen=True)
class UserAction:
    """One row of the table. ``handler(window)`` (``handler(window, on)`` when checkable)."""

    id: str
    context: str  # the translation context of text and tip
    text: str
    handler: Callable
    keys: tuple = ()  # key strings ("Ctrl+R") or QKeySequence.StandardKey values
    tip: str = ""  # tooltip and status tip; the text when empty
    enabled_when: Callable | None = None  # enabled_when(window) -> bool; always when None
    checkable: bool = False
    role: QAction.MenuRole | None = None


ACTIONS: tuple[UserAction, ...] = (
    # File
    UserAction("new", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&New"),
               lambda w: w.new_session(), (Key.New,),
               QT_TRANSLATE_NOOP("MainWindow", "Start an empty network")),
    UserAction("open", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
               lambda w: w.open_session(), (Key.Open,),
               QT_TRANSLATE_NOOP("MainWindow", "Open a session or scenario and replay its steps")),
    UserAction("save", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&Save"),
               lambda w: w.save_session(), (Key.Save,),
               QT_TRANSLATE_NOOP("MainWindow", "Save the steps so far as a session")),
    UserAction("save_as", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "Save &As…"),
               lambda w: w.save_session_as(), ("Ctrl+Shift+S",)),
    UserAction("import_weights", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&Import weights…"),
               lambda w: w.import_weights(), (),
               QT_TRANSLATE_NOOP("MainWindow", "Load a state_dict (.pt); a lazy network gets "
                                               "shapes and values")),
    UserAction("export_weights", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&Export weights…"),
               lambda w: w.export_weights(), (),
               QT_TRANSLATE_NOOP("MainWindow", "Save the current state_dict (.pt); "
                                               "uninitialized parameters are left out")),
    UserAction("export_code", WINDOW, QT_TRANSLATE_NOOP("MainWindow",
                                                        "Export as PyTorch &code…"),
               lambda w: w.export_code(code_export.SCREEN), ("Ctrl+E",),
               QT_TRANSLATE_NOOP("MainWindow", "Save a Python script that rebuilds the network "
                                               "on screen and replays its forward passes and "
                                               "initializers (Ctrl+E)")),
    UserAction("export_session_code", WINDOW,
               QT_TRANSLATE_NOOP("MainWindow", "Export whole session as PyTorch code…"),
               lambda w: w.export_code(code_export.SESSION), ("Ctrl+Shift+E",),
               QT_TRANSLATE_NOOP("MainWindow", "Save a Python script that replays every step of "
                                               "the session: each network it held, in order "
                                               "(Ctrl+Shift+E)")),
    UserAction("export_png", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "Export plot as &PNG…"),
               lambda w: w.chart_tabs.currentWidget().export_png_dialog(), (),
               QT_TRANSLATE_NOOP("MainWindow", "Save the chart of the shown tab (Histogram, "
                                               "Compare, Depth or Train) as PNG")),
    UserAction("export_csv", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "Export plot as &CSV…"),
               lambda w: w.chart_tabs.currentWidget().export_csv_dialog(), (),
               QT_TRANSLATE_NOOP("MainWindow", "Save the data of the shown tab's chart as CSV")),
    UserAction("quit", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
               lambda w: w.close(), (Key.Quit,)),
    # Edit
    UserAction("undo", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&Undo"),
               lambda w: w.session.undo(), ("Ctrl+Z",),
               QT_TRANSLATE_NOOP("MainWindow", "Undo the last operation (Ctrl+Z)"),
               lambda w: w.current.can_undo),
    UserAction("redo", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&Redo"),
               lambda w: w.session.redo(), ("Ctrl+Shift+Z",),
               QT_TRANSLATE_NOOP("MainWindow", "Redo (Ctrl+Shift+Z)"),
               lambda w: w.current.can_redo),
    UserAction("preferences", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"),
               lambda w: w.edit_preferences(), ("Ctrl+,",),
               QT_TRANSLATE_NOOP("MainWindow", "Settings such as the undo history's memory "
                                               "limit (Ctrl+,)"),
               role=QAction.MenuRole.PreferencesRole),
    # Network
    UserAction("forward", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "Run &forward"),
               lambda w: w.run_forward(), ("Ctrl+R",),
               QT_TRANSLATE_NOOP("MainWindow", "Send the input through the network (Ctrl+R)")),
    UserAction("init", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&Initialize"),
               lambda w: w.init_panel.apply(), ("Ctrl+I",),
               QT_TRANSLATE_NOOP("MainWindow", "Apply the chosen initializer (Ctrl+I)")),
    UserAction("reset", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&Reset"),
               lambda w: w.perform({"op": "reset"}), ("Ctrl+Shift+R",),
               QT_TRANSLATE_NOOP("MainWindow", "Rebuild every layer: lazy layers uninitialized "
                                               "again, fresh default weights")),
    UserAction("clear", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&Clear"),
               lambda w: w.perform({"op": "clear"}), (),
               QT_TRANSLATE_NOOP("MainWindow", "Remove every layer")),
    UserAction("compare", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&Compare initializers"),
               lambda w: w.compare_initializers(), ("Ctrl+Shift+C",),
               QT_TRANSLATE_NOOP("MainWindow", "Apply each initializer ticked in the Compare tab "
                                               "to a copy of the network and compare their "
                                               "weights (Ctrl+Shift+C)")),
    UserAction("depth", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&Depth statistics"),
               lambda w: w.depth_statistics(), ("Ctrl+Shift+D",),
               QT_TRANSLATE_NOOP("MainWindow", "Activation and gradient spread per layer under "
                                               "each ticked initializer (Ctrl+Shift+D)")),
    UserAction("train", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&Train and compare"),
               lambda w: w.train_and_compare(), ("Ctrl+Shift+T",),
               QT_TRANSLATE_NOOP("MainWindow", "Train a copy of the network per initializer "
                                               "ticked in the Train tab on a small task and draw "
                                               "their losses side by side (Ctrl+Shift+T)")),
    # View
    UserAction("presenter", PRESENTER, QT_TRANSLATE_NOOP("Presenter", "&Presenter mode"),
               lambda w, on: w.presenter.set_active(on), ("Ctrl+Shift+P", "F11"),
               QT_TRANSLATE_NOOP("Presenter", "Large text, plots and print(net) for a projector "
                                              "(Ctrl+Shift+P or F11)"),
               checkable=True),
    # Lesson
    UserAction("lesson_built_in", LESSON,
               QT_TRANSLATE_NOOP("LessonPanel", "&Lazy initialization (built-in)"),
               lambda w: w.lessons.open_built_in(), (),
               QT_TRANSLATE_NOOP("LessonPanel", "The chapter's lesson, step by step, with its "
                                                "three exercises")),
    UserAction("lesson_train", LESSON,
               QT_TRANSLATE_NOOP("LessonPanel", "&Does it train? Initialization in practice "
                                                "(built-in)"),
               lambda w: w.lessons.open_train_lesson(), (),
               QT_TRANSLATE_NOOP("LessonPanel", "Symmetry, vanishing and exploding gradients, "
                                                "Xavier, Kaiming and batch normalization, "
                                                "trained side by side")),
    UserAction("lesson_open", LESSON, QT_TRANSLATE_NOOP("LessonPanel", "&Open lesson…"),
               lambda w: w.lessons.ask_open(), (),
               QT_TRANSLATE_NOOP("LessonPanel", "Open a lesson or any scenario file as a lesson")),
    UserAction("lesson_next", LESSON, QT_TRANSLATE_NOOP("LessonPanel", "&Next step"),
               lambda w: w.lessons.panel.next(), ("PgDown", "Alt+Right"),
               enabled_when=lambda w: w.lessons.panel.is_open()),
    UserAction("lesson_back", LESSON, QT_TRANSLATE_NOOP("LessonPanel", "&Previous step"),
               lambda w: w.lessons.panel.back(), ("PgUp", "Alt+Left"),
               enabled_when=lambda w: w.lessons.panel.is_open()),
    UserAction("lesson_close", LESSON, QT_TRANSLATE_NOOP("LessonPanel", "&Close lesson"),
               lambda w: w.lessons.panel.close_lesson(),
               enabled_when=lambda w: w.lessons.panel.is_open()),
    # Help
    UserAction("help_shortcuts", HELP, QT_TRANSLATE_NOOP("HelpMenu", "&Keyboard shortcuts"),
               lambda w: w.show_dialog(help_dialogs.ShortcutsDialog(w)), ("Ctrl+/",),
               QT_TRANSLATE_NOOP("HelpMenu", "Every action's keyboard shortcut (Ctrl+/)")),
    UserAction("help_lesson_guide", HELP, QT_TRANSLATE_NOOP("HelpMenu", "&Lesson guide"),
               lambda w: w.show_dialog(help_dialogs.LessonGuideDialog(w)), (),
               QT_TRANSLATE_NOOP("HelpMenu", "How to walk, present and start a lesson")),
    UserAction("help_about", HELP, QT_TRANSLATE_NOOP("HelpMenu", "&About"),
               lambda w: w.show_dialog(help_dialogs.AboutDialog(w))),
)

# The menu bar: (id, context, title, entries). An entry is an action id, "-" for a
# separator, or "@id" for a submenu the window fills itself (its title in MENU_TITLES).
MENUS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("file", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&File"),
     ("new", "open", "@recent", "save", "save_as", "-", "import_weights", "export_weights",
      "export_code", "export_session_code", "export_png", "export_csv", "-", "quit")),
    ("edit", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
     ("undo", "redo", "-", "preferences")),
    ("network", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&Network"),
     ("@templates", "forward", "init", "reset", "clear", "-", "compare", "depth", "train")),
    ("view", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&View"), ("@language", "presenter")),
    ("lesson", LESSON, QT_TRANSLATE_NOOP("LessonPanel", "&Lesson"),
     ("lesson_built_in", "lesson_train", "lesson_open", "-", "lesson_next", "lesson_back",
      "lesson_close")),
    ("help", WINDOW, QT_TRANSLATE_NOOP("MainWindow", "&Help"),
     ("help_shortcuts", "help_lesson_guide", "help_about")),
)
SUBMENU_TITLES = {
    "recent": QT_TRANSLATE_NOOP("MainWindow", "Open &Recent"),
    "templates": QT_TRANSLATE_NOOP("MainWindow", "Start from &template"),
    "language": QT_TRANSLATE_NOOP("MainWindow", "&Language"),
}


def plain(text: str) -> str:
    """A menu text without its mnemonic ampersand and trailing dots: "&Open…" → "Open"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def key_text(action: QAction) -> str:
    """Every shortcut of ``action`` as shown on this platform, comma-separated."""
    keys = [k for k in action.shortcuts() if not k.isEmpty()]
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


class ActionTable(QObject):
    """The QActions of ``ACTIONS`` for one window, and the menus built from ``MENUS``."""

    def __init__(self, window, rows: tuple[UserAction, ...] = ACTIONS,
                 menus: tuple = MENUS) -> None:
        super().__init__(window)
        self.window = window
        self.rows = {row.id: row for row in rows}
        self.layout = menus
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        for row in rows:
            action = self.actions[row.id] = QAction(window)
            action.setObjectName(row.id)
            action.setShortcuts([QKeySequence(k) for k in row.keys])
            action.setCheckable(row.checkable)
            if row.role is not None:
                action.setMenuRole(row.role)
            if row.checkable:
                action.toggled.connect(lambda on, h=row.handler: h(window, on))
            else:
                action.triggered.connect(lambda _=False, h=row.handler: h(window))
            window.addAction(action)  # its keys work wherever the focus is in the window
        self.retranslate()

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def trigger(self, action_id: str) -> None:
        self.actions[action_id].trigger()

    def build_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        """The menu bar as ``MENUS`` lays it out; submenus ("@id") are left empty to fill."""
        for menu_id, _context, _title, entries in self.layout:
            menu = self.menus[menu_id] = bar.addMenu("")
            for entry in entries:
                if entry == "-":
                    menu.addSeparator()
                elif entry.startswith("@"):
                    self.menus[entry[1:]] = menu.addMenu("")
                else:
                    menu.addAction(self.actions[entry])
        self.retranslate()
        return self.menus

    def refresh(self) -> None:
        """Enable each action whose ``enabled_when`` holds now (the others stay enabled)."""
        for action_id, row in self.rows.items():
            if row.enabled_when is not None:
                self.actions[action_id].setEnabled(bool(row.enabled_when(self.window)))

    def retranslate(self) -> None:
        """Every text and title again, in the current language."""
        translate = QCoreApplication.translate
        for action_id, row in self.rows.items():
            action = self.actions[action_id]
            text = translate(row.context, row.text)
            tip = translate(row.context, row.tip) if row.tip else text
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        for menu_id, context, title, _entries in self.layout:
            if menu_id in self.menus:
                self.menus[menu_id].setTitle(translate(context, title))
        for menu_id, title in SUBMENU_TITLES.items():
            if menu_id in self.menus:
                self.menus[menu_id].setTitle(translate(WINDOW, title))

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(menu, action, keys) for every action with a shortcut, in menu order."""
        rows, listed = [], set()
        for menu_id, _context, _title, entries in self.layout:
            menu = plain(self.menus[menu_id].title()) if menu_id in self.menus else ""
            for entry in entries:
                if entry in self.actions and key_text(self.actions[entry]):
                    rows.append((menu, plain(self.actions[entry].text()),
                                 key_text(self.actions[entry])))
                    listed.add(entry)
        for action_id, action in self.actions.items():  # in no menu: listed last
            if action_id not in listed and key_text(action):
                rows.append(("", plain(action.text()), key_text(action)))
        return rows
