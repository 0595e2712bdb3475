"""At a classroom projector's 1024×768 (and 1280×720) the Histogram tab's steps list can
be read, and the visit log's Clear log button is whole and clickable, in both languages.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QStyle

from core.model.inputs import input_spec
from core.model.lab import Lab
from gui.history.history_panel import HistoryPanel

SIZES = ((1024, 768), (1280, 720))
READABLE = 140  # px of text on a line of the list
UNBROKEN = re.compile(r"[^\s\u4e00-\u9fff]+")  # a line breaks at spaces and around 汉字 only


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.session.busy, timeout=60000)
    for _ in range(3):
        QApplication.processEvents()


def build(qtbot, window) -> None:
    """Two inits after a forward pass (one with arguments: a long entry), 0.weight shown."""
    for step in ({"op": "add", "layer": "LazyLinear", "args": {"out_features": 256}},
                 {"op": "forward", "shape": [2, 20]},
                 {"op": "init", "init": "xavier_uniform_"},
                 {"op": "init", "init": "normal_", "args": {"std": 0.01}, "types": ["Linear"]}):
        window.perform(step)
        settle(qtbot, window)
    window.history_panel.set_parameter("0.weight")
    settle(qtbot, window)


def visible_in(widget, area: QScrollArea) -> bool:
    """``widget`` lies wholly inside the scroll area's viewport, clear of its scroll bars."""
    viewport = area.viewport()
    return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))


def all_lines_shown(view) -> bool:
    """Each entry measured at the width it is painted: a row wider than the list's rows was
    measured wider than it is painted, and Qt then cuts its last line off behind a "…"."""
    rows = view.viewport().width() - 2 * view.spacing()
    model = view.model()
    return all(view.visualRect(model.index(row)).width() <= rows
               for row in range(model.rowCount()))


@pytest.fixture(params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def window(request, qtbot, new_window, language):
    """A window of the size, in the language, after the steps of ``build``."""
    window = new_window()
    window.resize(*request.param)
    build(qtbot, window)
    return window


def test_the_steps_list_is_wide_enough_to_read(window):
    panel = window.history_panel
    view, model = panel.list_view, panel.model
    texts = [model.data(model.index(row), Qt.ItemDataRole.DisplayRole)
             for row in range(model.rowCount())]
    assert len(texts) == 3 and any("normal_(std=0.01)" in text for text in texts)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    room = view.viewport().width() - 2 * view.spacing() - 2 * margin  # as the entry is painted
    words = [word for text in texts for word in UNBROKEN.findall(text)]
    widest = max(view.fontMetrics().horizontalAdvance(word) for word in words)  # no "…"
    assert room >= max(READABLE, widest), (room, widest, panel.size())
    assert all_lines_shown(view)
    area = panel.findChild(QScrollArea)
    assert visible_in(view, area) and visible_in(panel.csv_button, area)
    box = panel.histogram.plot_widget.getPlotItem().getViewBox().sceneBoundingRect()
    assert box.height() >= 100  # the plot is still the biggest thing in the tab


def test_clear_log_is_whole_and_clickable(qtbot, window):
    pane = window.print_pane
    window.inspect_tabs.setCurrentWidget(pane)
    QApplication.processEvents()
    button, area = pane.clear_log_button, pane.findChild(QScrollArea)
    assert "Init Linear(" in pane.log_text()
    assert not area.horizontalScrollBar().isVisible()  # the buttons fit the width
    assert visible_in(button, area), (button.geometry(), area.viewport().size())
    centre = button.mapTo(window, button.rect().center())
    assert window.childAt(centre) is button  # nothing lies over it
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert pane.log_text() == ""


def test_an_entry_keeps_its_last_line_at_every_width(qtbot):
    lab = Lab()
    lab.add("LazyLinear", {"out_features": 8})
    lab.forward(input_spec([2, 20]))
    lab.initialize("normal_", {"std": 0.01}, types=["Linear"])
    panel = HistoryPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 560)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_history(lab.snapshots(), len(lab.snapshots()) - 1)
    panel.set_parameter("0.weight")
    view = panel.list_view
    assert "init normal_(std=0.01) on types Linear" in [e.label for e in panel.entries()]
    wrong = []
    for width in range(180, 300):  # Qt measured at the viewport's width, not the row's
        view.setFixedWidth(width)
        QApplication.processEvents()
        view.doItemsLayout()
        if not all_lines_shown(view):
            wrong.append(width)
    assert wrong == []
