"""The Lab's operations: every failure is atomic, and each has its error kind.

Every expected value is computed here with PyTorch itself; nothing is copied from a run.
Targets, history and statistics are in test_lab_targets.py, test_lab_history.py and
test_lab_statistics.py; the shared helpers in tests/core/lab_helpers.py.
"""

from __future__ import annotations

import pytest
import torch
from torch import nn
from torch.nn.parameter import is_lazy

from core.errors import (
    ERROR_KINDS,
    INVALID_ARGUMENT,
    INVALID_FILE,
    SHAPE_MISMATCH,
    TOO_LARGE,
    UNINITIALIZED,
    UNKNOWN_INITIALIZER,
    UNKNOWN_LAYER,
    LabError,
)
from core.model import catalogue
from core.model.inputs import input_spec
from core.model.lab import Lab
from tests.core.lab_helpers import consistent, linear, refused

# -- a rich lab for the atomicity table ---------------------------------------------------


TABLE_LIMIT = 64 * 2**20  # small, so a broken guard would allocate little, not 40 GB


def mixed_lab() -> Lab:
    """Named, lazy (one materialized, one not), tied and plain layers, with history."""
    lab = Lab(memory_limit=TABLE_LIMIT)
    lab.add("Linear", linear(20, 16), name="inp")  # 0
    lab.add("ReLU")  # 1
    lab.add("LazyLinear", {"out_features": 8})  # 2
    lab.add("Tanh")  # 3
    lab.add("Linear", linear(8, 8), name="body")  # 4
    lab.add("Linear", linear(8, 8))  # 5
    lab.tie(5, "body")
    lab.forward(input_spec([2, 20]))
    lab.add("LazyLinear", {"out_features": 4}, name="head")  # 6: stays uninitialized
    return lab


FAILURES = [
    ("add", lambda lab: lab.add("Linaer", linear(2, 2)), UNKNOWN_LAYER),
    ("add", lambda lab: lab.add("Linear", {"in_features": -3, "out_features": 2}),
     INVALID_ARGUMENT),
    ("add", lambda lab: lab.add("Linear", {"in_features": "20", "out_features": 2}),
     INVALID_ARGUMENT),
    ("add", lambda lab: lab.add("Linear", {"out_features": 2}), INVALID_ARGUMENT),
    ("add", lambda lab: lab.add("Linear", linear(5_000, 5_000)), TOO_LARGE),
    ("add", lambda lab: lab.add("ReLU", at=99), INVALID_ARGUMENT),
    ("add", lambda lab: lab.add("ReLU", name="inp"), INVALID_ARGUMENT),
    ("add", lambda lab: lab.add("ReLU", name="a.b"), INVALID_ARGUMENT),
    ("remove", lambda lab: lab.remove(42), INVALID_ARGUMENT),
    ("remove", lambda lab: lab.remove("nowhere"), INVALID_ARGUMENT),
    ("move", lambda lab: lab.move(0, 42), INVALID_ARGUMENT),
    ("move", lambda lab: lab.move("nowhere", 0), INVALID_ARGUMENT),
    ("duplicate", lambda lab: lab.duplicate(-1), INVALID_ARGUMENT),
    ("edit", lambda lab: lab.edit("inp", {"out_features": 0}), INVALID_ARGUMENT),
    ("edit", lambda lab: lab.edit("inp", {"colour": 1}), INVALID_ARGUMENT),
    ("edit", lambda lab: lab.edit("inp", linear(5_000, 5_000)), TOO_LARGE),
    ("rename", lambda lab: lab.rename(1, "body"), INVALID_ARGUMENT),
    ("rename", lambda lab: lab.rename(1, "7"), INVALID_ARGUMENT),
    ("rename", lambda lab: lab.rename(1, "forward"), INVALID_ARGUMENT),
    ("tie", lambda lab: lab.tie(0, 0), INVALID_ARGUMENT),
    ("tie", lambda lab: lab.tie("body", 0), INVALID_ARGUMENT),  # others are tied to it
    ("tie", lambda lab: lab.tie(0, "nowhere"), INVALID_ARGUMENT),
    ("untie", lambda lab: lab.untie(0), INVALID_ARGUMENT),
    ("forward", lambda lab: lab.forward(input_spec([2, 21])), SHAPE_MISMATCH),
    ("forward", lambda lab: lab.forward(input_spec([2, 20]), mode="test"), INVALID_ARGUMENT),
    ("forward", lambda lab: lab.forward(input_spec([5_000, 5_000])), TOO_LARGE),
    ("init", lambda lab: lab.initialize("xavier_uniform_"), UNINITIALIZED),
    ("init", lambda lab: lab.initialize("default", layers=["head"]), UNINITIALIZED),
    ("init", lambda lab: lab.initialize("xavier_unifrom_"), UNKNOWN_INITIALIZER),
    ("init", lambda lab: lab.initialize("normal_", {"std": -1}), INVALID_ARGUMENT),
    ("init", lambda lab: lab.initialize("normal_", {"sd": 1}), INVALID_ARGUMENT),
    ("init", lambda lab: lab.initialize("default", {"gain": 1}), INVALID_ARGUMENT),
    ("init", lambda lab: lab.initialize("normal_", layers=["nowhere"]), INVALID_ARGUMENT),
    ("init", lambda lab: lab.initialize("normal_", types=["Linearr"]), UNKNOWN_LAYER),
    ("init", lambda lab: lab.initialize("normal_", params="gamma"), INVALID_ARGUMENT),
    ("init", lambda lab: lab.initialize("normal_", seed=-1), INVALID_ARGUMENT),
    # orthogonal_ succeeds on a weight, then fails on the 1-D bias of the same layer:
    ("init", lambda lab: lab.initialize("orthogonal_", types=["Linear"], params="all"),
     INVALID_ARGUMENT),
    ("init", lambda lab: lab.initialize("dirac_", types=["Linear"]), INVALID_ARGUMENT),
    ("load_state_dict", lambda lab: lab.load_state_dict({"inp.weight": torch.zeros(16, 20)}),
     INVALID_FILE),
    ("load_state_dict",
     lambda lab: lab.load_state_dict({k: torch.zeros(1) for k in lab.state_dict()}),
     INVALID_FILE),
    ("redo", lambda lab: lab.redo(), INVALID_ARGUMENT),
]


