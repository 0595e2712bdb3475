"""Scenario files: structure checks (an unusable file) and value errors (step errors).

The shipped examples and the docs are in test_scenario_examples.py, the report in
test_scenario_report.py; shared helpers in tests/core/scenario_helpers.py.
"""

from __future__ import annotations

import json

import pytest
import torch

from core.errors import ERROR_KINDS
from core.io import scenario
from core.model.lab import Lab
from core.operations import steps
from tests.core.lab_helpers import linear
from tests.core.scenario_helpers import MLP, document, encoded, run

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
