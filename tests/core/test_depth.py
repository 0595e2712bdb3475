"""Tests of core.analysis.depth: statistics equal this test's own hooks and backward pass."""

from __future__ import annotations

import copy
import math

import pytest
import torch
import torch.nn as nn

from core.analysis import depth
from core.errors import INVALID_ARGUMENT, SHAPE_MISMATCH, LabError
from core.model.inputs import input_spec
from core.model.lab import Lab
from core.operations import steps

WIDTH = 128


def build(lab: Lab, layers: list[dict], width: int = 20) -> Lab:
    steps.perform(lab, {"op": "build", "layers": layers})
    lab.forward(input_spec([4, width]))
    return lab


def mlp(depth_count: int = 4, width: int = WIDTH, activation: str = "ReLU") -> list[dict]:
    layers = [{"layer": "LazyLinear", "args": {"out_features": width}}]
    for _ in range(depth_count - 1):
        layers += [{"layer": activation},
                   {"layer": "Linear", "args": {"in_features": width, "out_features": width}}]
    return layers


@pytest.fixture
def lab() -> Lab:
    torch.manual_seed(0)
    return build(Lab(), mlp())


def hooked_statistics(net: nn.Sequential, x: torch.Tensor, target_seed: int):
    """Output std and gradient std per layer, with this test's own hooks."""
    outputs = []
    handles = [m.register_forward_hook(lambda _m, _a, out: outputs.append(out)) for m in net]
    out = net(x.clone().requires_grad_(True))
    for handle in handles:
        handle.remove()
    for output in outputs:
        output.retain_grad()
    target = torch.randn(out.shape, generator=torch.Generator().manual_seed(target_seed))
    (out * target).sum().backward()
    return [(float(o.detach().std()), float(o.grad.std())) for o in outputs]


def initialized_copy(lab: Lab, init: str, args: dict, seed: int) -> nn.Sequential:
    net = copy.deepcopy(lab.version.net())

    def visit(module: nn.Module) -> None:
        if isinstance(module, nn.Linear):
            if init == "default":  # the lab re-draws the targeted weight only
                bias = module.bias.detach().clone()
                module.reset_parameters()
                module.bias.data.copy_(bias)
            else:
                getattr(nn.init, init)(module.weight, **args)

    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        net.apply(visit)
    return net


@pytest.mark.parametrize("init,args", [("default", {}), ("xavier_uniform_", {}),
                                       ("kaiming_normal_", {"nonlinearity": "relu"}),
                                       ("normal_", {"std": 0.2})])
def test_statistics_equal_forward_hooks_computed_here(lab: Lab, init, args) -> None:
    result = depth.depth_statistics(lab, [{"init": init, "args": args}], seed=11,
                                    shape=[64, 20])
    curve = result.curves[0]
    net = initialized_copy(lab, init, args, 11)
    x = torch.randn((64, 20), generator=torch.Generator().manual_seed(11 ^ depth.BATCH_STREAM))
    expected = hooked_statistics(net, x, 11 ^ depth.TARGET_STREAM)
    assert [s.name for s in curve.layers] == [str(i) for i in range(len(net))]
    assert [s.type for s in curve.layers] == [type(m).__name__ for m in net]
    for stat, (activation, gradient) in zip(curve.layers, expected, strict=True):
        assert stat.activation_std == pytest.approx(activation, rel=1e-5)
        assert stat.gradient_std == pytest.approx(gradient, rel=1e-5)


