"""LayerEditor, ForwardPanel and InitPanel driven by clicks and typing.

Both directions: what is typed becomes exactly the emitted step (which core then
performs), and what a snapshot or saved values say becomes the widgets' state.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow

from core.errors import UNINITIALIZED, LabError
from core.model.inputs import SEED_EXTREME_HIGH, SEED_EXTREME_LOW
from core.model.lab import Lab
from core.operations import steps
from gui.forms.forward_panel import ForwardPanel
from gui.forms.init_panel import InitPanel
from gui.network import layer_editor
from gui.network.layer_editor import ArgumentsDialog, LayerEditor, ask_layer_arguments

LEFT = Qt.MouseButton.LeftButton


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def activated(qtbot, widget):
    """Shown and active: window shortcuts only fire in the active window."""
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def recorder(signal) -> list:
    emitted: list = []
    signal.connect(lambda *args: emitted.append(args[0] if args else True))
    return emitted


def retype(qtbot, editor, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def tick(qtbot, button) -> None:
    """Click a check box or radio button on its indicator, where a person would."""
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


@pytest.fixture
def lab() -> Lab:
    lab = Lab()
    lab.add("Linear", {"in_features": 20, "out_features": 256})
    return lab


# --- LayerEditor ------------------------------------------------------------------------


def test_layer_editor_shows_the_layer_and_applies_an_edit(qtbot, lab):
    editor = shown(qtbot, LayerEditor())
    editor.set_snapshot(lab.snapshot, 0)
    assert "Linear" in editor.title_label.text()
    assert editor.form.values() == {"in_features": 20, "out_features": 256, "bias": True}
    emitted = recorder(editor.stepRequested)
    retype(qtbot, editor.form.editor("out_features"), "128")
    qtbot.mouseClick(editor.apply_button, LEFT)
    assert emitted == [{"op": "edit", "at": 0, "args": {"out_features": 128}}]
    # core performs exactly that step, and the new snapshot flows back into the form
    steps.check_structure(emitted[0], "edit")
    snapshot = steps.perform(lab, emitted[0])
    assert snapshot.modules[0].args["out_features"] == 128
    editor.set_snapshot(snapshot, 0)
    assert editor.form.values()["out_features"] == 128


def test_layer_editor_refuses_a_bad_value_with_its_reason(qtbot):
    lab = Lab()
    lab.add("Conv2d", {"in_channels": 4, "out_channels": 8, "kernel_size": 3})
    editor = shown(qtbot, LayerEditor())
    editor.set_snapshot(lab.snapshot, 0)
    emitted = recorder(editor.stepRequested)
    retype(qtbot, editor.form.editor("groups"), "3")
    qtbot.mouseClick(editor.apply_button, LEFT)
    assert emitted == []
    assert "groups must divide in_channels (4)" in editor.form.error_text()
    assert editor.form.error_field() == "groups"
    retype(qtbot, editor.form.editor("groups"), "2")
    retype(qtbot, editor.form.editor("kernel_size"), "abc")
    qtbot.mouseClick(editor.apply_button, LEFT)
    assert emitted == [] and "got 'abc'" in editor.form.error_text()
    retype(qtbot, editor.form.editor("kernel_size"), "3, 3")  # same as 3: not a change
    qtbot.mouseClick(editor.apply_button, LEFT)
    assert emitted == [{"op": "edit", "at": 0, "args": {"groups": 2}}]


def test_layer_editor_nothing_changed_and_busy(qtbot, lab):
    editor = shown(qtbot, LayerEditor())
    editor.set_snapshot(lab.snapshot, 0)
    emitted = recorder(editor.stepRequested)
    qtbot.mouseClick(editor.apply_button, LEFT)
    assert emitted == [] and editor.message_label.text()
    editor.set_busy(True)
    assert not editor.apply_button.isEnabled()
    editor.set_busy(False)
    assert editor.apply_button.isEnabled()


def test_layer_editor_keeps_typing_across_unrelated_snapshots(qtbot, lab):
    editor = shown(qtbot, LayerEditor())
    editor.set_snapshot(lab.snapshot, 0)
    retype(qtbot, editor.form.editor("out_features"), "64")
    lab.add("ReLU")  # a new snapshot; layer 0 is unchanged
    editor.set_snapshot(lab.snapshot, 0)
    assert editor.form.values()["out_features"] == 64
    editor.set_snapshot(lab.snapshot, 1)
    assert editor.form.names() == ["inplace"] and "ReLU" in editor.title_label.text()
    editor.set_snapshot(lab.snapshot, None)
    assert editor.position is None and editor.placeholder.isVisible()


def test_arguments_dialog_requires_the_required(qtbot):
    dialog = ArgumentsDialog("Conv2d")
    shown(qtbot, dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, LEFT)
    assert dialog.isVisible() and "kernel_size is required" in dialog.form.error_text()
    retype(qtbot, dialog.form.editor("in_channels"), "3")
    retype(qtbot, dialog.form.editor("out_channels"), "6")
    retype(qtbot, dialog.form.editor("kernel_size"), "5")
    qtbot.mouseClick(ok, LEFT)
    assert not dialog.isVisible()
    assert dialog.arguments() == {"in_channels": 3, "out_channels": 6, "kernel_size": 5}


def test_ask_arguments_runs_a_modal_dialog(qtbot):
    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ArgumentsDialog) and dialog.layer == "Linear"
        retype(qtbot, dialog.form.editor("in_features"), "20")
        retype(qtbot, dialog.form.editor("out_features"), "256")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)

    QTimer.singleShot(0, fill_in)
    assert ask_layer_arguments("Linear") == {"in_features": 20, "out_features": 256}
    assert ask_layer_arguments("ReLU") == {}  # nothing required: no dialog


def test_ask_arguments_is_easy_to_patch(qtbot, monkeypatch):
    editor = LayerEditor()
    qtbot.addWidget(editor)
    monkeypatch.setattr(layer_editor, "ask_layer_arguments", lambda layer, parent: {"x": layer})
    assert editor.ask_arguments("Linear") == {"x": "Linear"}


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


# --- InitPanel -----------------------------------------------------------------------


def test_init_panel_shows_each_initializers_arguments(qtbot):
    panel = shown(qtbot, InitPanel())
    choose(panel.init_combo, "xavier_uniform_")
    assert panel.form.names() == ["gain"]
    assert panel.form.field("gain").mode is not None  # a number or a nonlinearity
    choose(panel.init_combo, "kaiming_normal_")
    assert panel.form.names() == ["a", "mode", "nonlinearity"]
    assert "He" in panel.doc_label.text()
    choose(panel.init_combo, "zeros_")
    assert panel.form.names() == [] and panel.form.empty_label.isVisible()
    choose(panel.init_combo, "sparse_")
    assert panel.form.names() == ["sparsity", "std"]
    choose(panel.init_combo, "trunc_normal_")
    assert panel.form.names() == ["mean", "std", "a", "b"]
    tooltip = panel.init_combo.itemData(panel.init_combo.findData("orthogonal_"),
                                        Qt.ItemDataRole.ToolTipRole)
    assert "orthogonal" in tooltip


def test_init_panel_remembers_arguments_per_initializer(qtbot):
    panel = shown(qtbot, InitPanel())
    choose(panel.init_combo, "normal_")
    retype(qtbot, panel.form.editor("std"), "0.02")
    choose(panel.init_combo, "zeros_")
    choose(panel.init_combo, "normal_")
    assert panel.form.values() == {"mean": 0.0, "std": 0.02}


def test_init_by_type_emits_types_and_params(qtbot, lab):
    lab.add("ReLU")
    lab.add("LazyLinear", {"out_features": 10})
    panel = shown(qtbot, InitPanel())
    panel.set_snapshot(lab.snapshot)
    assert panel.listed_types() == ["Linear", "LazyLinear"]  # ReLU has nothing to initialize
    emitted = recorder(panel.stepRequested)
    choose(panel.init_combo, "xavier_uniform_")
    gain = panel.form.field("gain").mode
    gain.setCurrentIndex(gain.findData("relu"))
    tick(qtbot, panel.target_buttons["types"])
    assert panel.types_list.isEnabled()
    panel.types_list.item(0).setCheckState(Qt.CheckState.Checked)
    tick(qtbot, panel.params_buttons["all"])
    assert panel.dims_hint.isVisible()  # biases are 1-D: xavier would refuse them
    tick(qtbot, panel.params_buttons["weight"])
    assert not panel.dims_hint.isVisible()
    qtbot.mouseClick(panel.apply_button, LEFT)
    assert emitted == [{
        "op": "init", "init": "xavier_uniform_", "args": {"gain": "relu"},
        "types": ["Linear"], "params": "weight",
    }]
    before = lab.snapshot.parameter("0.weight").stats
    after = steps.perform(lab, emitted[0]).parameter("0.weight")
    assert after.changed and after.stats != before
    # a forward pass turns LazyLinear into Linear; the list follows, the check mark stays
    steps.perform(lab, {"op": "forward", "shape": [2, 20]})
    panel.set_snapshot(lab.snapshot)
    assert panel.listed_types() == ["Linear"] and panel.checked_types() == ["Linear"]


def test_init_selected_layers_with_seed(qtbot, lab):
    panel = shown(qtbot, InitPanel())
    panel.set_snapshot(lab.snapshot)
    emitted = recorder(panel.stepRequested)
    choose(panel.init_combo, "constant_")
    retype(qtbot, panel.form.editor("val"), "0.5")
    tick(qtbot, panel.target_buttons["selected"])
    qtbot.mouseClick(panel.apply_button, LEFT)
    assert emitted == [] and "No layer is selected" in panel.error_label.text()
    panel.set_selected(["0"])
    assert "0" in panel.selected_label.text()
    tick(qtbot, panel.seed_box)
    retype(qtbot, panel.seed, "3")
    tick(qtbot, panel.params_buttons["bias"])
    qtbot.mouseClick(panel.apply_button, LEFT)
    step = {"op": "init", "init": "constant_", "args": {"val": 0.5}, "layers": ["0"],
            "params": "bias", "seed": 3}
    assert emitted == [step]
    assert steps.perform(lab, step).parameter("0.bias").stats.mean == 0.5


def test_init_refuses_a_bad_argument(qtbot):
    panel = shown(qtbot, InitPanel())
    emitted = recorder(panel.stepRequested)
    choose(panel.init_combo, "trunc_normal_")
    panel.form.set_values({"a": 1.0, "b": -1.0})
    qtbot.mouseClick(panel.apply_button, LEFT)
    assert emitted == [] and "b must be a number of at least a" in panel.form.error_text()
    assert panel.form.error_field() == "b"


def test_uninitialized_remedy_asks_for_a_sample(qtbot):
    lab = Lab()
    lab.add("LazyLinear", {"out_features": 4})
    panel = shown(qtbot, InitPanel())
    panel.set_snapshot(lab.snapshot)
    emitted = recorder(panel.stepRequested)
    qtbot.mouseClick(panel.apply_button, LEFT)
    with pytest.raises(LabError) as refused:
        steps.perform(lab, emitted[0])
    assert refused.value.kind == UNINITIALIZED
    panel.show_uninitialized_remedy(refused.value.message)
    assert panel.remedy_frame.isVisible()
    assert panel.remedy_label.toolTip() == refused.value.message  # the banner says it; here a tip
    assert refused.value.message not in panel.remedy_label.text()
    samples = recorder(panel.sampleRequested)
    qtbot.mouseClick(panel.remedy_button, LEFT)
    assert samples == [True] and not panel.remedy_frame.isVisible()


def test_init_busy_and_values_round_trip(qtbot, lab):
    panel = shown(qtbot, InitPanel())
    panel.set_snapshot(lab.snapshot)
    panel.set_busy(True)
    assert not panel.apply_button.isEnabled() and not panel.remedy_button.isEnabled()
    emitted = recorder(panel.stepRequested)
    assert panel.apply() is None and emitted == []
    panel.set_busy(False)
    saved = {"init": "kaiming_uniform_",
             "args": {"a": 0.1, "mode": "fan_out", "nonlinearity": "relu"},
             "target": "types", "types": ["Linear"], "params": "all", "seed": 11}
    panel.set_values(saved)
    assert panel.values() == saved
    assert panel.target_buttons["types"].isChecked() and panel.checked_types() == ["Linear"]
    panel.set_values({"init": "default", "args": {}, "target": "all", "params": "weight"})
    assert panel.apply() == {"op": "init", "init": "default", "args": {}, "params": "weight"}
    step = {"op": "init", "init": "orthogonal_", "args": {"gain": 2.0}, "layers": ["0"],
            "params": "weight"}
    panel.set_values(step)  # an init step (a saved session's) shows as well
    assert panel.target() == "selected" and panel.selected() == ["0"]
    assert panel.step() == step
    with pytest.raises(ValueError):
        panel.set_values({"init": "glorot"})
