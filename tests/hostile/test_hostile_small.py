"""Smaller holes: overflowing forwards explained truly, the restored trace kept."""

from __future__ import annotations

import json

import torch

from core.errors import RUNTIME, LabError
from core.model.inputs import input_spec
from core.model.lab import Lab
from core.session import Session


def test_a_forward_that_overflows_is_histogrammed_not_called_a_shape_mismatch() -> None:
    lab = Lab()
    lab.add("Linear", {"in_features": 4, "out_features": 3})
    lab.initialize("constant_", {"val": 3.0e38}, params="all")
    snapshot = lab.forward(input_spec([2, 4], fill="ones"))
    net = lab.version.net()
    out = net(torch.ones(2, 4))  # what PyTorch computes: every value overflows to inf
    stats = snapshot.trace[0].output
    assert stats.posinf == int(torch.isposinf(out).sum()) == 6
    assert stats.histogram is not None and int(stats.histogram.counts.sum()) == 0


def test_restoring_an_autosave_keeps_the_last_forward_trace(tmp_path) -> None:
    steps = [{"op": "add", "layer": "LazyLinear", "args": {"out_features": 3}},
             {"op": "forward", "shape": [2, 5]}]
    session = tmp_path / "session.json"
    session.write_text(json.dumps({"format": 1, "seed": 1, "steps": steps}))
    original = Lab()
    torch.manual_seed(99)  # other weights than the replay draws: restoring changes them
    original.add("LazyLinear", {"out_features": 3})
    original.forward(input_spec([2, 5]))
    torch.save(original.state_dict(), tmp_path / "weights.pt")
    restored = Session()
    report = restored.restore(session, tmp_path / "weights.pt").report
    lab = restored.lab
    assert report["restore_error"] is None
    assert torch.equal(lab.state_dict()["0.weight"], original.state_dict()["0.weight"])
    trace = lab.snapshot.trace
    assert trace is not None
    assert [(t.input_shape, t.output_shape) for t in trace] == [
        (t.input_shape, t.output_shape) for t in original.snapshot.trace]


def test_a_failure_of_the_output_statistics_is_not_called_a_shape_mismatch(monkeypatch) -> None:
    def overflow(*args, **kwargs):
        raise RuntimeError("value cannot be converted to type float without overflow")

    lab = Lab()
    lab.add("Linear", {"in_features": 4, "out_features": 3})
    before = lab.snapshot
    monkeypatch.setattr("core.model.forward_trace.tensor_stats", overflow)
    try:
        lab.forward(input_spec([2, 4]))
    except LabError as error:
        assert error.kind == RUNTIME and error.layer == "0"
        assert "statistics" in error.message and "shape" not in error.message
    else:
        raise AssertionError("the forward pass should have been refused")
    assert lab.snapshot is before
