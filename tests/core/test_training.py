"""The train step against a plain PyTorch loop written here: bit-identical curves.

Each reference builds the network with torch itself, initializes it with torch.nn.init,
draws the batches with torch.randperm and trains with torch.optim; the lab's losses,
accuracies, gradient norms, update ratios and histograms must equal what it measures.
"""

from __future__ import annotations

import copy
import math

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F

from core.cancel import Cancelled, Monitor
from core.errors import RUNTIME, SHAPE_MISMATCH, LabError
from core.model.inputs import input_spec
from core.model.lab import Lab
from core.operations import steps
from core.training import plain, tasks

MLP = [
    {"layer": "Linear", "args": {"in_features": 2, "out_features": 16}},
    {"layer": "Tanh"},
    {"layer": "Linear", "args": {"in_features": 16, "out_features": 16}},
    {"layer": "ReLU"},
    {"layer": "Linear", "args": {"in_features": 16, "out_features": 2}},
]


def torch_mlp(lazy: bool = False) -> nn.Sequential:
    torch.manual_seed(0)
    first = nn.LazyLinear(16) if lazy else nn.Linear(2, 16)
    return nn.Sequential(first, nn.Tanh(), nn.Linear(16, 16), nn.ReLU(), nn.Linear(16, 2))


def lab_of(layers, seed: int = 0) -> Lab:
    lab = Lab()
    steps.perform(lab, {"op": "build", "layers": layers, "seed": seed})
    return lab


def batches(size: int, batch: int, count: int, seed: int):
    """Epochs of torch.randperm from the order's own generator, cut into full batches."""
    generator = torch.Generator().manual_seed(seed ^ plain.ORDER_STREAM)
    order, position = torch.randperm(size, generator=generator), 0
    for _ in range(count):
        if position + batch > size:
            order, position = torch.randperm(size, generator=generator), 0
        yield order[position:position + batch]
        position += batch


