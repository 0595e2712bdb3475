"""ForwardPanel driven by clicks and typing: what is typed becomes exactly the emitted
forward step, and saved values and the first layer become the widgets' state.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from core.errors import LabError
from core.model.inputs import SEED_EXTREME_HIGH, SEED_EXTREME_LOW
from core.model.lab import Lab
from core.operations import steps
from gui.forms.forward_panel import ForwardPanel
from tests.gui.panel_helpers import LEFT, activated, choose, recorder, retype, shown, tick

# --- ForwardPanel ---------------------------------------------------------------------


def test_forward_panel_emits_exactly_the_typed_step(qtbot):
    panel = shown(qtbot, ForwardPanel())
    emitted = recorder(panel.stepRequested)
    retype(qtbot, panel.sizes["batch"], "4")
    retype(qtbot, panel.sizes["features"], "20")
    retype(qtbot, panel.numbers["low"], "-1")
    retype(qtbot, panel.numbers["high"], "2.5")
    tick(qtbot, panel.seed_box)
    retype(qtbot, panel.seed, "7")
    choose(panel.mode, "eval")
    qtbot.mouseClick(panel.run_button, LEFT)
    expected = {
        "op": "forward", "shape": [4, 20], "fill": "uniform", "low": -1.0, "high": 2.5,
        "mean": 0.0, "std": 1.0, "seed": 7, "mode": "eval",
    }
    assert emitted == [expected]
    steps.check_structure(emitted[0], "forward")
    lab = Lab()
    lab.add("LazyLinear", {"out_features": 3})
    assert steps.perform(lab, emitted[0]).trace[0].input_shape == (4, 20)


def test_extreme_preset_is_exact(qtbot):
    panel = shown(qtbot, ForwardPanel())
    choose(panel.fill, "normal")
    emitted = recorder(panel.stepRequested)
    qtbot.mouseClick(panel.extreme_button, LEFT)
    assert panel.fill.currentData() == "uniform"
    assert "e+37" in panel.numbers["low"].text() and "e+37" in panel.numbers["high"].text()
    qtbot.mouseClick(panel.run_button, LEFT)
    assert emitted[0]["low"] == SEED_EXTREME_LOW and emitted[0]["high"] == SEED_EXTREME_HIGH
    qtbot.mouseClick(panel.rand_button, LEFT)
    assert (panel.step()["low"], panel.step()["high"]) == (0.0, 1.0)


def test_image_and_sequence_layouts(qtbot):
    panel = shown(qtbot, ForwardPanel())
    assert panel.shape() == [2, 20] and not panel.sizes["height"].isVisible()
    choose(panel.shape_mode, "image")
    assert panel.sizes["height"].isVisible() and not panel.sizes["features"].isVisible()
    retype(qtbot, panel.sizes["channels"], "1")
    retype(qtbot, panel.sizes["height"], "28")
    retype(qtbot, panel.sizes["width"], "28")
    assert panel.step()["shape"] == [2, 1, 28, 28]
    assert "(2, 1, 28, 28)" in panel.shape_label.text()
    choose(panel.shape_mode, "sequence")
    assert panel.step()["shape"] == [2, 1, 64]


def test_a_network_starting_with_an_embedding_switches_the_fill_to_its_ids(qtbot):
    panel = shown(qtbot, ForwardPanel())
    emitted = recorder(panel.stepRequested)
    lab = Lab()
    lab.add("Embedding", {"num_embeddings": 12, "embedding_dim": 4})
    lab.add("LSTM", {"input_size": 4, "hidden_size": 3, "batch_first": True})
    panel.set_snapshot(lab.snapshot)
    assert panel.fill.currentData() == "ids"
    assert panel.suggestion_label.isVisibleTo(panel)
    assert "[0, 12)" in panel.suggestion_label.text()
    retype(qtbot, panel.sizes["features"], "5")
    qtbot.mouseClick(panel.run_button, LEFT)
    assert emitted[0]["fill"] == "ids" and (emitted[0]["low"], emitted[0]["high"]) == (0, 12)
    snapshot = steps.perform(lab, emitted[0])
    assert [t.output_shape for t in snapshot.trace] == [(2, 5, 4), (2, 5, 3)]
    choose(panel.fill, "uniform")  # floats into the Embedding: refused, nothing changed
    qtbot.mouseClick(panel.run_button, LEFT)
    with pytest.raises(LabError) as error:
        steps.perform(lab, emitted[1])
    assert "fill 'ids'" in error.value.message and lab.snapshot is snapshot


def test_unused_numbers_are_disabled(qtbot):
    panel = shown(qtbot, ForwardPanel())
    enabled = {name: edit.isEnabled() for name, edit in panel.numbers.items()}
    assert enabled == {"low": True, "high": True, "mean": False, "std": False}
    choose(panel.fill, "normal")
    assert not panel.numbers["low"].isEnabled() and panel.numbers["std"].isEnabled()
    choose(panel.fill, "zeros")
    assert not any(edit.isEnabled() for edit in panel.numbers.values())


def test_forward_refuses_low_above_high(qtbot):
    panel = shown(qtbot, ForwardPanel())
    emitted = recorder(panel.stepRequested)
    retype(qtbot, panel.numbers["low"], "5")
    qtbot.mouseClick(panel.run_button, LEFT)
    assert emitted == [] and "low must be below high" in panel.error_label.text()
    retype(qtbot, panel.numbers["low"], "-")  # unfinished text: named, not guessed
    qtbot.mouseClick(panel.run_button, LEFT)
    assert emitted == [] and "low must be a number" in panel.error_label.text()
    assert panel.step()["low"] == 5.0  # step() stays well-formed: the last valid number


def test_busy_disables_run(qtbot):
    panel = activated(qtbot, ForwardPanel())
    emitted = recorder(panel.stepRequested)
    panel.set_busy(True)
    assert not panel.run_button.isEnabled()
    qtbot.keyClick(panel, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert emitted == []
    panel.set_busy(False)
    qtbot.keyClick(panel, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert len(emitted) == 1 and panel.run_button.isEnabled()


def test_a_window_action_on_the_same_key_wins_without_ambiguity(qtbot):
    window = QMainWindow()
    panel = ForwardPanel()
    window.setCentralWidget(panel)
    runs = []
    action = QAction("Run forward", window)
    action.setShortcut("Ctrl+R")
    action.triggered.connect(lambda: runs.append(panel.step()))
    window.addAction(action)
    activated(qtbot, window)
    emitted = recorder(panel.stepRequested)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert len(runs) == 1 and emitted == []
    assert not panel.shortcut.isEnabled()


def test_forward_panel_follows_the_first_layer(qtbot):
    panel = shown(qtbot, ForwardPanel())
    lab = Lab()
    lab.add("Linear", {"in_features": 20, "out_features": 4})
    panel.set_snapshot(lab.snapshot)
    assert panel.shape_mode_name() == "vector"
    lab.add("Conv2d", {"in_channels": 1, "out_channels": 6, "kernel_size": 5}, at=0)
    panel.set_snapshot(lab.snapshot)
    assert panel.shape_mode_name() == "image" and panel.shape() == [2, 1, 32, 32]
    assert "Conv2d" in panel.suggestion_label.text() and panel.suggestion_label.isVisible()
    choose(panel.shape_mode, "vector")  # the person overrides: later snapshots keep it
    assert not panel.suggestion_label.isVisible()
    lab.add("ReLU")
    panel.set_snapshot(lab.snapshot)
    assert panel.shape_mode_name() == "vector"


def test_forward_values_round_trip(qtbot):
    panel = shown(qtbot, ForwardPanel())
    saved = {
        "op": "forward", "shape": [8, 3, 16, 16], "fill": "normal", "low": SEED_EXTREME_LOW,
        "high": SEED_EXTREME_HIGH, "mean": 0.5, "std": 0.01, "seed": 3, "mode": "eval",
    }
    panel.set_values(saved)
    assert panel.values() == saved and panel.shape_mode_name() == "image"
    assert panel.numbers["std"].text() == "0.01" and panel.seed_box.isChecked()
    panel.set_values({"shape": [2, 20]})
    assert "seed" not in panel.values() and panel.values()["shape"] == [2, 20]
    with pytest.raises(ValueError):
        panel.set_values({"fill": "gaussian"})
