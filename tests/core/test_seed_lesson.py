"""The seed lesson's six points, each compared with plain PyTorch run inside the test.

The lesson is d2l's lazy-initialization chapter (seeds/000_34238fd0985fcf0e.txt). Every
expected value — print(net), parameter shapes, apply order, PyTorch's messages and the
weights themselves — is computed here by PyTorch, never copied from a run.
"""

from __future__ import annotations

import json

import pytest
import torch
from torch import nn

from core.errors import SHAPE_MISMATCH, UNINITIALIZED
from core.io import scenario
from core.model.inputs import input_spec
from core.model.lab import Lab
from tests.core.lab_helpers import (
    check_stats_against_torch,
    consistent,
    lazy_mlp,
    linear,
    params_of,
    refused,
    seed_mlp,
)

LOW = torch.finfo(torch.float32).min / 10
HIGH = torch.finfo(torch.float32).max / 10


def getnet(in_features: int, out_features: int) -> nn.Sequential:
    """The seed's own function."""
    return nn.Sequential(nn.Linear(in_features, 256), nn.ReLU(), nn.Linear(256, out_features))


def shapes(net: nn.Module) -> list[tuple[str, tuple[int, ...]]]:
    return [(name, tuple(p.shape)) for name, p in net.named_parameters()]


def lab_shapes(snapshot) -> list[tuple[str, tuple[int, ...] | None]]:
    return [(p.name, p.shape) for p in snapshot.parameters]


def assert_same_weights(lab: Lab, net: nn.Module) -> None:
    mine = params_of(lab)
    theirs = net.state_dict()
    assert sorted(mine) == sorted(k for k in theirs if "running" not in k and "batches" not in k)
    for name, tensor in mine.items():
        assert torch.equal(tensor, theirs[name]), name


def outputs_by_layer(net: nn.Sequential, x: torch.Tensor) -> list[torch.Tensor]:
    outputs = []
    with torch.no_grad():
        for module in net:
            x = module(x)
            outputs.append(x)
    return outputs


# -- 1. the eager MLP -----------------------------------------------------------------------


def test_point1_print_and_named_parameter_shapes() -> None:
    torch.manual_seed(20)
    net = getnet(20, 10)
    torch.manual_seed(20)
    lab = Lab()
    seed_mlp(lab)
    snapshot = lab.snapshot
    assert snapshot.repr == repr(net) == str(net)
    assert lab_shapes(snapshot) == shapes(net)
    assert all(p.materialized and p.numel == net.get_parameter(p.name).numel()
               for p in snapshot.parameters)
    assert [m.state for m in snapshot.modules] == ["materialized", "none", "materialized"]
    assert [m.repr for m in snapshot.modules] == [repr(m) for m in net]
    assert_same_weights(lab, net)  # construction draws from the stream in the same order
    assert snapshot.total_params == sum(p.numel() for p in net.parameters())
    consistent(lab)


# -- 2. net.apply visits children first, then the container ---------------------------------


def test_point2_apply_visit_order() -> None:
    net = getnet(20, 10)
    visits, lines = [], []

    def init_weights(m: nn.Module) -> None:
        visits.append(type(m).__name__)
        lines.append(f"Init {m}")

    net.apply(init_weights)
    lab = Lab()
    seed_mlp(lab)
    before = params_of(lab)
    snapshot = lab.initialize("default", layers=[])  # the seed's init_weights only prints
    assert list(snapshot.visits) == visits
    assert list(snapshot.visit_lines) == lines
    assert snapshot.visits[-1] == "Sequential"
    for name, tensor in params_of(lab).items():
        assert torch.equal(tensor, before[name])
    # The same order with a real initializer, and with named layers.
    named = nn.Sequential()
    named.add_module("Linear1", nn.Linear(20, 256))
    named.add_module("Linear2", nn.Linear(256, 10))
    named_lines: list[str] = []
    named.apply(lambda m: named_lines.append(f"Init {m}"))
    lab = Lab()
    lab.add("Linear", linear(20, 256), name="Linear1")
    lab.add("Linear", linear(256, 10), name="Linear2")
    snapshot = lab.initialize("xavier_uniform_", types=["Linear"])
    assert list(snapshot.visit_lines) == named_lines


