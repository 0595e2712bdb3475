"""The registry of operations drives the structure check, perform, the script and the report.

Each operation's fields, apply, export and record live in its class (core/operations/);
these tests walk the registry, so an operation added later is checked the same way.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from core.errors import ERROR_KINDS, INVALID_ARGUMENT, SHAPE_MISMATCH, LabError
from core.export import codegen
from core.io import report, scenario
from core.model.lab import Lab
from core.operations import registry, steps
from core.operations.base import ANALYSIS, EDIT, HISTORY, Operation
from core.operations.fields import INT, LIST, NULL, NUM, OBJ, STR, Field
from core.operations.structure import Add
from tests.core.test_codegen import check_export

SAMPLE = {INT: 1, NUM: 0.5, STR: "x", OBJ: {}, LIST: [], NULL: None}
WRONG = {INT: "x", NUM: "x", STR: 1, OBJ: 1, LIST: 1, NULL: 1}


def minimal_step(operation: Operation) -> dict:
    """A step of ``operation`` with its required fields only, each of a type it takes."""
    fields = {f.name: f for f in operation.fields}
    return {"op": operation.name, **{n: SAMPLE[fields[n].kinds[0]] for n in operation.required()}}


def every_field_name(operation: Operation) -> str:
    return ", ".join(["op", "expect", "note", "title", "exercise", "focus",
                      *(f.name for f in operation.fields)])


@pytest.mark.parametrize("operation", registry.operations(), ids=lambda op: op.name)
def test_the_structure_check_follows_each_operations_fields(operation: Operation) -> None:
    steps.check_structure(minimal_step(operation), "step 0")
    for name in operation.required():
        step = minimal_step(operation)
        del step[name]
        with pytest.raises(steps.StepFormatError) as refused:
            steps.check_structure(step, "step 3")
        assert str(refused.value) == f"step 3: op {operation.name!r} needs field {name!r}"
    with pytest.raises(steps.StepFormatError) as refused:
        steps.check_structure({**minimal_step(operation), "nope": 1}, "step 0")
    assert str(refused.value) == (f"step 0: op {operation.name!r} has no field 'nope'; it "
                                  f"takes {every_field_name(operation)}")
    for field in operation.fields:
        wrong = WRONG[field.kinds[0]]
        if steps.fits(wrong, field.kinds):  # a reference takes strings and integers
            continue
        with pytest.raises(steps.StepFormatError) as refused:
            steps.check_structure({**minimal_step(operation), field.name: wrong}, "step 0")
        assert str(refused.value) == (
            f"step 0: field {field.name!r} must be {' or '.join(field.kinds)}, got "
            f"{steps.json_type(wrong)}")
        if field.items is not None:
            with pytest.raises(steps.StepFormatError) as refused:
                steps.check_structure({**minimal_step(operation), field.name: [[]]}, "step 0")
            assert str(refused.value) == (f"step 0: field {field.name!r} must hold only "
                                          f"{' or '.join(field.items)} items")


def test_the_tables_are_views_of_the_registry() -> None:
    assert list(steps.OPS) == list(registry.names())
    for operation in registry.operations():
        assert steps.OPS[operation.name] == {f.name: f.kinds for f in operation.fields}
        assert steps.REQUIRED.get(operation.name, ()) == operation.required()
    assert tuple(op.name for op in registry.operations()
                                   if op.kind == ANALYSIS) == steps.ANALYSES
    with pytest.raises(steps.StepFormatError, match="ops are add, remove, move"):
        steps.check_structure({"op": "nope"}, "step 0")


def test_the_schema_is_generated_from_the_fields() -> None:
    schema = registry.schema()
    by_op = {v["properties"]["op"]["const"]: v for v in schema["oneOf"]}
    assert list(by_op) == list(registry.names())
    for operation in registry.operations():
        variant = by_op[operation.name]
        assert variant["required"] == ["op", *operation.required()]
        assert set(variant["properties"]) == set(every_field_name(operation).split(", "))
    json.dumps(schema)  # plain JSON


# -- adding an operation: one class, registered --------------------------------------------


class AddLinear(Operation):
    """A test's own operation: ``Linear(in, out)`` appended, written as an ``add`` is."""

    name = "add_linear"
    label = "Add a Linear layer"
    fields = (Field("in", (INT,), required=True), Field("out", (INT,), required=True))

    def add_step(self, step: dict) -> dict:
        return {"op": "add", "layer": "Linear",
                "args": {"in_features": step["in"], "out_features": step["out"]}}

    def apply(self, lab, step, base):
        return lab.add("Linear", self.add_step(step)["args"])

    def export(self, code, step):
        Add().export(code, self.add_step(step))


