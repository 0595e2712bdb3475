"""Helpers shared by the scenario tests: a strict JSON view of a report, a scenario document
from steps, and running it; the report's fields and a small MLP's steps.
"""

from __future__ import annotations

import json
from pathlib import Path

from core.io import scenario
from tests.core.lab_helpers import linear

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
