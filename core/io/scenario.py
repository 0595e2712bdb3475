"""Scenario files: read and check them, run them on a Lab, report what happened."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from core.errors import INVALID_FILE, RUNTIME, TOO_LARGE, LabError
from core.io.limits import LimitError, check_document, parse_float, shown
from core.io.report import (  # noqa: F401 (the report's records, also used as scenario.*)
    FORMAT,
    MAX_REPORT_BYTES,
    ReportWriter,
    brief_record,
    number,
    parameter_record,
    record_bytes,
    stats_record,
    step_record,
    trace_record,
    write_report,
)
from core.messages import msg
from core.model.lab import Lab
from core.model.memory import human_bytes
from core.model.stats import DEFAULT_BINS, MAX_BINS
from core.operations import registry
from core.operations import steps as step_ops
from core.operations.base import ANALYSIS

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_STEPS = 10_000
TOP_FIELDS = {"format", "seed", "steps", "title", "description", "bins", "language"}


class ScenarioError(ValueError):
    """The scenario cannot be used at all; the message names the step and the field."""


@dataclass(frozen=True)
class Scenario:
    steps: tuple[dict, ...]
    seed: int | None = None
    bins: int = DEFAULT_BINS
    title: Any = None
    base: Path | None = None  # folder that relative paths in steps start from
    description: Any = None


def parse(data: bytes, base: Path | None = None) -> Scenario:
    """A checked Scenario from the bytes of a file, or ScenarioError."""
    if len(data) > MAX_FILE_BYTES:
        raise ScenarioError(_too_big(len(data)))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScenarioError(
            msg("the file is not UTF-8 text (byte {at} cannot be decoded); save it as UTF-8",
                at=exc.start)
        ) from exc
    if not text.strip():
        raise ScenarioError(msg("the file is empty; a scenario is a JSON object with "
                                "'format' and 'steps'"))
    try:
        document = json.loads(
            text, parse_constant=_refuse_constant, object_pairs_hook=_refuse_duplicates,
            parse_float=parse_float,
        )
    except json.JSONDecodeError as exc:
        raise ScenarioError(
            msg("not valid JSON: {reason} (line {line}, column {column})",
                reason=exc.msg, line=exc.lineno, column=exc.colno)
        ) from exc
    except RecursionError as exc:
        raise ScenarioError(_TOO_DEEP) from exc
    except ValueError as exc:  # NaN/Infinity, duplicate fields, integers of > 4300 digits
        reason = str(exc)
        if "integer string conversion" in reason:
            reason = msg("a number has more than {digits} digits", digits=_max_digits())
        raise ScenarioError(msg("not usable JSON: {reason}", reason=reason)) from exc
    try:
        check_document(document)
    except LimitError as exc:
        raise ScenarioError(str(exc)) from exc
    try:
        json.dumps(document, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ScenarioError(
            msg("the file holds text that is not valid Unicode (an unpaired surrogate such as "
                "\\ud800)")
        ) from exc
    except RecursionError as exc:
        raise ScenarioError(_TOO_DEEP) from exc
    return from_document(document, base)


_TOO_DEEP = msg(
    "not usable JSON: it nests arrays or objects too deeply to read; a scenario needs only "
    "a few levels"
)


def _too_big(size: int) -> str:
    return msg("the file is {size}; scenarios up to {limit} are read",
               size=human_bytes(size), limit=f"{MAX_FILE_BYTES // 2**20} MiB")


def _max_digits() -> int:
    import sys

    return sys.get_int_max_str_digits() or 4300


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    seen: dict = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(msg("field {key} appears twice in one object", key=repr(key)))
        seen[key] = value
    return seen


def from_document(document: Any, base: Path | None = None) -> Scenario:
    if not isinstance(document, dict):
        raise ScenarioError(msg("the top level must be an object with 'format' and 'steps'"))
    unknown = sorted(set(document) - TOP_FIELDS)
    if unknown:
        raise ScenarioError(
            msg("unknown top-level field {name}; fields are {fields}",
                name=repr(unknown[0]), fields=", ".join(sorted(TOP_FIELDS)))
        )
    if "format" not in document or "steps" not in document:
        raise ScenarioError(msg("fields 'format' and 'steps' are required"))
    if type(document["format"]) is not int or document["format"] != FORMAT:
        raise ScenarioError(msg("format {value} is not supported; use {format}",
                                value=repr(document["format"]), format=FORMAT))
    seed = document.get("seed")
    if seed is not None and (step_ops.json_type(seed) != "integer" or not 0 <= seed < 2**63):
        raise ScenarioError(msg("field 'seed' must be an integer from 0 to 2**63-1"))
    bins = document.get("bins", DEFAULT_BINS)
    if step_ops.json_type(bins) != "integer" or not 1 <= bins <= MAX_BINS:
        raise ScenarioError(
            msg("field 'bins' must be an integer from 1 to {limit}", limit=MAX_BINS))
    for field in ("title", "description"):
        value = document.get(field)
        if value is not None and not _is_text(value):
            raise ScenarioError(
                msg("field {name} must be a string or an object of strings", name=repr(field)))
    if "language" in document and not isinstance(document["language"], str):
        raise ScenarioError(msg("field 'language' must be a string such as \"en\" or \"zh_CN\""))
    raw_steps = document["steps"]
    if not isinstance(raw_steps, list):
        raise ScenarioError(msg("field 'steps' must be an array"))
    if len(raw_steps) > MAX_STEPS:
        raise ScenarioError(msg("{count} steps; a scenario holds at most {limit}",
                                count=len(raw_steps), limit=MAX_STEPS))
    for index, step in enumerate(raw_steps):
        try:
            step_ops.check_structure(step, msg("step {index}", index=index))
        except step_ops.StepFormatError as exc:
            raise ScenarioError(exc.args[0] if exc.args else str(exc)) from exc
    return Scenario(tuple(raw_steps), seed, bins, document.get("title"), base,
                    document.get("description"))


def _is_text(value: Any) -> bool:
    if isinstance(value, str):
        return True
    return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())


def load(path: str | os.PathLike) -> Scenario:
    """Read and check a scenario file; its size is checked before it is read."""
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ScenarioError(msg("{path} is not a regular file (a folder or a device)",
                                    path=str(path)))
        if info.st_size > MAX_FILE_BYTES:
            raise ScenarioError(_too_big(info.st_size))
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        if isinstance(exc, ScenarioError):
            raise
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ScenarioError(msg("cannot read {path}: {reason}", path=str(path), reason=reason)
                            ) from exc
    return parse(data, path.parent)


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON; write non-finite numbers as strings")


# -- running -------------------------------------------------------------------------


def run(
    scenario: Scenario,
    lab: Lab | None = None,
    weights_dir: Path | None = None,
    writer: ReportWriter | None = None,
    trained: list | None = None,
    brief: bool = False,
) -> dict:
    """Run every step; return the report (a JSON-ready dict, strict).

    ``brief``: each step's record says only whether it went as expected (``brief_record``,
    for the window); otherwise it lists the network's modules and parameters.

    With ``writer`` each record goes to disk as soon as its step is done and the
    returned report's ``steps`` stay empty: memory does not grow with the run.
    ``trained``, if given, receives (the steps that led to the network, the record) of
    each successful train step, for the exported code (core/export/train_code.py).
    """
    lab = lab or Lab(bins=scenario.bins)
    if scenario.seed is not None:
        torch.manual_seed(scenario.seed)
    records = []
    ok = True
    held = 0  # bytes of records held in memory (without a writer)
    for index, step in enumerate(scenario.steps):
        operation = registry.operation(step["op"])
        error = analysis = None
        try:
            if operation.kind == ANALYSIS:
                operation.check_record_size(lab, step, scenario.bins, MAX_REPORT_BYTES)
                analysis = step_ops.analysis_record(lab, step, scenario.bins, scenario.base)
                snapshot = lab.snapshot
            else:
                snapshot = operation.perform(lab, step, scenario.base)
        except LabError as exc:
            error, snapshot = exc, lab.snapshot
        except Exception as exc:  # noqa: BLE001 (a step never ends the run with a traceback)
            error, snapshot = unexpected_error(exc), lab.snapshot
        expected = step_ops.expected(step_ops.expect_kind(step), error)
        ok = ok and expected
        if brief:
            record = brief_record(index, step, snapshot, error, expected)
        else:
            if writer is None:
                held += record_bytes(snapshot)
                _check_held(held, index, scenario)
            record = step_record(index, step, snapshot, error, expected,
                                 parameters=writer is None)
        if operation.kind == ANALYSIS:
            record[step["op"]] = analysis  # figures: see core/io/figures.py
            if trained is not None and step["op"] == "train" and error is None:
                trained.append((lab.version.steps, analysis))
        if writer is None:
            records.append(record)
        else:
            writer.add(record, snapshot.parameters)
        if weights_dir is not None:
            from core.io.weights import save

            save(lab.state_dict(), weights_dir / f"step-{index:03d}.pt")
    return {"format": FORMAT, "ok": ok, "torch": torch.__version__, "steps": records}


def _check_held(held: int, index: int, scenario: Scenario) -> None:
    """A report kept in memory (replaying a file in the window) stays within the limit."""
    if held > MAX_REPORT_BYTES:
        raise ScenarioError(msg(
            "replaying it would hold a report of more than {limit} in memory by step {index} "
            "of {steps} (every step records every parameter's {bins}-bin histogram); lower "
            "'bins', use fewer steps or layers, or split the file",
            limit=human_bytes(MAX_REPORT_BYTES), index=index, steps=len(scenario.steps),
            bins=scenario.bins))


def unexpected_error(exc: Exception) -> LabError:
    """An error nothing foresaw, as a step error: the network is unchanged (operations
    commit only on success), and the message says so instead of a traceback."""
    kind = TOO_LARGE if isinstance(exc, MemoryError) else RUNTIME
    text = str(exc).splitlines()[0] if str(exc) else ""
    return LabError(kind, msg(
        "This step failed unexpectedly ({type}: {reason}); the network was left as it was. "
        "Try smaller or more ordinary values.", type=type(exc).__name__,
        reason=shown(text, 200)), torch_message=shown(text, 2000))


def refuse_unexpected(path: Path, report: dict) -> None:
    """A file whose step does not do what the file says is not opened (nothing changes).

    Steps that fail *as expected* (a lesson's deliberate mistakes) are fine.
    """
    for record in report["steps"]:
        if record["expected"]:
            continue
        error = record["error"]
        reason = error["message"] if error else msg("succeeded, but the file expects an error.")
        raise LabError(
            INVALID_FILE,
            msg("{name} was not opened: its step {index} ({op}) does not replay: {reason} "
                "The network was left as it was; fix the step or remove it.",
                name=path.name, index=record["index"], op=record["op"], reason=reason),
            layer=None,
            torch_message=error["torch_message"] if error else None,
        )
