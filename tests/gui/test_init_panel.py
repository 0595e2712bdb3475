"""InitPanel driven by clicks and typing: what is chosen and typed becomes exactly the
emitted init step, and remembered arguments become the widgets' state.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.errors import UNINITIALIZED, LabError
from core.model.lab import Lab
from core.operations import steps
from gui.forms.init_panel import InitPanel
from tests.gui.panel_helpers import LEFT, choose, recorder, retype, shown, tick

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
