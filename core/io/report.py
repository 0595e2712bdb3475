"""The report of a run: one record per step, written to disk as the run goes.

A report can grow large (every parameter's histogram at every step), so the
headless runner never holds it whole: :class:`ReportWriter` streams each
record, parameter by parameter, into a temporary file created exclusively in
the report folder, and renames it to ``report.json`` only when the run is
complete. The total it may write (report and figures) is bounded by
``MAX_REPORT_BYTES``; past it the run stops with a message saying what to
change. The JSON is the same as a report built in memory (``scenario.run``),
with ``ok`` and each step's ``parameters`` written last.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from pathlib import Path

import torch

from core.errors import LabError
from core.io import files
from core.messages import msg
from core.model.json_form import (  # noqa: F401 (the report's records, also used as report.*)
    number,
    parameter_head,
    parameter_record,
    stats_record,
    trace_record,
)
from core.model.memory import human_bytes
from core.model.snapshot import Snapshot
from core.operations import registry

FORMAT = 1
MAX_REPORT_BYTES = 2 * 1024**3
REPORT_NAME = "report.json"
FAILURES_KEPT = 50  # failing steps the runner lists on stderr (the report has them all)


class ReportTooLarge(ValueError):
    """The report would pass ``MAX_REPORT_BYTES``; the message says what to change."""


def brief_record(index: int, step: dict, snapshot: Snapshot, error: LabError | None,
                 expected: bool) -> dict:
    """What the window needs of a replayed step: whether it went as the file expects.

    A replay of 1000 steps in the window would otherwise build (and then free) half a
    million module and parameter records it never shows."""
    ok = error is None
    return {"index": index, "op": step["op"], "ok": ok, "expected": expected,
            "error": error.to_dict() if error else None,
            "label": snapshot.label if ok else None, "note": step.get("note")}


def step_record(
    index: int, step: dict, snapshot: Snapshot, error: LabError | None, expected: bool,
    parameters: bool = True,
) -> dict:
    """A step's report entry; without ``parameters`` a writer streams them one by one."""
    ok = error is None
    record = {
        "index": index,
        "op": step["op"],
        "ok": ok,
        "expected": expected,
        "error": error.to_dict() if error else None,
        "label": snapshot.label if ok else None,
        "note": step.get("note"),
        "repr": snapshot.repr,
        "modules": [
            {"name": m.name, "type": m.type, "layer": m.layer, "state": m.state,
             "tied_to": m.tied_to}
            for m in snapshot.modules
        ],
        "trace": None,  # the forward pass's: filled by its operation's record
        "visits": list(snapshot.visits) if ok and snapshot.visits is not None else None,
        "visit_lines": list(snapshot.visit_lines) if ok and snapshot.visit_lines else None,
        "changes": [c.text for c in snapshot.changes] if ok else [],
    }
    if ok:
        record.update(registry.operation(step["op"]).record(snapshot))
    if parameters:
        record["parameters"] = [parameter_record(p) for p in snapshot.parameters]
    return record


MEMORY_NUMBER_BYTES = 40  # a number of a report held in memory: a float object and its slot


def record_bytes(snapshot: Snapshot) -> int:
    """About how much memory a step's record takes, before it is built."""
    numbers = 32 + 8 * len(snapshot.modules) + len(snapshot.repr) // 8
    for param in snapshot.parameters:
        histogram = param.stats.histogram if param.stats is not None else None
        numbers += 16 + (0 if histogram is None else len(histogram.edges) + len(histogram.counts))
    numbers += 24 * len(snapshot.trace or ())
    return numbers * MEMORY_NUMBER_BYTES


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


