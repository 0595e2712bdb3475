"""Setting an action's texts in one call, from a widget's ``retranslate()``."""

from __future__ import annotations

from PySide6.QtGui import QAction


def set_action_texts(action: QAction, text: str, tip: str = "") -> None:
    """The menu text, and the tip shown on hover and in the status bar (the text without one)."""
    action.setText(text)
    action.setToolTip(tip or text)
    action.setStatusTip(tip or text)
