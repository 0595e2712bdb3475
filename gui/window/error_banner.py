"""A banner that explains the last failed operation, with PyTorch's own words one click away."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.errors import LabError
from gui.i18n import translate_message
from gui.kit.colors import ERROR, ERROR_BACKGROUND, INK
from gui.kit.retranslating import Retranslating


class ErrorBanner(Retranslating, QWidget):
    """Hidden until an error arrives; one button per fix core offers (error.fixes),
    each performing its step, plus the window's own remedy when it has one."""

    remedyRequested = Signal(str)  # the error kind whose remedy was asked for
    fixRequested = Signal(object)  # the step dict of the fix button clicked
    dismissed = Signal()  # Dismiss was pressed: the error's marks elsewhere go too

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setStyleSheet(
            f"#errorBanner {{ background: {ERROR_BACKGROUND}; border: 2px solid {ERROR}; "
            f"border-radius: 6px; }} QLabel {{ color: {INK}; }}"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel()
        self.title.setFont(QFont(self.font().family(), 13, QFont.Weight.Bold))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setFont(QFont("monospace", 10))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        self.details_button = QPushButton()
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.details.setVisible)
        self.remedy_button = QPushButton()
        self.remedy_button.clicked.connect(lambda: self.remedyRequested.emit(self._kind))
        close = self.close_button = QPushButton()
        close.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        self._fix_row = QHBoxLayout()
        self.fix_buttons: list[QPushButton] = []
        buttons.addLayout(self._fix_row)
        buttons.addWidget(self.remedy_button)
        buttons.addWidget(self.details_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self._kind = ""
        self.error: LabError | None = None
        self._remedy = None  # makes the remedy button's text (the window's words)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """Fixed texts, and the shown error from its data."""
        self.details_button.setText(self.tr("PyTorch's message"))
        self.details_button.setToolTip(self.tr("Show or hide the error exactly as PyTorch gave it"))
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.setToolTip(self.tr("Hide this message (Esc)"))
        self._render()

    def show_error(self, error: LabError, remedy=None) -> None:
        """Show ``error``; ``remedy`` (a text, or a function making it) labels a one-click
        fix button (None: no button)."""
        self.error, self._kind = error, error.kind
        self._remedy = remedy if callable(remedy) or remedy is None else (lambda: remedy)
        self._show_fixes(error.fixes)
        self._render()
        self.details_button.setVisible(bool(error.torch_message))
        self.details_button.setChecked(False)
        self.remedy_button.setVisible(remedy is not None)
        self.show()

    def _show_fixes(self, fixes: tuple[dict, ...]) -> None:
        for button in self.fix_buttons:
            self._fix_row.removeWidget(button)
            button.deleteLater()
        self.fix_buttons = []
        for fix in fixes:
            button = QPushButton()
            button.clicked.connect(lambda _=False, step=fix["step"]: self._fix_clicked(step))
            self._fix_row.addWidget(button)
            self.fix_buttons.append(button)

    def _fix_clicked(self, step: dict) -> None:
        self.hide()
        self.fixRequested.emit(dict(step))

    def dismiss(self) -> None:
        """Hide the banner and tell the window, so the card's mark goes with it."""
        self.hide()
        self.dismissed.emit()

    def _render(self) -> None:
        """Title, explanation and PyTorch's words for ``self.error``, in the current language."""
        error = self.error
        if error is None:
            return
        if error.layer:
            title = self.tr("Layer {name}: the operation was refused ({kind})")
        else:
            title = self.tr("The operation was refused ({kind})")
        self.title.setText(title.format(name=error.layer, kind=error.kind))
        self.message.setText(self.tr("{message}\nThe network was left as it was.").format(
            message=translate_message(error.message)))
        self.details.setText(error.torch_message or self.tr("(PyTorch raised nothing)"))
        for button, fix in zip(self.fix_buttons, error.fixes, strict=False):
            button.setText(translate_message(fix["label"]))
            button.setToolTip(self.tr("Fix it with one step; Ctrl+Z undoes it"))
        if self._remedy is not None:
            self.remedy_button.setText(self._remedy())
