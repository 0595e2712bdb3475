"""Helpers shared by the core tests: views of a Lab's state, refusals, torch's own statistics.

``snapshot_view``/``live_view`` capture everything an operation could change, so a refused
operation can be shown to leave the lab exactly as before; ``torch_stats`` computes a
tensor's statistics with PyTorch itself.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
import torch
from torch.nn.parameter import is_lazy

from core.errors import ERROR_KINDS, LabError
from core.model import capture, lab_tree
from core.model.lab import Lab
from core.model.stats import StatsCache

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
    cache = StatsCache(lab.cache.bins)
    if lab.network.nested:  # blocks: the module tree, as named_modules() lists it
        fresh = lab_tree.snapshot(lab.network, lab.version.modules, cache, "", "",
                                  capture.Records())
    else:
        fresh = capture.take(lab.network, net, cache, "", "")
    view = snapshot_view(fresh, changed=False)
    del view["trace"], view["input_shape"]
    view["types"] = [type(m).__name__ for m in net]
    view["tensors"] = tensor_bytes(lab)
    return view


def fresh_changed(lab: Lab, prior) -> list[tuple[str, bool]]:
    """Each parameter's "changed" mark as a capture from scratch gives it: changed when
    ``prior`` (the version the current one follows) did not hold it."""
    records = capture.Records()
    previous = records.param_ids(prior.modules.values())
    cache = StatsCache(lab.cache.bins)
    if lab.network.nested:
        fresh = lab_tree.snapshot(lab.network, lab.version.modules, cache, "", "", records,
                                  previous=previous)
    else:
        fresh = capture.take(lab.network, lab.version.net(), cache, "", "", before=prior)
    return [(p.name, p.changed) for p in fresh.parameters]


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
