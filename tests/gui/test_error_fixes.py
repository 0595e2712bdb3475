"""The banner's fix buttons do what they say; a long operation follows progress and cancels."""

from __future__ import annotations

import threading

import pytest
import torch
from PySide6.QtCore import Qt
from torch import nn

from core.errors import SHAPE_MISMATCH
from core.model import initializers
from tests.core.lab_helpers import committed_view, tensor_bytes


@pytest.fixture
def window(new_window):
    return new_window()


def perform(qtbot, win, step):
    with qtbot.waitSignal(win.session.busyChanged, check_params_cb=lambda busy: not busy,
                          timeout=60000):
        win.perform(step)


def idle(win) -> bool:
    return not win.session.busy and not win.busy_bar.isVisible()


def eager_mlp(qtbot, win):
    perform(qtbot, win, {"op": "add", "layer": "Linear",
                         "args": {"in_features": 20, "out_features": 256}})
    perform(qtbot, win, {"op": "add", "layer": "ReLU"})


def fail_forward_with_width_30(qtbot, win):
    win.forward_panel.set_shape([2, 30])
    with qtbot.waitSignal(win.session.failed, timeout=20000) as blocker:
        win.run_forward()
    assert blocker.args[0].kind == SHAPE_MISMATCH
    qtbot.waitUntil(lambda: idle(win))
    return blocker.args[0]


def click_fix(qtbot, win, label):
    buttons = {b.text(): b for b in win.banner.fix_buttons}
    assert win.banner.isVisible() and label in buttons, list(buttons)
    with qtbot.waitSignal(win.session.busyChanged, check_params_cb=lambda busy: not busy,
                          timeout=20000):
        qtbot.mouseClick(buttons[label], Qt.MouseButton.LeftButton)


def forward_succeeds(qtbot, win):
    with qtbot.waitSignal(win.session.succeeded, timeout=20000):
        win.run_forward()
    qtbot.waitUntil(lambda: idle(win))


def test_set_in_features_fixes_the_forward_and_undo_restores(qtbot, window):
    eager_mlp(qtbot, window)
    before = committed_view(window.session.lab)
    fail_forward_with_width_30(qtbot, window)
    assert not window.banner.remedy_button.isVisible()  # no reset: it would not help
    assert [b.text() for b in window.banner.fix_buttons] == [
        "Set in_features to 30", "Make it LazyLinear"]
    click_fix(qtbot, window, "Set in_features to 30")
    assert not window.banner.isVisible()
    forward_succeeds(qtbot, window)
    net = window.session.lab.version.net()
    assert repr(net) == repr(nn.Sequential(nn.Linear(30, 256), nn.ReLU()))
    x = torch.rand(2, 30)
    assert [t.output_shape for t in window.session.snapshot.trace] == [
        tuple(net[0](x).shape), tuple(net(x).shape)]
    perform(qtbot, window, {"op": "undo"})
    perform(qtbot, window, {"op": "undo"})
    assert committed_view(window.session.lab) == before


def test_make_it_lazy_linear_then_forward_materializes_with_30(qtbot, window):
    eager_mlp(qtbot, window)
    fail_forward_with_width_30(qtbot, window)
    click_fix(qtbot, window, "Make it LazyLinear")
    assert type(window.session.lab.version.net()[0]) is nn.LazyLinear
    assert "LazyLinear(in_features=0, out_features=256" in window.print_pane.text()
    forward_succeeds(qtbot, window)
    layer = window.session.lab.version.net()[0]
    assert repr(layer) == repr(nn.Linear(30, 256))
    assert layer.weight.shape == nn.Linear(30, 256).weight.shape
    perform(qtbot, window, {"op": "undo"})
    perform(qtbot, window, {"op": "undo"})
    assert repr(window.session.lab.version.net()[0]) == repr(nn.Linear(20, 256))


def test_a_lazy_layer_bound_earlier_is_offered_reset(qtbot, window):
    perform(qtbot, window, {"op": "add", "layer": "LazyLinear", "args": {"out_features": 8}})
    perform(qtbot, window, {"op": "forward", "shape": [2, 20]})
    fail_forward_with_width_30(qtbot, window)
    click_fix(qtbot, window, "Reset the network (lazy layers forget their shapes)")
    forward_succeeds(qtbot, window)
    assert window.session.lab.version.net()[0].in_features == 30


def gate_initializer(monkeypatch):
    """Each initializer call waits for the test to open the gate: a slow, controllable fake
    around the real torch.nn.init function."""
    gate, entered = threading.Event(), threading.Event()
    real = initializers.apply_initializer

    def slow(*args, **kwargs):
        entered.set()
        assert gate.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(initializers, "apply_initializer", slow)
    return gate, entered


