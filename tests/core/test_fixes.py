"""Fix suggestions: each offered step, performed, makes the failed forward pass succeed."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from core.errors import SHAPE_MISMATCH, LabError
from core.model.lab import Lab
from core.operations import steps
from tests.core.lab_helpers import committed_view, tensor_bytes


def failing_forward(lab: Lab, width: int) -> LabError:
    with pytest.raises(LabError) as info:
        steps.perform(lab, {"op": "forward", "shape": [2, width]})
    assert info.value.kind == SHAPE_MISMATCH
    return info.value


def eager_lab() -> Lab:
    lab = Lab()
    steps.perform(lab, {"op": "add", "layer": "Linear",
                        "args": {"in_features": 20, "out_features": 256, "bias": False}})
    steps.perform(lab, {"op": "add", "layer": "ReLU"})
    return lab


def test_an_eager_width_mismatch_offers_set_width_and_make_lazy() -> None:
    lab = eager_lab()
    error = failing_forward(lab, 30)
    assert [fix["label"] for fix in error.fixes] == ["Set in_features to 30", "Make it LazyLinear"]
    assert error.to_dict()["fixes"] == [dict(fix) for fix in error.fixes]
    for fix in error.fixes:
        before_view, before_tensors = committed_view(lab), tensor_bytes(lab)
        steps.perform(lab, fix["step"])
        steps.perform(lab, {"op": "forward", "shape": [2, 30]})
        layer = lab.version.net()[0]
        # what PyTorch builds by hand from the same arguments, after the same input
        expected = nn.Linear(30, 256, bias=False)
        assert type(layer) is nn.Linear and repr(layer) == repr(expected)
        assert layer.weight.shape == expected.weight.shape
        assert lab.snapshot.trace[-1].output_shape == tuple(
            expected(torch.zeros(2, 30)).shape)
        steps.perform(lab, {"op": "undo"})
        steps.perform(lab, {"op": "undo"})  # both the fix and the forward are undoable
        assert committed_view(lab) == before_view and tensor_bytes(lab) == before_tensors


def test_make_lazy_keeps_the_other_arguments_and_is_a_lazy_layer_until_forward() -> None:
    lab = eager_lab()
    make_lazy = failing_forward(lab, 30).fixes[1]["step"]
    assert make_lazy == {"op": "edit", "at": 0, "layer": "LazyLinear",
                         "args": {"out_features": 256, "bias": False}}
    steps.perform(lab, make_lazy)
    assert type(lab.version.net()[0]) is nn.LazyLinear
    assert lab.network.entries[0].layer == "LazyLinear"
    assert lab.version.net()[0].bias is None  # bias=False survived the change of type


def test_a_conv_channel_mismatch_offers_in_channels_and_lazy_conv() -> None:
    lab = Lab()
    steps.perform(lab, {"op": "add", "layer": "Conv2d",
                        "args": {"in_channels": 1, "out_channels": 4, "kernel_size": 3}})
    with pytest.raises(LabError) as info:
        steps.perform(lab, {"op": "forward", "shape": [2, 3, 8, 8]})
    labels = [fix["label"] for fix in info.value.fixes]
    assert labels == ["Set in_channels to 3", "Make it LazyConv2d"]
    steps.perform(lab, info.value.fixes[1]["step"])
    steps.perform(lab, {"op": "forward", "shape": [2, 3, 8, 8]})
    assert lab.version.net()[0].weight.shape == nn.Conv2d(3, 4, 3).weight.shape


def test_a_lazy_layer_bound_earlier_offers_reset_which_helps() -> None:
    lab = Lab()
    steps.perform(lab, {"op": "add", "layer": "LazyLinear", "args": {"out_features": 8}})
    steps.perform(lab, {"op": "forward", "shape": [2, 20]})
    error = failing_forward(lab, 30)
    assert [fix["step"] for fix in error.fixes] == [{"op": "reset"}]
    steps.perform(lab, error.fixes[0]["step"])
    steps.perform(lab, {"op": "forward", "shape": [2, 30]})
    assert lab.version.net()[0].in_features == 30


def test_a_shape_error_without_a_one_step_fix_offers_none() -> None:
    lab = Lab()
    steps.perform(lab, {"op": "add", "layer": "Conv2d",
                        "args": {"in_channels": 3, "out_channels": 4, "kernel_size": 3}})
    with pytest.raises(LabError) as info:
        steps.perform(lab, {"op": "forward", "shape": [2, 3, 2, 2]})  # kernel larger than input
    assert info.value.kind == SHAPE_MISMATCH and info.value.fixes == ()


def test_an_edit_that_changes_type_is_refused_with_a_reason_for_bad_arguments() -> None:
    lab = eager_lab()
    before = committed_view(lab)
    with pytest.raises(LabError) as info:
        steps.perform(lab, {"op": "edit", "at": 0, "layer": "LazyLinear",
                            "args": {"in_features": 30, "out_features": 256}})
    assert "LazyLinear has no argument 'in_features'" in info.value.message
    assert committed_view(lab) == before


def test_exported_code_replays_a_change_of_type(tmp_path) -> None:
    import subprocess
    import sys

    from core.export import codegen

    lab = eager_lab()
    steps.perform(lab, failing_forward(lab, 30).fixes[1]["step"])
    steps.perform(lab, {"op": "forward", "shape": [2, 30]})
    script = tmp_path / "net.py"
    script.write_text(codegen.export_script(lab.version.steps, 0, None, None), encoding="utf-8")
    printed = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                             check=True, timeout=120).stdout
    assert repr(lab.version.net()) in printed
