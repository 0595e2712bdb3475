"""Typed values out of range are refused next to their field, in core's words; nothing runs."""

from __future__ import annotations

import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from core.errors import LabError
from core.model import catalogue, initializers
from core.model.inputs import input_spec
from gui.network.layer_editor import ArgumentsDialog
from tests.core.lab_helpers import committed_view, tensor_bytes
from tests.gui.panel_helpers import retype

LEFT = Qt.MouseButton.LeftButton


def refusal(check, *args, **kwargs) -> str:
    """Core's own words for the bad value, computed here from core itself."""
    with pytest.raises(LabError) as info:
        check(*args, **kwargs)
    return info.value.message


@pytest.fixture
def window(new_window):
    return new_window()


def perform(qtbot, win, step):
    with qtbot.waitSignal(win.session.busyChanged, check_params_cb=lambda busy: not busy,
                          timeout=20000):
        win.perform(step)


@pytest.mark.parametrize("typed", ["0", "99999999999", "-1"])
def test_add_dialog_keeps_the_typed_size_and_refuses_it(qtbot, typed):
    dialog = ArgumentsDialog("LazyLinear")
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.form.editor("out_features")
    retype(qtbot, editor, typed)
    expected = refusal(catalogue.validate_args, "LazyLinear", {"out_features": int(typed)})
    field = dialog.form.field("out_features")
    assert field.message.text() == expected and field.message.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.accept()  # even forced, it refuses: the dialog stays open and adds nothing
    assert dialog.arguments() is None and dialog.isVisible()
    assert editor.text() == typed  # never clamped to 1 or 2147483647
    retype(qtbot, editor, "8")
    assert ok.isEnabled() and not field.message.isVisible()


def test_normal_with_negative_std_is_not_applied(qtbot, window):
    perform(qtbot, window, {"op": "add", "layer": "Linear",
                            "args": {"in_features": 4, "out_features": 3}})
    lab = window.session.lab
    before = (committed_view(lab), tensor_bytes(lab))
    panel = window.init_panel
    window.controls.setCurrentWidget(panel)
    panel.set_values({"init": "normal_"})
    retype(qtbot, panel.form.editor("std"), "-1")
    expected = refusal(initializers.validate_init_args, "normal_", {"mean": 0.0, "std": -1.0})
    assert panel.form.field("std").message.text() == expected
    started = []
    window.session.busyChanged.connect(started.append)
    qtbot.mouseClick(panel.apply_button, LEFT)
    assert panel.apply() is None and started == []  # nothing ran
    assert panel.form.error_text() == expected
    assert (committed_view(lab), tensor_bytes(lab)) == before
    assert not any(torch.equal(p, torch.zeros_like(p)) for p in lab.version.net().parameters())


def test_layer_tab_refuses_out_features_zero(qtbot, window):
    perform(qtbot, window, {"op": "add", "layer": "LazyLinear", "args": {"out_features": 5}})
    window.network_view.select(0)
    editor_tab = window.layer_editor
    window.controls.setCurrentWidget(editor_tab)
    retype(qtbot, editor_tab.form.editor("out_features"), "0")
    emitted = []
    editor_tab.stepRequested.connect(emitted.append)
    qtbot.mouseClick(editor_tab.apply_button, LEFT)
    assert emitted == []
    assert editor_tab.form.error_text() == refusal(
        catalogue.validate_args, "LazyLinear", {"out_features": 0})
    assert "out_features=5" in window.print_pane.text()


def test_forward_tab_refuses_a_size_of_zero_with_cores_reason(qtbot, window):
    perform(qtbot, window, {"op": "add", "layer": "LazyLinear", "args": {"out_features": 5}})
    panel = window.forward_panel
    retype(qtbot, panel.sizes["features"], "0")
    expected = refusal(input_spec, [2, 0], "zeros")
    assert panel.shape_label.text() == expected  # right under the sizes
    assert panel.sizes["features"].text() == "0"
    started = []
    window.session.busyChanged.connect(started.append)
    window.run_forward()  # Ctrl+R: refused, with the reason under the panel
    assert started == [] and panel.error_label.isVisible()
    assert "LazyLinear(in_features=0" in window.print_pane.text()


@pytest.mark.parametrize("typed", ["-1", str(2**63)])
def test_init_seed_outside_cores_range_is_refused_not_clamped(qtbot, typed):
    from core.model import schema
    from gui.forms.init_panel import InitPanel

    panel = InitPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.seed_box.setChecked(True)
    retype(qtbot, panel.seed, typed)
    emitted = []
    panel.stepRequested.connect(emitted.append)
    assert panel.apply() is None and emitted == []
    assert panel.error_label.text() == schema.explain_value(schema.SEED, int(typed), "init")
    assert panel.seed.text() == typed
    retype(qtbot, panel.seed, str(2**63 - 1))  # core's whole range, not int32's
    assert panel.apply()["seed"] == 2**63 - 1