@pytest.mark.parametrize(
    ("op", "action", "kind"), FAILURES, ids=[f"{i}-{f[0]}" for i, f in enumerate(FAILURES)]
)
def test_every_failing_operation_leaves_everything_unchanged(op, action, kind) -> None:
    lab = mixed_lab()
    consistent(lab)
    refused(lab, lambda: action(lab), kind)
    consistent(lab)


def test_mixed_lab_is_what_it_claims() -> None:
    """The atomicity table above is only meaningful if the lab really is mixed."""
    lab = mixed_lab()
    states = {m.name: m.state for m in lab.snapshot.modules}
    assert states["2"] == "materialized" and states["head"] == "uninitialized"
    assert [m.tied_to for m in lab.snapshot.modules] == [None] * 5 + [4, None]
    assert lab.can_undo and not lab.can_redo


def test_undo_with_empty_history_is_refused_atomically() -> None:
    lab = Lab()
    refused(lab, lab.undo, INVALID_ARGUMENT)
    refused(lab, lab.redo, INVALID_ARGUMENT)
    refused(lab, lambda: lab.forward(input_spec([2, 3])), INVALID_ARGUMENT)


def test_forward_failing_after_a_lazy_layer_leaves_it_uninitialized() -> None:
    """PyTorch keeps layer 0 materialized after the failure at layer 2; the lab must not."""
    torch.manual_seed(0)
    plain = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.Linear(999, 10))
    with pytest.raises(RuntimeError) as torch_error:
        plain(torch.rand(2, 20))
    assert type(plain[0]) is nn.Linear  # PyTorch's half-changed network

    lab = Lab()
    lab.add("LazyLinear", {"out_features": 256})
    lab.add("ReLU")
    lab.add("Linear", linear(999, 10))
    error = refused(lab, lambda: lab.forward(input_spec([2, 20])), SHAPE_MISMATCH)
    assert error.layer == "2"
    assert error.torch_message == str(torch_error.value)
    module = lab.snapshot.modules[0]
    assert (module.type, module.state) == ("LazyLinear", "uninitialized")
    assert type(list(lab.version.net())[0]) is nn.LazyLinear
    assert lab.snapshot.parameter("0.weight").shape is None
    assert "in_features=0" in lab.snapshot.repr


def test_lazy_batchnorm_accepts_2d_input_like_torch() -> None:
    torch.manual_seed(1)
    plain = nn.Sequential(nn.LazyBatchNorm1d())
    plain(torch.rand(4, 3))
    torch.manual_seed(1)
    lab = Lab()
    lab.add("LazyBatchNorm1d")
    snapshot = lab.forward(input_spec([4, 3]))
    assert snapshot.repr == repr(plain)
    assert [(p.name, p.shape) for p in snapshot.parameters] == [
        (n, tuple(p.shape)) for n, p in plain.named_parameters()
    ]


