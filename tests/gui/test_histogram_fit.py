"""The Histogram tab is readable in the normal window at 1280×720 and 1024×768.

The plot is the biggest thing in the tab: a one-line title and subtitle (elided, with
the whole text as tooltip), and the steps list beside the plot or, in a narrow tab,
below it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

LONG_NAME = "encoder_" * 12 + "weight"


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.session.busy, timeout=60000)
    for _ in range(3):
        QApplication.processEvents()


def build(qtbot, window) -> None:
    """A forward pass and an initialization on a small lazy network, 0.weight selected."""
    window.perform({"op": "add", "layer": "LazyLinear", "args": {"out_features": 256}})
    settle(qtbot, window)
    window.perform({"op": "forward", "shape": [2, 20]})
    settle(qtbot, window)
    window.perform({"op": "init", "init": "xavier_uniform_"})
    settle(qtbot, window)
    window.history_panel.set_parameter("0.weight")
    settle(qtbot, window)


def plot_box(window):
    return window.history_panel.histogram.plot_widget.getPlotItem().getViewBox()


def fits_or_is_elided(label) -> bool:
    """The whole text fits, or it ends in "…" and the tooltip holds the whole text."""
    whole = label.full_text()
    if label.fontMetrics().horizontalAdvance(whole) <= label.contentsRect().width():
        return label.text() == whole
    return label.text().endswith("…") and label.toolTip() == whole


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1024, 768)])
def test_the_histogram_plot_is_the_biggest_thing_in_its_tab(qtbot, new_window, width, height):
    window = new_window()
    window.resize(width, height)
    build(qtbot, window)
    histogram = window.history_panel.histogram
    assert window.chart_tabs.currentWidget() is window.history_panel
    assert histogram.title_label.full_text() == "0.weight (256, 20)"
    assert histogram.histogram_data()[1].size > 0  # a plot, not a message

    box = plot_box(window).sceneBoundingRect()
    tab = window.chart_tabs.currentWidget()
    least_height = 150 if (width, height) == (1280, 720) else 100
    assert box.height() >= least_height, (box, tab.size())
    assert box.width() >= tab.width() / 2, (box, tab.size())
    for label in (histogram.title_label, histogram.subtitle_label):
        assert label.height() <= label.fontMetrics().lineSpacing() * 2  # one line
        assert fits_or_is_elided(label), (label.text(), label.toolTip())


def test_a_long_title_is_elided_with_the_whole_text_as_tooltip(qtbot, new_window):
    window = new_window()
    window.resize(1280, 720)
    build(qtbot, window)
    title = window.history_panel.histogram.title_label
    title.setText(LONG_NAME)
    QApplication.processEvents()
    assert title.fontMetrics().horizontalAdvance(LONG_NAME) > title.contentsRect().width()
    assert title.text().endswith("…") and title.text() != LONG_NAME
    assert title.toolTip() == LONG_NAME
    assert title.fontMetrics().horizontalAdvance(title.text()) <= title.contentsRect().width()
    title.setText("0.weight (256, 20)")
    QApplication.processEvents()
    assert title.text() == "0.weight (256, 20)" and title.toolTip() == ""


def test_a_narrow_tab_puts_the_steps_below_the_plot_and_a_wide_one_beside_it(qtbot,
                                                                            new_window):
    window = new_window()
    window.resize(1024, 768)
    build(qtbot, window)
    panel = window.history_panel
    narrow = panel.width() < 560
    plot, side = panel.histogram, panel.side_column
    below = side.mapTo(panel, side.rect().topLeft()).y() >= plot.mapTo(
        panel, plot.rect().bottomLeft()).y()
    assert below == narrow
    window.resize(1900, 1000)
    window.splitter.setSizes([200, 400, 1300])
    settle(qtbot, window)
    qtbot.waitUntil(lambda: panel.width() >= 560)
    beside = side.mapTo(panel, side.rect().topLeft()).x() >= plot.mapTo(
        panel, plot.rect().topRight()).x()
    assert beside
    assert len(panel.entries()) == 2  # forward and init: both still listed
