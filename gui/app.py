"""Start the application: paint something at once, then load PyTorch and the window."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel


def _loading_label() -> QLabel:
    label = QLabel(QApplication.translate("app", "Lazy Init Lab\n\nLoading PyTorch…"))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFont(QFont(label.font().family(), 20))
    label.setWindowTitle("Lazy Init Lab")
    label.resize(520, 260)
    return label


def run_app(load: str | None = None, screenshot: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Lazy Init Lab")
    app.setOrganizationName("LazyInitLab")
    loading = _loading_label()
    loading.show()
    loading.repaint()
    QGuiApplication.processEvents()

    from gui.main_window import MainWindow  # imports torch: after the first paint

    window = MainWindow()
    window.show()
    loading.close()
    outcome = {"code": 0}
    if load:
        if screenshot:
            window.session.scenarioPlayed.connect(
                lambda _report: QTimer.singleShot(300, lambda: _save_and_quit(window, screenshot))
            )
            window.session.failed.connect(lambda error, _step: _fail(error, outcome))
        window.open_session(load)
    elif screenshot:
        QTimer.singleShot(300, lambda: _save_and_quit(window, screenshot))
    code = app.exec()
    return outcome["code"] or code


def _save_and_quit(window, path: str) -> None:
    QApplication.processEvents()
    if not window.grab().save(path):
        print(f"main.py: could not write the screenshot {path}", file=sys.stderr)
        QApplication.exit(1)
        return
    QApplication.exit(0)


def _fail(error, outcome: dict) -> None:
    print(f"main.py: {error.message}", file=sys.stderr)
    outcome["code"] = 2
    QApplication.exit(2)
