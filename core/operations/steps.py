"""Steps: the operations a person performs, as JSON-ready dicts.

One format serves headless runs, tests, saved sessions and guided lessons. This
module checks a step's *structure* (JSON types, known ops and fields: a wrong
structure makes a whole scenario unusable) and performs a well-formed step on
a Lab (a wrong *value* is a step error, a LabError, reported per step).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch

from core.errors import ERROR_KINDS, INVALID_ARGUMENT, LabError
from core.io import weights
from core.messages import msg
from core.model.inputs import input_spec
from core.model.lab import Lab
from core.model.network import from_json
from core.model.snapshot import Snapshot

INT, NUM, STR, OBJ, LIST, NULL = "integer", "number", "string", "object", "array", "null"
REF = (INT, STR)  # a position or a layer name

COMMON_FIELDS = {
    "op": (STR,), "expect": (STR, OBJ), "note": (STR, OBJ), "title": (STR, OBJ),
    "exercise": (OBJ,),  # a lesson's interactive step: see docs/lessons.md
    "focus": (STR, LIST),  # the views a lesson step is about: core/lesson/lesson_focus.py
}
OPS: dict[str, dict[str, tuple]] = {
    "add": {"layer": (STR,), "args": (OBJ,), "name": (STR, NULL), "at": (INT,)},
    "remove": {"at": REF},
    "move": {"at": REF, "to": (INT,)},
    "duplicate": {"at": REF},
    "edit": {"at": REF, "args": (OBJ,), "layer": (STR,)},
    "rename": {"at": REF, "name": (STR, NULL)},
    "tie": {"at": REF, "to": REF},
    "untie": {"at": REF},
    "clear": {},
    "reset": {},
    "forward": {
        "shape": (LIST,), "fill": (STR,), "low": (NUM,), "high": (NUM,), "mean": (NUM,),
        "std": (NUM,), "seed": (INT,), "mode": (STR,),
    },
    "init": {
        "init": (STR,), "args": (OBJ,), "layers": (LIST,), "types": (LIST,),
        "params": (STR,), "seed": (INT,),
    },
    "load_weights": {"path": (STR,)},
    "build": {"layers": (LIST,), "label": (STR,), "seed": (INT,)},
    "undo": {},
    "redo": {},
    # analyses: they read the network and change nothing (see core/analysis/)
    "compare": {
        "inits": (LIST,), "seed": (INT,), "params": (STR,), "layers": (LIST,),
        "types": (LIST,), "bins": (INT,), "clip": (NUM, NULL),
    },
    "depth": {
        "inits": (LIST,), "seed": (INT,), "params": (STR,), "layers": (LIST,),
        "types": (LIST,), "shape": (LIST,), "mode": (STR,),
    },
    "train": {  # see core/training/
        "inits": (LIST,), "task": (STR, OBJ), "steps": (INT,), "batch": (INT,),
        "optimizer": (STR,), "lr": (NUM,), "momentum": (NUM,), "seed": (INT,), "params": (STR,),
        "layers": (LIST,), "types": (LIST,),
    },
}
ANALYSES = ("compare", "depth", "train")
REQUIRED = {
    "add": ("layer",), "remove": ("at",), "move": ("at", "to"), "duplicate": ("at",),
    "edit": ("at", "args"), "rename": ("at", "name"), "tie": ("at", "to"), "untie": ("at",),
    "forward": ("shape",), "init": ("init",), "load_weights": ("path",), "build": ("layers",),
}
LIST_ITEMS = {"shape": (INT,), "layers": REF + (OBJ,), "types": (STR,), "inits": (STR, OBJ)}


class StepFormatError(ValueError):
    """A step whose structure is wrong: the scenario cannot be used (exit 2)."""


def json_type(value: Any) -> str:
    if value is None:
        return NULL
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return INT
    if isinstance(value, float):
        return NUM
    if isinstance(value, str):
        return STR
    if isinstance(value, list):
        return LIST
    if isinstance(value, dict):
        return OBJ
    return type(value).__name__


def _fits(value: Any, allowed: tuple) -> bool:
    kind = json_type(value)
    return kind in allowed or (kind == INT and NUM in allowed)


def check_structure(step: Any, where: str) -> None:
    """Raise StepFormatError naming ``where`` and the field when the structure is wrong."""
    if not isinstance(step, dict):
        raise StepFormatError(msg("{where}: a step must be an object, got {type}",
                                  where=where, type=json_type(step)))
    op = step.get("op")
    if not isinstance(op, str):
        raise StepFormatError(
            msg("{where}: field 'op' must be a string naming the operation", where=where))
    if op not in OPS:
        raise StepFormatError(msg("{where}: unknown op {op}; ops are {ops}",
                                  where=where, op=repr(op), ops=", ".join(OPS)))
    fields = {**COMMON_FIELDS, **OPS[op]}
    for name, value in step.items():
        if name not in fields:
            raise StepFormatError(
                msg("{where}: op {op} has no field {name}; it takes {fields}", where=where,
                    op=repr(op), name=repr(name), fields=", ".join(fields))
            )
        if not _fits(value, fields[name]):
            raise StepFormatError(
                msg("{where}: field {name} must be {kinds}, got {type}", where=where,
                    name=repr(name), kinds=" or ".join(fields[name]), type=json_type(value))
            )
        if name in LIST_ITEMS and not all(_fits(item, LIST_ITEMS[name]) for item in value):
            raise StepFormatError(
                msg("{where}: field {name} must hold only {kinds} items", where=where,
                    name=repr(name), kinds=" or ".join(LIST_ITEMS[name]))
            )
    for name in REQUIRED.get(op, ()):
        if name not in step:
            raise StepFormatError(msg("{where}: op {op} needs field {name}",
                                      where=where, op=repr(op), name=repr(name)))
    expect_kind(step, where)
    for text_field in ("note", "title"):
        text = step.get(text_field)
        if isinstance(text, dict) and not all(isinstance(v, str) for v in text.values()):
            raise StepFormatError(
                msg("{where}: field {name} must be a string or an object of strings by language",
                    where=where, name=repr(text_field))
            )


def expect_kind(step: dict, where: str = "step") -> str | None:
    """None (meant to succeed), "error" (any error) or one error kind."""
    expect = step.get("expect")
    if expect is None or expect == "ok":
        return None
    if expect == "error":
        return "error"
    if isinstance(expect, dict) and set(expect) == {"error"} and expect["error"] in ERROR_KINDS:
        return expect["error"]
    raise StepFormatError(
        msg("{where}: field 'expect' must be \"ok\", \"error\" or {{\"error\": <kind>}} with "
            "kind one of {kinds}", where=where, kinds=", ".join(ERROR_KINDS))
    )


def manual_seed(seed: int) -> None:
    """Start torch's global random stream at ``seed``, where a session's steps begin."""
    torch.manual_seed(seed)


def perform(lab: Lab, step: dict, base: Path | None = None) -> Snapshot:
    """Carry out a well-formed step on ``lab``; raises LabError when it fails."""
    op = step["op"]
    if op in ("undo", "redo"):
        return lab.undo() if op == "undo" else lab.redo()
    if op in ANALYSES:  # nothing to commit or record: the network stays as it is
        analyze(lab, step, base=base)
        return lab.snapshot
    steps_before = lab.version.steps
    snapshot = _dispatch(lab, op, step, base)
    lab.record_step(steps_before, _recordable(step))
    return snapshot


def analyze(lab: Lab, step: dict, progress=None, base: Path | None = None):
    """Run a ``compare``, ``depth`` or ``train`` step: a Comparison, DepthResult or
    TrainResult; the lab is unchanged.

    ``progress(done, total, label)`` is called before each initializer, after the lab's
    monitor (core/cancel.py) had its say: a cancel stops the analysis there.
    """
    from core.analysis import compare, depth

    def report(done: int, total: int, label: str) -> None:
        lab.monitor.step(done, total, label)
        if progress is not None:
            progress(done, total, label)

    if step["op"] == "train":
        from core.training import train

        return train.from_step(lab, step, base, report)
    common = {
        "inits": step.get("inits", compare.DEFAULT_CANDIDATES), "seed": step.get("seed", 0),
        "params": step.get("params", "weight"), "layers": step.get("layers"),
        "types": step.get("types"), "progress": report,
    }
    if step["op"] == "compare":
        return compare.compare(lab, **common)
    return depth.depth_statistics(
        lab, **common, shape=step.get("shape"), mode=step.get("mode", "train")
    )


def analysis_record(
    lab: Lab, step: dict, bins: int | None = None, base: Path | None = None
) -> dict:
    """The report form of an analysis step, with proof that the network did not change."""
    from core.model.stats import DEFAULT_BINS

    bins = step.get("bins", bins or DEFAULT_BINS)
    before = lab.snapshot
    result = analyze(lab, step, base=base)
    record = result.to_json(bins, step.get("clip")) if step["op"] == "compare" else (
        result.to_json()
    )
    record["network_unchanged"] = lab.snapshot is before
    return record


def _dispatch(lab: Lab, op: str, step: dict, base: Path | None) -> Snapshot:
    if op == "add":
        return lab.add(step["layer"], step.get("args"), step.get("name"), step.get("at"))
    if op in ("remove", "duplicate", "untie"):
        return getattr(lab, op)(step["at"])
    if op == "move":
        return lab.move(step["at"], step["to"])
    if op == "edit":
        return lab.edit(step["at"], step["args"], step.get("layer"))
    if op == "rename":
        return lab.rename(step["at"], step["name"])
    if op == "tie":
        return lab.tie(step["at"], step["to"])
    if op == "build":
        network, label = from_json(step["layers"]), step.get("label", msg("build network"))
        if "seed" in step:  # torch.manual_seed(seed) before the layers are constructed
            return lab.seeded(_seed(step["seed"]), lambda: lab.load_network(network, label))
        return lab.load_network(network, label)
    if op in ("clear", "reset"):
        return getattr(lab, op)()
    if op == "forward":
        numbers = {k: step[k] for k in ("fill", "low", "high", "mean", "std", "seed") if k in step}
        return lab.forward(input_spec(step["shape"], **numbers), step.get("mode", "train"))
    if op == "init":
        return lab.initialize(
            step["init"], step.get("args"), step.get("layers"), step.get("types"),
            step.get("params", "weight"), step.get("seed"),
        )
    if op == "load_weights":
        path = Path(step["path"])
        if base is not None and not path.is_absolute():
            path = base / path
        return lab.load_state_dict(weights.read(path, lab.limit()),
                                   msg("load weights {name}", name=path.name))
    raise AssertionError(f"unhandled op {op}")  # check_structure admits only known ops


def _seed(seed: int) -> int:
    if not 0 <= seed < 2**63:
        text = msg("build: seed must be an integer from 0 to 2**63-1, got {seed}.", seed=seed)
        raise LabError(INVALID_ARGUMENT, text)
    return seed


def _recordable(step: dict) -> dict:
    """The step as a session keeps it: without expectations."""
    return {k: v for k, v in step.items() if k != "expect"}
