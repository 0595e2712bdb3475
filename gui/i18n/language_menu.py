"""View ▸ Language: System default / English / 简体中文, one checkable action each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup

from gui.i18n.language import CHOICES, LANGUAGE_NAMES, SYSTEM, saved_choice, set_language


def add_language_menu(menu) -> dict:
    """Add the choices to ``menu``; returns {choice: action} (texts: see below)."""
    group = QActionGroup(menu)
    group.setExclusive(True)
    actions = {}
    for choice in CHOICES:
        action = QAction(menu)
        action.setCheckable(True)
        action.setData(choice)
        action.triggered.connect(lambda _=False, c=choice: set_language(c))
        group.addAction(action)
        menu.addAction(action)
        actions[choice] = action
    retranslate_language_menu(actions)
    return actions


def retranslate_language_menu(actions: dict) -> None:
    """The choices' names (each language named in itself) and the saved choice checked."""
    chosen = saved_choice()
    for choice, action in actions.items():
        if choice == SYSTEM:
            action.setText(QCoreApplication.translate("i18n", "&System default"))
        else:
            action.setText(LANGUAGE_NAMES[choice])
        action.setChecked(choice == chosen)
