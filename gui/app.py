"""Start the application: paint a window at once, load PyTorch beside it, then the full window.

``import torch`` alone takes about a second. Only PySide6 is imported before the
first paint: a window with the app's layout and a busy "Loading PyTorch…" state
shows within a few hundred milliseconds, while a background thread imports
torch, pyqtgraph and core (the event loop keeps running, so the window stays
responsive). When they are in memory the full window is built on the UI thread,
which then takes a small fraction of a second, and replaces the loading window.

With ``LAZY_INIT_LAB_STARTUP_REPORT=1`` the app prints the wall-clock times of
its first paint and of the moment it became interactive as one JSON line and
exits: ``benchmarks/bench_startup.py`` measures start-up with it.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
import traceback

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.kit.colors import BORDER, MUTED, PANE, SURFACE
from gui.kit.interpreter import prepare_interpreter

REPORT_VARIABLE = "LAZY_INIT_LAB_STARTUP_REPORT"
# Imported off the UI thread, heaviest first. Importing creates no QObject (widgets are
# built on the UI thread afterwards), so this is safe off the UI thread.
HEAVY_MODULES = (
    ("torch", "torch"),
    ("plots", "pyqtgraph"),
    ("plots", "pyqtgraph.exporters"),
    ("core", "core.model.lab"),
    ("core", "core.operations.steps"),
    ("core", "core.io.scenario"),
    ("core", "core.model.templates"),
    ("window", "gui.window.main_window"),
)
# The app's three columns (palette, network, histograms), as MainWindow sizes them.
COLUMNS = (270, 560, 770)  # gui.window.window_layout.COLUMNS (not imported: this file loads first)


def _stage_text(stage: str) -> str:
    if stage == "torch":
        return QApplication.translate("app", "Loading PyTorch…")
    if stage == "plots":
        return QApplication.translate("app", "Loading the plotting library…")
    if stage == "core":
        return QApplication.translate("app", "Loading the lab…")
    return QApplication.translate("app", "Building the window…")


class ModuleLoader(QObject):
    """Imports the heavy modules on a plain thread; reports on the UI thread (queued)."""

    stage = Signal(str)
    loaded = Signal()
    failed = Signal(str)

    def start(self) -> None:
        threading.Thread(target=self._run, name="import-torch", daemon=True).start()

    def _run(self) -> None:
        import importlib

        current = None
        try:
            for stage, module in HEAVY_MODULES:
                if stage != current:
                    current = stage
                    self.stage.emit(stage)
                importlib.import_module(module)
            prepare_interpreter()  # gc and GIL settings for a window that never stalls
        except BaseException as exc:  # shown in the loading window, never lost
            self.failed.emit(
                f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc(limit=3)}"
            )
            return
        self.loaded.emit()


class LoadingWindow(QWidget):
    """The app's layout in outline, with a busy card over the middle column."""

    painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._painted = False
        self.setWindowTitle(self.tr("Lazy Init Lab — loading PyTorch…"))
        self.setStyleSheet(
            f"QFrame#column {{ background: {PANE}; border: 1px solid {BORDER}; "
            f"border-radius: 6px; }} QLabel#caption {{ color: {MUTED}; }} "
            f"QFrame#card {{ background: {SURFACE}; border: 1px solid {BORDER}; "
            "border-radius: 10px; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 8, 8, 8)
        row.setSpacing(8)
        captions = (self.tr("Layers"), self.tr("Network"), self.tr("Histograms and parameters"))
        self.card = self._card()
        for index, (caption, width) in enumerate(zip(captions, COLUMNS, strict=True)):
            row.addWidget(self._column(caption, self.card if index == 1 else None), width)
        self._restore_geometry()

    def _column(self, caption: str, content: QWidget | None) -> QFrame:
        column = QFrame()
        column.setObjectName("column")
        layout = QVBoxLayout(column)
        label = QLabel(caption)
        label.setObjectName("caption")
        label.setFont(_font(13, bold=True))
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)
        if content is not None:
            layout.addWidget(content, 0, Qt.AlignmentFlag.AlignCenter)
            layout.addStretch(1)
        return column

    def _card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        card.setMinimumWidth(380)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        title = QLabel(self.tr("Lazy Init Lab"))
        title.setFont(_font(22, bold=True))
        self.status = QLabel(_stage_text("torch"))
        self.status.setFont(_font(16))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: the bar moves while PyTorch loads
        self.busy.setTextVisible(False)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(QApplication.quit)
        self.quit_button.hide()
        for widget in (title, self.status, self.busy, self.quit_button):
            layout.addWidget(widget)
        return card

    def _restore_geometry(self) -> None:
        """Where the full window will open (it restores the same saved geometry)."""
        from gui.session import settings
        from gui.window import window_layout

        window_layout.place(self, settings.settings().value("window/geometry"))

    def set_stage(self, stage: str) -> None:
        self.status.setText(_stage_text(stage))

    def show_failure(self, detail: str) -> None:
        self.busy.hide()
        self.status.setText(
            self.tr("Lazy Init Lab could not load its modules. If PyTorch is missing, install "
                    "the requirements (pip install -r requirements.txt) and start again."
                    "\n\n{detail}").format(
                detail=detail)
        )
        self.quit_button.show()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


