"""Networks built with blocks (Sequential, Residual, Concat) are PyTorch's own nested
networks: print(net), names, shapes, seeded values, the trace and net.apply's order equal
plain PyTorch computed here, and every edit inside a block is atomic and undoable."""

from __future__ import annotations

import copy

import pytest
import torch
from torch import nn

from core.errors import LabError
from core.export import codegen
from core.model import templates
from core.model.block_layers import Concat, Residual
from core.model.inputs import InputSpec
from core.model.lab import Lab
from core.model.network_json import from_json
from core.operations import steps as step_ops
from core.session import Session
from tests.core import d2l_models as d2l
from tests.core.test_codegen import assert_same_weights, execute

CONV = {"kernel_size": 3, "padding": 1}


def perform(lab: Lab, *steps: dict) -> None:
    for step in steps:
        step_ops.perform(lab, step)


def rgnet_lab() -> Lab:
    """d2l's rgnet built click by click: block2() of four named block1() and a LazyLinear."""
    lab = Lab()
    perform(lab, {"op": "add", "layer": "Sequential"})
    for i in range(4):
        perform(lab, {"op": "add", "layer": "Sequential", "into": 0, "name": f"block {i}"})
        for layer, args in (("LazyLinear", {"out_features": 8}), ("ReLU", {}),
                            ("LazyLinear", {"out_features": 4}), ("ReLU", {})):
            perform(lab, {"op": "add", "layer": layer, "args": args,
                          "into": f"0.block {i}"})
    perform(lab, {"op": "add", "layer": "LazyLinear", "args": {"out_features": 1}})
    return lab


def test_rgnet_built_in_the_lab_is_d2l_rgnet() -> None:
    torch.manual_seed(0)
    lab = rgnet_lab()
    lab.forward(InputSpec((2, 4)))
    reference = d2l.rgnet()
    assert lab.snapshot.modules[0].repr.startswith("Sequential(")
    reference(torch.rand(2, 4))
    assert lab.snapshot.repr == repr(reference)
    assert [(p.name, p.shape) for p in lab.snapshot.parameters] == [
        (name, tuple(p.shape)) for name, p in reference.named_parameters()]
    assert [m.name for m in lab.snapshot.modules] == [
        name for name, _ in reference.named_modules()][1:]


def test_init_on_a_block_visits_as_net_apply_and_draws_as_pytorch() -> None:
    lab = rgnet_lab()
    lab.forward(InputSpec((2, 4)))
    reference = copy.deepcopy(lab.version.net())  # the same weights, before the init
    snapshot = lab.initialize("normal_", {"std": 0.01}, layers=["0.block 1"], seed=7)
    inside = {id(m) for m in reference[0][1].modules()}
    order = []

    def visit(m: nn.Module) -> None:
        order.append(type(m).__name__)
        if id(m) in inside and isinstance(m, nn.Linear):
            nn.init.normal_(m.weight, std=0.01)

    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(7)
        reference.apply(visit)
    assert snapshot.visits == tuple(order)
    for ours, theirs in zip(lab.version.net().parameters(), reference.parameters(),
                            strict=True):
        assert torch.equal(ours, theirs)
    changed = {p.name for p in snapshot.parameters if p.changed}
    assert changed == {"0.block 1.0.weight", "0.block 1.2.weight"}


def residual_lab(shortcut: int | None, stride: int) -> Lab:
    """d2l's Residual: conv, bn, relu, conv, bn in the body, an optional 1×1 shortcut."""
    lab = Lab()
    args = {"shortcut_channels": shortcut, "stride": stride}
    perform(lab, {"op": "add", "layer": "Residual", "args": args})
    body = [("LazyConv2d", {"out_channels": 6, **CONV, "stride": stride}),
            ("LazyBatchNorm2d", {}), ("ReLU", {}),
            ("LazyConv2d", {"out_channels": 6, **CONV}), ("LazyBatchNorm2d", {})]
    for layer, layer_args in body:
        perform(lab, {"op": "add", "layer": layer, "args": layer_args, "into": "0"})
    return lab


