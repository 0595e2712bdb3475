"""Analyses as steps: they read the network, change nothing, and report what they found.

The work itself is in core/analysis/ (compare, depth) and core/training/; these classes
say which fields a step takes and how the result goes into the report.
"""

from __future__ import annotations

from core.analysis import compare, depth
from core.errors import TOO_LARGE, LabError
from core.messages import msg
from core.model.memory import human_bytes
from core.operations.base import Analysis
from core.operations.fields import (
    INITS,
    INT,
    LAYERS,
    MODE,
    NULL,
    NUM,
    OBJ,
    PARAMS,
    SEED,
    SHAPE,
    STR,
    TYPES,
    Field,
)

REPORT_NUMBER_BYTES = 24  # a number of the report, as JSON text and as a Python object


def _common(step: dict, progress) -> dict:
    return {
        "inits": step.get("inits", compare.DEFAULT_CANDIDATES), "seed": step.get("seed", 0),
        "params": step.get("params", "weight"), "layers": step.get("layers"),
        "types": step.get("types"), "progress": progress,
    }


class Compare(Analysis):
    name = "compare"
    label = msg("Compare initializers")
    fields = (INITS, SEED, PARAMS, LAYERS, TYPES, Field("bins", (INT,)), Field("clip", (NUM, NULL)))

    def analyze(self, lab, step, progress, base=None):
        return compare.compare(lab, **_common(step, progress))

    def report(self, result, step, bins):
        return result.to_json(bins, step.get("clip"))

    def check_record_size(self, lab, step, bins, limit):
        candidates = step.get("inits")
        count = len(candidates) if isinstance(candidates, list) else len(
            compare.DEFAULT_CANDIDATES)
        parameters = len(lab.snapshot.parameters)
        numbers = parameters * count * (3 * step.get("bins", bins) + 2)
        estimate = numbers * REPORT_NUMBER_BYTES
        if estimate > limit:
            raise LabError(TOO_LARGE, msg(
                "This comparison would add about {size} to the report ({parameters} parameters "
                "× {count} initializers × {bins} bins), more than its limit of {limit}; compare "
                "fewer layers (layers or types), fewer initializers or fewer bins.",
                size=human_bytes(estimate), parameters=parameters, count=count,
                bins=step.get("bins", bins), limit=human_bytes(limit)))


class Depth(Analysis):
    name = "depth"
    label = msg("Measure the signal through depth")
    fields = (INITS, SEED, PARAMS, LAYERS, TYPES, SHAPE, MODE)

    def analyze(self, lab, step, progress, base=None):
        return depth.depth_statistics(
            lab, **_common(step, progress), shape=step.get("shape"),
            mode=step.get("mode", "train"))

    def report(self, result, step, bins):
        return result.to_json()


class Train(Analysis):
    """Train a copy of the network per initializer on one task (core/training/)."""

    name = "train"
    label = msg("Train and compare initializers")
    writes_network_first = True  # the loop trains copies of ``net``
    fields = (
        INITS, Field("task", (STR, OBJ)), Field("steps", (INT,)), Field("batch", (INT,)),
        Field("optimizer", (STR,)), Field("lr", (NUM,)), Field("momentum", (NUM,)), SEED,
        PARAMS, LAYERS, TYPES,
    )

    def analyze(self, lab, step, progress, base=None):
        from core.training import train

        return train.from_step(lab, step, base, progress, live=lab.monitor.live)

    def report(self, result, step, bins):
        return result.to_json()

    def export(self, code, step):
        code.train(step)  # a train step's loop, with the record the run produced