def reference(net, init, x, y, *, seed=0, count=30, batch=16, optimizer="sgd", lr=0.1,
              momentum=0.9, lazy_shape=None):
    """The plain loop: copy, (materialize,) initialize with the seed, train. Returns the
    losses, accuracies, first step's gradient norms and update ratios, and the model."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = copy.deepcopy(net)
        if lazy_shape is not None:
            model.eval()
            with torch.no_grad():
                model(torch.zeros(batch, *lazy_shape))
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(seed)
            for module in model.modules():  # children before parents: one Sequential level
                if not isinstance(module, nn.Linear):
                    continue
                if init == "default":  # the layer's own default, for the weight only
                    bias = module.bias.detach().clone()
                    module.reset_parameters()
                    with torch.no_grad():
                        module.bias.copy_(bias)
                else:
                    getattr(nn.init, init)(module.weight)
        initial = {n: p.detach().clone() for n, p in model.named_parameters()}
        torch.manual_seed(seed)
        model.train()
        if optimizer == "sgd":
            opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum)
        else:
            opt = torch.optim.Adam(model.parameters(), lr=lr, betas=(momentum, 0.999))
        losses, accuracies, first_norms, first_ratios = [], [], {}, {}
        for step, index in enumerate(batches(len(x), batch, count, seed)):
            opt.zero_grad()
            out = model(x[index])
            loss = F.cross_entropy(out, y[index])
            loss.backward()
            losses.append(loss.item())
            accuracies.append((out.argmax(1) == y[index]).sum().item() / batch)
            if step == 0:
                first_norms = {n: p.grad.norm().item() for n, p in model.named_parameters()}
                before = {n: p.detach().clone() for n, p in model.named_parameters()}
            opt.step()
            if step == 0:
                first_ratios = {n: ((p.detach() - before[n]).norm() / before[n].norm()).item()
                                for n, p in model.named_parameters()}
    return losses, accuracies, first_norms, first_ratios, model, initial


def train_record(lab, **fields):
    return steps.analysis_record(lab, {"op": "train", **fields})


@pytest.mark.parametrize("optimizer,lr", [("sgd", 0.1), ("adam", 0.01)])
def test_losses_equal_a_plain_pytorch_loop_bit_for_bit(optimizer, lr):
    lab = lab_of(MLP)
    net = torch_mlp()
    assert all(torch.equal(a, b) for a, b in zip(
        net.state_dict().values(), lab.state_dict().values(), strict=True))
    x, y = plain.spirals_data(0)
    record = train_record(lab, inits=["xavier_uniform_", "kaiming_normal_"], steps=30,
                          batch=16, optimizer=optimizer, lr=lr, momentum=0.8)
    for candidate, init in zip(record["candidates"], ["xavier_uniform_", "kaiming_normal_"],
                               strict=True):
        losses, accuracies, norms, ratios, model, _ = reference(
            net, init, x, y, optimizer=optimizer, lr=lr, momentum=0.8)
        assert candidate["loss"] == losses
        assert candidate["accuracy"] == accuracies
        assert not candidate["diverged"] and candidate["error"] is None
        for layer in candidate["layers"]:
            assert layer["grad_norm"][0] == pytest.approx(norms[layer["parameter"]], rel=1e-6)
            assert layer["update_ratio"][0] == pytest.approx(ratios[layer["parameter"]],
                                                             rel=1e-5)
        final = dict(model.named_parameters())
        for histogram in candidate["histograms"]:
            edges = histogram["edges"]
            counts = torch.histc(final[histogram["parameter"]].detach(), len(edges) - 1,
                                 edges[0], edges[-1])
            assert histogram["after"] == counts.long().tolist()
            rows = final[histogram["parameter"]].detach()
            assert histogram["units"] == rows.shape[0]
            assert histogram["distinct_units_after"] == len({tuple(r.reshape(-1).tolist())
                                                             for r in rows})
    assert record["network_unchanged"]


def test_a_lazy_network_is_materialized_with_the_tasks_shape_before_initializing():
    layers = [{"layer": "LazyLinear", "args": {"out_features": 16}}, *MLP[1:]]
    lab = lab_of(layers)
    x, y = plain.spirals_data(3)
    record = train_record(lab, inits=["default", "xavier_normal_"], steps=20, batch=16, seed=3)
    for candidate, init in zip(record["candidates"], ["default", "xavier_normal_"], strict=True):
        losses, _, _, _, _, initial = reference(torch_mlp(lazy=True), init, x, y, seed=3,
                                                count=20, lazy_shape=(2,))
        assert candidate["loss"] == losses
        before = {h["parameter"]: h for h in candidate["histograms"]}
        edges = before["0.weight"]["edges"]
        counts = torch.histc(initial["0.weight"], len(edges) - 1, edges[0], edges[-1])
        assert before["0.weight"]["before"] == counts.long().tolist()
    assert lab.snapshot.parameters[0].materialized is False  # the working network stays lazy


def test_the_working_network_history_and_random_stream_are_untouched():
    lab = lab_of(MLP)
    lab.forward(input_spec([4, 2]))
    snapshot, state = lab.snapshot, {k: v.clone() for k, v in lab.state_dict().items()}
    undo = len(lab.history.undo)
    rng = torch.get_rng_state()
    record = train_record(lab, inits=["orthogonal_"], steps=10, batch=8)
    assert record["network_unchanged"] and lab.snapshot is snapshot
    assert all(torch.equal(v, lab.state_dict()[k]) for k, v in state.items())
    assert len(lab.history.undo) == undo
    assert torch.equal(torch.get_rng_state(), rng)


def test_the_same_seed_gives_the_same_curves_and_another_seed_others():
    lab = lab_of(MLP)
    first = train_record(lab, inits=["xavier_uniform_"], steps=15, batch=16, seed=5)
    again = train_record(lab, inits=["xavier_uniform_"], steps=15, batch=16, seed=5)
    other = train_record(lab, inits=["xavier_uniform_"], steps=15, batch=16, seed=6)
    assert first["candidates"] == again["candidates"]
    assert first["candidates"][0]["loss"] != other["candidates"][0]["loss"]


def test_an_output_of_the_wrong_width_says_which_width_the_task_needs():
    lab = lab_of([*MLP[:-1], {"layer": "Linear", "args": {"in_features": 16, "out_features": 3}}])
    with pytest.raises(LabError) as caught:
        train_record(lab, task="checkerboard", steps=5)
    assert caught.value.kind == SHAPE_MISMATCH
    assert "width 2" in caught.value.message and "out_features 2" in caught.value.message


def test_inputs_the_network_does_not_take_are_explained():
    lab = lab_of([{"layer": "Linear", "args": {"in_features": 20, "out_features": 2}}])
    with pytest.raises(LabError) as caught:
        train_record(lab, task="spirals", steps=5, batch=8)
    assert "spirals task gives inputs of shape [8, 2]" in caught.value.message
    assert caught.value.torch_message  # PyTorch's own words kept


@pytest.mark.parametrize("field,value", [("lr", 0), ("lr", 2e6), ("steps", 0),
                                         ("batch", 5000), ("optimizer", "rmsprop"),
                                         ("momentum", 1.0), ("task", "mnist"),
                                         ("task", {"csv": "x"})])
def test_bad_settings_are_refused_with_an_explanation(field, value):
    lab = lab_of(MLP)
    with pytest.raises(LabError) as caught:
        train_record(lab, **{field: value})
    assert field in caught.value.message or str(value) in caught.value.message


def test_a_diverging_candidate_is_marked_and_the_others_finish():
    lab = lab_of(MLP)
    huge = {"init": "constant_", "args": {"val": 1e30}}
    record = train_record(lab, inits=[huge, "xavier_uniform_"], steps=12, batch=16)
    bad, good = record["candidates"]
    assert bad["diverged"] and bad["diverged_at"] == 0
    assert bad["loss"][0] in ("NaN", "Infinity") or not math.isfinite(bad["loss"][0])
    assert bad["error"]["kind"] == RUNTIME and "Diverged" in bad["error"]["message"]
    assert not good["diverged"] and len(good["loss"]) == 12


def test_a_huge_learning_rate_diverges_every_candidate_without_a_crash():
    lab = lab_of(MLP)
    record = train_record(lab, inits=["default", "xavier_uniform_"], lr=1e6, steps=50)
    assert all(c["diverged"] and "smaller learning rate" in c["error"]["message"]
               for c in record["candidates"])
    assert record["network_unchanged"]


def test_cancel_stops_training_and_changes_nothing():
    lab = lab_of(MLP)
    snapshot, rng = lab.snapshot, torch.get_rng_state()
    monitor = Monitor()

    def progress(done, total, label):
        if done > 0:
            monitor.cancel()

    with lab.monitored(monitor), pytest.raises(Cancelled):
        steps.analyze(lab, {"op": "train", "steps": 10_000, "batch": 8}, progress)
    assert lab.snapshot is snapshot and torch.equal(torch.get_rng_state(), rng)


def test_spirals_record_a_decision_boundary_of_the_trained_model():
    lab = lab_of(MLP)
    x, y = plain.spirals_data(0)
    record = train_record(lab, inits=["xavier_uniform_"], steps=10, batch=16)
    *_, model, _ = reference(torch_mlp(), "xavier_uniform_", x, y, count=10)
    boundary = record["candidates"][0]["boundary"]
    (x0, x1), (y0, y1), size = boundary["x_range"], boundary["y_range"], boundary["size"]
    column, row = 5, 40
    point = torch.tensor([[torch.linspace(x0, x1, size)[column].item(),
                           torch.linspace(y0, y1, size)[row].item()]])
    with torch.no_grad():
        model.eval()
        expected = torch.softmax(model(point), dim=1)[0, 1].item()
    assert boundary["probability"][row][column] == pytest.approx(expected, abs=1e-6)
    assert len(record["task"]["points"]) == len(x)


def test_the_digits_are_the_uci_file_and_fit_a_flattening_network():
    import gzip

    import numpy as np

    with gzip.open(tasks.DIGITS_FILE, "rt") as handle:
        table = np.loadtxt(handle, delimiter=",")
    task = tasks.make("digits", Lab(), 0)
    assert task.x.shape == (1797, 1, 8, 8) and task.classes == 10
    assert torch.equal(task.y, torch.from_numpy(table[:, 64]).long())
    assert torch.equal(task.x.reshape(1797, 64) * 16, torch.from_numpy(table[:, :64]).float())
    lab = lab_of([{"layer": "Flatten"}, {"layer": "LazyLinear", "args": {"out_features": 10}}])
    record = train_record(lab, task="digits", inits=["default"], steps=30, batch=32, lr=0.05)
    assert record["candidates"][0]["loss"][-1] < record["candidates"][0]["loss"][0]


def test_the_teacher_fits_any_output_width_and_the_sequence_task_has_two_classes():
    lab = lab_of([{"layer": "Linear", "args": {"in_features": 5, "out_features": 3}}])
    record = train_record(lab, task="teacher", inits=["default"], steps=5, batch=8)
    assert record["task"]["input_shape"] == [5] and record["candidates"][0]["accuracy"] is None
    lab = lab_of([{"layer": "Flatten"},
                  {"layer": "Linear", "args": {"in_features": 20, "out_features": 2}}])
    record = train_record(lab, task="sequence", inits=["default"], steps=5, batch=8)
    assert record["task"]["input_shape"] == [20, 1] and record["task"]["classes"] == 2


def test_a_live_chart_gets_prefixes_of_the_final_curves(monkeypatch):
    from core.training import loop, train

    monkeypatch.setattr(loop, "PROGRESS_SECONDS", 0.0)  # every step, for the test
    lab = lab_of(MLP)
    seen = []
    result = train.from_step(lab, {"op": "train", "inits": ["default", "xavier_uniform_"],
                                   "steps": 6, "batch": 8},
                             live=lambda index, label, losses: seen.append((index, losses)))
    assert [len(losses) for _, losses in seen] == [1, 2, 3, 4, 5, 6] * 2
    for index, losses in seen:
        assert losses == result.candidates[index].curves.loss[:len(losses)]
