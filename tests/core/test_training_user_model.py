"""A train step on a person's own module (opened with ``core.open_model``) trains it as
a plain PyTorch loop would, bit for bit, and leaves the opened network unchanged."""

from __future__ import annotations

import copy

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F

import core
from core.errors import LabError
from core.operations import steps
from core.training import plain
from tests.core import d2l_models as d2l


def batches(size: int, batch: int, count: int, seed: int):
    """Epochs of torch.randperm from the order's own generator, cut into full batches."""
    generator = torch.Generator().manual_seed(seed ^ plain.ORDER_STREAM)
    order, position = torch.randperm(size, generator=generator), 0
    for _ in range(count):
        if position + batch > size:
            order, position = torch.randperm(size, generator=generator), 0
        yield order[position:position + batch]
        position += batch


def initialize_weight(layer: nn.Linear, init) -> None:
    if init is not None:
        init(layer.weight)
        return
    bias = layer.bias.detach().clone()
    layer.reset_parameters()
    with torch.no_grad():
        layer.bias.copy_(bias)


def plain_losses(net: nn.Module, init, x, y, *, seed, count, batch, lr) -> list[float]:
    """Copy, initialize every Linear's weight with the seed, in net.apply's order (``None``:
    the layer's own reset_parameters(), of which the step's params "weight" keeps the
    weight only), train with Adam and mean squared error."""
    model = copy.deepcopy(net)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model.apply(lambda m: initialize_weight(m, init) if isinstance(m, nn.Linear) else None)
        torch.manual_seed(seed)
        optimizer = torch.optim.Adam(model.parameters(), lr=lr, betas=(0.9, 0.999))
        model.train()
        losses = []
        for index in batches(len(x), batch, count, seed):
            optimizer.zero_grad()
            loss = F.mse_loss(model(x[index]), y[index])
            loss.backward()
            losses.append(loss.item())
            optimizer.step()
    return losses


def test_a_users_nested_module_trains_like_a_plain_pytorch_loop():
    torch.manual_seed(0)
    net = d2l.NestMLP()  # Linear(20, 64) … Linear(32, 16) inside a module of its own
    unknown = core.open_model(net)  # no forward pass yet: the teacher's width is not known
    with pytest.raises(LabError, match="send a sample through it first"):
        steps.analyze(unknown, {"op": "train", "task": "teacher", "steps": 2, "batch": 8})
    lab = core.open_model(net, torch.zeros(4, 20))
    snapshot, rng = lab.snapshot, torch.get_rng_state()
    step = {"op": "train", "task": "teacher", "inits": ["default", "xavier_uniform_"],
            "steps": 40, "batch": 32, "optimizer": "adam", "lr": 0.01, "momentum": 0.9,
            "seed": 3, "types": ["Linear"]}
    result = steps.analyze(lab, step)
    assert lab.snapshot is snapshot and torch.equal(torch.get_rng_state(), rng)
    assert result.task.input_shape == (20,)
    x, y = plain.teacher_data(3, (20,), (16,))
    assert torch.equal(result.task.x, x) and torch.equal(result.task.y, y)
    runs = {run.label: run for run in result.candidates}
    one_thread = torch.get_num_threads()
    torch.set_num_threads(1)  # as the lab trains
    try:
        for label, init in (("default", None), ("xavier_uniform_", nn.init.xavier_uniform_)):
            expected = plain_losses(net, init, x, y, seed=3, count=40, batch=32, lr=0.01)
            assert runs[label].error is None
            assert runs[label].curves.loss == expected
    finally:
        torch.set_num_threads(one_thread)
    assert runs["default"].curves.loss != runs["xavier_uniform_"].curves.loss
