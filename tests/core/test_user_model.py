"""A Lab on the user's own module: every answer compared with plain PyTorch, computed here.

Models are d2l's (tests/core/d2l_models.py): NestMLP and FancyMLP inside a Sequential,
rgnet from block2(), a ResNet-style network of Residual blocks with lazy convolutions
and batch norms.
"""

from __future__ import annotations

import pytest
import torch
import torch.nn as nn
from torch.nn.parameter import is_lazy

import core
from core.errors import INVALID_ARGUMENT, SHAPE_MISMATCH, UNINITIALIZED, LabError
from core.io import weights
from core.model.inputs import input_spec
from core.model.snapshot import HALF_LAZY, MATERIALIZED
from core.model.snapshot import UNINITIALIZED as LAZY_STATE
from core.operations import steps as step_ops
from tests.core import d2l_models as d2l

FACTORIES = {
    "chimera": (d2l.chimera, [2, 20]),
    "rgnet": (d2l.rgnet, [2, 4]),
    "resnet": (d2l.resnet, [2, 3, 8, 8]),
}


def fresh(name: str, seed: int = 0):
    """(the lab's copy, the plain PyTorch reference): the same model after the same seed."""
    factory, shape = FACTORIES[name]
    torch.manual_seed(seed)
    reference = factory()
    lab = core.open_model(factory_again(factory, seed))
    return lab, reference, shape


def factory_again(factory, seed):
    torch.manual_seed(seed)
    return factory()


def shapes(module: nn.Module) -> list:
    return [(n, None if is_lazy(p) else tuple(p.shape)) for n, p in module.named_parameters()]


def same_state(lab, reference: nn.Module) -> None:
    ours = lab.version.net().state_dict()
    theirs = reference.state_dict()
    assert list(ours) == list(theirs)
    for key, value in theirs.items():
        if is_lazy(value):
            assert is_lazy(ours[key]), key
        else:
            assert torch.equal(ours[key], value), key


def twin(in_lab, in_pytorch):
    """Run both from the same random state; they must draw the same numbers, as many."""
    state = torch.get_rng_state()
    result = in_lab()
    after_lab = torch.get_rng_state()
    torch.set_rng_state(state)
    in_pytorch()
    assert torch.equal(torch.get_rng_state(), after_lab)
    return result


def call_order(module: nn.Module, x: torch.Tensor) -> list[tuple[str, tuple]]:
    """(dotted name, output shape) of every submodule call, in call order, by our own hooks."""
    names = {}
    for name, sub in list(module.named_modules())[1:]:
        names.setdefault(id(sub), name)
    calls, stack = [], []

    def pre(sub, args):
        stack.append(len(calls))
        calls.append([names[id(sub)], None])

    def post(sub, args, output):
        calls[stack.pop()][1] = tuple(output.shape)

    handles = [m.register_forward_pre_hook(pre) for _, m in list(module.named_modules())[1:]]
    handles += [m.register_forward_hook(post) for _, m in list(module.named_modules())[1:]]
    with torch.no_grad():
        module(x)
    for handle in handles:
        handle.remove()
    return [tuple(c) for c in calls]


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_open_shows_print_net_modules_and_parameters_as_pytorch(name):
    lab, reference, _ = fresh(name)
    snapshot = lab.snapshot
    assert snapshot.repr == repr(reference)
    assert [m.name for m in snapshot.modules] == [n for n, _ in reference.named_modules()][1:]
    assert [(p.name, p.shape) for p in snapshot.parameters] == shapes(reference)
    assert [m.type for m in snapshot.modules] == [
        type(m).__name__ for _, m in list(reference.named_modules())[1:]]


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_forward_materializes_and_traces_every_call_in_call_order(name):
    lab, reference, shape = fresh(name)
    torch.manual_seed(7)
    snapshot = lab.forward(input_spec(shape))
    torch.manual_seed(7)
    x = torch.rand(shape)
    expected_calls = call_order(reference, x)
    assert [(t.name, t.output_shape) for t in snapshot.trace] == expected_calls
    assert snapshot.repr == repr(reference)
    assert [(p.name, p.shape) for p in snapshot.parameters] == shapes(reference)
    same_state(lab, reference)  # values, and batch norm's running statistics
    assert all(m.state != LAZY_STATE for m in snapshot.modules)


