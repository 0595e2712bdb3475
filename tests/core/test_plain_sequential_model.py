"""A user's plain nn.Sequential of the lab's layers opens as the lab's own kind of network:
the user's modules and weights kept, structural steps working, code export importing the
factory and giving back the weights. Compared with plain PyTorch, computed here."""

from __future__ import annotations

import torch
import torch.nn as nn

import core
from core.export import codegen
from core.model.lab import Lab
from core.model.model_file import ModelSource
from core.model.sequential_model import layer_args, plain_network
from core.model.user_model import UserModelLab
from core.operations import steps as step_ops


def make_net():
    net = nn.Sequential(nn.LazyLinear(16), nn.ReLU())
    net.add_module("out", nn.LazyLinear(3))
    return net


def test_a_plain_sequential_keeps_the_users_modules_and_allows_structure():
    torch.manual_seed(0)
    net = make_net()
    lab = core.open_model(net)
    assert type(lab) is Lab and lab.snapshot.repr == repr(net)
    assert [m.name for m in lab.snapshot.modules] == ["0", "1", "out"]
    state = torch.get_rng_state()
    step_ops.perform(lab, {"op": "forward", "shape": [2, 7], "seed": 1})
    step_ops.perform(lab, {"op": "add", "layer": "Tanh"})
    after = torch.get_rng_state()
    torch.set_rng_state(state)
    with torch.no_grad():
        net(torch.rand(2, 7, generator=torch.Generator().manual_seed(1)))
    net.append(nn.Tanh())
    assert torch.equal(torch.get_rng_state(), after)
    assert lab.snapshot.repr == repr(net)
    ours = lab.state_dict()
    assert list(ours) == list(net.state_dict())
    assert all(torch.equal(ours[k], v) for k, v in net.state_dict().items())


def test_ties_names_and_what_is_not_plain():
    shared = nn.Linear(4, 4)
    tied = nn.Sequential(shared, nn.ReLU(), shared)
    network, modules = plain_network(tied)
    assert network.entries[2].tie == network.entries[0].uid and len(modules) == 2
    assert plain_network(nn.Sequential(nn.Sequential(nn.ReLU()))) is None  # nested
    assert plain_network(nn.Sequential(nn.Bilinear(2, 2, 2))) is None  # not in the catalogue
    gap = nn.Sequential()
    gap.add_module("0", nn.ReLU())
    gap.add_module("2", nn.ReLU())  # a digit name that is not its position: not the lab's
    assert plain_network(gap) is None
    assert type(core.open_model(gap)) is UserModelLab
    conv = nn.Conv2d(3, 8, 3, stride=2, padding=1, bias=False)
    rebuilt = nn.Conv2d(**{k: tuple(v) if isinstance(v, list) else v
                           for k, v in layer_args(conv).items()})
    assert repr(rebuilt) == repr(conv)


def test_export_imports_the_factory_and_gives_back_the_weights(tmp_path, monkeypatch):
    path = tmp_path / "plain_model_file.py"
    path.write_text("from torch import nn\n\n\ndef make_net():\n"
                    "    net = nn.Sequential(nn.LazyLinear(16), nn.ReLU())\n"
                    "    net.add_module('out', nn.LazyLinear(3))\n    return net\n", "utf-8")
    from core.model.model_file import load_model

    torch.manual_seed(3)
    module, source = load_model(f"{path}:make_net")
    assert source == ModelSource(path.resolve(), "make_net", True)
    lab = core.open_model(module, source=source)
    for step in ({"op": "forward", "shape": [2, 7]}, {"op": "add", "layer": "Tanh"},
                 {"op": "add", "layer": "Linear", "args": {"in_features": 3,
                                                          "out_features": 2}, "at": 2},
                 {"op": "init", "init": "xavier_uniform_", "types": ["Linear"]}):
        step_ops.perform(lab, step)
    export = codegen.export(lab, 3)
    assert export.check is not None and export.check.identical, export.check
    assert "from plain_model_file import make_net" in export.source
    namespace: dict = {}
    exec(compile(export.source, "exported", "exec"), namespace)  # noqa: S102 (our script)
    exported = namespace["net"].state_dict()
    assert list(exported) == list(lab.state_dict())
    assert all(torch.equal(exported[k], v) for k, v in lab.state_dict().items())
