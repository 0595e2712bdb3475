"""Snapshots as strict JSON: the records a report is made of.

Strict JSON has no NaN or Infinity, so every float goes through ``number``. The
report (core/io/report.py), the operations' records (core/operations/) and the
analyses' ``to_json`` (core/analysis/) share these forms.
"""

from __future__ import annotations

import math

from core.model.snapshot import Snapshot, TensorStats


def parameter_record(param) -> dict:
    record = parameter_head(param)
    record.update(stats_record(param.stats))
    return record


def parameter_head(param) -> dict:
    """A parameter's record without its statistics (they follow it, ``stats_record``)."""
    return {
        "name": param.name,
        "shape": list(param.shape) if param.shape is not None else None,
        "materialized": param.materialized,
        "numel": param.numel,
        "changed": param.changed,
    }


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
        edges = None if hist is None else hist.edges.tolist()
        record["histogram"] = None if hist is None else {
            "edges": edges if all(map(math.isfinite, edges)) else [number(e) for e in edges],
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