def test_point2_apply_visits_a_tied_module_once() -> None:
    shared = nn.Linear(4, 4)
    net = nn.Sequential(shared, nn.ReLU(), shared)
    lines: list[str] = []
    net.apply(lambda m: lines.append(f"Init {m}"))
    lab = Lab()
    lab.add("Linear", linear(4, 4))
    lab.add("ReLU")
    lab.add("Linear", linear(4, 4))
    lab.tie(2, 0)
    assert list(lab.initialize("zeros_").visit_lines) == lines


# -- 3. LazyLinear: in_features=0, uninitialized, materialized by the first forward ----------


def test_point3_lazy_linear_before_and_after_the_first_forward() -> None:
    torch.manual_seed(3)
    net = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.Linear(256, 10))
    before_repr = repr(net)
    names = [name for name, _ in net.named_parameters()]
    x = torch.zeros([2, 20], dtype=torch.float32).uniform_(LOW, HIGH)
    expected = outputs_by_layer(net, x)
    torch.manual_seed(3)
    lab = Lab()
    lazy_mlp(lab)
    snapshot = lab.snapshot
    assert "in_features=0" in before_repr
    assert snapshot.repr == before_repr
    assert [p.name for p in snapshot.parameters] == names
    for info in snapshot.parameters[:2]:
        assert (info.shape, info.materialized, info.numel, info.stats) == (None, False, None, None)
    assert snapshot.modules[0].state == "uninitialized"
    assert snapshot.uninitialized_params == 2

    snapshot = lab.forward(input_spec([2, 20], low=LOW, high=HIGH))
    assert snapshot.repr == repr(net)
    assert "(0): Linear(in_features=20, out_features=256, bias=True)" in snapshot.repr
    assert lab_shapes(snapshot) == shapes(net)
    assert snapshot.modules[0].type == "Linear" and snapshot.modules[0].layer == "LazyLinear"
    assert "in_features: 0 → 20" in [c.text for c in snapshot.changes]
    assert_same_weights(lab, net)
    assert [t.input_shape for t in snapshot.trace] == [(2, 20), (2, 256), (2, 256)]
    for entry, out in zip(snapshot.trace, expected, strict=True):
        check_stats_against_torch(entry.output, out, 100)


def test_point3_extreme_input_report_is_strict_json() -> None:
    document = {
        "format": 1,
        "seed": 3,
        "steps": [
            {"op": "add", "layer": "LazyLinear", "args": {"out_features": 256}},
            {"op": "add", "layer": "ReLU"},
            {"op": "add", "layer": "Linear", "args": linear(256, 10)},
            {"op": "forward", "shape": [2, 20], "low": LOW, "high": HIGH},
        ],
    }
    report = scenario.run(scenario.from_document(document))
    assert report["ok"]
    text = json.dumps(report, allow_nan=False)
    json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} in strict JSON"))
    trace = report["steps"][3]["trace"]
    assert [t["type"] for t in trace] == ["Linear", "ReLU", "Linear"]
    torch.manual_seed(3)
    net = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.Linear(256, 10))
    x = torch.zeros([2, 20]).uniform_(LOW, HIGH)
    for record, out in zip(trace, outputs_by_layer(net, x), strict=True):
        flat = out.reshape(-1).double()
        assert record["output"]["min"] == float(out.min())
        assert record["output"]["max"] == float(out.max())
        assert record["output"]["nonfinite"] == {
            "nan": int(flat.isnan().sum()),
            "posinf": int(flat.isposinf().sum()),
            "neginf": int(flat.isneginf().sum()),
        }
        for key in ("mean", "std"):
            value = record["output"][key]
            assert isinstance(value, (float, str))
            if isinstance(value, str):
                assert value in ("NaN", "Infinity", "-Infinity")


# -- 4. no initializing before the first forward ---------------------------------------------


