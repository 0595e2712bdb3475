"""While training, the Train tab draws the latest progress and losses a few times a second."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer, Qt

from core.operations import steps as step_ops
from gui.analysis.chart_style import legend_texts
from gui.analysis.train_live import LIVE_MS, LiveFeed
from gui.analysis.train_view import TrainView
from gui.kit.colors import CLASSES
from gui.session.session import LabSession
from tests.gui.session_helpers import run
from tests.gui.test_train_view import train_view


def test_a_burst_of_reports_is_handed_on_once_with_the_latest_of_each(qtbot):
    feed = LiveFeed(interval_ms=50)
    feed.start()
    for step in range(1, 101):
        feed.progressed(step, 300, "default")
        feed.trained_so_far(0, "default", list(range(step)))
    feed.trained_so_far(1, "xavier_uniform_", [0.5])
    with qtbot.waitSignal(feed.updated, timeout=2000) as handed:
        pass
    assert handed.args == [(100, 300, "default"), [0, 1]]
    assert feed.losses[0] == ("default", list(range(100)))
    with qtbot.assertNotEmitted(feed.updated, wait=200):  # nothing new: nothing handed on
        pass
    feed.progressed(101, 300, "default")
    with qtbot.waitSignal(feed.updated, timeout=2000) as handed:
        pass
    assert handed.args == [(101, 300, "default"), []]  # progress alone: no line redrawn


def test_a_stopped_feed_hands_on_nothing_and_ignores_late_reports(qtbot):
    feed = LiveFeed(interval_ms=20)
    feed.start()
    feed.trained_so_far(0, "default", [1.0])
    feed.stop()
    feed.progressed(5, 10, "default")
    feed.trained_so_far(1, "orthogonal_", [2.0])
    with qtbot.assertNotEmitted(feed.updated, wait=150):
        pass
    assert list(feed.losses) == [0]  # what the run sent before it ended is kept
    feed.clear()
    assert feed.losses == {} and not feed.is_active()


@pytest.fixture
def view(qtbot) -> TrainView:
    session = LabSession(seed=0)
    run(qtbot, session, {"op": "build", "layers": [
        {"layer": "LazyLinear", "args": {"out_features": 16}}, {"layer": "ReLU"},
        {"layer": "LazyLinear", "args": {"out_features": 2}}]})
    run(qtbot, session, {"op": "forward", "shape": [2, 2]})
    return train_view(qtbot, session)


def test_the_live_chart_and_status_are_redrawn_at_most_every_live_ms(qtbot, view):
    """The worker reports about ten times a second; the tab draws a few times a second,
    the progress and the losses in the same pass."""
    redraws: list[int] = []
    clock = QElapsedTimer()
    view.live.updated.connect(lambda *_args: redraws.append(clock.elapsed()))
    view.controls.set_values({"steps": 10000, "batch": 256})
    clock.start()
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(redraws) >= 4, timeout=30000)
    with qtbot.waitSignal(view.session.cancelled, timeout=30000):
        qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    gaps = np.diff(redraws)
    assert gaps.min() >= LIVE_MS * 0.9  # a timer may fire a little early
    assert "cancelled" in view.status_label.text()


def drawn_points(view) -> int:
    lines = view.curves.loss_lines()  # the run's lines are set up a turn after the click
    y = lines[0].yData if lines else None
    return 0 if y is None else len(y)


def test_the_live_lines_grow_in_a_fixed_frame_under_a_legend_of_every_initializer(
        qtbot, view):
    """The legend names both initializers and the step axis spans the whole run from the
    first redraw: neither changes while the lines grow (no layout pass per redraw)."""
    view.controls.set_values({"steps": 10000, "batch": 256})
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: drawn_points(view) > 0, timeout=30000)
    drawn = np.array(view.curves.loss_lines()[0].yData)
    losses = view.live.losses[0][1]
    texts, frame = legend_texts(view.curves.legend), view.curves.left.viewRange()[0]
    right_shown = view.curves.right_shown
    with qtbot.waitSignal(view.session.cancelled, timeout=30000):
        qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert 0 < len(drawn) <= len(losses) < 10000
    np.testing.assert_array_equal(drawn, np.array(losses[:len(drawn)]))  # the last report
    assert texts == ["default", "xavier_uniform_"] and frame == [0, 10000]
    assert not right_shown  # the accuracy comes with the finished run


def test_each_class_of_points_is_drawn_with_one_shared_brush(qtbot, view):
    with qtbot.waitSignal(view.trainingShown, timeout=60000):
        qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    step = view.controls.step()
    labels = np.array(step_ops.analyze(view.session.lab, step).task.to_json()["points"])[:, 2]
    for cell in view.boundaries.cells[:view.boundaries.count]:
        brushes = cell.points.data["brush"]
        assert [brush.color().name() for brush in brushes] == [
            CLASSES[int(label)] for label in labels]
        assert len({id(brush) for brush in brushes}) == 2  # one symbol drawn per class
