"""The assembled window, driven as a person would: steps through widgets, real shortcuts."""

from __future__ import annotations

import json

import pytest
import torch
from PySide6.QtCore import Qt
from torch import nn

from core.errors import SHAPE_MISMATCH, UNINITIALIZED
from gui.network.network_view import CARD_ROLE


@pytest.fixture
def window(new_window):
    return new_window()


def perform(qtbot, win, step):
    with qtbot.waitSignal(win.session.busyChanged, check_params_cb=lambda busy: not busy):
        win.perform(step)


def lazy_mlp(qtbot, win):
    perform(qtbot, win, {"op": "add", "layer": "LazyLinear", "args": {"out_features": 256}})
    perform(qtbot, win, {"op": "add", "layer": "ReLU"})
    perform(qtbot, win, {"op": "add", "layer": "Linear",
                         "args": {"in_features": 256, "out_features": 10}})


def test_palette_double_click_adds_a_layer(qtbot, window):
    with qtbot.waitSignal(window.session.snapshotChanged):
        window.palette_view.stepRequested.emit({"op": "add", "layer": "ReLU"})
    assert [m.type for m in window.session.snapshot.modules] == ["ReLU"]
    assert window.network_view.model().rowCount() == 1


def test_forward_materializes_and_every_view_follows(qtbot, window):
    lazy_mlp(qtbot, window)
    assert "LazyLinear(in_features=0" in window.print_pane.text()
    window.forward_panel.set_shape([2, 20])
    with qtbot.waitSignal(window.session.snapshotChanged, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    snapshot = window.session.snapshot
    torch.manual_seed(0)
    reference = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.Linear(256, 10))
    reference(torch.rand(2, 20))
    assert snapshot.repr == repr(reference)
    assert window.print_pane.text() == repr(reference)
    assert [c.text for c in snapshot.changes] == ["LazyLinear → Linear", "in_features: 0 → 20"]
    assert [t.output_shape for t in snapshot.trace] == [(2, 256), (2, 256), (2, 10)]


def test_init_before_forward_offers_the_seed_remedy(qtbot, window):
    lazy_mlp(qtbot, window)
    with qtbot.waitSignal(window.session.failed) as blocker:
        window.perform({"op": "init", "init": "xavier_uniform_"})
    assert blocker.args[0].kind == UNINITIALIZED
    assert window.banner.isVisible()
    assert window.banner.remedy_button.isVisible()
    before = window.session.snapshot
    # one click: forward with the panel's input, then the initializer again
    with qtbot.waitSignal(window.session.succeeded, timeout=20000,
                          check_params_cb=lambda step, snap: step["op"] == "init"):
        qtbot.mouseClick(window.banner.remedy_button, Qt.MouseButton.LeftButton)
    after = window.session.snapshot
    assert after.op == "init" and after.visits == ("Linear", "ReLU", "Linear", "Sequential")
    assert before.parameters[0].materialized is False
    assert after.parameters[0].materialized is True


def test_shape_error_names_the_layer_and_changes_nothing(qtbot, window):
    lazy_mlp(qtbot, window)
    perform(qtbot, window, {"op": "forward", "shape": [2, 20]})
    before = window.session.snapshot
    with qtbot.waitSignal(window.session.failed) as blocker:
        window.perform({"op": "forward", "shape": [2, 30]})
    error = blocker.args[0]
    assert error.kind == SHAPE_MISMATCH and error.layer == "0"
    assert "(2x30 and 20x256)" in error.torch_message
    assert window.session.snapshot is before
    assert window.network_view.selected_positions() == [0]
    assert error.message in window.banner.message.text()
    card = window.network_view.model().data(window.network_view.model().index(0), CARD_ROLE)
    assert card.error == error.message  # shown on the card of the layer it concerns
    perform(qtbot, window, {"op": "reset"})
    card = window.network_view.model().data(window.network_view.model().index(0), CARD_ROLE)
    assert card.error == ""


def test_undo_and_redo_restore_forward_and_init(qtbot, window):
    lazy_mlp(qtbot, window)
    perform(qtbot, window, {"op": "forward", "shape": [2, 20]})
    materialized = window.session.snapshot
    perform(qtbot, window, {"op": "init", "init": "zeros_", "types": ["Linear"]})
    assert window.session.snapshot.parameters[0].stats.max == 0.0
    with qtbot.waitSignal(window.session.snapshotChanged):
        window.action_table["undo"].trigger()
    assert window.session.snapshot is materialized
    with qtbot.waitSignal(window.session.snapshotChanged):
        window.action_table["undo"].trigger()
    assert window.session.snapshot.parameters[0].materialized is False
    with qtbot.waitSignal(window.session.snapshotChanged):
        window.action_table["redo"].trigger()
    assert window.session.snapshot is materialized


def test_busy_session_refuses_a_second_run(qtbot, window):
    lazy_mlp(qtbot, window)
    with qtbot.waitSignal(window.session.busyChanged, check_params_cb=lambda b: not b):
        assert window.session.perform({"op": "forward", "shape": [2, 20]})
        assert window.session.busy
        assert not window.session.perform({"op": "reset"})
    assert window.session.snapshot.op == "forward"


def test_save_and_open_replays_the_session(qtbot, window, tmp_path):
    lazy_mlp(qtbot, window)
    perform(qtbot, window, {"op": "forward", "shape": [2, 20]})
    path = tmp_path / "session.json"
    window._save_to(path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert [s["op"] for s in saved["steps"]] == ["add", "add", "add", "forward"]
    expected = window.session.snapshot
    window.new_session()
    assert window.session.snapshot.modules == ()
    with qtbot.waitSignal(window.session.scenarioPlayed, timeout=20000):
        window.open_session(str(path))
    replayed = window.session.snapshot
    assert replayed.repr == expected.repr
    assert [p.stats for p in replayed.parameters] == [p.stats for p in expected.parameters]


def test_broken_session_file_is_refused_and_keeps_the_network(qtbot, window, tmp_path):
    lazy_mlp(qtbot, window)
    before = window.session.snapshot
    path = tmp_path / "broken.json"
    path.write_text('{"format": 1, "steps": [{"op": "add", "layer": 7}]}', encoding="utf-8")
    with qtbot.waitSignal(window.session.failed) as blocker:
        window.open_session(str(path))
    assert "step 0" in blocker.args[0].message and "'layer'" in blocker.args[0].message
    assert window.session.snapshot is before


def test_weights_export_and_import_materialize_a_lazy_network(qtbot, window, tmp_path):
    lazy_mlp(qtbot, window)
    perform(qtbot, window, {"op": "forward", "shape": [2, 20]})
    exported = window.session.snapshot
    path = tmp_path / "w.pt"
    window.session.export_weights(path)
    perform(qtbot, window, {"op": "reset"})
    assert window.session.snapshot.parameters[0].materialized is False
    perform(qtbot, window, {"op": "load_weights", "path": str(path)})
    loaded = window.session.snapshot
    assert loaded.modules[0].state == "half_lazy"
    assert loaded.parameters[0].stats == exported.parameters[0].stats
    state = torch.load(path, weights_only=True)
    assert tuple(state["0.weight"].shape) == loaded.parameters[0].shape
