"""The panels' shared look: projector-friendly sizes, headings, notes, big buttons, scrolling.

Also a shortcut that steps aside when its window already has an action on the same keys.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QScrollArea, QWidget

from gui.kit.colors import MUTED

BODY_POINTS = 12  # read from the back of a room, like the window's other panes


def body_points() -> int:
    """Body text size: the application's, but never below BODY_POINTS."""
    return max(QApplication.font().pointSize(), BODY_POINTS)


def readable(widget: QWidget) -> None:
    """Give a panel (and so its children) the projector-friendly body size."""
    font = QFont(widget.font())
    font.setPointSize(body_points())
    widget.setFont(font)


def heading(text: str, larger: int = 4) -> QLabel:
    """A section title, ``larger`` points above the body text."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSize(body_points() + larger)
    font.setBold(True)
    label.setFont(font)
    return label


def paint_text(widget: QWidget, color: str | None) -> None:
    """Text color through the palette: a style sheet set before the widget has a
    parent would freeze its font, and the panel's larger font would not reach it."""
    palette = QPalette(widget.palette()) if color else QPalette()
    if color:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
    widget.setPalette(palette)


def note_label(color: str = MUTED, bold: bool = False) -> QLabel:
    """A wrapping plain-text label (names like "<lambda>" stay literal)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    paint_text(label, color)
    if bold:
        font = QFont()
        font.setBold(True)  # only the weight: the size still follows the panel
        label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def big_button(text: str) -> QPushButton:
    """The one action of a panel: large and bold, to be found at a glance."""
    button = QPushButton(text)
    font = QFont(button.font())
    font.setPointSize(body_points() + 3)
    font.setBold(True)
    button.setFont(font)
    button.setMinimumHeight(button.fontMetrics().height() * 2 + 8)
    return button


def scrolled(content: QWidget) -> QScrollArea:
    """Content that scrolls instead of squeezing: the window's tab area is short."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


class PanelShortcut(QShortcut):
    """A panel's own key, disabled when its window already has an action on the same keys.

    Two enabled shortcuts on one key cancel each other out in Qt (nothing fires),
    so inside the main window its menu action handles the key and this one rests.
    """

    def __init__(self, sequence: str, parent: QWidget, slot: Callable[[], object]) -> None:
        super().__init__(QKeySequence(sequence), parent)
        self._owner = parent
        self.activated.connect(slot)

    def sync(self) -> None:
        owner = self._owner
        window = owner.window()
        taken = window is not owner and any(
            self.key() in action.shortcuts() for action in window.findChildren(QAction)
        )
        self.setEnabled(not taken)