class _StartupReport(QObject):
    """Records first paint and time-to-interactive (wall clock), prints them, exits."""

    def __init__(self) -> None:
        super().__init__()
        self.times: dict[str, float] = {}

    def first_paint(self) -> None:
        self.times.setdefault("first_paint", time.time())

    def mark(self, name: str) -> None:
        self.times[name] = time.time()

    def watch(self, window: QWidget) -> None:
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and "window_paint" not in self.times:
            self.times["window_paint"] = time.time()
            QTimer.singleShot(0, self._interactive)  # the loop is free again after the paint
        return False

    def _interactive(self) -> None:
        self.times["interactive"] = time.time()
        print(json.dumps(self.times), flush=True)
        QApplication.exit(0)


def run_app(load: str | None = None, screenshot: str | None = None,
            language: str | None = None, lesson: str | None = None, step: int | None = None,
            presenter: bool = False, model: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Lazy Init Lab")
    app.setOrganizationName("LazyInitLab")
    from gui import i18n  # no torch: the loading window is already translated
    from gui.window import window_layout

    window_layout.use_body_font()  # before any widget: a later change repaints badly under X11

    i18n.install_saved(language)
    startup = Startup(load, screenshot)
    startup.lesson, startup.step, startup.presenter = lesson, step, presenter
    startup.model = model
    loader = ModuleLoader()
    loader.stage.connect(startup.set_stage)  # queued: delivered on the UI thread
    loader.failed.connect(startup.loading_failed)
    loader.loaded.connect(startup.open_main_window)
    loader.start()  # at once: the loading window is built and painted meanwhile
    startup.show_loading()
    code = app.exec()
    return startup.code or code


class Startup(QObject):
    """The loading window first, then the main window once the heavy modules are in."""

    def __init__(self, load: str | None, screenshot: str | None) -> None:
        super().__init__()
        self.load, self.screenshot = load, screenshot
        self.lesson: str | None = None  # --lesson, --step, --presenter: class_start.py
        self.step: int | None = None
        self.presenter = False
        self.model: str | None = None  # --model FILE.py:NAME: LabSession.open_model
        self.code = 0
        self.report = _StartupReport() if os.environ.get(REPORT_VARIABLE) else None
        self.loading: LoadingWindow | None = None
        self.window = None

    def show_loading(self) -> None:
        if self.report is not None:
            self.report.mark("app_created")
        self.loading = LoadingWindow()
        if self.report is not None:
            self.loading.painted.connect(self.report.first_paint)
        self.loading.show()

    def set_stage(self, stage: str) -> None:
        if self.loading is not None:
            self.loading.set_stage(stage)

    def loading_failed(self, detail: str) -> None:
        print(f"main.py: the app's modules could not be loaded: {detail}", file=sys.stderr)
        self.code = 1
        self.loading.show_failure(detail.split("\n\n")[0])  # the traceback stays on stderr

    def open_main_window(self) -> None:
        if self.report is not None:
            self.report.mark("modules_loaded")
        self.loading.set_stage("window")
        self.loading.status.repaint()
        from gui.window.main_window import MainWindow  # its heavy imports are loaded by now

        window = self.window = MainWindow()
        if self.report is not None:
            self.report.mark("window_built")
            self.report.watch(window)
        window.show()
        self.loading.close()
        load, screenshot = self.load, self.screenshot
        if self.presenter and not self.lesson:
            window.presenter.set_active(True)
        if self.lesson:
            self._start_class(window)
        elif load:
            if screenshot:
                window.session.scenarioPlayed.connect(
                    lambda _report: QTimer.singleShot(
                        300, lambda: _save_and_quit(window, screenshot))
                )
                window.session.failed.connect(lambda error, _step: self.fail(error))
            window.open_session(load)
        elif self.model:
            self._open_model(window)
        elif screenshot:
            QTimer.singleShot(300, lambda: _save_and_quit(window, screenshot))
        window.offer_recovery(
            ask=not (load or screenshot or self.report or self.lesson or self.model))

    def _open_model(self, window) -> None:
        """The user's model on the worker; with --screenshot, the picture (or exit 2) after."""
        if self.screenshot:
            shot = self.screenshot
            window.session.snapshotChanged.connect(
                lambda _snapshot: QTimer.singleShot(300, lambda: _save_and_quit(window, shot)))
            window.session.failed.connect(lambda error, _step: self.fail(error))
        else:
            window.session.failed.connect(self._model_failed)
        window.session.open_model(spec=self.model)

    def _model_failed(self, error, _step) -> None:
        """The banner shows it; the terminal that started the app hears it once too."""
        if self.model is not None:
            print(f"main.py: --model {self.model}: {error.message}", file=sys.stderr)
            self.model = None  # later failures are the session's own: the banner says them

    def _start_class(self, window) -> None:
        """Open the lesson at its step (presenter mode if asked); the screenshot after it ran."""
        from gui.lesson.class_start import ClassStart

        start = ClassStart(window, self.lesson, self.step, self.presenter)
        start.failed.connect(self._class_failed)
        if self.screenshot:
            shot = self.screenshot
            start.ready.connect(
                lambda: QTimer.singleShot(300, lambda: _save_and_quit(window, shot)))
        start.start()

    def _class_failed(self, message: str) -> None:
        print(f"main.py: {message}", file=sys.stderr)
        self.code = 2
        QApplication.exit(2)

    def fail(self, error) -> None:
        print(f"main.py: {error.message}", file=sys.stderr)
        self.code = 2
        QApplication.exit(2)


def show_model(module, example_input=None, language: str | None = None) -> int:
    """Open the window on ``module`` (an ``nn.Module``) from a script or a notebook.

    ``example_input`` (a tensor), if given, goes through the model once so lazy
    modules get their shapes. Returns when the window is closed (its exit code).
    """
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Lazy Init Lab")
    app.setOrganizationName("LazyInitLab")
    from gui import i18n
    from gui.window import window_layout
    from gui.window.main_window import MainWindow

    window_layout.use_body_font()
    i18n.install_saved(language)
    window = MainWindow()
    window.show()
    window.session.open_model(module=module, example_input=example_input)
    return app.exec()


def _save_and_quit(window, path: str) -> None:
    QApplication.processEvents()
    if not window.grab().save(path):
        print(f"main.py: could not write the screenshot {path}", file=sys.stderr)
        QApplication.exit(1)
        return
    QApplication.exit(0)
