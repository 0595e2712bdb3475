"""The scenario report: its fields, statistics computed by torch here, non-finite values,
undo/redo and build steps.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch

from core.io import scenario
from core.model.lab import Lab
from core.model.network import MAX_LAYERS
from tests.core.lab_helpers import linear, same_number, torch_stats
from tests.core.scenario_helpers import MLP, RECORD_FIELDS, document, json_number, run, strict

# -- the report --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"junk", b"\x80", b"", b"PK\x03\x04 not really a zip", b"\x80\x02}q\x00."],
    ids=["short", "one-byte", "empty", "fake-zip", "empty-pickle"],
)
def test_unreadable_weights_files_are_step_errors(tmp_path: Path, content: bytes) -> None:
    """A corrupt .pt file is the step's invalid_file error, never a crash of the run."""
    (tmp_path / "w.pt").write_bytes(content)
    doc = document(
        {"op": "add", "layer": "Linear", "args": linear(2, 2)},
        {"op": "load_weights", "path": "w.pt", "expect": {"error": "invalid_file"}},
    )
    path = tmp_path / "s.json"
    path.write_text(json.dumps(doc))
    report = strict(scenario.run(scenario.load(path)))
    assert report["ok"], report["steps"][1]["error"]
    assert report["steps"][1]["repr"] == report["steps"][0]["repr"]


def test_report_fields() -> None:
    report = run(*MLP, {"op": "forward", "shape": [2, 20]},
                 {"op": "init", "init": "xavier_uniform_", "types": ["Linear"]}, seed=1)
    assert set(report) == {"format", "ok", "torch", "steps"}
    assert report["format"] == scenario.FORMAT and report["torch"] == torch.__version__
    for index, record in enumerate(report["steps"]):
        assert set(record) == RECORD_FIELDS
        assert record["index"] == index and record["ok"] and record["error"] is None
    forward, init = report["steps"][3], report["steps"][4]
    assert [t["output_shape"] for t in forward["trace"]] == [[2, 256], [2, 256], [2, 10]]
    assert forward["visits"] is None and report["steps"][0]["trace"] is None
    assert init["visits"] == ["Linear", "ReLU", "Linear", "Sequential"]
    assert [m["state"] for m in init["modules"]] == ["materialized", "none", "materialized"]
    assert [p["changed"] for p in init["parameters"]] == [True, False, True, False]


def test_report_statistics_match_torch_and_default_to_100_bins() -> None:
    lab = Lab()
    report = strict(scenario.run(scenario.from_document(document(*MLP, seed=3)), lab))
    state = lab.state_dict()
    for record in report["steps"][-1]["parameters"]:
        tensor = state[record["name"]]
        mean, std, low, high = torch_stats(tensor)
        assert same_number(record["mean"], mean) and same_number(record["std"], std)
        assert record["min"] == low and record["max"] == high
        assert record["numel"] == tensor.numel() and record["shape"] == list(tensor.shape)
        hist = record["histogram"]
        assert len(hist["counts"]) == 100 and len(hist["edges"]) == 101
        assert sum(hist["counts"]) == tensor.numel()
        exact, _ = np.histogram(tensor.double().numpy(), bins=100, range=(low, high))
        assert np.abs(np.array(hist["counts"]) - exact).max() <= 1


def test_report_bins_follow_the_scenario() -> None:
    report = run(*MLP, bins=7)
    assert {len(p["histogram"]["counts"]) for p in report["steps"][-1]["parameters"]} == {7}


def test_uninitialized_parameters_in_the_report() -> None:
    report = run({"op": "add", "layer": "LazyLinear", "args": {"out_features": 3}})
    for record in report["steps"][0]["parameters"]:
        assert record["shape"] is None and record["materialized"] is False
        assert record["numel"] is None and record["histogram"] is None and record["mean"] is None


