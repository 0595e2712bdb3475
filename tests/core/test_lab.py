"""The Lab's operations: atomic failures, error kinds, targets, history, statistics.

Every expected value is computed here with PyTorch itself; nothing is copied from a run.
The helpers at the top (``snapshot_view``, ``live_view``, ``refused``) are shared by the
other core test modules.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
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
from core.model import capture, catalogue
from core.model.inputs import input_spec
from core.model.lab import Lab
from core.model.snapshot import TensorStats
from core.model.stats import StatsCache

FLOAT32 = torch.finfo(torch.float32)

# -- shared helpers ----------------------------------------------------------------------


def stats_key(stats) -> tuple | None:
    """A comparable form of TensorStats: NaN-safe (repr) and with the histogram's bytes."""
    if stats is None:
        return None
    hist = stats.histogram
    return (
        stats.numel,
        repr(stats.mean),
        repr(stats.std),
        repr(stats.min),
        repr(stats.max),
        stats.nan,
        stats.posinf,
        stats.neginf,
        None if hist is None else (hist.edges.tobytes(), hist.counts.tobytes()),
    )


def snapshot_view(snapshot, changed: bool = True) -> dict:
    """What a person sees in a snapshot, in a form that compares exactly (NaN included)."""
    parameters = []
    for p in snapshot.parameters:
        row = (p.name, p.module, p.attr, p.shape, p.materialized, p.numel, stats_key(p.stats))
        parameters.append(row + ((p.changed,) if changed else ()))
    trace = None
    if snapshot.trace is not None:
        trace = [
            (t.position, t.name, t.type, t.input_shape, t.output_shape, stats_key(t.output))
            for t in snapshot.trace
        ]
    return {
        "repr": snapshot.repr,
        "modules": [dataclasses.asdict(m) for m in snapshot.modules],
        "parameters": parameters,
        "trace": trace,
        "input_shape": snapshot.input_shape,
    }


def tensor_bytes(lab: Lab) -> dict:
    """Every parameter and buffer of the live network, bit for bit ("lazy" if uninitialized)."""
    net = lab.version.net()
    state = {}
    for name, tensor in list(net.named_parameters()) + list(net.named_buffers()):
        if is_lazy(tensor):
            state[name] = "lazy"
        else:
            t = tensor.detach()
            state[name] = (str(t.dtype), tuple(t.shape), t.contiguous().numpy().tobytes())
    return state


def live_view(lab: Lab) -> dict:
    """A fresh capture of the live modules (fresh statistics cache), plus their tensors.

    If an operation mutated a committed module, this differs from the committed snapshot.
    """
    net = lab.version.net()
    fresh = capture.take(lab.network, net, StatsCache(lab.cache.bins), "", "")
    view = snapshot_view(fresh, changed=False)
    del view["trace"], view["input_shape"]
    view["types"] = [type(m).__name__ for m in net]
    view["tensors"] = tensor_bytes(lab)
    return view


def committed_view(lab: Lab) -> dict:
    view = snapshot_view(lab.snapshot, changed=False)
    del view["trace"], view["input_shape"]
    return view


def refused(lab: Lab, action, kind: str | None = None) -> LabError:
    """Run ``action``; it must raise LabError and leave everything exactly as it was."""
    snapshot = lab.snapshot
    view = snapshot_view(snapshot)
    live = live_view(lab)
    rng = torch.get_rng_state()
    undo = [id(v) for v in lab.history.undo]
    redo = [id(v) for v in lab.history.redo]
    steps = lab.version.steps
    with pytest.raises(LabError) as info:
        action()
    error = info.value
    assert error.kind in ERROR_KINDS
    assert isinstance(error.message, str) and error.message.strip()
    if kind is not None:
        assert error.kind == kind, error.message
    assert lab.snapshot is snapshot
    assert snapshot_view(lab.snapshot) == view
    assert live_view(lab) == live
    assert torch.equal(torch.get_rng_state(), rng), "a failed operation consumed randomness"
    assert [id(v) for v in lab.history.undo] == undo
    assert [id(v) for v in lab.history.redo] == redo
    assert lab.version.steps == steps
    return error


def consistent(lab: Lab) -> None:
    """The committed snapshot describes the live network exactly."""
    live = live_view(lab)
    del live["types"], live["tensors"]
    assert committed_view(lab) == live
    assert lab.snapshot.repr == repr(lab.version.net())


def linear(i: int, o: int) -> dict:
    return {"in_features": i, "out_features": o}


def params_of(lab: Lab) -> dict[str, torch.Tensor]:
    return {k: v.clone() for k, v in lab.state_dict().items()}


def torch_stats(t: torch.Tensor) -> tuple[float, float, float, float]:
    """Mean, unbiased std, min, max as torch computes them, exactly (in float64).

    float32 reductions can overflow on the way (``var`` of values near 1e37 is inf even
    though the std is 2e37), so the reference is computed in float64 and then rounded
    to float32, which is where the lab's statistics live.
    """
    flat = t.detach().reshape(-1)
    std, mean = torch.std_mean(flat.double())  # unbiased by default
    return float(mean.float()), float(std.float()), float(flat.min()), float(flat.max())


