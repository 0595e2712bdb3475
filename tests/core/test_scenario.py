"""Scenario files: structure checks, step errors, the report, and the shipped examples."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch
from torch import nn

from core.errors import ERROR_KINDS
from core.io import scenario
from core.model.lab import Lab
from core.model.network import MAX_LAYERS
from core.operations import steps
from tests.core.test_lab import linear, same_number, torch_stats

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))
RECORD_FIELDS = {
    "index", "op", "ok", "expected", "error", "label", "note", "repr", "modules",
    "parameters", "trace", "visits", "visit_lines", "changes",
}


def strict(report: dict) -> dict:
    """The report as strict JSON text and back: no NaN or Infinity tokens anywhere."""

    def refuse(name: str) -> None:
        raise AssertionError(f"{name} is not strict JSON")

    text = json.dumps(report, allow_nan=False)
    for token in ("NaN", "Infinity"):
        assert f": {token}" not in text and f"[{token}" not in text and f", {token}" not in text
    return json.loads(text, parse_constant=refuse)


def json_number(value: float) -> float | str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return value


def document(*steps_: dict, **top) -> dict:
    return {"format": 1, "steps": list(steps_), **top}


def encoded(doc: dict) -> bytes:
    return json.dumps(doc).encode()


def run(*steps_: dict, **top) -> dict:
    return strict(scenario.run(scenario.from_document(document(*steps_, **top))))


MLP = [
    {"op": "add", "layer": "Linear", "args": linear(20, 256)},
    {"op": "add", "layer": "ReLU"},
    {"op": "add", "layer": "Linear", "args": linear(256, 10)},
]

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


# -- structure errors: the scenario cannot be used ---------------------------------------------

STRUCTURE_ERRORS = [
    (document({"op": "add", "layer": 7}), ["step 0", "'layer'"]),
    (document(*MLP, {"op": "forward", "shape": "2x20"}), ["step 3", "'shape'"]),
    (document({"op": "forward", "shape": [2, 2.5]}), ["step 0", "'shape'"]),
    (document({"op": "fly"}), ["step 0", "'fly'"]),
    (document({"op": "add", "layer": "ReLU", "colour": "red"}), ["step 0", "'colour'"]),
    (document({"op": "add"}), ["step 0", "'layer'"]),
    (document({"layer": "ReLU"}), ["step 0", "'op'"]),
    (document("add ReLU"), ["step 0"]),
    (document({"op": "add", "layer": "ReLU", "expect": {"error": "oops"}}), ["step 0", "expect"]),
    (document({"op": "add", "layer": "ReLU", "note": {"en": 3}}), ["step 0", "'note'"]),
    (document({"op": "init", "init": "normal_", "types": [1]}), ["step 0", "'types'"]),
    (document({"op": "add", "layer": "ReLU", "at": True}), ["step 0", "'at'"]),
    ({"format": 2, "steps": []}, ["format"]),
    ({"format": "1", "steps": []}, ["format"]),
    ({"steps": []}, ["format"]),
    ({"format": 1}, ["steps"]),
    ({"format": 1, "steps": {}}, ["steps"]),
    ({"format": 1, "steps": [], "colour": 1}, ["colour"]),
    ({"format": 1, "steps": [], "seed": -1}, ["seed"]),
    ({"format": 1, "steps": [], "seed": 1.5}, ["seed"]),
    ({"format": 1, "steps": [], "bins": 0}, ["bins"]),
    ({"format": 1, "steps": [], "bins": scenario.MAX_BINS + 1}, ["bins"]),
    ([], ["top level"]),
    # Free-text top-level fields still have a type: text, or texts by language.
    ({"format": 1, "steps": [], "title": 7}, ["title"]),
    ({"format": 1, "steps": [], "description": ["a"]}, ["description"]),
    ({"format": 1, "steps": [], "language": 7}, ["language"]),
]


@pytest.mark.parametrize(
    ("doc", "words"), STRUCTURE_ERRORS,
    ids=[f"{i}-{'-'.join(w.strip(chr(39)) for w in words)}" for i, (_, words) in
         enumerate(STRUCTURE_ERRORS)],
)
def test_structure_errors_name_the_step_and_field(doc, words: list[str]) -> None:
    with pytest.raises(scenario.ScenarioError) as info:
        scenario.parse(encoded(doc))
    message = str(info.value)
    assert "\n" not in message
    for word in words:
        assert word in message, message


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b'{"format": 1, "steps": [', ["JSON"]),
        (b"\xff\xfe{}", ["UTF-8"]),
        (b'{"format": 1, "steps": [{"op": "forward", "shape": [2, NaN]}]}', ["NaN"]),
        (b'{"format": 1, "steps": [], "seed": Infinity}', ["Infinity"]),
        (b"[" * 100_000 + b"]" * 100_000, ["JSON"]),
    ],
)
def test_unreadable_files(data: bytes, words: list[str]) -> None:
    with pytest.raises(scenario.ScenarioError) as info:
        scenario.parse(data)
    for word in words:
        assert word in str(info.value)


def test_limits() -> None:
    too_many = document(*[{"op": "clear"}] * (scenario.MAX_STEPS + 1))
    with pytest.raises(scenario.ScenarioError, match="steps"):
        scenario.parse(encoded(too_many))
    scenario.parse(encoded(document(*[{"op": "clear"}] * scenario.MAX_STEPS)))
    with pytest.raises(scenario.ScenarioError, match="16 MiB"):
        scenario.parse(b" " * (scenario.MAX_FILE_BYTES + 1))


def test_utf8_bom_and_notes_in_two_languages_are_accepted() -> None:
    doc = document({"op": "add", "layer": "ReLU", "note": {"en": "a ReLU", "zh": "激活函数"},
                    "title": "one"})
    parsed = scenario.parse(b"\xef\xbb\xbf" + json.dumps(doc, ensure_ascii=False).encode())
    assert parsed.steps[0]["note"]["zh"] == "激活函数"


def test_every_op_and_field_is_accepted_by_the_structure_check() -> None:
    for op, fields in steps.OPS.items():
        assert set(steps.REQUIRED.get(op, ())) <= set(fields)
        with pytest.raises(steps.StepFormatError, match=op):
            steps.check_structure({"op": op, "no_such_field": 1}, "step 0")


# -- value errors: step errors in the report, not unusable files -------------------------------

VALUE_ERRORS = [
    ({"op": "add", "layer": "Linear", "args": {"in_features": -20, "out_features": 2}},
     "invalid_argument"),
    ({"op": "add", "layer": "Linear", "args": {"in_features": "20", "out_features": 2}},
     "invalid_argument"),
    ({"op": "add", "layer": "Linaer"}, "unknown_layer"),
    ({"op": "init", "init": "xavier"}, "unknown_initializer"),
    ({"op": "forward", "shape": [2, 0]}, "invalid_argument"),
    ({"op": "forward", "shape": []}, "invalid_argument"),
    ({"op": "forward", "shape": [2, 20], "fill": "stripes"}, "invalid_argument"),
    ({"op": "forward", "shape": [2, 21]}, "shape_mismatch"),
    ({"op": "remove", "at": 9}, "invalid_argument"),
    ({"op": "build", "layers": [{"layer": "Linear", "args": {"in_features": 0}}]},
     "invalid_argument"),
    ({"op": "load_weights", "path": "no-such-file.pt"}, "invalid_file"),
    ({"op": "redo"}, "invalid_argument"),
]


@pytest.mark.parametrize(("step", "kind"), VALUE_ERRORS)
def test_value_errors_are_step_errors(step: dict, kind: str) -> None:
    scenario.parse(encoded(document(*MLP, step)))  # structurally fine
    report = run(*MLP, step)
    record = report["steps"][-1]
    assert not report["ok"] and not record["ok"] and not record["expected"]
    assert record["error"]["kind"] == kind
    assert record["error"]["message"]
    assert record["label"] is None
    assert record["repr"] == report["steps"][-2]["repr"]  # the network as it was
    assert record["parameters"] == report["steps"][-2]["parameters"]
    expected = run(*MLP, {**step, "expect": {"error": kind}})
    assert expected["ok"] and expected["steps"][-1]["expected"]
    assert run(*MLP, {**step, "expect": "error"})["ok"]
    other = next(k for k in ERROR_KINDS if k != kind)
    assert not run(*MLP, {**step, "expect": {"error": other}})["ok"]


def test_expecting_an_error_that_does_not_happen_is_unexpected() -> None:
    report = run({"op": "add", "layer": "ReLU", "expect": "error"})
    assert not report["ok"] and report["steps"][0]["ok"] and not report["steps"][0]["expected"]
    assert run({"op": "add", "layer": "ReLU", "expect": "ok"})["ok"]


def test_failed_steps_consume_no_randomness() -> None:
    """A fixed seed gives the same weights with or without failing steps in between."""
    network = [
        {"op": "add", "layer": "LazyLinear", "args": {"out_features": 8}},
        {"op": "add", "layer": "ReLU"},
        {"op": "add", "layer": "LazyLinear", "args": {"out_features": 4}},
        {"op": "add", "layer": "Flatten", "args": {"start_dim": 0}},
        {"op": "add", "layer": "Linear", "args": linear(8, 2)},
    ]
    finish = [
        {"op": "forward", "shape": [2, 5]},
        {"op": "init", "init": "kaiming_normal_", "types": ["Linear"]},
        {"op": "forward", "shape": [2, 5]},
    ]
    failing = [
        # materializes both lazy layers (drawing numbers), then fails at the last Linear:
        {"op": "forward", "shape": [3, 5], "expect": {"error": "shape_mismatch"}},
        {"op": "init", "init": "normal_", "expect": {"error": "uninitialized"}},
        {"op": "add", "layer": "Linear", "args": {"in_features": 0}, "expect": "error"},
    ]
    clean_lab, noisy_lab = Lab(), Lab()
    clean = scenario.run(scenario.from_document(document(*network, *finish, seed=42)), clean_lab)
    clean_next = torch.rand(4)  # where the global random stream stands afterwards
    noisy = scenario.run(
        scenario.from_document(document(*network, *failing, *finish, seed=42)), noisy_lab
    )
    noisy_next = torch.rand(4)
    assert clean["ok"] and noisy["ok"]
    assert [s["ok"] for s in noisy["steps"]].count(False) == len(failing)
    assert clean["steps"][-1]["parameters"] == noisy["steps"][-1]["parameters"]
    a, b = clean_lab.state_dict(), noisy_lab.state_dict()
    assert sorted(a) == sorted(b)
    assert all(torch.equal(a[k], b[k]) for k in a)
    assert torch.equal(clean_next, noisy_next)


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
