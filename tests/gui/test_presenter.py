"""Presenter mode: one shortcut enlarges texts, plots and print(net); again restores them."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.presenter import PRESENTER_SCALE


@pytest.fixture
def window(new_window):
    win = new_window()
    win.resize(1280, 720)
    yield win
    win.presenter.set_active(False)


def sizes(win):
    histogram = win.history_panel.histogram
    axis = histogram.plot_widget.getPlotItem().getAxis("bottom")
    curve = histogram.curve
    return {
        "app": QApplication.instance().font().pointSizeF(),
        "print": win.print_pane.editor.font().pointSizeF(),
        "caption": win.print_pane.caption.font().pointSizeF(),
        "tick": axis.style["tickFont"].pointSizeF(),
        "axis_pen": axis.pen().widthF(),
        "curve_pen": curve.opts["pen"].widthF(),
        "card_title": win.network_view.delegate.title_font.pointSizeF(),
        "lesson": win.lesson_dock.panel.text_label.font().pointSizeF(),
    }


def test_shortcut_enlarges_everything_and_restores_it_exactly(qtbot, window):
    before = sizes(window)
    qtbot.keyClick(window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.presenter.active and window.presenter.action.isChecked()
    during = sizes(window)
    for key, value in before.items():
        assert during[key] == pytest.approx(value * PRESENTER_SCALE, rel=0.02), key
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


def test_readable_at_1280x720(qtbot, window, tmp_path):
    """The print(net) pane and histogram ticks stay at projector sizes; a screenshot is made."""
    window.perform({"op": "add", "layer": "LazyLinear", "args": {"out_features": 256}})
    qtbot.waitUntil(lambda: not window.session.busy, timeout=20000)
    window.presenter.set_active(True)
    image = window.grab()
    assert image.save(str(tmp_path / "presenter.png"))
    assert window.print_pane.editor.font().pointSizeF() >= 18
    plot = window.history_panel.histogram.plot_widget.getPlotItem()
    assert plot.getAxis("bottom").style["tickFont"].pointSizeF() >= 18
    for other in window.findChildren(pg.PlotWidget):  # compare and depth plots too
        assert other.getPlotItem().getAxis("left").pen().widthF() >= 1.3
    assert "LazyLinear(in_features=0" in window.print_pane.text()


def test_presenter_mode_with_a_lesson_fits_1280_by_720(qtbot, window):
    """Nothing forces the window past a projector's 1280×720; the narration is not cut off."""
    window.presenter.set_active(True)
    window.lesson_dock.built_in_action.trigger()
    panel = window.lesson_dock.panel
    qtbot.waitUntil(lambda: window.lesson_dock.isVisible())
    for _ in range(6):
        panel.next()
        window.session.wait()
    qtbot.waitUntil(lambda: not window.session.busy)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720
    assert window.palette_view.isHidden()  # the palette steps aside for the class
    label = panel.text_label
    assert label.text() and label.visibleRegion().boundingRect().height() >= label.heightForWidth(
        label.width()) - 1
    window.presenter.set_active(False)
    assert not window.palette_view.isHidden()