def same_number(a: float, b: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if math.isinf(a) or math.isinf(b):
        return a == b
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-30)


def check_stats_against_torch(stats, tensor: torch.Tensor, bins: int) -> None:
    """TensorStats of ``tensor`` agree with torch; the histogram covers finite values only."""
    flat = tensor.detach().reshape(-1).double()
    mean, std, low, high = torch_stats(tensor)
    assert stats.numel == tensor.numel()
    assert same_number(stats.mean, mean), (stats.mean, mean)
    assert same_number(stats.std, std), (stats.std, std)
    assert same_number(stats.min, low) and same_number(stats.max, high)
    assert stats.nan == int(torch.isnan(flat).sum())
    assert stats.posinf == int(torch.isposinf(flat).sum())
    assert stats.neginf == int(torch.isneginf(flat).sum())
    finite = flat[torch.isfinite(flat)].numpy()
    hist = stats.histogram
    assert hist is not None
    assert len(hist.counts) == bins and len(hist.edges) == bins + 1
    assert int(hist.counts.sum()) == finite.size
    assert np.all(np.isfinite(hist.edges))
    if finite.size and finite.min() < finite.max():
        assert hist.edges[0] == finite.min() and hist.edges[-1] == finite.max()
        exact, _ = np.histogram(finite, bins=bins, range=(finite.min(), finite.max()))
        # float32 and float64 may put a value sitting on an edge into the neighbour bin.
        assert np.abs(hist.counts - exact).max() <= 1, (hist.counts, exact)


def seed_mlp(lab: Lab, names: tuple[str | None, ...] = (None, None, None)) -> None:
    lab.add("Linear", linear(20, 256), name=names[0])
    lab.add("ReLU", name=names[1])
    lab.add("Linear", linear(256, 10), name=names[2])


def lazy_mlp(lab: Lab) -> None:
    lab.add("LazyLinear", {"out_features": 256})
    lab.add("ReLU")
    lab.add("Linear", linear(256, 10))


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


# -- undo / redo / history -------------------------------------------------------------------


def test_undo_redo_restore_exact_snapshots_and_modules() -> None:
    lab = Lab()
    views = [(lab.snapshot, snapshot_view(lab.snapshot), live_view(lab))]
    actions = [
        lambda: lab.add("LazyLinear", {"out_features": 6}),
        lambda: lab.add("ReLU"),
        lambda: lab.add("Linear", linear(6, 3), name="out"),
        lambda: lab.forward(input_spec([2, 4])),
        lambda: lab.initialize("xavier_uniform_", types=["Linear"]),
        lambda: lab.rename("out", "head"),
        lambda: lab.move(1, 2),
        lambda: lab.remove(1),
    ]
    for action in actions:
        action()
        views.append((lab.snapshot, snapshot_view(lab.snapshot), live_view(lab)))
    for snapshot, view, live in reversed(views[:-1]):
        lab.undo()
        assert lab.snapshot is snapshot
        assert snapshot_view(lab.snapshot) == view
        assert live_view(lab) == live
    assert not lab.can_undo
    assert lab.snapshot.modules == ()
    for snapshot, view, live in views[1:]:
        lab.redo()
        assert lab.snapshot is snapshot
        assert snapshot_view(lab.snapshot) == view
        assert live_view(lab) == live
    assert not lab.can_redo
    # Undo back before the forward pass: the lazy layer is uninitialized again.
    for _ in range(5):
        lab.undo()
    assert lab.snapshot.op == "add" and lab.snapshot.modules[0].state == "uninitialized"
    assert type(list(lab.version.net())[0]) is nn.LazyLinear
    # A new operation after undo clears redo.
    lab.add("Tanh")
    assert not lab.can_redo


def test_history_byte_limit_trims_oldest() -> None:
    weight_bytes = 100 * 100 * 4
    limit = int(2.5 * weight_bytes)
    lab = Lab(history_bytes=limit)
    lab.add("Linear", linear(100, 100))
    labels = [lab.snapshot.label]
    for seed in range(8):
        lab.initialize("normal_", seed=seed)  # a new weight tensor each time, bias shared
        labels.append(lab.snapshot.label)
    kept = limit // weight_bytes
    assert len(lab.history.undo) == kept
    undone = []
    while lab.can_undo:
        undone.append(lab.undo().label)
    assert undone == labels[-kept - 1 : -1][::-1]
    # An ample limit keeps everything (the empty start included).
    roomy = Lab(history_bytes=100 * weight_bytes)
    roomy.add("Linear", linear(100, 100))
    for seed in range(8):
        roomy.initialize("normal_", seed=seed)
    assert len(roomy.history.undo) == 9
    roomy.set_history_limit(weight_bytes)
    assert len(roomy.history.undo) == 1


