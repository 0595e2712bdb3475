"""The window's columns and where the window opens: always wholly on the screen.

A projector often gives 1280×720 and an old classroom PC 1024×768, while the
window would like 1600×1000. The first window therefore takes the size it would
like, shrunk to the screen's *available* geometry (without task bars and docks),
and centred on it. A saved geometry from a larger screen is refused the same
way: the window never opens partly off-screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QMargins, QRect, QSize, Qt
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.kit import wrapped_labels

PREFERRED = QSize(1600, 1000)  # what the window would like on a large screen
COLUMNS = (270, 560, 770)  # palette, network, histograms: the shares of the width
RIGHT_ROWS = (640, 320)  # charts above the inspectors: the shares of the right column
FRAME = QMargins(8, 32, 8, 8)  # room kept for a window manager's title bar and borders


BODY_POINTS = 12  # the panels' body text (gui/forms/arg_form.py); dialogs and menus get as much


def use_body_font() -> None:
    """Raise the application font to the panels' body size, so dialogs match the window.

    Dialogs (About, Preferences, Restore, Add layer) and menus use the application font;
    left at the platform's 9 points they read much smaller than the window's panels.
    Presenter mode then scales this font with everything else.
    """
    app = QApplication.instance()
    font = app.font()
    if 0 < font.pointSizeF() < BODY_POINTS:
        font.setPointSizeF(BODY_POINTS)
        app.setFont(font)


def screen_for(widget: QWidget | None = None) -> QScreen:
    """The screen a window opens on: its own, the one under the pointer, the primary."""
    screen = widget.screen() if widget is not None else None
    return screen or QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def first_geometry(available: QRect, preferred: QSize = PREFERRED,
                   minimum: QSize | None = None) -> QRect:
    """``preferred`` shrunk to fit ``available`` with its frame, centred; never larger than it."""
    minimum = minimum or QSize(0, 0)
    room = available.marginsRemoved(FRAME)
    width = max(min(preferred.width(), room.width()), min(minimum.width(), room.width()))
    height = max(min(preferred.height(), room.height()), min(minimum.height(), room.height()))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(room.center())
    return rect


def frame_of(window: QWidget) -> QRect:
    """The window with its frame: as drawn once shown, else as a window manager would add it."""
    if window.isVisible() and window.frameGeometry() != window.geometry():
        return window.frameGeometry()
    return window.geometry().marginsAdded(FRAME)


def place(window: QWidget, saved: object = None) -> None:
    """Restore ``saved`` (QWidget.saveGeometry) when it fits the screen, else the first geometry."""
    available = screen_for(window).availableGeometry()
    if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
        if window.isMaximized() or available.contains(frame_of(window)):
            return
        screen = QGuiApplication.screenAt(window.geometry().center())
        available = (screen or screen_for(window)).availableGeometry()
    window.setGeometry(first_geometry(available, PREFERRED, window.minimumSizeHint()))


def build_columns(window) -> None:
    """The three columns (palette | network and controls | charts and inspectors)."""
    window.controls = QTabWidget()
    window.controls.addTab(window.forward_panel, "")
    window.controls.addTab(window.init_panel, "")
    window.controls.addTab(window.layer_editor, "")

    middle = window.middle_column = QWidget()
    middle_layout = QVBoxLayout(middle)
    middle_layout.setContentsMargins(0, 0, 0, 0)
    middle_layout.addWidget(window.banner)
    network_and_controls = window.middle_splitter = QSplitter(Qt.Orientation.Vertical)
    network_and_controls.addWidget(window.network_view)
    network_and_controls.addWidget(window.controls)
    network_and_controls.setStretchFactor(0, 3)
    network_and_controls.setStretchFactor(1, 2)
    network_and_controls.setSizes([560, 400])
    middle_layout.addWidget(network_and_controls)

    window.inspect_tabs = QTabWidget()
    window.inspect_tabs.addTab(window.print_pane, "")
    window.inspect_tabs.addTab(window.trace_table, "")
    window.inspect_tabs.addTab(window.params_table, "")
    right = window.right_splitter = QSplitter(Qt.Orientation.Vertical)
    window.chart_tabs = QTabWidget()
    window.chart_tabs.addTab(window.history_panel, "")
    for _ in range(3):  # Compare, Depth, Train: built on first use
        window.chart_tabs.addTab(QWidget(), "")
    right.addWidget(window.chart_tabs)
    right.addWidget(window.inspect_tabs)
    right.setStretchFactor(0, 3)  # the charts get more room than print(net) and the trace
    right.setStretchFactor(1, 2)
    right.setSizes(list(RIGHT_ROWS))

    for tabs in (window.controls, window.inspect_tabs, window.chart_tabs):
        tabs.setUsesScrollButtons(False)  # every tab stays in view: the column keeps their width
    for panel in (window.history_panel, window.trace_table, window.params_table):
        wrapped_labels.keep_whole_under(panel)

    window.splitter = QSplitter(Qt.Orientation.Horizontal)
    window.splitter.addWidget(window.palette_view)
    window.splitter.addWidget(middle)
    window.splitter.addWidget(right)
    window.splitter.setStretchFactor(0, 0)
    window.splitter.setStretchFactor(1, 3)
    window.splitter.setStretchFactor(2, 4)
    window.splitter.setSizes(list(COLUMNS))
    window.setCentralWidget(window.splitter)


def retranslate_tabs(window) -> None:
    """The tabs' titles, in the order ``build_columns`` adds the tabs."""
    translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
    titles = {
        window.controls: (translate("MainWindow", "Forward"), translate("MainWindow", "Initialize"),
                          translate("MainWindow", "Layer")),
        window.inspect_tabs: (translate("MainWindow", "print(net)"),
                              translate("MainWindow", "Shape trace"),
                              translate("MainWindow", "Parameters")),
        window.chart_tabs: (translate("MainWindow", "Histogram"),
                            translate("MainWindow", "Compare"), translate("MainWindow", "Depth"),
                            translate("MainWindow", "Train")),
    }
    for tabs, texts in titles.items():
        for index, text in enumerate(texts):
            tabs.setTabText(index, text)


def build_status_bar(window) -> None:
    """Progress with Cancel (Esc), and the last operation's label, which wraps rather than
    widening the window."""
    from gui.kit.busy_indicator import BusyIndicator
    from gui.kit.status_bar import ElidingStatusBar

    window.setStatusBar(ElidingStatusBar())  # passing messages elided, whole in the tooltip
    window.busy_bar = BusyIndicator(window.session)
    window.busy_bar.install_escape(window)
    window.status_label = QLabel()
    window.statusBar().addWidget(window.status_label, 1)
    window.statusBar().addPermanentWidget(window.busy_bar)
