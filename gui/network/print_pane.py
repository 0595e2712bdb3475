"""The live ``print(net)`` text and the log of ``net.apply`` visits.

Both are shown exactly as PyTorch prints them, never reformatted: the lesson is
that ``in_features=0`` turns into ``in_features=20`` after a forward pass, and
that ``net.apply`` visits every submodule first and the Sequential itself last.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.model.snapshot import Snapshot
from gui.forms.arg_form import scrolled
from gui.i18n import translate_message
from gui.kit import wrapped_labels
from gui.kit.colors import ACCENT
from gui.kit.retranslating import Retranslating

CODE_POINTS = 14.0  # monospace text; presenter mode multiplies it
CAPTION_POINTS = 15.0
LOGGED_KEPT = 200  # as many as the lab keeps for undo: undoing to one must not log it again


def _code_editor() -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setReadOnly(True)
    editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # keep PyTorch's layout
    editor.setUndoRedoEnabled(False)
    flags = Qt.TextInteractionFlag
    editor.setTextInteractionFlags(flags.TextSelectableByMouse | flags.TextSelectableByKeyboard)
    return editor


def _caption(text: str) -> QLabel:
    """Wraps rather than widening its bar: in a narrow pane (1024×768) the bar's buttons
    must stay inside the pane, not behind its scroll bar."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    wrapped_labels.keep_whole(label)  # both lines, even in the splitter
    return label


class PrintPane(Retranslating, QWidget):
    """``print(net)`` on top, the ``net.apply`` visit log below, each with its buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Every snapshot shown, in the order of the network's own history: undo moves back
        # along it and the log shows only the inits up to the current one (kept alive so
        # identity checks stay valid).
        self._timeline: list[Snapshot] = []
        self._current = -1
        self._cleared: list[Snapshot] = []  # inits Clear log removed for good

        self.caption = _caption("")
        self.editor = _code_editor()
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)

        self.log_caption = _caption("")
        self.log = _code_editor()
        self.copy_log_button = QPushButton()
        self.copy_log_button.clicked.connect(self.copy_log)
        self.clear_log_button = QPushButton()
        self.clear_log_button.clicked.connect(self.clear_log)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(self._bar(self.caption, self.copy_button))
        top_layout.addWidget(self.editor)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(
            self._bar(self.log_caption, self.copy_log_button, self.clear_log_button)
        )
        bottom_layout.addWidget(self.log)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        # Scrolls when short (1280×720 with a lesson open) rather than pushing the window taller.
        layout.addWidget(scrolled(self.splitter))
        self.set_font_scale(1.0)
        self.retranslate()

    def retranslate(self) -> None:
        """Captions and buttons, and the log's headings from the snapshots they label."""
        self.caption.setText(self.tr("print(net)"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the print(net) text"))
        self.log_caption.setText(self.tr("net.apply visit log"))
        self.log.setPlaceholderText(
            self.tr("Initialize the network to see the order in which net.apply visits modules")
        )
        self.copy_log_button.setText(self.tr("Copy log"))
        self.clear_log_button.setText(self.tr("Clear log"))
        if not self.log.document().isEmpty():
            self._rebuild_log()

    # --- public API ---------------------------------------------------------

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Show ``snapshot.repr``; an init snapshot also appends its visit lines once."""
        if snapshot.repr != self.editor.toPlainText():
            scroll = self.editor.verticalScrollBar().value()
            self.editor.setPlainText(snapshot.repr)
            self.editor.verticalScrollBar().setValue(scroll)
        known = next((i for i, s in enumerate(self._timeline) if s is snapshot), None)
        if known is None:  # a new step: a redo branch after it is gone
            self._timeline = [*self._timeline[: self._current + 1], snapshot][-LOGGED_KEPT:]
            self._current = len(self._timeline) - 1
            if snapshot.visit_lines is not None:
                self._append_visits(snapshot)
        elif known != self._current:  # undo, redo or Back: show the inits up to this step
            self._current = known
            self._rebuild_log()

    def set_history(self, snapshots: list[Snapshot]) -> None:
        """Another network (opened, new, a lesson's start): its kept steps, the newest
        current, and the log of the inits among them, as if each had been shown."""
        self._timeline = list(snapshots)[-LOGGED_KEPT:]
        self._current = len(self._timeline) - 1
        self._cleared = []
        self._rebuild_log()

    def text(self) -> str:
        """The ``print(net)`` text shown now."""
        return self.editor.toPlainText()

    def log_text(self) -> str:
        """The visit log shown now."""
        return self.log.toPlainText()

    def clear_log(self) -> None:
        """Empty the visit log (a snapshot seen before is not logged again)."""
        self._cleared.extend(self._logged())
        self.log.clear()

    def _logged(self) -> list[Snapshot]:
        """The inits the log shows: those up to the current step, unless cleared."""
        return [s for s in self._timeline[: self._current + 1] if s.visit_lines is not None
                and not any(c is s for c in self._cleared)]

    def _rebuild_log(self) -> None:
        self.log.clear()
        for snapshot in self._logged():
            self._append_visits(snapshot)

    def copy(self) -> None:
        """Put the ``print(net)`` text on the clipboard."""
        QGuiApplication.clipboard().setText(self.text())

    def copy_log(self) -> None:
        """Put the visit log on the clipboard."""
        QGuiApplication.clipboard().setText(self.log_text())

    def set_font_scale(self, scale: float) -> None:
        """Enlarge every text for presenter mode (1.0 is the normal size)."""
        code = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code.setStyleHint(QFont.StyleHint.Monospace)
        code.setPointSizeF(CODE_POINTS * scale)
        for editor in (self.editor, self.log):
            editor.setFont(code)
            editor.document().setDefaultFont(code)
        caption = QFont(self.font())
        caption.setPointSizeF(CAPTION_POINTS * scale)
        caption.setBold(True)
        buttons = QFont(self.font())
        buttons.setPointSizeF((CAPTION_POINTS - 2) * scale)
        for label in (self.caption, self.log_caption):
            label.setFont(caption)
        for button in (self.copy_button, self.copy_log_button, self.clear_log_button):
            button.setFont(buttons)

    # --- internals ----------------------------------------------------------

    @staticmethod
    def _bar(caption: QLabel, *buttons: QPushButton) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(caption, stretch=1)
        for button in buttons:
            bar.addWidget(button)
        return bar

    def _append_visits(self, snapshot: Snapshot) -> None:
        """A bold heading with the label, then the lines exactly as PyTorch printed them."""
        cursor = self.log.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setForeground(QColor(ACCENT))
        plain = QTextCharFormat()
        if not self.log.document().isEmpty():
            cursor.insertBlock()
            cursor.insertBlock()  # an empty line between runs
        heading_line = cursor.blockNumber()
        cursor.insertText(
            self.tr("# {label}").format(label=translate_message(snapshot.label)), heading)
        if snapshot.visit_lines:  # one insertion: each "\n" becomes a block of its own
            cursor.insertBlock(QTextBlockFormat(), plain)
            cursor.insertText("\n".join(snapshot.visit_lines), plain)
        self.log.setTextCursor(cursor)
        # The newest run from its heading down: the order of the visits is the lesson.
        self.log.verticalScrollBar().setValue(heading_line)
