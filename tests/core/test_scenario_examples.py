"""The shipped example scenarios run as they say, and the docs keep up with the code."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from torch import nn

from core.errors import ERROR_KINDS
from core.io import scenario
from core.model.network import MAX_LAYERS
from core.operations import steps
from tests.core.scenario_helpers import EXAMPLES, RECORD_FIELDS, strict

# -- the shipped examples ----------------------------------------------------------------------


def test_examples_exist() -> None:
    names = {path.name for path in EXAMPLES}
    assert {"seed_mlp.json", "apply_order.json", "lazy_linear.json", "named_layers.json",
            "exercises.json"} <= names


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_example_runs_as_expected(path: Path) -> None:
    loaded = scenario.load(path)
    report = strict(scenario.run(loaded))
    assert report["ok"], [s["error"] for s in report["steps"] if not s["expected"]]
    for step, record in zip(loaded.steps, report["steps"], strict=True):
        note = step.get("note")
        assert note, f"{path.name} step {record['index']} has no note"
        texts = [note] if isinstance(note, str) else list(note.values())
        assert isinstance(note, str) or "en" in note
        assert all(isinstance(t, str) and t.strip() for t in texts)
        assert record["note"] == note


def example(name: str) -> dict:
    return strict(scenario.run(scenario.load(EXAMPLES[0].parent / name)))


def test_seed_mlp_example_prints_what_torch_prints() -> None:
    net = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
    report = example("seed_mlp.json")
    final = report["steps"][-1]
    assert final["repr"] == repr(net)
    assert [(p["name"], p["shape"]) for p in final["parameters"]] == [
        (n, list(p.shape)) for n, p in net.named_parameters()
    ]


def test_apply_order_example_visits_like_torch() -> None:
    net = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
    lines: list[str] = []
    net.apply(lambda m: lines.append(f"Init {m}"))
    report = example("apply_order.json")
    inits = [s for s in report["steps"] if s["op"] == "init"]
    assert inits and all(s["visit_lines"] == lines for s in inits)


def test_lazy_linear_example_shows_the_lesson() -> None:
    report = example("lazy_linear.json")
    kinds = [s["error"]["kind"] if s["error"] else None for s in report["steps"]]
    assert "uninitialized" in kinds
    refused_at = kinds.index("uninitialized")
    assert "in_features=0" in report["steps"][refused_at]["repr"]
    forward = next(s for s in report["steps"] if s["op"] == "forward")
    assert forward["index"] > refused_at
    assert "Linear(in_features=20, out_features=256, bias=True)" in forward["repr"]
    assert "in_features: 0 → 20" in forward["changes"]
    low, high = torch.finfo(torch.float32).min / 10, torch.finfo(torch.float32).max / 10
    step = scenario.load(EXAMPLES[0].parent / "lazy_linear.json").steps[forward["index"]]
    assert (step["low"], step["high"]) == (low, high)


def test_named_layers_example_matches_add_module() -> None:
    net = nn.Sequential()
    net.add_module("Linear1", nn.Linear(20, 256))
    net.add_module("Linear2", nn.Linear(256, 10))
    report = example("named_layers.json")
    assert report["steps"][-1]["repr"] == repr(net)
    changed = [p["name"] for p in report["steps"][-1]["parameters"] if p["changed"]]
    assert changed == ["Linear1.weight", "Linear2.weight"]


def test_exercises_example_fails_where_the_lesson_says() -> None:
    report = example("exercises.json")
    errors = [s["error"] for s in report["steps"] if s["error"]]
    assert [e["kind"] for e in errors] == ["shape_mismatch", "shape_mismatch"]
    assert errors[0]["layer"] == "2"
    torch_message = errors[1]["torch_message"]
    assert torch_message == "mat1 and mat2 shapes cannot be multiplied (2x30 and 20x256)"
    final = report["steps"][-1]
    assert [p["name"] for p in final["parameters"]] == ["shared.weight", "shared.bias"]
    assert [m["tied_to"] for m in final["modules"]] == [None, None, 0]


# -- the documentation keeps up with the code ---------------------------------------------------

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_format_doc_covers_every_op_field_and_limit() -> None:
    text = (DOCS / "scenario-format.md").read_text("utf-8")
    for op, fields in steps.OPS.items():
        assert f"| `{op}` |" in text, op
        for field in fields:
            assert f"`{field}`" in text, (op, field)
    for field in [*steps.COMMON_FIELDS, *scenario.TOP_FIELDS]:
        assert f"`{field}`" in text, field
    for field in RECORD_FIELDS:
        assert f"`{field}`" in text, field
    assert f"{scenario.MAX_STEPS:,}" in text and f"{MAX_LAYERS:,}" in text
    assert f"{scenario.MAX_FILE_BYTES // 2**20} MiB" in text
    for token in ('"NaN"', '"Infinity"', '"-Infinity"', "--save-weights", "weights_only=True"):
        assert token in text


def test_errors_doc_covers_every_kind() -> None:
    text = (DOCS / "errors.md").read_text("utf-8")
    for kind in ERROR_KINDS:
        assert f"## `{kind}`" in text, kind