@pytest.fixture
def add_linear():
    registry.register(AddLinear)
    yield registry.operation("add_linear")
    registry.unregister("add_linear")


def test_a_registered_operation_is_checked_performed_exported_and_reported(
        add_linear, tmp_path: Path) -> None:
    with pytest.raises(steps.StepFormatError, match="op 'add_linear' needs field 'out'"):
        steps.check_structure({"op": "add_linear", "in": 3}, "step 0")
    assert steps.OPS["add_linear"] == {"in": (INT,), "out": (INT,)}
    document = {"format": 1, "seed": 3, "steps": [
        {"op": "add_linear", "in": 4, "out": 3}, {"op": "add", "layer": "ReLU"},
        {"op": "add_linear", "in": 3, "out": 2},
        {"op": "add_linear", "in": -1, "out": 2, "expect": {"error": "invalid_argument"}},
        {"op": "forward", "shape": [2, 4]},
    ]}
    parsed = scenario.parse(json.dumps(document).encode())
    torch.manual_seed(3)
    lab = Lab()
    result = scenario.run(parsed, lab)
    assert result["ok"], result
    assert [r["op"] for r in result["steps"]][:3] == ["add_linear", "add", "add_linear"]
    assert lab.snapshot.repr == str(torch.nn.Sequential(
        torch.nn.Linear(4, 3), torch.nn.ReLU(), torch.nn.Linear(3, 2)))
    check_export(lab, tmp_path, seed=3)  # the script gives back the lab's tensors


def test_registering_twice_or_a_common_field_is_refused(add_linear) -> None:
    with pytest.raises(ValueError, match="registered already"):
        registry.register(AddLinear)

    class Noted(Operation):
        name = "noted"
        fields = (Field("note", (STR,)),)

    with pytest.raises(ValueError, match="repeats a field"):
        registry.register(Noted)


# -- every operation exports and reports ------------------------------------------------------

LAYERS = [{"layer": "LazyLinear", "args": {"out_features": 4}}, {"layer": "ReLU"},
          {"layer": "Linear", "args": {"in_features": 4, "out_features": 3}, "name": "head"}]
START = [{"op": "add", **layer} for layer in LAYERS] + [{"op": "forward", "shape": [2, 5]}]
# One session per operation that edits the network; each must export exactly.
SESSIONS = {
    "add": START + [{"op": "add", "layer": "Tanh", "at": 1}],
    "remove": START + [{"op": "remove", "at": 1}],
    "move": START + [{"op": "move", "at": "head", "to": 0}],
    "duplicate": START + [{"op": "duplicate", "at": "head"}],
    "edit": START + [{"op": "edit", "at": "head", "args": {"in_features": 4,
                                                             "out_features": 2}}],
    "rename": START + [{"op": "rename", "at": 1, "name": "act"}],
    "tie": START + [{"op": "add", "layer": "Linear", "args": {"in_features": 3,
                                                                "out_features": 3}},
                    {"op": "tie", "at": 3, "to": "head"}],
    "untie": START + [{"op": "add", "layer": "ReLU"}, {"op": "tie", "at": 3, "to": 1},
                      {"op": "untie", "at": 3}],
    "clear": START + [{"op": "clear"}, {"op": "add", "layer": "Linear",
                                        "args": {"in_features": 2, "out_features": 2}}],
    "reset": START + [{"op": "reset"}],
    "forward": START + [{"op": "forward", "shape": [3, 5], "mode": "eval"}],
    "init": START + [{"op": "init", "init": "kaiming_normal_", "types": ["Linear"],
                      "seed": 7}],
    "load_weights": START + [{"op": "load_weights", "path": "w.pt"}],
    "build": [{"op": "build", "layers": LAYERS, "seed": 5}, {"op": "forward", "shape": [1, 6]}],
}


