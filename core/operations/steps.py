"""Steps: the operations a person performs, as JSON-ready dicts.

One format serves headless runs, tests, saved sessions and guided lessons. This
module checks a step's *structure* (JSON types, known ops and fields: a wrong
structure makes a whole scenario unusable) and performs a well-formed step on
a Lab (a wrong *value* is a step error, a LabError, reported per step). What each
op takes and does is its class in the registry (core/operations/registry.py);
``OPS``, ``REQUIRED``, ``LIST_ITEMS`` and ``ANALYSES`` are views of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import torch

from core.messages import msg
from core.model.lab import Lab
from core.model.snapshot import Snapshot
from core.operations import registry
from core.operations.base import ANALYSIS
from core.operations.expect import StepFormatError, expect_kind, expected  # noqa: F401
from core.operations.fields import (  # noqa: F401 (the JSON type names, also steps.*)
    COMMON,
    INT,
    LIST,
    NULL,
    NUM,
    OBJ,
    REF,
    STR,
    fits,
    json_type,
)


class _View(Mapping):
    """A read-only view of the registry, computed when read: ops registered later show."""

    def __init__(self, read: Callable[[], dict]) -> None:
        self._read = read

    def __getitem__(self, key):
        return self._read()[key]

    def __iter__(self) -> Iterator:
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())

    def __repr__(self) -> str:
        return repr(self._read())


COMMON_FIELDS: dict[str, tuple[str, ...]] = {f.name: f.kinds for f in COMMON}
# op -> {field: JSON types}
OPS: Mapping[str, dict[str, tuple[str, ...]]] = _View(lambda: {
    op.name: {f.name: f.kinds for f in op.fields} for op in registry.operations()
})
# op -> the fields it needs (ops that need some)
REQUIRED: Mapping[str, tuple[str, ...]] = _View(lambda: {
    op.name: op.required() for op in registry.operations() if op.required()
})
# field -> the JSON types of its list items
LIST_ITEMS: Mapping[str, tuple[str, ...]] = _View(lambda: {
    f.name: f.items for op in registry.operations() for f in (*COMMON, *op.fields)
    if f.items is not None
})
ANALYSES = registry.analyses_names()  # the built-in analyses: compare, depth, train


def check_structure(step: Any, where: str) -> None:
    """Raise StepFormatError naming ``where`` and the field when the structure is wrong."""
    if not isinstance(step, dict):
        raise StepFormatError(msg("{where}: a step must be an object, got {type}",
                                  where=where, type=json_type(step)))
    op = step.get("op")
    if not isinstance(op, str):
        raise StepFormatError(
            msg("{where}: field 'op' must be a string naming the operation", where=where))
    if op not in registry.names():
        raise StepFormatError(msg("{where}: unknown op {op}; ops are {ops}",
                                  where=where, op=repr(op), ops=", ".join(registry.names())))
    fields = registry.fields_of(op)
    for name, value in step.items():
        field = fields.get(name)
        if field is None:
            raise StepFormatError(
                msg("{where}: op {op} has no field {name}; it takes {fields}", where=where,
                    op=repr(op), name=repr(name), fields=", ".join(fields))
            )
        if not fits(value, field.kinds):
            raise StepFormatError(
                msg("{where}: field {name} must be {kinds}, got {type}", where=where,
                    name=repr(name), kinds=" or ".join(field.kinds), type=json_type(value))
            )
        if field.items is not None and not all(fits(item, field.items) for item in value):
            raise StepFormatError(
                msg("{where}: field {name} must hold only {kinds} items", where=where,
                    name=repr(name), kinds=" or ".join(field.items))
            )
    for name in registry.operation(op).required():
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


def manual_seed(seed: int) -> None:
    """Start torch's global random stream at ``seed``, where a session's steps begin."""
    torch.manual_seed(seed)


def perform(lab: Lab, step: dict, base: Path | None = None) -> Snapshot:
    """Carry out a well-formed step on ``lab``; raises LabError when it fails."""
    return registry.operation(step["op"]).perform(lab, step, base)


def analyze(lab: Lab, step: dict, progress=None, base: Path | None = None):
    """Run a ``compare``, ``depth`` or ``train`` step: a Comparison, DepthResult or
    TrainResult; the lab is unchanged.

    ``progress(done, total, label)`` is called before each initializer, after the lab's
    monitor (core/cancel.py) had its say: a cancel stops the analysis there.
    """
    return _analysis(step).run(lab, step, progress, base)


def is_analysis(step: dict) -> bool:
    """Whether ``step`` (well-formed) is a compare, depth or train step."""
    return registry.operation(step["op"]).kind == ANALYSIS


def analysis_record(
    lab: Lab, step: dict, bins: int | None = None, base: Path | None = None
) -> dict:
    """The report form of an analysis step, with proof that the network did not change."""
    from core.model.stats import DEFAULT_BINS

    analysis = _analysis(step)
    bins = step.get("bins", bins or DEFAULT_BINS)
    before = lab.snapshot
    record = analysis.report(analysis.run(lab, step, base=base), step, bins)
    record["network_unchanged"] = lab.snapshot is before
    return record


def _analysis(step: dict):
    operation = registry.operation(step["op"])
    if operation.kind != ANALYSIS:
        raise ValueError(f"op {step['op']!r} is not an analysis")
    return operation
