"""Opens the main window on an offscreen screen of a given size and prints where things lie.

Run by test_window_fit.py in a subprocess, because the offscreen platform's screen
size is fixed when the application starts (QT_QPA_PLATFORM=offscreen:configfile=...).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main() -> None:
    app = QApplication(sys.argv)
    from gui.session import settings
    from gui.session.session import LabSession
    from gui.window.main_window import MainWindow

    if "--saved" in sys.argv:  # a geometry an earlier run saved: "--saved x,y,width,height"
        other = QWidget()
        other.setGeometry(*(int(v) for v in sys.argv[sys.argv.index("--saved") + 1].split(",")))
        settings.settings().setValue("window/geometry", other.saveGeometry())
    window = MainWindow(LabSession(seed=0))
    window.show()
    app.processEvents()
    if "--presenter" in sys.argv:
        window.presenter.set_active(True)
        app.processEvents()
    parts = {"run_forward": window.forward_panel.run_button,
             "status_bar": window.statusBar(), "chart_tabs": window.chart_tabs,
             "histogram": window.history_panel, "network": window.network_view}
    shown = {}
    for name, widget in parts.items():
        widget: QWidget
        top_left = widget.mapTo(window, widget.rect().topLeft())
        shown[name] = {"visible": widget.isVisible(),
                       "rect": rect(QRect(top_left, widget.size())),
                       "on_screen": rect(QRect(widget.mapToGlobal(widget.rect().topLeft()),
                                               widget.size()))}
    print(json.dumps({
        "available": rect(window.screen().availableGeometry()),
        "frame": rect(window.frameGeometry()),
        "window": rect(window.rect()),
        "parts": shown,
    }))


if __name__ == "__main__":
    main()
