"""The Lab's targets (types, layers, parameters), its seeded initialization and tied layers.

Every expected value is computed here with PyTorch itself; nothing is copied from a run.
"""

from __future__ import annotations

import pytest
import torch
from torch import nn

from core.errors import UNINITIALIZED
from core.model.inputs import input_spec
from core.model.lab import Lab
from tests.core.lab_helpers import linear, params_of, refused, seed_mlp

# -- targets ---------------------------------------------------------------------------------


def test_types_linear_skips_unmaterialized_lazy_but_includes_materialized_one() -> None:
    lab = Lab()
    lab.add("LazyLinear", {"out_features": 8})
    lab.add("ReLU")
    lab.add("Linear", linear(8, 4))
    lab.forward(input_spec([2, 5]))
    lab.add("LazyLinear", {"out_features": 3})  # never fed: uninitialized
    before = params_of(lab)
    snapshot = lab.initialize("constant_", {"val": 0.5}, types=["Linear"])
    after = params_of(lab)
    assert torch.equal(after["0.weight"], torch.full((8, 5), 0.5))
    assert torch.equal(after["2.weight"], torch.full((4, 8), 0.5))
    for name in ("0.bias", "2.bias"):
        assert torch.equal(after[name], before[name])
    assert snapshot.modules[3].state == "uninitialized"
    changed = {p.name for p in snapshot.parameters if p.changed}
    assert changed == {"0.weight", "2.weight"}
    # Aiming at the uninitialized layer's own type is refused.
    refused(lab, lambda: lab.initialize("constant_", {"val": 0.5}, types=["LazyLinear"]),
            UNINITIALIZED)


def test_layers_by_name_and_params() -> None:
    lab = Lab()
    seed_mlp(lab, ("first", None, "second"))
    before = params_of(lab)
    lab.initialize("constant_", {"val": 2.0}, layers=["second"], params="bias")
    after = params_of(lab)
    assert torch.equal(after["second.bias"], torch.full((10,), 2.0))
    for name in ("first.weight", "first.bias", "second.weight"):
        assert torch.equal(after[name], before[name])
    lab.initialize("constant_", {"val": 3.0}, layers=["first", 1], params="all")
    after = params_of(lab)
    assert torch.equal(after["first.weight"], torch.full((256, 20), 3.0))
    assert torch.equal(after["first.bias"], torch.full((256,), 3.0))
    assert torch.equal(after["second.bias"], torch.full((10,), 2.0))
    lab.initialize("zeros_", layers=[2])  # by position; params default to weight
    after = params_of(lab)
    assert torch.equal(after["second.weight"], torch.zeros(10, 256))
    assert torch.equal(after["second.bias"], torch.full((10,), 2.0))


@pytest.mark.parametrize("params", ["weight", "bias", "all"])
def test_default_reruns_reset_parameters_like_torch(params: str) -> None:
    torch.manual_seed(11)
    plain = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
    built_plain = {k: v.clone() for k, v in plain.state_dict().items()}
    plain.apply(lambda m: m.reset_parameters() if hasattr(m, "reset_parameters") else None)
    plain_next = torch.rand(3)  # where the random stream stands afterwards

    torch.manual_seed(11)
    lab = Lab()
    seed_mlp(lab)
    built = params_of(lab)
    for name, tensor in built_plain.items():
        assert torch.equal(built[name], tensor)  # construction draws in the same order
    lab.initialize("default", params=params)
    after = params_of(lab)
    for name, tensor in plain.state_dict().items():
        targeted = params == "all" or name.endswith(params)
        assert torch.equal(after[name], tensor if targeted else built[name]), name
    assert torch.equal(torch.rand(3), plain_next)


def test_init_seed_is_reproducible_and_leaves_global_stream_alone() -> None:
    lab = Lab()
    seed_mlp(lab)
    torch.manual_seed(3)
    lab.initialize("normal_", {"std": 0.5}, seed=7)
    first = params_of(lab)
    after_first = torch.rand(2)
    torch.manual_seed(3)
    lab.initialize("normal_", {"std": 0.5}, seed=7)
    assert torch.equal(torch.rand(2), after_first)
    for name, tensor in params_of(lab).items():
        assert torch.equal(tensor, first[name])
    torch.manual_seed(7)
    w0 = nn.init.normal_(torch.empty(256, 20), std=0.5)
    w2 = nn.init.normal_(torch.empty(10, 256), std=0.5)
    assert torch.equal(first["0.weight"], w0) and torch.equal(first["2.weight"], w2)


# -- tying -----------------------------------------------------------------------------------


def test_tie_shares_one_module_and_named_parameters_dedups() -> None:
    torch.manual_seed(4)
    shared = nn.Linear(20, 20)
    plain = nn.Sequential(shared, nn.ReLU(), shared)
    torch.manual_seed(4)
    lab = Lab()
    lab.add("Linear", linear(20, 20))
    lab.add("ReLU")
    lab.add("Linear", linear(20, 20))
    snapshot = lab.tie(2, 0)
    net = list(lab.version.net())
    assert net[0] is net[2]
    assert snapshot.repr == repr(plain)
    assert [(p.name, p.shape) for p in snapshot.parameters] == [
        (n, tuple(p.shape)) for n, p in plain.named_parameters()
    ]
    assert torch.equal(lab.state_dict()["0.weight"], plain[0].weight)
    assert snapshot.modules[2].tied_to == 0
    lab.initialize("normal_", layers=[2], seed=0)
    state = lab.version.net().state_dict()
    assert torch.equal(state["0.weight"], state["2.weight"])
    # untie gives position 2 its own fresh parameters
    snapshot = lab.untie(2)
    assert [p.name for p in snapshot.parameters] == ["0.weight", "0.bias", "2.weight", "2.bias"]
    net = list(lab.version.net())
    assert net[0] is not net[2]


def test_tied_lazy_layer_binds_once() -> None:
    torch.manual_seed(9)
    shared = nn.LazyLinear(20)
    plain = nn.Sequential(shared, nn.ReLU(), shared)
    plain(torch.rand(2, 20))
    torch.manual_seed(9)
    lab = Lab()
    lab.add("LazyLinear", {"out_features": 20})
    lab.add("ReLU")
    lab.add("ReLU")
    lab.tie(2, 0)
    snapshot = lab.forward(input_spec([2, 20]))
    assert snapshot.repr == repr(plain)
    assert [t.name for t in snapshot.trace] == ["0", "1", "2"]
    for name, tensor in plain.state_dict().items():
        assert torch.equal(lab.state_dict()[name], tensor)
