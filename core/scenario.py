"""Scenario files: read and check them, run them on a Lab, report what happened."""

from __future__ import annotations

import json
import math
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from core import steps as step_ops
from core.errors import LabError
from core.lab import Lab
from core.memory import human_bytes
from core.messages import msg
from core.snapshot import Snapshot, TensorStats
from core.stats import DEFAULT_BINS

FORMAT = 1
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_STEPS = 10_000
MAX_BINS = 10_000
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
            text, parse_constant=_refuse_constant, object_pairs_hook=_refuse_duplicates
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
    return Scenario(tuple(raw_steps), seed, bins, document.get("title"), base)


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


def run(scenario: Scenario, lab: Lab | None = None, weights_dir: Path | None = None) -> dict:
    """Run every step; return the report (a JSON-ready dict, strict)."""
    lab = lab or Lab(bins=scenario.bins)
    if scenario.seed is not None:
        torch.manual_seed(scenario.seed)
    records = []
    shared: dict = {}  # one record per module or parameter record kept by several steps
    for index, step in enumerate(scenario.steps):
        error = analysis = None
        try:
            if step["op"] in step_ops.ANALYSES:
                analysis = step_ops.analysis_record(lab, step, scenario.bins)
                snapshot = lab.snapshot
            else:
                snapshot = step_ops.perform(lab, step, scenario.base)
        except LabError as exc:
            error, snapshot = exc, lab.snapshot
        wanted = step_ops.expect_kind(step)
        if wanted is None:
            expected = error is None
        else:
            expected = error is not None and wanted in ("error", error.kind)
        records.append(step_record(index, step, snapshot, error, expected, shared))
        if step["op"] in step_ops.ANALYSES:
            records[-1][step["op"]] = analysis  # figures: see core/figures.py
        if weights_dir is not None:
            from core.weights import save

            save(lab.state_dict(), weights_dir / f"step-{index:03d}.pt")
    return {
        "format": FORMAT,
        "ok": all(r["expected"] for r in records),
        "torch": torch.__version__,
        "steps": records,
    }


def step_record(
    index: int, step: dict, snapshot: Snapshot, error: LabError | None, expected: bool,
    shared: dict | None = None,
) -> dict:
    """One step of the report. Snapshots share the records of what did not change;
    with ``shared`` (one dict per report) their report records are shared too, so a
    run of n steps on n layers builds n records, not n²/2 (never mutate them)."""
    ok = error is None
    return {
        "index": index,
        "op": step["op"],
        "ok": ok,
        "expected": expected,
        "error": error.to_dict() if error else None,
        "label": snapshot.label if ok else None,
        "note": step.get("note"),
        "repr": snapshot.repr,
        "modules": [_once(shared, m, module_record) for m in snapshot.modules],
        "parameters": [_once(shared, p, parameter_record) for p in snapshot.parameters],
        "trace": trace_record(snapshot) if ok and step["op"] == "forward" else None,
        "visits": list(snapshot.visits) if ok and snapshot.visits is not None else None,
        "visit_lines": list(snapshot.visit_lines) if ok and snapshot.visit_lines else None,
        "changes": [c.text for c in snapshot.changes] if ok else [],
    }


def _once(shared: dict | None, info, make) -> dict:
    """``make(info)``, made once per (immutable) snapshot record when ``shared`` is given."""
    if shared is None:
        return make(info)
    kept = shared.get(id(info))
    if kept is None or kept[0] is not info:
        kept = shared[id(info)] = (info, make(info))
    return kept[1]


def module_record(module) -> dict:
    return {"name": module.name, "type": module.type, "layer": module.layer,
            "state": module.state, "tied_to": module.tied_to}


def parameter_record(param) -> dict:
    record = {
        "name": param.name,
        "shape": list(param.shape) if param.shape is not None else None,
        "materialized": param.materialized,
        "numel": param.numel,
        "changed": param.changed,
    }
    record.update(stats_record(param.stats))
    return record


def stats_record(stats: TensorStats | None, histogram: bool = True) -> dict:
    if stats is None:
        return {"mean": None, "std": None, "min": None, "max": None, "histogram": None}
    record = {
        "mean": number(stats.mean),
        "std": number(stats.std),
        "min": number(stats.min),
        "max": number(stats.max),
        "nonfinite": {"nan": stats.nan, "posinf": stats.posinf, "neginf": stats.neginf},
    }
    if histogram:
        hist = stats.histogram
        record["histogram"] = None if hist is None else {
            "edges": [number(e) for e in hist.edges.tolist()],
            "counts": hist.counts.tolist(),
        }
    return record


def trace_record(snapshot: Snapshot) -> list[dict] | None:
    if snapshot.trace is None:
        return None
    return [
        {
            "position": t.position,
            "name": t.name,
            "type": t.type,
            "input_shape": list(t.input_shape),
            "output_shape": list(t.output_shape),
            "output": stats_record(t.output, histogram=False),
        }
        for t in snapshot.trace
    ]


def number(value: float) -> float | str:
    """Strict JSON has no NaN or Infinity: those become the strings "NaN", "Infinity"."""
    if math.isfinite(value):
        return value
    if math.isnan(value):
        return "NaN"
    return "Infinity" if value > 0 else "-Infinity"


def write_report(report: dict, directory: Path) -> Path:
    from core import figures

    directory.mkdir(parents=True, exist_ok=True)
    figures.attach(report, directory)  # SVG charts of compare/depth steps, listed per step
    path = directory / "report.json"
    temporary = directory / "report.json.partial"  # a reader never sees half a report
    with open(temporary, "w", encoding="utf-8") as handle:
        _write_json(report, handle)
    temporary.replace(path)
    return path


def _write_json(report: dict, handle) -> None:
    """The report as JSON, one step per line, written step by step.

    ``indent`` makes ``json`` use its pure-Python encoder, about ten times slower than
    the C one, and the whole text was held in memory: for a 1000-step session that was
    most of the run and of its memory. Each step line uses the C encoder.
    """
    def dumps(value) -> str:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)

    head = {key: value for key, value in report.items() if key != "steps"}
    handle.write("{\n" + "".join(f" {dumps(k)}: {dumps(v)},\n" for k, v in head.items()))
    handle.write(' "steps": [')
    for index, step in enumerate(report["steps"]):
        handle.write(("\n  " if index == 0 else ",\n  ") + dumps(step))
    handle.write("\n ]\n}\n")