@pytest.mark.parametrize(("shortcut", "stride", "channels"), [(None, 1, 6), (6, 2, 3)])
def test_residual_block_computes_d2l_residual(shortcut, stride, channels) -> None:
    lab = residual_lab(shortcut, stride)
    torch.manual_seed(3)
    lab.forward(InputSpec((2, channels, 8, 8)))
    ours = lab.version.net()[0]
    theirs = d2l.Residual(6, use_1x1conv=shortcut is not None, strides=stride)
    x = torch.randn(2, channels, 8, 8)
    theirs(x)
    names = {"conv1": "body.0", "bn1": "body.1", "conv2": "body.3", "bn2": "body.4",
             "conv3": "shortcut"}
    theirs.load_state_dict({key: ours.state_dict()[names[key.split(".")[0]] + "."
                                                   + key.split(".", 1)[1]]
                            for key in theirs.state_dict()})
    ours.eval(), theirs.eval()
    with torch.no_grad():
        assert torch.equal(ours(x), theirs(x))
    trace = [t.name for t in lab.snapshot.trace]
    assert trace[:2] == ["0", "0.body"] and trace[-1] == ("0.shortcut" if shortcut else "0.body.4")


def test_a_failed_forward_in_a_block_leaves_nothing_half_materialized() -> None:
    lab = residual_lab(None, 1)  # the body makes 6 channels; the input has 3: x + body(x) fails
    before = lab.snapshot
    with pytest.raises(LabError) as error:
        lab.forward(InputSpec((2, 3, 8, 8)))
    assert "0" in error.value.message and "3" in error.value.message
    assert lab.snapshot is before
    assert all(not p.materialized for p in lab.snapshot.parameters)
    assert isinstance(lab.version.net()[0].body[0], nn.LazyConv2d)


def test_concat_joins_branches_along_channels() -> None:
    lab = Lab()
    perform(lab, {"op": "add", "layer": "Concat"},
            {"op": "add", "layer": "Sequential", "into": "0"},
            {"op": "add", "layer": "LazyConv2d", "args": {"out_channels": 4, "kernel_size": 1},
             "into": "0.0"},
            {"op": "add", "layer": "LazyConv2d", "args": {"out_channels": 2, **CONV},
             "into": "0"})
    snapshot = lab.forward(InputSpec((1, 3, 5, 5)))
    assert [t.output_shape for t in snapshot.trace if t.name == "0"] == [(1, 6, 5, 5)]
    reference = Concat(nn.Sequential(nn.LazyConv2d(4, 1)), nn.LazyConv2d(2, 3, padding=1))
    reference(torch.rand(1, 3, 5, 5))
    assert snapshot.repr == repr(nn.Sequential(reference))


def test_adding_into_a_block_keeps_the_weights_of_the_layers_beside_it() -> None:
    lab = rgnet_lab()
    lab.forward(InputSpec((2, 4)))
    weight = lab.version.net()[0][2][0].weight
    perform(lab, {"op": "add", "layer": "Tanh", "into": "0.block 2", "at": 1})
    net = lab.version.net()
    assert net[0][2][0].weight is weight and isinstance(net[0][2][1], nn.Tanh)
    assert net[1] is not None and type(net[0][2][2]).__name__ == "ReLU"
    lab.undo()
    assert [type(m).__name__ for m in lab.version.net()[0][2]] == [
        "Linear", "ReLU", "Linear", "ReLU"]