def test_every_editing_operation_has_a_session_here() -> None:
    assert set(SESSIONS) == {op.name for op in registry.operations() if op.kind == EDIT}


@pytest.mark.parametrize("name", sorted(SESSIONS))
def test_every_operations_script_gives_back_the_labs_tensors(name: str, tmp_path: Path) -> None:
    torch.manual_seed(11)
    source = Lab()
    for step in START:
        steps.perform(source, step)
    torch.save({k: torch.full_like(v, 0.25) for k, v in source.state_dict().items()},
               tmp_path / "w.pt")
    torch.manual_seed(0)
    lab = Lab()
    for step in SESSIONS[name]:
        if "path" in step:  # the weights written above
            step = {**step, "path": str(tmp_path / step["path"])}
        steps.perform(lab, step)
    assert name in [s["op"] for s in lab.version.steps]  # it succeeded and was recorded
    check_export(lab, tmp_path, seed=0)
    if name == "load_weights":
        assert all(torch.all(v == 0.25) for v in lab.state_dict().values())


def test_history_and_analyses_are_not_exported() -> None:
    for operation in registry.operations():
        if operation.kind != EDIT:
            with pytest.raises(ValueError, match="cannot export op"):
                codegen.export_script([{"op": operation.name}])


def test_each_record_is_what_its_operation_says(tmp_path: Path) -> None:
    lab = Lab()
    records = {}
    for step in [*START, {"op": "init", "init": "zeros_"}, {"op": "undo"}]:
        snapshot = steps.perform(lab, step)
        records[step["op"]] = report.step_record(0, step, snapshot, None, True)
    trace = records["forward"]["trace"]
    assert [t["output_shape"] for t in trace] == [[2, 4], [2, 4], [2, 3]]
    assert records["add"]["trace"] is None and records["init"]["trace"] is None
    assert records["init"]["visits"] and records["undo"]["visits"] is None
    failed = report.step_record(0, START[-1], lab.snapshot,
                                LabError(SHAPE_MISMATCH, "no"), False)
    assert failed["trace"] is None and list(failed) == list(records["forward"])


# -- one decision for every expect --------------------------------------------------------------


@pytest.mark.parametrize("expect", [None, "ok", "error", *({"error": k} for k in ERROR_KINDS)])
def test_one_function_decides_every_expect(expect) -> None:
    step = {"op": "clear"} if expect is None else {"op": "clear", "expect": expect}
    wanted = steps.expect_kind(step)
    for error in (None, *(LabError(kind, "x") for kind in ERROR_KINDS)):
        meant = (expect in (None, "ok") and error is None) or (
            error is not None and (expect == "error" or expect == {"error": error.kind}))
        assert steps.expected(wanted, error) is meant, (expect, error)


def test_history_ops_are_not_recorded_and_analyses_leave_the_lab_alone() -> None:
    lab = Lab()
    for step in START:
        steps.perform(lab, step)
    logged, version, cache = lab.version.steps, lab.version, lab.cache
    assert registry.operation("undo").kind == HISTORY
    steps.perform(lab, {"op": "compare", "inits": ["zeros_", "ones_"]})
    steps.perform(lab, {"op": "depth", "inits": ["zeros_"], "shape": [4, 5]})
    assert lab.version is version and lab.cache is cache and lab.version.steps is logged
    with pytest.raises(LabError) as refused:
        steps.perform(lab, {"op": "compare", "layers": ["nope"]})
    assert refused.value.kind == INVALID_ARGUMENT and lab.version is version


def test_a_scratch_lab_starts_from_the_lab_and_never_touches_it() -> None:
    lab = Lab()
    for step in START:
        steps.perform(lab, step)
    before = {k: v.clone() for k, v in lab.state_dict().items()}
    version, cache = lab.version, lab.cache
    scratch = lab.scratch()
    assert scratch.snapshot is lab.snapshot and scratch.cache is not lab.cache
    scratch.initialize("ones_", types=["Linear"])
    scratch.remove(0)
    assert lab.version is version and lab.cache is cache and not lab.can_redo
    assert all(torch.equal(v, lab.state_dict()[k]) for k, v in before.items())
    assert lab.targets(["head"], None) == [2]
    with pytest.raises(LabError):
        lab.targets(["nope"], None)