@pytest.mark.parametrize("init", ["xavier_uniform_", "normal_", "default"])
def test_point4_initializing_before_the_first_forward_is_refused(init: str) -> None:
    with pytest.raises(ValueError) as torch_error:
        nn.init.xavier_uniform_(nn.LazyLinear(256).weight)
    assert str(torch_error.value).startswith("Attempted to use an uninitialized parameter")
    lab = Lab()
    lazy_mlp(lab)
    error = refused(lab, lambda: lab.initialize(init), UNINITIALIZED)
    assert error.layer == "0"
    assert error.torch_message == str(torch_error.value)
    assert "forward" in error.message
    # Sending one sample through forces initialization; then it works.
    lab.forward(input_spec([1, 20]))
    lab.initialize(init)
    assert lab.snapshot.uninitialized_params == 0


# -- 5. named layers and xavier_uniform_ on nn.Linear only -----------------------------------


def init_weights_forced(m: nn.Module) -> None:
    if type(m) is nn.Linear:
        torch.nn.init.xavier_uniform_(m.weight)


@pytest.mark.parametrize("seed", [0, 1, 1234])
def test_point5_named_layers_and_forced_xavier_give_identical_weights(seed: int) -> None:
    torch.manual_seed(seed)
    net1 = nn.Sequential()
    net1.add_module("Linear1", nn.Linear(20, 256))
    net1.add_module("Linear2", nn.Linear(256, 10))
    printed = repr(net1)
    net1.apply(init_weights_forced)
    torch.manual_seed(seed)
    lab = Lab()
    lab.add("Linear", linear(20, 256), name="Linear1")
    lab.add("Linear", linear(256, 10), name="Linear2")
    assert lab.snapshot.repr == printed
    snapshot = lab.initialize("xavier_uniform_", types=["Linear"])
    assert lab_shapes(snapshot) == shapes(net1)
    assert [m.name for m in snapshot.modules] == ["Linear1", "Linear2"]
    assert_same_weights(lab, net1)
    changed = {p.name for p in snapshot.parameters if p.changed}
    assert changed == {"Linear1.weight", "Linear2.weight"}


def test_point5_forced_xavier_after_a_lazy_forward_matches_torch() -> None:
    """The lesson's first case: data seen, then re-initialize; the lazy layer counts as Linear."""
    torch.manual_seed(8)
    net = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.Linear(256, 10))
    net(torch.zeros([2, 20]).uniform_(LOW, HIGH))
    net.apply(init_weights_forced)
    torch.manual_seed(8)
    lab = Lab()
    lazy_mlp(lab)
    lab.forward(input_spec([2, 20], low=LOW, high=HIGH))
    lab.initialize("xavier_uniform_", types=["Linear"])
    assert_same_weights(lab, net)


# -- 6. the exercises ----------------------------------------------------------------------------


def test_exercise_a_eager_layer_followed_by_a_lazy_one() -> None:
    torch.manual_seed(6)
    net = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.LazyLinear(10))
    before = shapes_or_lazy(net)
    net(torch.rand(2, 20))
    torch.manual_seed(6)
    lab = Lab()
    lab.add("Linear", linear(20, 256))
    lab.add("ReLU")
    lab.add("LazyLinear", {"out_features": 10})
    snapshot = lab.snapshot
    # Only part of the dimensions given: the eager layer exists at once, the lazy one does not.
    assert [(p.name, p.shape) for p in snapshot.parameters] == before
    assert [m.state for m in snapshot.modules] == ["materialized", "none", "uninitialized"]
    snapshot = lab.forward(input_spec([2, 20]))
    assert snapshot.repr == repr(net)
    assert lab_shapes(snapshot) == shapes(net)
    assert_same_weights(lab, net)


def shapes_or_lazy(net: nn.Module) -> list[tuple[str, tuple[int, ...] | None]]:
    from torch.nn.parameter import is_lazy

    return [(n, None if is_lazy(p) else tuple(p.shape)) for n, p in net.named_parameters()]


