"""“Save changes?” before anything replaces unsaved work: Save, Discard or Cancel.

Every action that would replace the network on screen (New, Open, a template, a
lesson, Quit, closing the window) calls ``confirm_discard``. Nothing is asked
when the steps are as last saved or opened.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton
QUIT = "quit"  # the action that asks: quitting keeps the session restorable on Discard
QUIT_UNSAVED = "quit-unsaved"  # quitting while autosave is off or failing: Discard loses it
REPLACE = "replace"


def save_changes_box(parent: QWidget, name: str, action: str = REPLACE) -> QMessageBox:
    """The question, as every desktop editor asks it (Save is the default, Esc cancels)."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("UnsavedChanges", "Save changes?"))
    box.setText(translate("UnsavedChanges",
                          "Do you want to save the changes to {name}?").format(name=name))
    if action == QUIT:
        box.setInformativeText(translate(
            "UnsavedChanges",
            "If you don't save, the session is kept only as an autosave: the next start "
            "offers to restore it."))
    elif action == QUIT_UNSAVED:
        box.setInformativeText(translate(
            "UnsavedChanges",
            "Autosave is not working, so if you don't save, your changes are lost."))
    else:
        box.setInformativeText(translate(
            "UnsavedChanges",
            "If you don't save, the current network is replaced; Undo (Ctrl+Z) still brings "
            "it back."))
    box.setStandardButtons(Button.Save | Button.Discard | Button.Cancel)
    box.setDefaultButton(Button.Save)
    box.setEscapeButton(Button.Cancel)
    return box


def ask_save_changes(parent: QWidget, name: str, action: str = REPLACE) -> Button:
    """Save, Discard or Cancel (closing the box cancels). Tests patch this or the box."""
    answer = save_changes_box(parent, name, action).exec()
    try:
        return Button(answer)
    except ValueError:
        return Button.Cancel