def test_fancy_mlp_calls_its_shared_linear_twice_and_the_trace_says_so():
    lab, reference, shape = fresh("chimera")
    snapshot = lab.forward(input_spec(shape))
    names = [t.name for t in snapshot.trace]
    assert names.count("2.linear") == 2
    assert names.index("0") < names.index("0.net") < names.index("0.net.0")


def test_init_by_type_by_path_and_all_draw_what_pytorch_draws():
    lab, reference, shape = fresh("resnet")
    x = torch.rand(shape)
    twin(lambda: lab.forward(input_spec(shape, seed=1)),
         lambda: reference(torch.rand(shape, generator=torch.Generator().manual_seed(1))))
    same_state(lab, reference)

    visits = []

    def by_type(m):
        visits.append(type(m).__name__)
        if type(m) is nn.Conv2d:
            nn.init.kaiming_normal_(m.weight)

    snapshot = twin(lambda: lab.initialize("kaiming_normal_", types=["Conv2d"]),
                    lambda: reference.apply(by_type))
    same_state(lab, reference)
    assert list(snapshot.visits) == visits  # children depth-first, then the container
    assert snapshot.visit_lines[-1] == f"Init {reference}"

    def path_and_type():
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(5)
            reference[2].apply(
                lambda m: type(m) is nn.Conv2d and nn.init.xavier_uniform_(m.weight))

    snapshot = twin(lambda: lab.initialize("xavier_uniform_", layers=["2"], types=["Conv2d"],
                                           seed=5), path_and_type)
    same_state(lab, reference)
    changed = {p.name for p in snapshot.parameters if p.changed}
    assert changed == {"2.conv1.weight", "2.conv2.weight", "2.conv3.weight"}

    def everything(m):
        for p in m.parameters(recurse=False):
            nn.init.normal_(p, 0.0, 0.5)

    twin(lambda: lab.initialize("normal_", {"mean": 0.0, "std": 0.5}, params="all"),
         lambda: reference.apply(everything))
    same_state(lab, reference)

    twin(lambda: lab.initialize("default", types=["BatchNorm2d"], params="all"),
         lambda: reference.apply(lambda m: type(m) is nn.BatchNorm2d and m.reset_parameters()))
    same_state(lab, reference)
    with torch.no_grad():
        assert torch.equal(lab.version.net().eval()(x), reference.eval()(x))


def test_a_lazy_target_is_refused_and_unknown_paths_and_types_are_explained():
    lab, _, _ = fresh("rgnet")
    before = lab.snapshot
    with pytest.raises(LabError) as error:
        lab.initialize("xavier_uniform_", layers=["0.block 1"])
    assert error.value.kind == UNINITIALIZED and "0.block 1.0" in error.value.message
    with pytest.raises(LabError, match="no module 'nope'"):
        lab.initialize("xavier_uniform_", layers=["nope"])
    with pytest.raises(LabError, match="no module of type 'Conv2d'"):
        lab.initialize("xavier_uniform_", types=["Conv2d"])
    assert lab.snapshot is before


def test_a_failed_forward_through_a_residual_block_changes_nothing():
    torch.manual_seed(0)
    lab = core.open_model(nn.Sequential(d2l.Residual(6)))  # Y += X needs 6 input channels
    before, rng = lab.snapshot, torch.get_rng_state()
    with pytest.raises(LabError) as error:
        lab.forward(input_spec([2, 3, 8, 8]))
    assert error.value.layer == "0" and "module 0 (Residual)" in error.value.message
    assert error.value.kind == SHAPE_MISMATCH
    assert lab.snapshot is before and torch.equal(torch.get_rng_state(), rng)
    assert all(is_lazy(p) for p in lab.version.net().parameters())  # nothing half-materialized
    reference = nn.Sequential(d2l.Residual(6))
    with pytest.raises(RuntimeError) as plain:  # PyTorch itself fails the same way
        reference(torch.rand(2, 3, 8, 8))
    assert str(plain.value).split("\n")[0] in error.value.torch_message
    root = core.open_model(d2l.Residual(6))  # the sum is in the model's own forward
    with pytest.raises(LabError, match="outside its submodules"):
        root.forward(input_spec([2, 3, 8, 8]))


def test_a_failure_inside_a_module_names_it():
    lab, _, _ = fresh("rgnet")
    lab.forward(input_spec([2, 4]))
    with pytest.raises(LabError) as error:
        lab.forward(input_spec([2, 5]))
    assert error.value.layer == "0.block 0.0"
    assert "(2, 5)" in error.value.message