# -- statistics ------------------------------------------------------------------------------


def test_parameter_statistics_match_torch() -> None:
    torch.manual_seed(2)
    lab = Lab(bins=37)
    seed_mlp(lab)
    lab.initialize("normal_", {"mean": 0.5, "std": 2.0}, types=["Linear"])
    state = lab.state_dict()
    for info in lab.snapshot.parameters:
        check_stats_against_torch(info.stats, state[info.name], 37)


def test_non_finite_parameters_are_counted_and_left_out_of_the_histogram() -> None:
    lab = Lab()
    lab.add("Linear", linear(3, 4))
    weight = torch.tensor(
        [[float("nan"), 1.0, 2.0], [float("inf"), -1.0, 0.5],
         [float("-inf"), float("inf"), 3.0], [0.0, 0.25, -2.0]]
    )
    bias = torch.tensor([1.0, 2.0, 3.0, 4.0])
    snapshot = lab.load_state_dict({"0.weight": weight, "0.bias": bias})
    stats = snapshot.parameter("0.weight").stats
    check_stats_against_torch(stats, weight, 100)
    assert (stats.nan, stats.posinf, stats.neginf) == (1, 2, 1)


def test_trace_statistics_match_torch_with_overflowing_activations() -> None:
    """Huge inputs through all-ones weights overflow to inf, and the next layer makes NaN."""
    big = FLOAT32.max / 2
    torch.manual_seed(5)
    plain = nn.Sequential(nn.Linear(20, 6), nn.ReLU(), nn.Linear(6, 3))
    nn.init.constant_(plain[0].weight, 1.0)
    x = torch.empty(2, 20).normal_(big, 0.0)
    outputs = []
    with torch.no_grad():
        h = x
        for module in plain:
            h = module(h)
            outputs.append(h)
    assert torch.isinf(outputs[0]).any() and torch.isnan(outputs[-1]).any()  # a real case
    torch.manual_seed(5)
    lab = Lab()
    lab.add("Linear", linear(20, 6))
    lab.add("ReLU")
    lab.add("Linear", linear(6, 3))
    lab.initialize("constant_", {"val": 1.0}, layers=[0])
    snapshot = lab.forward(input_spec([2, 20], fill="normal", mean=big, std=0.0))
    for entry, out in zip(snapshot.trace, outputs, strict=True):
        assert entry.output_shape == tuple(out.shape)
        check_stats_against_torch(entry.output, out, 100)


def seed_range_identity() -> tuple[TensorStats, torch.Tensor]:
    """An Identity fed the seed's input: its output is the input, drawn again here."""
    low, high = FLOAT32.min / 10, FLOAT32.max / 10
    torch.manual_seed(0)
    lab = Lab()
    lab.add("Identity")
    snapshot = lab.forward(input_spec([2, 256], low=low, high=high))
    torch.manual_seed(0)
    x = torch.empty(2, 256).uniform_(low, high)
    return snapshot.trace[0].output, x


def test_histogram_of_extreme_but_finite_values_is_correct() -> None:
    """The seed's input range: values near ±3.4e37 must land in the right bins."""
    stats, x = seed_range_identity()
    finite = x.double().numpy().reshape(-1)
    exact, _ = np.histogram(finite, bins=100, range=(finite.min(), finite.max()))
    assert int(stats.histogram.counts.sum()) == finite.size
    assert np.abs(stats.histogram.counts - exact).max() <= 1, (stats.histogram.counts, exact)


def test_std_of_extreme_but_finite_values_is_finite() -> None:
    """Values within ±3.4e37 have a std of about 2e37, which float32 holds; not inf."""
    stats, x = seed_range_identity()
    std, mean = torch.std_mean(x.reshape(-1).double())
    assert math.isfinite(float(std.float()))
    assert same_number(stats.std, float(std)), (stats.std, float(std))
    assert same_number(stats.mean, float(mean))


def test_uniform_range_wider_than_float32_is_an_invalid_argument() -> None:
    """torch's uniform_ refuses high - low > float32.max; the lab must refuse it as a LabError."""
    with pytest.raises(RuntimeError):
        torch.empty(3).uniform_(-FLOAT32.max, FLOAT32.max)
    lab = Lab()
    lab.add("ReLU")
    refused(
        lab,
        lambda: lab.forward(input_spec([2, 3], low=-FLOAT32.max, high=FLOAT32.max)),
        INVALID_ARGUMENT,
    )


def test_stats_cache_sees_data_reassignment() -> None:
    """``p.data = new`` does not bump _version; the snapshot must still show the new values."""
    lab = Lab()
    lab.add("Linear", linear(3, 2))
    first = lab.snapshot.parameter("0.weight").stats
    lab.load_state_dict({"0.weight": torch.full((2, 3), 7.0), "0.bias": torch.zeros(2)})
    stats = lab.snapshot.parameter("0.weight").stats
    assert stats != first and stats.mean == 7.0 and stats.min == stats.max == 7.0
    consistent(lab)