class ReportWriter:
    """Streams a report into ``directory``; ``finish`` makes it ``report.json``."""

    def __init__(self, directory: Path, steps: int, bins: int,
                 limit: int | None = None) -> None:
        self.directory, self.steps, self.bins = directory, steps, bins
        self.limit = MAX_REPORT_BYTES if limit is None else limit
        self.written = 0
        self.count = 0
        self.ok = True
        self.failures: list[dict] = []  # the first FAILURES_KEPT unexpected steps, in brief
        self.failed = 0
        self._stats_texts: dict[int, tuple] = {}  # id -> (TensorStats, its JSON): last step's
        descriptor, self._temporary = files.new_partial(directory, REPORT_NAME)
        self._handle = os.fdopen(descriptor, "w", encoding="utf-8")
        self._write(f'{{"format": {FORMAT}, "torch": {_dumps(torch.__version__)}, "steps": [')

    def account(self, nbytes: int) -> None:
        """Count bytes written beside the report (figures) against the limit."""
        self.written += nbytes
        if self.written > self.limit:
            raise ReportTooLarge(msg(
                "The report would grow past {limit} at step {index} of {steps}: each step "
                "records every parameter's statistics and its {bins}-bin histogram. Lower "
                "'bins', run fewer steps or layers, or split the scenario into several.",
                limit=human_bytes(self.limit), index=self.count, steps=self.steps,
                bins=self.bins))

    def _write(self, text: str) -> None:
        self.account(len(text.encode("utf-8")))
        self._handle.write(text)

    def add(self, record: dict, parameters=()) -> None:
        """Write one step's record, then its parameters (``ParamInfo``) one at a time."""
        from core.io import figures

        figures.attach_record(record, self.directory, self.account)
        body = _dumps(record)
        self._write(("\n" if self.count == 0 else ",\n") + body[:-1] + ', "parameters": [')
        texts: dict[int, tuple] = {}
        for index, parameter in enumerate(parameters):
            self._write(("" if index == 0 else ", ") + self._parameter_text(parameter, texts))
        self._stats_texts = texts
        self._write("]}")
        self.count += 1
        if not record["expected"]:
            self.ok = False
            self.failed += 1
            if len(self.failures) < FAILURES_KEPT:
                error = record["error"]
                self.failures.append({"index": record["index"], "op": record["op"],
                                      "error": error and {"message": error["message"]}})

    def _parameter_text(self, param, texts: dict[int, tuple]) -> str:
        """``_dumps(parameter_record(param))``; the statistics' JSON (most of it) is
        reused from the step before while they are the same object: a parameter that
        did not change keeps its statistics."""
        stats = param.stats
        if stats is None:
            return _dumps(parameter_record(param))
        kept = self._stats_texts.get(id(stats))
        if kept is None or kept[0] is not stats:
            kept = (stats, _dumps(stats_record(stats)))
        texts[id(stats)] = kept
        return _dumps(parameter_head(param))[:-1] + ", " + kept[1][1:]

    def finish(self) -> Path:
        self._write(f'\n], "ok": {_dumps(self.ok)}}}\n')
        self._handle.close()
        path = self.directory / REPORT_NAME
        os.replace(self._temporary, path)
        return path

    def abort(self) -> None:
        """Close and remove the temporary file: no partial report is left."""
        with contextlib.suppress(OSError):
            self._handle.close()
        with contextlib.suppress(OSError):
            os.unlink(self._temporary)


def write_report(report: dict, directory: Path) -> Path:
    """Write a report built in memory (``scenario.run``) as ``directory/report.json``."""
    from core.io import figures

    directory.mkdir(parents=True, exist_ok=True)
    figures.attach(report, directory)
    path = directory / REPORT_NAME
    text = json.dumps(report, indent=1, ensure_ascii=False, allow_nan=False)
    files.write_text(path, text + "\n")
    return path


_OWN_OUTPUT = re.compile(r"^(report\.json|step-\d{3,}\.pt)$")


def is_report_output(path: str | os.PathLike, directory: Path) -> bool:
    """True when ``path`` is (or is a link to) a file a run into ``directory`` writes."""
    if files.same_file(path, directory / REPORT_NAME):
        return True
    try:
        target, folder = Path(path).resolve(), directory.resolve()
    except (OSError, RuntimeError, ValueError):
        return False
    return (target.parent == folder and bool(_OWN_OUTPUT.match(target.name))) or (
        target.parent == folder / "figures")


def clear_previous(directory: Path) -> None:
    """Remove what an earlier run wrote here: its report, weights, figures, partial files.

    Links are removed as links (never followed); other files are left alone.
    """
    if not directory.is_dir() or directory.is_symlink():
        return
    for entry in os.scandir(directory):
        if _OWN_OUTPUT.match(entry.name) or (
            files.is_partial(entry.name) and (entry.name.startswith((".report.json", ".step-",
                                                                       "report.json", "step-")))
        ):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(entry.path)
    figures_dir = directory / "figures"
    if figures_dir.is_symlink():  # a planted link: removed, so figures never land elsewhere
        figures_dir.unlink()
    elif figures_dir.is_dir():
        for entry in os.scandir(figures_dir):
            if entry.name.startswith(("step-", ".step-")) and (
                entry.name.endswith(".svg") or files.is_partial(entry.name)
            ):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry.path)