def test_exported_script_rebuilds_the_nested_network_with_the_same_weights(tmp_path) -> None:
    torch.manual_seed(0)
    lab = Lab()
    perform(lab,
            {"op": "add", "layer": "Linear", "args": {"in_features": 4, "out_features": 8}},
            {"op": "add", "layer": "Sequential", "name": "features"},
            {"op": "add", "layer": "Linear", "args": {"in_features": 8, "out_features": 8},
             "into": "features"},
            {"op": "add", "layer": "ReLU", "into": "features"},
            {"op": "forward", "shape": [2, 4]},
            {"op": "add", "layer": "Linear", "args": {"in_features": 8, "out_features": 3},
             "into": "features", "at": 0},
            {"op": "add", "layer": "Concat"},
            {"op": "add", "layer": "LazyLinear", "args": {"out_features": 2}, "into": "2"},
            {"op": "add", "layer": "LazyLinear", "args": {"out_features": 5}, "into": "2"},
            {"op": "remove", "at": "features.0"},
            {"op": "duplicate", "at": "features"},
            {"op": "edit", "at": "2.0", "args": {"out_features": 8}},
            {"op": "move", "at": "2.1", "to": 0},
            {"op": "rename", "at": "features.1", "name": "act"},
            {"op": "forward", "shape": [2, 4]},
            {"op": "init", "init": "xavier_uniform_", "layers": ["2"], "seed": 1})
    source = codegen.export_lab(lab, 0)
    assert "class Concat(nn.Sequential)" in source
    stdout, namespace = execute(source, tmp_path)
    assert repr(namespace["net"]) == lab.snapshot.repr
    assert_same_weights(lab, namespace["net"])


def test_a_network_with_blocks_round_trips_through_its_json() -> None:
    lab = rgnet_lab()
    perform(lab, {"op": "add", "layer": "Residual", "args": {"shortcut_channels": 3}})
    perform(lab, {"op": "add", "layer": "ReLU", "into": "2"})
    layers = lab.network.to_json()
    assert layers[0]["layers"][1]["name"] == "block 1"
    rebuilt = Lab()
    perform(rebuilt, {"op": "build", "layers": layers})
    assert rebuilt.snapshot.repr == lab.snapshot.repr
    assert rebuilt.network.to_json() == layers


@pytest.mark.parametrize(("steps", "words"), [
    ([{"op": "add", "layer": "ReLU"}, {"op": "add", "layer": "ReLU", "into": 0}],
     "not a block"),
    ([{"op": "add", "layer": "Sequential"}, {"op": "add", "layer": "ReLU", "into": "0.3"}],
     "no layer '0.3'"),
    ([{"op": "add", "layer": "Sequential"}, {"op": "edit", "at": 0, "args": {},
                                             "layer": "ReLU"}], "only into another block"),
    ([{"op": "add", "layer": "ReLU"}, {"op": "add", "layer": "ReLU"},
      {"op": "tie", "at": 1, "to": 0}, {"op": "add", "layer": "Sequential"}], "tied"),
    ([{"op": "add", "layer": "Residual", "args": {"stride": 0}}], "stride must be"),
])
def test_bad_block_steps_are_refused_and_change_nothing(steps, words) -> None:
    lab = Lab()
    perform(lab, *steps[:-1])
    before = lab.snapshot
    with pytest.raises(LabError) as error:
        perform(lab, steps[-1])
    assert words in error.value.message
    assert lab.snapshot is before


def test_blocks_nest_at_most_eight_deep() -> None:
    lab = Lab()
    perform(lab, {"op": "add", "layer": "Sequential"})
    into = "0"
    for _ in range(7):
        perform(lab, {"op": "add", "layer": "Sequential", "into": into})
        into += ".0"
    with pytest.raises(LabError, match="at most 8 deep"):
        perform(lab, {"op": "add", "layer": "Sequential", "into": into})
    perform(lab, {"op": "add", "layer": "ReLU", "into": into})
    assert lab.snapshot.modules[-1].name == into + ".0"


def test_a_bad_block_in_a_build_names_its_place() -> None:
    with pytest.raises(LabError, match=r"layers\[0\]\.layers\[1\]"):
        from_json([{"layer": "Sequential", "layers": [{"layer": "ReLU"}, {"args": {}}]}])
    with pytest.raises(LabError, match="holds no layers"):
        from_json([{"layer": "ReLU", "layers": []}])


def test_residual_class_is_d2l_arithmetic() -> None:
    body = nn.Linear(3, 3)
    block = Residual(body)
    x = torch.randn(2, 3)
    assert torch.equal(block(x), torch.relu(body(x) + x))