def test_non_finite_values_are_strings_and_counted(tmp_path: Path) -> None:
    weight = torch.tensor([[float("nan"), 1.0], [float("inf"), -2.0], [float("-inf"), 0.5]])
    bias = torch.tensor([float("inf"), 0.0, 1.0])
    torch.save({"0.weight": weight, "0.bias": bias}, tmp_path / "odd.pt")
    doc = document(
        {"op": "add", "layer": "Linear", "args": linear(2, 3)},
        {"op": "load_weights", "path": "odd.pt"},
        {"op": "forward", "shape": [2, 2], "fill": "ones"},
    )
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(doc))
    report = strict(scenario.run(scenario.load(path)))  # the path is relative to the file
    assert report["ok"], report["steps"][1]["error"]
    params = {p["name"]: p for p in report["steps"][1]["parameters"]}
    w = params["0.weight"]
    assert w["mean"] == "NaN" and w["std"] == "NaN"
    assert w["min"] == json_number(float(weight.min()))  # torch's min propagates NaN
    assert w["max"] == json_number(float(weight.max()))
    assert w["nonfinite"] == {"nan": 1, "posinf": 1, "neginf": 1}
    assert sum(w["histogram"]["counts"]) == 3
    assert w["histogram"]["edges"][0] == -2.0 and w["histogram"]["edges"][-1] == 1.0
    b = params["0.bias"]
    std, mean = torch.std_mean(bias)  # torch's mean here is NaN (Welford meets inf)
    assert b["mean"] == json_number(float(mean)) and b["std"] == json_number(float(std))
    assert b["max"] == "Infinity" and b["min"] == 0.0
    assert b["nonfinite"] == {"nan": 0, "posinf": 1, "neginf": 0}
    out = report["steps"][2]["trace"][0]["output"]
    expected = torch.nn.functional.linear(torch.ones(2, 2), weight, bias).reshape(-1)
    assert out["nonfinite"]["nan"] == int(expected.isnan().sum())
    assert out["nonfinite"]["posinf"] == int(expected.isposinf().sum())


def test_write_report_is_strict_utf8_json(tmp_path: Path) -> None:
    report = scenario.run(scenario.from_document(document(
        {"op": "add", "layer": "ReLU", "note": {"zh": "激活"}},
        {"op": "add", "layer": "Linear", "args": linear(2, 1)},
    )))
    path = scenario.write_report(report, tmp_path / "deep" / "dir")
    text = path.read_text(encoding="utf-8")
    assert "激活" in text
    assert strict(json.loads(text)) == strict(report)


def test_undo_redo_and_build_steps() -> None:
    report = run(
        {"op": "build", "layers": [
            {"layer": "Linear", "args": linear(4, 4), "name": "a"},
            {"layer": "ReLU"},
            {"layer": "Linear", "args": linear(4, 4), "tie": 0},
        ]},
        {"op": "add", "layer": "Tanh"},
        {"op": "undo"},
        {"op": "redo"},
        {"op": "undo"},
    )
    assert report["ok"]
    first, added, undone, redone, again = report["steps"]
    assert [m["tied_to"] for m in first["modules"]] == [None, None, 0]
    assert undone["repr"] == first["repr"] and redone["repr"] == added["repr"]
    assert again["repr"] == first["repr"]


def test_build_refuses_more_than_max_layers() -> None:
    layers = [{"layer": "ReLU"}] * (MAX_LAYERS + 1)
    report = run({"op": "build", "layers": layers})
    assert report["steps"][0]["error"]["kind"] == "invalid_argument"
    assert str(MAX_LAYERS) in report["steps"][0]["error"]["message"]


def test_a_brief_replay_keeps_the_outcome_of_each_step_and_nothing_of_the_network(tmp_path):
    """The window's replay (``brief``) plays the same steps to the same network; its
    records say whether each went as the file expects, without modules or parameters."""
    from core.session import Session

    doc = document(
        {"op": "add", "layer": "LazyLinear", "args": {"out_features": 4}},
        {"op": "forward", "shape": [2, 3]},
        {"op": "forward", "shape": [2, 5], "expect": {"error": "shape_mismatch"}},
    )
    path = tmp_path / "s.json"
    path.write_text(json.dumps(doc))
    full = scenario.run(scenario.load(path))
    session = Session(None, 0)
    transition = session.open(path)
    brief = transition.report
    assert [set(r) for r in brief["steps"]] == [
        {"index", "op", "ok", "expected", "error", "label", "note"}] * 3
    for short, whole in zip(brief["steps"], full["steps"], strict=True):
        assert {k: whole[k] for k in short} == short
    assert "modules" in full["steps"][0] and "parameters" in full["steps"][0]
    assert session.lab.snapshot.repr == full["steps"][-1]["repr"]
