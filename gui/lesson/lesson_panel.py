"""The lesson card: a narrated step, its counter, Back and Next, and exercise feedback.

The card drives the lesson through the session: Next and Back run on the worker
like any operation (``LabSession.lesson_next``/``lesson_back``, the core Session's
``LessonRun``), and every view follows the snapshot as usual. On a task page the
card watches what the student does in the app and explains each attempt. Narration
follows the interface language and is re-rendered when it changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,  # noqa: F401 (tests patch gui.lesson.lesson_panel.QMessageBox)
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.errors import LabError
from core.lesson import lesson as lessons
from core.lesson.lesson_run import LessonRun, Outcome
from gui import i18n
from gui.kit import colors
from gui.kit.retranslating import Retranslating

BUILT_IN = Path(__file__).resolve().parents[2] / "lessons" / "lazy_initialization.json"
TRAIN_LESSON = BUILT_IN.parent / "does_it_train.json"  # initializers trained side by side
LESSON_FILTER = "Lesson or scenario (*.json)"
TITLE_POINTS = 17.0
TEXT_POINTS = 14.0
SMALL_POINTS = 12.0
SOLVED = (colors.GOOD_BACKGROUND, colors.GOOD)  # background, ink
CAUTION = (colors.HIGHLIGHT, colors.WARNING)
BAD = (colors.ERROR_BACKGROUND, colors.ERROR)
TASK = (colors.ACCENT_BACKGROUND, colors.ACCENT)
SLACK = 6  # pixels the scroll area's frame and rounding take beyond the texts' own height


def _label(points: float, bold: bool = False, color: str = colors.INK) -> QLabel:
    label = QLabel()
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(f"color: {color};")
    label.setProperty("basePoints", points)
    return label


class LessonPanel(Retranslating, QFrame):
    """Hidden until a lesson opens; Next/Back move through it, Back restores exactly."""

    pageShown = Signal(int)  # the page now shown
    closed = Signal()
    contentChanged = Signal()  # texts changed: the dock fits its height to them

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.run: LessonRun | None = None
        self.outcome: Outcome | None = None
        self.verdict: lessons.Verdict | None = None
        self._scale = 1.0
        self.setObjectName("lessonPanel")
        self.setStyleSheet(f"#lessonPanel {{ background: {colors.SURFACE}; "
                           f"border: 2px solid {colors.ACCENT}; border-radius: 8px; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.lesson_label = _label(SMALL_POINTS, color=colors.MUTED)
        self.counter_label = _label(SMALL_POINTS, bold=True, color=colors.MUTED)
        self.counter_label.setWordWrap(False)
        self.title_label = _label(TITLE_POINTS, bold=True)
        self.text_label = _label(TEXT_POINTS)
        self.status_label = _label(TEXT_POINTS)  # the step's outcome or the attempt's verdict
        self.status_label.setContentsMargins(10, 6, 10, 6)
        self.status_label.hide()

        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_lesson)
        for button in (self.back_button, self.next_button, self.close_button):
            button.setProperty("basePoints", SMALL_POINTS + 1)

        top = QHBoxLayout()  # lesson, counter and buttons on one line: the text gets the rest
        top.addWidget(self.lesson_label, 1)
        top.addWidget(self.counter_label)
        top.addSpacing(12)
        for button in (self.back_button, self.next_button, self.close_button):
            top.addWidget(button)
        self.content = QWidget()
        self.content.setObjectName("lessonText")
        self.content.setStyleSheet("#lessonText { background: transparent; }")
        text = QVBoxLayout(self.content)
        text.setContentsMargins(0, 0, 6, 0)
        text.setSpacing(4)
        text.addWidget(self.title_label)
        text.addWidget(self.text_label)
        text.addWidget(self.status_label)
        text.addStretch(1)
        self.scroll = QScrollArea()  # a low window scrolls the narration; nothing is cut off
        self.scroll.setWidget(self.content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setMinimumHeight(40)
        self.scroll.viewport().setAutoFillBackground(False)
        self.content.setAutoFillBackground(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 6, 14, 6)
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self.scroll, 1)
        self.set_font_scale(1.0)

        session.succeeded.connect(lambda step, snapshot: self._attempted(step, None, snapshot))
        session.failed.connect(self._failed)
        session.busyChanged.connect(lambda _busy: self._update_buttons())
        session.lessonMoved.connect(self._landed)
        self._opening = False  # a lesson was started; its first page has not landed yet
        self.hide()
        self.retranslate()

    # -- the lesson -----------------------------------------------------------------

    def open_lesson(self, lesson: lessons.Lesson) -> bool:
        """Start ``lesson`` on a fresh network (its seed, or a new one)."""
        if self.session.busy:
            return False
        started = self.session.start_lesson(lesson)  # New first: an earlier card closes
        if started:
            self.outcome = self.verdict = None
            self._opening = True
            self.show()
        self._update_buttons()
        return started

    def next(self) -> bool:
        """Perform the next step (on a task page: show the worked answer)."""
        if self.run is None or self.run.at_end:
            return False
        return self._moved(self.session.lesson_next())

    def back(self) -> bool:
        """Return to the previous page exactly as it was shown."""
        if self.run is None or self.run.at_start:
            return False
        return self._moved(self.session.lesson_back())

    def close_lesson(self) -> None:
        if self.run is not None and self.session.lesson is self.run:
            self.session.end_lesson()
        self.run = None
        self._opening = False
        self.hide()
        self.closed.emit()

    def is_open(self) -> bool:
        return self.run is not None

    def export_title(self) -> str | None:
        """The open lesson's title (in English: the script's docstring), or None."""
        if self.run is None:
            return None
        return lessons.text_for(self.run.lesson.title, "en") or None

    def _moved(self, started: bool) -> bool:
        self._update_buttons()
        return started

    def _landed(self, run: LessonRun | None) -> None:
        if self._opening and run is not None:
            self.run, self._opening = run, False
        if run is None or run is not self.run:
            return  # the card was closed meanwhile
        self.outcome = run.outcomes.get(run.page) if run.current.kind == lessons.STEP else None
        self.verdict = None
        self.retranslate()
        self.pageShown.emit(run.page)

    # -- exercises ------------------------------------------------------------------

    def _failed(self, error: LabError, step: dict | None) -> None:
        if step is not None:
            self._attempted(step, error, self.session.snapshot)

    def _attempted(self, step: dict, error: LabError | None, snapshot) -> None:
        if self.run is None or self.run.lab is not self.session.lab:
            return
        verdict = self.run.judge(step, error, snapshot)
        if verdict is not None:
            self.verdict = verdict
            self._render_status()
            QTimer.singleShot(0, self.scroll, self._reveal_status)  # cancelled if deleted

    # -- showing ----------------------------------------------------------------------

    def retranslate(self) -> None:
        """Render every text from the lesson's data in the current language."""
        self.back_button.setText(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("The previous step, exactly as it was (PageUp, "
                                            "Alt+Left)"))
        self.close_button.setText(self.tr("Close lesson"))
        self.close_button.setToolTip(self.tr("Leave the lesson; the network stays as it is"))
        run = self.run
        if run is None:
            self.next_button.setText(self.tr("Next ▶"))
            return
        language = i18n.current_language()
        lesson, page = run.lesson, run.current
        self.lesson_label.setText(lessons.text_for(lesson.title, language))
        self.counter_label.setText(self.tr("Step {page} of {count}").format(
            page=run.page + 1, count=len(run.pages)))
        title = lesson.page_title(page, language)
        if page.kind == lessons.TRY:
            title = self.tr("Your turn: {title}").format(title=title) if title else \
                self.tr("Your turn")
        self.title_label.setText(title or self.tr("Step {n}").format(n=run.page + 1))
        text = lesson.page_text(page, language)
        if not text and self.outcome is not None:
            text = i18n.translate_message(self.outcome.snapshot.label)
        self.text_label.setText(text)
        self.next_button.setText(self.tr("Show the answer ▶") if page.kind == lessons.TRY
                                 else self.tr("Next ▶"))
        self.next_button.setToolTip(
            self.tr("Perform the worked answer from the lesson's own state (PageDown, "
                    "Alt+Right)") if page.kind == lessons.TRY else
            self.tr("Perform the next step (PageDown, Alt+Right)"))
        self._render_status()
        self._update_buttons()

    def _render_status(self) -> None:
        language = i18n.current_language()
        run = self.run
        text, tones = "", None
        if self.verdict is not None:
            body = self.verdict.render(language, i18n.translate_message)
            if self.verdict.solved:
                text, tones = self.tr("✓ {text}").format(text=body), SOLVED
            else:
                text, tones = self.tr("✗ {text}").format(text=body), CAUTION
        elif run is not None and run.current.kind == lessons.TRY:
            text, tones = self.tr("Try it in the app now; each attempt is explained here. "
                                   "Then press Next to see the answer."), TASK
        elif self.outcome is not None and not self.outcome.expected:
            if self.outcome.error is not None:
                message = i18n.translate_message(self.outcome.error.message)
                text = self.tr("⚠ This step did not go as the lesson expects: {message}").format(
                    message=message)
            else:
                text = self.tr("⚠ This step succeeded, but the lesson expected an error.")
            tones = BAD
        elif self.outcome is not None and self.outcome.error is not None:
            message = i18n.translate_message(self.outcome.error.message)
            text = self.tr("Refused, as the lesson expects: {message}").format(message=message)
            tones = CAUTION
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        if tones:
            self.status_label.setStyleSheet(
                f"background: {tones[0]}; color: {tones[1]}; border-radius: 6px;")
        self.contentChanged.emit()

    def needed_height(self) -> int:
        """The height that shows every line of the current texts at the current width."""
        width = max(self.scroll.viewport().width(), 300)
        text = self.content.layout().totalHeightForWidth(width)
        margins = self.layout().contentsMargins()
        top = self.layout().itemAt(0).layout().sizeHint().height()
        spacing = self.layout().spacing()
        return top + spacing + text + margins.top() + margins.bottom() + 2

    def _reveal_status(self) -> None:
        self.scroll.ensureWidgetVisible(self.status_label)

    def _update_buttons(self) -> None:
        run, busy = self.run, self.session.busy
        self.back_button.setEnabled(run is not None and not busy and not run.at_start)
        self.next_button.setEnabled(run is not None and not busy and not run.at_end)

    def set_font_scale(self, scale: float) -> None:
        """Enlarge every text for presenter mode (1.0 is the normal size)."""
        self._scale = scale
        for widget in (self.lesson_label, self.counter_label, self.title_label, self.text_label,
                       self.status_label, self.back_button, self.next_button,
                       self.close_button):
            font = QFont(widget.font())
            font.setPointSizeF(float(widget.property("basePoints")) * scale)
            widget.setFont(font)
        self.contentChanged.emit()


class LessonDock(Retranslating, QDockWidget):
    """The lesson card docked above the window's columns; shown while a lesson is open."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonDock")
        self.panel = LessonPanel(session, self)
        self.setWidget(self.panel)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.panel.closed.connect(self.hide)
        self.panel.contentChanged.connect(lambda: QTimer.singleShot(0, self, self.fit_height))
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lesson"))

    def fit_height(self) -> None:
        """Grow or shrink to the narration, so no line of it is cut off."""
        window = self.parent()
        if not self.isVisible() or self.isFloating() or window is None:
            return
        chrome = self.height() - self.panel.height()  # the dock's title bar and margins
        if chrome <= 0:
            chrome = self.style().pixelMetric(self.style().PixelMetric.PM_TitleBarHeight)
        height = self.panel.needed_height() + chrome + SLACK
        window.resizeDocks([self], [height], Qt.Orientation.Vertical)