def test_the_block_templates_are_d2l_networks() -> None:
    lab = Lab()
    perform(lab, templates.build_step("rgnet_blocks"))
    lab.forward(InputSpec((2, 4)))
    reference = d2l.rgnet()
    reference(torch.rand(2, 4))
    assert lab.snapshot.repr == repr(reference)

    def residual(channels: int, stride: int = 1, shortcut: bool = False) -> Residual:
        return Residual(nn.LazyConv2d(channels, 3, padding=1, stride=stride),
                        nn.LazyBatchNorm2d(), nn.ReLU(), nn.LazyConv2d(channels, 3, padding=1),
                        nn.LazyBatchNorm2d(), shortcut=nn.LazyConv2d(
                            channels, kernel_size=1, stride=stride) if shortcut else None)

    resnet = nn.Sequential(nn.LazyConv2d(8, 3, padding=1), nn.LazyBatchNorm2d(), nn.ReLU(),
                           residual(8), residual(16, 2, True), nn.AdaptiveAvgPool2d(1),
                           nn.Flatten(), nn.LazyLinear(10))
    lab = Lab()
    perform(lab, templates.build_step("resnet_blocks"))
    assert lab.snapshot.repr == repr(resnet)
    lab.forward(InputSpec((2, 1, 28, 28)))
    resnet(torch.rand(2, 1, 28, 28))
    assert [(p.name, p.shape) for p in lab.snapshot.parameters] == [
        (name, tuple(p.shape)) for name, p in resnet.named_parameters()]


def test_compare_depth_and_train_work_on_a_network_with_blocks() -> None:
    session = Session()
    session.submit(templates.build_step("rgnet_blocks"))
    session.submit({"op": "forward", "shape": [2, 4]})
    before = session.snapshot
    inits = ["xavier_uniform_", "kaiming_normal_"]
    session.submit({"op": "compare", "inits": inits, "types": ["Linear"]})
    compared = session.analysis("compare").result
    assert compared.errors == (None, None)
    session.submit({"op": "depth", "inits": inits, "shape": [16, 4]})
    curves = session.analysis("depth").result.curves
    linears = [n for n, m in session.lab.version.net().named_modules()
               if isinstance(m, nn.Linear)]
    measured = [s.name for s in curves[0].layers if s.type == "Linear"]
    assert measured == linears  # every Linear inside the blocks, in call order
    session.submit({"op": "train", "inits": inits, "task": "teacher", "steps": 3,
                    "types": ["Linear"]})
    trained = session.analysis("train").result
    assert all(len(c.curves.loss) == 3 and c.error is None for c in trained.candidates)
    assert session.snapshot is before  # analyses change nothing


def test_init_may_name_a_residual_shortcut_or_body() -> None:
    lab = residual_lab(6, 2)
    lab.forward(InputSpec((2, 3, 8, 8)))
    snapshot = lab.initialize("zeros_", layers=["0.shortcut"])
    assert {p.name for p in snapshot.parameters if p.changed} == {"0.shortcut.weight"}
    snapshot = lab.initialize("ones_", layers=["0.body"], params="bias")
    assert {p.name for p in snapshot.parameters if p.changed} == {
        "0.body.0.bias", "0.body.1.bias", "0.body.3.bias", "0.body.4.bias"}


def test_exported_init_on_a_shortcut_and_a_named_block_gives_the_same_weights(tmp_path) -> None:
    torch.manual_seed(0)
    lab = residual_lab(6, 2)
    perform(lab, {"op": "add", "layer": "Sequential", "name": "head"},
            {"op": "add", "layer": "Flatten", "into": "head"},
            {"op": "add", "layer": "LazyLinear", "args": {"out_features": 3}, "into": "head"},
            {"op": "forward", "shape": [2, 3, 8, 8]},
            {"op": "init", "init": "kaiming_normal_", "layers": ["0.shortcut", "head"],
             "seed": 4})
    source = codegen.export_lab(lab, 0)
    assert "net.get_submodule(" in source
    _, namespace = execute(source, tmp_path)
    assert_same_weights(lab, namespace["net"])