@pytest.mark.parametrize("names", [(None, None, None), ("Linear1", "act", "Linear2")])
def test_exercise_b_mismatched_dimensions_fail_at_the_right_layer(names) -> None:
    net = nn.Sequential()
    for index, (name, module) in enumerate(
        zip(names, [nn.Linear(20, 256), nn.ReLU(), nn.Linear(30, 10)], strict=True)
    ):
        net.add_module(name or str(index), module)
    with pytest.raises(RuntimeError) as torch_error:
        net(torch.rand(2, 20))
    lab = Lab()
    lab.add("Linear", linear(20, 256), name=names[0])
    lab.add("ReLU", name=names[1])
    lab.add("Linear", linear(30, 10), name=names[2])
    assert lab.snapshot.repr == repr(net)
    error = refused(lab, lambda: lab.forward(input_spec([2, 20])), SHAPE_MISMATCH)
    failing, producing = list(net._modules)[2], list(net._modules)[0]
    assert error.layer == failing
    assert error.torch_message == str(torch_error.value)
    assert f"layer {failing}" in error.message and f"layer {producing}" in error.message
    assert "30" in error.message and "256" in error.message
    assert "in_features" in error.message and "LazyLinear" in error.message  # the fixes


def test_exercise_b_first_layer_mismatch_names_the_input() -> None:
    net = getnet(20, 10)
    with pytest.raises(RuntimeError) as torch_error:
        net(torch.rand(2, 30))
    lab = Lab()
    seed_mlp(lab)
    error = refused(lab, lambda: lab.forward(input_spec([2, 30])), SHAPE_MISMATCH)
    assert error.layer == "0"
    assert error.torch_message == str(torch_error.value)
    assert "layer 0" in error.message and "input" in error.message


def test_exercise_c_lazy_layer_is_bound_after_its_first_forward() -> None:
    net = nn.Sequential(nn.LazyLinear(256))
    net(torch.rand(2, 20))
    with pytest.raises(RuntimeError) as torch_error:
        net(torch.rand(2, 30))
    assert str(torch_error.value) == "mat1 and mat2 shapes cannot be multiplied (2x30 and 20x256)"
    lab = Lab()
    lab.add("LazyLinear", {"out_features": 256})
    lab.forward(input_spec([2, 20]))
    error = refused(lab, lambda: lab.forward(input_spec([2, 30])), SHAPE_MISMATCH)
    assert error.torch_message == str(torch_error.value)
    assert error.layer == "0"
    assert "20" in error.message and "30" in error.message
    assert lab.snapshot.repr == repr(net)  # still Linear(in_features=20, ...)
    # Reset makes it lazy again, and then width 30 is accepted.
    lab.reset()
    assert lab.snapshot.modules[0].state == "uninitialized"
    assert "in_features=30" in lab.forward(input_spec([2, 30])).repr


def test_exercise_c_tying_shares_one_tensor() -> None:
    shared = nn.Linear(20, 20)
    net = nn.Sequential(nn.Linear(20, 20), nn.ReLU(), shared, nn.ReLU(), shared)
    lab = Lab()
    lab.add("Linear", linear(20, 20))
    lab.add("ReLU")
    lab.add("Linear", linear(20, 20), name="shared")
    lab.add("ReLU")
    lab.add("Linear", linear(20, 20))
    snapshot = lab.tie(4, "shared")
    expected_names = [name for name, _ in net.named_parameters()]
    assert expected_names == ["0.weight", "0.bias", "2.weight", "2.bias"]  # dedup by torch
    assert [p.name for p in snapshot.parameters] == [
        n.replace("2.", "shared.") for n in expected_names
    ]
    assert snapshot.modules[4].tied_to == 2
    modules = list(lab.version.net())
    assert modules[2] is modules[4] and modules[2].weight is modules[4].weight
    lab.initialize("constant_", {"val": 0.5}, layers=[4])
    assert torch.equal(modules_of(lab)[2].weight, torch.full((20, 20), 0.5))


def modules_of(lab: Lab) -> list[nn.Module]:
    return list(lab.version.net())