def test_lazy_batchnorm_fed_4d_input_is_refused_and_left_uninitialized() -> None:
    """PyTorch creates the parameters before its own dimension check fails."""
    plain = nn.LazyBatchNorm1d()
    with pytest.raises(ValueError) as torch_error:
        plain(torch.rand(2, 3, 4, 5))
    assert type(plain) is nn.BatchNorm1d  # PyTorch's half-changed layer
    assert not any(is_lazy(t) for t in [*plain.parameters(), *plain.buffers()])

    lab = Lab()
    lab.add("LazyBatchNorm1d")
    error = refused(lab, lambda: lab.forward(input_spec([2, 3, 4, 5])), SHAPE_MISMATCH)
    assert error.layer == "0"
    assert error.torch_message == str(torch_error.value)
    assert lab.snapshot.modules[0].state == "uninitialized"
    assert all(not p.materialized for p in lab.snapshot.parameters)


def test_lab_edit_with_non_object_args_is_a_lab_error() -> None:
    """``add`` refuses non-dict args with invalid_argument; ``edit`` must do the same."""
    lab = Lab()
    lab.add("Linear", linear(3, 2))
    refused(lab, lambda: lab.edit(0, None), INVALID_ARGUMENT)
    refused(lab, lambda: lab.edit(0, [1, 2]), INVALID_ARGUMENT)


# -- error kinds ---------------------------------------------------------------------------


def test_too_large_lazy_materialization_is_refused_before_allocating(monkeypatch) -> None:
    calls = []
    original = nn.LazyLinear.initialize_parameters

    def spy(self, *args, **kwargs):
        calls.append(self.out_features)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(nn.LazyLinear, "initialize_parameters", spy)
    lab = Lab(memory_limit=1_000_000)
    lab.add("LazyLinear", {"out_features": 1000})
    error = refused(lab, lambda: lab.forward(input_spec([2, 1000])), TOO_LARGE)
    assert error.layer == "0"
    assert calls == []  # the weight was never allocated
    assert "Layer 0" in error.message
    # Under the limit the same layer materializes (and so the spy is really in the path).
    small = Lab(memory_limit=1_000_000)
    small.add("LazyLinear", {"out_features": 10})
    small.forward(input_spec([2, 1000]))
    assert calls == [10]


def test_too_large_with_the_default_limit(monkeypatch) -> None:
    needed = 100_000 * (100_000 + 1) * 4
    lab = Lab()
    if lab.limit() >= needed:
        pytest.skip("this machine has room for a 40 GB layer")
    calls = []
    monkeypatch.setattr(
        nn.LazyLinear, "initialize_parameters", lambda self, *a: calls.append(1)
    )
    lab.add("LazyLinear", {"out_features": 100_000})
    error = refused(lab, lambda: lab.forward(input_spec([2, 100_000])), TOO_LARGE)
    assert calls == []
    assert "allows" in error.message  # the guard's words, not an out-of-memory afterwards

    def never(*args, **kwargs):
        raise AssertionError("build_module was called: the guard let a 40 GB layer through")

    monkeypatch.setattr(catalogue, "build_module", never)
    refused(lab, lambda: lab.add("Linear", linear(100_000, 100_000)), TOO_LARGE)


def test_too_large_add_with_a_small_limit() -> None:
    lab = Lab(memory_limit=10_000)
    lab.add("Linear", linear(10, 10))  # 110 floats fit
    error = refused(lab, lambda: lab.add("Linear", linear(100, 100)), TOO_LARGE)
    assert error.layer == "1"


def test_too_large_activation_is_refused_before_the_layer_runs() -> None:
    lab = Lab(memory_limit=1_000_000)
    lab.add("Linear", linear(2, 1000))  # 3,000 parameters fit
    lab.add("ReLU")
    lab.forward(input_spec([10, 2]))  # a (10, 1000) output fits
    error = refused(lab, lambda: lab.forward(input_spec([1000, 2])), TOO_LARGE)
    assert error.layer == "0"  # its (1000, 1000) output would not


def test_too_large_input_is_refused() -> None:
    lab = Lab(memory_limit=10_000)
    lab.add("ReLU")
    refused(lab, lambda: lab.forward(input_spec([100, 100])), TOO_LARGE)
    lab.forward(input_spec([10, 10]))


def test_error_kind_catalogue() -> None:
    assert len(set(ERROR_KINDS)) == len(ERROR_KINDS)
    for kind in ERROR_KINDS:
        error = LabError(kind, "m", layer="x", torch_message="t")
        assert error.to_dict() == {"kind": kind, "message": "m", "layer": "x",
                                   "torch_message": "t", "fixes": []}
    with pytest.raises(ValueError):
        LabError("not-a-kind", "m")