def big_network(qtbot, win, layers=3, width=1024):
    for _ in range(layers):
        perform(qtbot, win, {"op": "add", "layer": "Linear",
                             "args": {"in_features": width, "out_features": width}})


def test_cancel_stops_orthogonal_and_changes_nothing(qtbot, window, monkeypatch):
    big_network(qtbot, window)
    lab = window.session.lab
    before = (committed_view(lab), tensor_bytes(lab), lab.version.steps)
    rng = torch.get_rng_state().clone()
    gate, entered = gate_initializer(monkeypatch)
    window.init_panel.set_values({"init": "orthogonal_"})
    with qtbot.waitSignal(window.session.progressed, timeout=20000):
        window.init_panel.apply()
    assert window.busy_bar.isVisible() and window.busy_bar.cancel_button.isVisible()
    assert entered.wait(20)  # the first layer's orthogonal_ is under way
    with qtbot.waitSignal(window.session.cancelled, timeout=60000):
        qtbot.mouseClick(window.busy_bar.cancel_button, Qt.MouseButton.LeftButton)
        assert not window.busy_bar.cancel_button.isEnabled()
        gate.set()
    qtbot.waitUntil(lambda: idle(window))
    assert (committed_view(lab), tensor_bytes(lab), lab.version.steps) == before
    assert torch.equal(torch.get_rng_state(), rng)
    assert not window.banner.isVisible()
    assert "Cancelled" in window.statusBar().currentMessage()


def test_escape_cancels_a_forward_and_progress_counts_layers(qtbot, window, monkeypatch):
    big_network(qtbot, window, layers=4, width=64)
    lab = window.session.lab
    before = committed_view(lab)
    window.forward_panel.set_shape([2, 64])
    reports = []
    bar = window.busy_bar.bar  # connected after the indicator: it sees the bar as shown
    window.session.progressed.connect(lambda d, t, label: reports.append((bar.value(), t)))
    perform(qtbot, window, window.forward_panel.step())  # not cancelled: it counts to the end
    assert reports == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    perform(qtbot, window, {"op": "undo"})
    assert committed_view(lab) == before

    gate = threading.Event()
    monkeypatch.setattr(nn.Linear, "forward", _slow_forward(nn.Linear.forward, gate))
    with qtbot.waitSignal(window.session.progressed, timeout=20000):
        window.run_forward()
    with qtbot.waitSignal(window.session.cancelled, timeout=60000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        gate.set()
    qtbot.waitUntil(lambda: idle(window))
    assert committed_view(lab) == before and not window.banner.isVisible()


def _slow_forward(real, gate):
    def forward(self, x):
        assert gate.wait(30)
        return real(self, x)

    return forward


def test_cancel_stops_a_comparison_between_initializers(qtbot, window, monkeypatch):
    big_network(qtbot, window, layers=2, width=32)
    lab = window.session.lab
    before = (committed_view(lab), tensor_bytes(lab))
    rng = torch.get_rng_state().clone()
    view = window.compare_view
    view.chooser.set_checked(["xavier_uniform_", "normal_", "orthogonal_"])
    gate, entered = gate_initializer(monkeypatch)
    shown = []
    view.comparisonShown.connect(lambda: shown.append(True))
    with qtbot.waitSignal(window.session.progressed, timeout=20000):
        window.compare_initializers()
    assert entered.wait(20) and window.busy_bar.cancel_button.isVisible()
    with qtbot.waitSignal(window.session.cancelled, timeout=60000):
        qtbot.mouseClick(window.busy_bar.cancel_button, Qt.MouseButton.LeftButton)
        gate.set()
    qtbot.waitUntil(lambda: idle(window))
    assert shown == [] and not window.banner.isVisible()
    assert (committed_view(lab), tensor_bytes(lab)) == before
    assert torch.equal(torch.get_rng_state(), rng)


def test_the_lessons_exercise_b_offers_the_same_working_fixes(qtbot, window):
    from core.lesson import lesson as lessons

    panel = window.lesson_dock.panel
    with qtbot.waitSignal(panel.pageShown, timeout=20000):
        window.action_table["lesson_built_in"].trigger()
    while panel.run.current.kind != lessons.TRY or panel.run.current.step != 13:
        with qtbot.waitSignal(panel.pageShown, timeout=20000):
            qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    window.forward_panel.set_shape([2, 20])
    with qtbot.waitSignal(window.session.failed, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: idle(window))
    assert [b.text() for b in window.banner.fix_buttons] == [
        "Set in_features to 256", "Make it LazyLinear"]
    assert not window.banner.remedy_button.isVisible()
    click_fix(qtbot, window, "Set in_features to 256")
    forward_succeeds(qtbot, window)
    assert repr(window.session.lab.version.net()[2]) == repr(nn.Linear(256, 10))