@pytest.mark.parametrize("op", ["add", "remove", "move", "edit", "tie", "clear", "reset",
                                "build"])
def test_structural_steps_are_refused_with_a_clear_error(op):
    lab, _, _ = fresh("chimera")
    step = {"add": {"op": "add", "layer": "ReLU"}, "remove": {"op": "remove", "at": 0},
            "move": {"op": "move", "at": 0, "to": 1}, "edit": {"op": "edit", "at": 1, "args": {}},
            "tie": {"op": "tie", "at": 1, "to": 0}, "clear": {"op": "clear"},
            "reset": {"op": "reset"}, "build": {"op": "build", "layers": []}}[op]
    before = lab.snapshot
    with pytest.raises(LabError) as error:
        step_ops.perform(lab, step)
    assert error.value.kind == INVALID_ARGUMENT
    assert "your own model (Sequential)" in error.value.message
    assert lab.snapshot is before


def test_undo_redo_and_history_histograms():
    lab, reference, shape = fresh("rgnet")
    opened = lab.snapshot
    forwarded = lab.forward(input_spec(shape))
    initialized = lab.initialize("xavier_uniform_", types=["Linear"])
    assert lab.undo() is forwarded and lab.undo() is opened
    assert all(is_lazy(p) for p in lab.version.net().parameters())
    assert lab.redo() is forwarded and lab.redo() is initialized
    weight = dict(lab.version.net().named_parameters())["0.block 2.0.weight"]
    histogram = lab.parameter_histogram(forwarded, "0.block 2.0.weight", 10)
    assert histogram.counts.sum() == weight.numel()


def test_weights_save_and_load_into_a_fresh_lazy_copy(tmp_path):
    lab, reference, shape = fresh("resnet")
    lab.forward(input_spec(shape))
    lab.initialize("kaiming_uniform_", types=["Conv2d", "Linear"])
    weights.save(lab.state_dict(), tmp_path / "w.pt")
    other, _, _ = fresh("resnet", seed=9)
    snapshot = other.load_state_dict(weights.read(tmp_path / "w.pt", other.limit()))
    assert {m.name: m.state for m in snapshot.modules}["0"] == HALF_LAZY
    assert other.state_dict().keys() == lab.state_dict().keys()
    for key, value in lab.state_dict().items():
        assert torch.equal(other.state_dict()[key], value)
    after = other.forward(input_spec(shape))
    assert {m.name: m.state for m in after.modules}["0"] == MATERIALIZED


def test_compare_and_depth_work_and_leave_the_model_unchanged():
    lab, _, shape = fresh("resnet")
    lab.forward(input_spec(shape))
    before = lab.snapshot
    compare = step_ops.analysis_record(lab, {"op": "compare", "inits": ["default",
                                                                        "xavier_uniform_"],
                                             "types": ["Conv2d"]})
    assert compare["network_unchanged"] and lab.snapshot is before
    depth = step_ops.analysis_record(lab, {"op": "depth", "inits": ["default"],
                                           "shape": [4, 3, 8, 8]})
    assert depth["network_unchanged"] and lab.snapshot is before
    leaves = [n for n, m in lab.version.net().named_modules()
              if n and next(m.children(), None) is None]
    names = [layer["name"] for layer in depth["curves"][0]["layers"]]
    assert set(names) == set(leaves)  # every leaf, at each of its calls
    assert names[:3] == ["0", "1.conv1", "1.bn1"]


def test_open_model_copies_the_module_and_runs_the_example_input():
    torch.manual_seed(0)
    net = d2l.rgnet()
    lab = core.open_model(net, example_input=torch.ones(3, 4))
    assert all(is_lazy(p) for p in net.parameters())  # the caller's module is untouched
    assert lab.snapshot.input_shape == (3, 4)
    assert [p.shape for p in lab.snapshot.parameters][:2] == [(8, 4), (8,)]
    with pytest.raises(LabError, match="must be a tensor"):
        core.open_model(net, example_input=[1, 2])
    with pytest.raises(LabError, match="needs an nn.Module"):
        core.open_model(42)


def test_a_model_too_large_to_copy_is_refused_before_copying():
    net = nn.Sequential(nn.Sequential(nn.Linear(100, 100)))
    with pytest.raises(LabError) as error:
        core.open_model(net, memory_limit=1000)
    assert error.value.kind == "too_large" and "A copy of your model" in error.value.message
