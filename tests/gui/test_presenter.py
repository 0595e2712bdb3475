"""Presenter mode: projector-sized texts, and each lesson step's focus brought forward, large."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from gui.lesson.class_start import ClassStart
from gui.lesson.lesson_panel import BUILT_IN
from gui.lesson.presenter import AXIS_PIXELS, BODY_PIXELS, CODE_PIXELS, PRESENTER_SCALE
from gui.network.network_view import CARD_ROLE


@pytest.fixture
def window(new_window):
    win = new_window()
    win.resize(1280, 720)
    yield win
    win.presenter.set_active(False)


def start_class(qtbot, win, step: int, presenter: bool = True) -> None:
    """What ``main.py --lesson lazy_initialization --step N --presenter`` does."""
    start = ClassStart(win, str(BUILT_IN), step, presenter)
    with qtbot.waitSignal(start.ready, timeout=60000):
        start.start()
    qtbot.waitUntil(lambda: not win.session.busy)
    QApplication.processEvents()


def sizes(win):
    histogram = win.history_panel.histogram
    axis = histogram.plot_widget.getPlotItem().getAxis("bottom")
    return {
        "app": QApplication.instance().font().pointSizeF(),
        "print": win.print_pane.editor.font().pointSizeF(),
        "caption": win.print_pane.caption.font().pointSizeF(),
        "tick": axis.style["tickFont"].pointSizeF(),
        "axis_pen": axis.pen().widthF(),
        "curve_pen": histogram.curve.opts["pen"].widthF(),
        "card_title": win.network_view.delegate.title_font.pointSizeF(),
        "lesson": win.lesson_dock.panel.text_label.font().pointSizeF(),
    }


def pixels(font: QFont) -> int:
    return QFontInfo(font).pixelSize()


def shown(widget) -> bool:
    """Visible, with an area, and inside its window (not scrolled or pushed out of it)."""
    if not widget.isVisible() or widget.width() < 2 or widget.height() < 2:
        return False
    window = widget.window()
    corner = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().intersects(QRect(corner, widget.size()))


def test_shortcut_enlarges_everything_and_restores_it_exactly(qtbot, window):
    before = sizes(window)
    qtbot.keyClick(window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.presenter.active and window.presenter.action.isChecked()
    during = sizes(window)
    for key, value in before.items():
        assert during[key] >= value * PRESENTER_SCALE * 0.98, key
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.presenter.active
    assert sizes(window) == before


def test_presenter_mode_from_the_view_menu(qtbot, window):
    texts = [a.text() for a in window.view_menu.actions()]
    assert "&Presenter mode" in texts
    window.presenter.action.trigger()
    assert window.presenter.active
    window.presenter.action.trigger()
    assert not window.presenter.active


def assert_readable(win) -> int:
    """Every shown text at least 20 px, code 18 px, chart axes 16 px; returns how many seen."""
    checked = 0
    texts = (QLabel, QAbstractButton, QTabBar, QComboBox, QHeaderView, QLineEdit)
    for widget in win.findChildren(QWidget):
        empty_label = isinstance(widget, QLabel) and not widget.text()
        if isinstance(widget, texts) and shown(widget) and not empty_label:
            assert pixels(widget.font()) >= BODY_PIXELS, type(widget).__name__
            checked += 1
    for editor in win.findChildren(QPlainTextEdit):
        if shown(editor):
            assert pixels(editor.font()) >= CODE_PIXELS
            checked += 1
    for view in win.findChildren(QAbstractItemView):
        own_fonts = view is win.network_view.list_view  # its delegate paints, checked below
        if shown(view) and not isinstance(view, QHeaderView) and not own_fonts:
            assert pixels(view.font()) >= BODY_PIXELS, type(view).__name__
    delegate = win.network_view.delegate
    for name in ("flow_font", "title_font", "origin_font", "badge_font", "body_font",
                 "link_font"):
        assert pixels(getattr(delegate, name)) >= BODY_PIXELS, name
    assert pixels(delegate.code_font) >= CODE_PIXELS
    for plot in win.findChildren(pg.PlotWidget):
        if not shown(plot):
            continue
        for side in ("left", "bottom"):
            axis = plot.getPlotItem().getAxis(side)
            assert pixels(axis.style["tickFont"]) >= AXIS_PIXELS
            size = axis.labelStyle.get("font-size", "")
            if size.endswith("pt"):
                assert float(size[:-2]) * 96 / 72 >= AXIS_PIXELS
        checked += 1
    return checked


def test_readable_from_the_back_of_the_room_without_a_lesson(qtbot, window):
    window.perform({"op": "add", "layer": "Linear", "args": {"in_features": 20,
                                                            "out_features": 256}})
    qtbot.waitUntil(lambda: not window.session.busy, timeout=20000)
    window.presenter.set_active(True)
    QApplication.processEvents()
    assert assert_readable(window) > 10
    # the network and the selected parameter's histogram stay in view
    assert shown(window.network_view) and shown(window.history_panel)
    assert window.chart_tabs.currentWidget() is window.history_panel
    assert window.history_panel.parameter() == "0.weight"
    assert window.palette_view.isHidden()
    window.presenter.set_active(False)
    assert not window.palette_view.isHidden() and shown(window.controls)


def star_line_rect(win, text: str) -> QRect:
    """Where the card's ★ line ``text`` is drawn, in the network view's viewport."""
    lines = win.network_view.list_view
    model = lines.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        card = index.data(CARD_ROLE)
        if text in card.changes:
            layout = win.network_view.delegate.layout(card, lines.visualRect(index))
            return next(t.rect for t in layout.texts if t.text == "★  " + text)
    raise AssertionError(f"no card shows {text}")


def test_step_7_shows_the_star_line_and_the_huge_activations(qtbot, window):
    start_class(qtbot, window, 7)
    panel = window.lesson_dock.panel
    assert panel.counter_label.text() == "Step 7 of 27"
    assert panel.title_label.text() == "The first forward pass"
    lines = window.network_view.list_view
    qtbot.waitUntil(lambda: lines.viewport().rect().contains(
        star_line_rect(window, "in_features: 0 → 20")))
    # the narration's "about 1e37": the trace with its statistics, every column in view
    trace = window.trace_table
    assert window.inspect_tabs.currentWidget() is trace and shown(trace.view)
    view = trace.view
    for column in (trace.model.OUTPUT, trace.model.STD, trace.model.MIN, trace.model.MAX):
        assert not view.isColumnHidden(column)
        right = view.columnViewportPosition(column) + view.columnWidth(column)
        assert view.columnViewportPosition(column) >= 0 and right <= view.viewport().width()
    biggest = max(abs(e.output.max) for e in window.session.snapshot.trace)
    assert biggest > 1e36
    shown_max = trace.model.index(0, trace.model.MAX).data()
    assert shown_max == f"{window.session.snapshot.trace[0].output.max:.4g}"
    # what the step does not need is hidden; the narration is not cut off
    assert window.chart_tabs.isHidden() and window.controls.isHidden()
    assert window.palette_view.isHidden()
    bar = panel.scroll.verticalScrollBar()
    assert bar.maximum() == 0 or not bar.isVisible()
    assert assert_readable(window) > 10
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720


def test_back_works_from_the_step_class_started_at(qtbot, window):
    start_class(qtbot, window, 7)
    panel = window.lesson_dock.panel
    with qtbot.waitSignal(panel.pageShown, timeout=20000):
        qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)
    assert panel.counter_label.text() == "Step 6 of 27"
    assert "LazyLinear(in_features=0" in window.print_pane.text()
    assert panel.outcome is not None and panel.outcome.error is not None  # refused, as taught


@pytest.mark.parametrize(("step", "tab", "page", "hidden"), [
    (3, "inspect_tabs", "print_pane", ("middle_column", "chart_tabs")),  # the visit log
    (4, "inspect_tabs", "trace_table", ("chart_tabs",)),  # the shape trace
    (8, "chart_tabs", "history_panel", ("inspect_tabs",)),  # the histogram of the change
])
def test_each_step_brings_its_focus_forward(qtbot, window, step, tab, page, hidden):
    start_class(qtbot, window, step)
    assert getattr(window, tab).currentWidget() is getattr(window, page)
    assert shown(getattr(window, page))
    for name in hidden:
        assert getattr(window, name).isHidden(), name
    if step == 3:  # the visit log gets most of the print(net) pane, and shows the visits
        top, log = window.print_pane.splitter.sizes()
        assert log > top and "Init Sequential(" in window.print_pane.log_text()
        lines = window.print_pane.log_text().split("\n")
        newest = max(i for i, line in enumerate(lines) if line.startswith("# "))
        assert window.print_pane.log.verticalScrollBar().value() == newest  # from its heading
    if step == 8:  # the histogram is the parameter xavier_uniform_ changed
        assert window.history_panel.parameter() == "0.weight"


def test_a_task_page_gives_the_student_the_controls(qtbot, window):
    lesson_pages = window.lesson_dock.panel
    start_class(qtbot, window, 13)  # exercise (a): "Try to initialize ... or send a sample"
    assert lesson_pages.run.current.kind == "try"
    assert shown(window.controls)


def test_leaving_presenter_mode_gives_every_panel_its_room_back(qtbot, window):
    start_class(qtbot, window, 8, presenter=False)
    splitters = (window.splitter, window.right_splitter, window.print_pane.splitter,
                 window.history_panel.splitter)
    def shares(splitter):
        total = sum(splitter.sizes())
        return [size / total for size in splitter.sizes()]

    before = [shares(s) for s in splitters]
    window.presenter.set_active(True)
    QApplication.processEvents()
    assert window.splitter.sizes()[0] == 0  # the palette steps aside
    window.presenter.set_active(False)
    qtbot.waitUntil(lambda: not window.presenter.stage._sizes)
    QApplication.processEvents()
    for old, splitter in zip(before, splitters, strict=True):
        assert shares(splitter) == pytest.approx(old, abs=0.02), splitter.sizes()


def test_outside_presenter_mode_the_focus_only_selects_tabs(qtbot, window):
    start_class(qtbot, window, 4, presenter=False)
    assert window.inspect_tabs.currentWidget() is window.trace_table
    for name in ("palette_view", "middle_column", "chart_tabs", "controls"):
        assert not getattr(window, name).isHidden(), name