def test_theory_is_the_variance_recursion(lab: Lab) -> None:
    args = {"nonlinearity": "relu"}
    result = depth.depth_statistics(lab, [{"init": "kaiming_normal_", "args": args}], seed=2,
                                    shape=[256, 20])
    net = initialized_copy(lab, "kaiming_normal_", args, 2)
    x = torch.randn((256, 20), generator=torch.Generator().manual_seed(2 ^ depth.BATCH_STREAM))
    q = float(x.double().pow(2).mean())
    expected = []
    for module in net:
        if isinstance(module, nn.Linear):
            fan_in = module.in_features
            var_w = 2.0 / fan_in  # kaiming_normal_(relu, fan_in): std² = gain² / fan_in
            bias = module.bias.detach().double()
            q = fan_in * var_w * q + float(bias.pow(2).mean())
            expected.append(math.sqrt(q - float(bias.mean()) ** 2))
        else:  # ReLU of a zero-mean symmetric input
            expected.append(math.sqrt(q * (0.5 - 1 / (2 * math.pi))))
            q /= 2
    stats = result.curves[0].layers
    for stat, value in zip(stats, expected, strict=True):
        assert stat.expected_activation_std == pytest.approx(value, rel=1e-6)
    # backwards: std 1 at the top, times fan_out·Var(w) per Linear and ½ per ReLU
    g = 1.0
    for module, stat in zip(reversed(list(net)), reversed(stats), strict=True):
        assert stat.expected_gradient_std == pytest.approx(math.sqrt(g), rel=1e-6)
        g *= module.out_features * 2.0 / module.in_features if isinstance(
            module, nn.Linear) else 0.5
    # and the measurement follows it at the first layers (wide enough for the law of averages)
    assert stats[0].activation_std == pytest.approx(stats[0].expected_activation_std, rel=0.1)


def test_vanishing_and_exploding_show_in_order(lab: Lab) -> None:
    lab = build(Lab(), mlp(8, 256))
    result = depth.depth_statistics(
        lab, [{"init": "normal_", "args": {"std": 0.01}},
              {"init": "normal_", "args": {"std": 0.2}},
              {"init": "kaiming_normal_", "args": {"nonlinearity": "relu"}}], seed=0,
        shape=[128, 20])
    # no bias props the gradient up: each Linear+ReLU scales E[g²] by fan_out·Var(w)/2
    small, large, kaiming = (c.layers[0].gradient_std for c in result.curves)
    assert small < 1e-5 and large > 100 and 0.1 < kaiming < 10
    for curve in result.curves:
        top, bottom = curve.layers[-1], curve.layers[0]
        assert bottom.gradient_std == pytest.approx(bottom.expected_gradient_std, rel=0.5)
        assert top.gradient_std == pytest.approx(1.0, rel=0.2)


def test_working_network_and_rng_unchanged_with_batchnorm() -> None:
    torch.manual_seed(0)
    lab = build(Lab(), [{"layer": "LazyLinear", "args": {"out_features": 16}},
                        {"layer": "LazyBatchNorm1d"}, {"layer": "ReLU"},
                        {"layer": "Linear", "args": {"in_features": 16, "out_features": 4}}])
    before = {k: v.clone() for k, v in lab.version.net().state_dict().items()}
    snapshot, rng = lab.snapshot, torch.get_rng_state()
    result = depth.depth_statistics(lab, ["default", "orthogonal_"], seed=1, shape=[32, 20])
    assert lab.snapshot is snapshot and torch.equal(rng, torch.get_rng_state())
    after = lab.version.net().state_dict()
    assert all(torch.equal(after[k], before[k]) for k in before)  # running stats too
    assert all(p.grad is None for p in lab.version.net().parameters())
    stats = result.curves[0].layers
    assert math.isnan(stats[1].expected_activation_std)  # theory stops at BatchNorm
    assert not math.isnan(stats[0].expected_activation_std)


def test_default_shape_follows_the_last_forward(lab: Lab) -> None:
    result = depth.depth_statistics(lab, ["default"])
    assert result.shape == (depth.DEFAULT_BATCH, 20)


def test_bad_inputs_are_explained(lab: Lab) -> None:
    with pytest.raises(LabError) as info:
        depth.depth_statistics(lab, ["default"], shape=[8, 30])
    assert info.value.kind == SHAPE_MISMATCH and "[8, 30]" in info.value.message
    for kwargs, words in (({"shape": [1, 20]}, "at least 2"), ({"shape": [8, 0]}, "shape"),
                          ({"mode": "test"}, "mode")):
        with pytest.raises(LabError) as info:
            depth.depth_statistics(lab, ["default"], **kwargs)
        assert info.value.kind == INVALID_ARGUMENT and words in info.value.message
    fresh = Lab()
    fresh.add("Linear", {"in_features": 3, "out_features": 2})
    with pytest.raises(LabError, match="input shape"):
        depth.depth_statistics(fresh, ["default"])
