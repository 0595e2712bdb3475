"""The Initialize tab's answer to "nothing to initialize yet": the lesson's remedy in a click.

Its texts keep the InitPanel context they were translated in. The error it answers
is core's message (the banner says it; here it is the tooltip), kept to be shown
again in another language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from gui.i18n import translate_message
from gui.kit.colors import HIGHLIGHT, HIGHLIGHT_BORDER, WARNING
from gui.kit.retranslating import Retranslating
from gui.kit.style import heading, note_label


class RemedyBox(Retranslating, QFrame):
    """A warning box: why nothing could be initialized, and "Send a sample through first"."""

    def __init__(self) -> None:
        super().__init__()
        self.message = None  # core's message, once shown
        self.label = note_label(WARNING)
        self.button = QPushButton()
        self.title = heading("", 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()
        self.retranslate()

    def show_for(self, message) -> None:
        """Say what to do about ``message`` (core's), which the tooltip keeps; then show."""
        self.message = message
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.button.setText(translate("InitPanel", "Send a sample through first"))
        self.button.setToolTip(translate(
            "InitPanel",
            "Run a forward pass with the Forward tab's input, so lazy layers learn their "
            "shapes; then this initializer is applied again."))
        self.title.setText(translate("InitPanel", "Nothing to initialize yet"))
        if self.message is not None:
            self.label.setToolTip(translate_message(self.message))
            self.label.setText(translate(
                "InitPanel", "Lazy layers get their shapes at the first forward pass; until "
                "then their parameters have no values to initialize."))

    def style_in_place(self) -> None:
        """Styled only once it has a parent, so it keeps following the panel's font."""
        self.setObjectName("remedy")
        self.setStyleSheet(
            f"#remedy {{ background: {HIGHLIGHT}; border: 2px solid {HIGHLIGHT_BORDER}; "
            "border-radius: 6px; }"
        )
