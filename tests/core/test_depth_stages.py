"""core.analysis.depth stages: a layer and the activations, norms after it read as one."""

from __future__ import annotations

import torch
import torch.nn as nn

from core.analysis import depth
from core.model.inputs import input_spec
from core.model.lab import Lab
from core.operations import steps

LAYERS = [
    {"layer": "ReLU"},  # nothing before it: a stage of its own
    {"layer": "LazyLinear", "args": {"out_features": 16}},
    {"layer": "LazyBatchNorm1d"},
    {"layer": "ReLU"},
    {"layer": "Linear", "args": {"in_features": 16, "out_features": 16}},
    {"layer": "Tanh"},
    {"layer": "Dropout", "args": {"p": 0.2}},
    {"layer": "Flatten"},
    {"layer": "Linear", "args": {"in_features": 16, "out_features": 4}},
]


def torch_stage_ends(net: nn.Sequential) -> list[int]:
    """This test's own reading of torch's module classes: where does each stage end?"""
    follow = (nn.modules.activation.ReLU, nn.modules.activation.Tanh,
              nn.modules.batchnorm._BatchNorm, nn.modules.dropout._DropoutNd)
    modules = list(net)
    return [i for i, _m in enumerate(modules)
            if i + 1 == len(modules) or not isinstance(modules[i + 1], follow)]


def test_stages_end_where_torch_says_the_next_module_is_not_a_follower():
    lab = Lab()
    steps.perform(lab, {"op": "build", "layers": LAYERS})
    lab.forward(input_spec([4, 16]))
    torch.manual_seed(0)
    result = depth.depth_statistics(lab, ["default"], seed=1, shape=[8, 16])
    stages = result.stages()
    net = lab.version.net()
    assert [s.last for s in stages] == torch_stage_ends(net) == [0, 3, 6, 7, 8]
    assert [s.first for s in stages] == [0, 1, 4, 7, 8]
    assert stages[1].type == "Linear + BatchNorm1d + ReLU"
    assert stages[1].name == "1–3" and stages[3].name == "7"
    layers = result.curves[0].layers
    assert all(layers[s.last].position == s.last for s in stages)
