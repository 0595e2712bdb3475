"""Scrolling a form never changes a value: editors take the wheel only when focused.

Qt gives combo boxes and spin boxes the wheel by default: scrolling a panel with the
pointer passing over one changes it unnoticed (leaky_relu became selu). One
application-wide event filter, installed once, fixes it for every such editor in
every window and dialog: each gets Qt.StrongFocus (a click or Tab focuses it, the
wheel does not), and a wheel event over an unfocused one goes to the scroll area
around it, which scrolls instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox)


def guarded_editor(widget: QObject) -> QWidget | None:
    """The combo or spin box ``widget`` is, or is part of (a spin box's line edit)."""
    for candidate in (widget, widget.parent() if isinstance(widget, QWidget) else None):
        if isinstance(candidate, GUARDED):
            return candidate
    return None


class WheelGuard(QObject):
    """Strong focus for guarded editors; their wheel events go to the parent unless focused."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel:
            editor = guarded_editor(watched)
            if editor is not None and not editor.hasFocus():
                area = enclosing_scroll_area(editor)
                if area is not None:  # Qt does not propagate a re-sent event: deliver it
                    QApplication.sendEvent(area.viewport(), event)
                return True
        return False


def enclosing_scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area around ``widget`` (a combo's own popup list excepted)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def install(app: QApplication | None = None) -> WheelGuard:
    """Install the guard on the application once; later calls return the same guard."""
    app = app or QApplication.instance()
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
    return guard
