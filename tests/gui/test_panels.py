"""LayerEditor and the arguments dialog driven by clicks and typing.

Both directions: what is typed becomes exactly the emitted step (which core then
performs), and what a snapshot says becomes the widgets' state. ForwardPanel and
InitPanel are in test_forward_panel.py and test_init_panel.py.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from core.model.lab import Lab
from core.operations import steps
from gui.network import layer_editor
from gui.network.layer_editor import ArgumentsDialog, LayerEditor, ask_layer_arguments
from tests.gui.panel_helpers import LEFT, recorder, retype, shown

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
