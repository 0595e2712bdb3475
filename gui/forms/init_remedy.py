"""The Initialize tab's answer to "nothing to initialize yet": the lesson's remedy in a click.

Its texts keep the InitPanel context they were translated in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from gui.kit.colors import HIGHLIGHT, HIGHLIGHT_BORDER, WARNING
from gui.kit.style import heading, note_label


class RemedyBox(QFrame):
    """A warning box: why nothing could be initialized, and "Send a sample through first"."""

    def __init__(self) -> None:
        super().__init__()
        self.label = note_label(WARNING)
        self.button = QPushButton(
            QCoreApplication.translate("InitPanel", "Send a sample through first"))
        self.button.setToolTip(QCoreApplication.translate(
            "InitPanel",
            "Run a forward pass with the Forward tab's input, so lazy layers learn their "
            "shapes; then this initializer is applied again."))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(QCoreApplication.translate("InitPanel",
                                                            "Nothing to initialize yet"), 2))
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()

    def style_in_place(self) -> None:
        """Styled only once it has a parent, so it keeps following the panel's font."""
        self.setObjectName("remedy")
        self.setStyleSheet(
            f"#remedy {{ background: {HIGHLIGHT}; border: 2px solid {HIGHLIGHT_BORDER}; "
            "border-radius: 6px; }"
        )
