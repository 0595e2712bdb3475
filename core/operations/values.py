"""Operations on the network's values: a forward pass, an initializer, loaded weights."""

from __future__ import annotations

from pathlib import Path

from core.io import weights
from core.messages import msg
from core.model.inputs import input_spec
from core.model.json_form import trace_record
from core.operations.base import Operation
from core.operations.fields import (
    ARGS,
    LAYERS,
    MODE,
    NUM,
    PARAMS,
    SEED,
    SHAPE,
    STR,
    TYPES,
    Field,
)

INPUT_NUMBERS = ("fill", "low", "high", "mean", "std", "seed")


class Forward(Operation):
    name = "forward"
    label = msg("Run a forward pass")
    fields = (
        SHAPE.needed(), Field("fill", (STR,)), Field("low", (NUM,)), Field("high", (NUM,)),
        Field("mean", (NUM,)), Field("std", (NUM,)), SEED, MODE,
    )

    def apply(self, lab, step, base):
        numbers = {k: step[k] for k in INPUT_NUMBERS if k in step}
        return lab.forward(input_spec(step["shape"], **numbers), step.get("mode", "train"))

    def export(self, code, step):
        code.forward(step)

    def record(self, snapshot):
        return {"trace": trace_record(snapshot)}  # what each layer received and gave


class Init(Operation):
    name = "init"
    label = msg("Apply an initializer")
    fields = (Field("init", (STR,), required=True), ARGS, LAYERS, TYPES, PARAMS, SEED)

    def apply(self, lab, step, base):
        return lab.initialize(
            step["init"], step.get("args"), step.get("layers"), step.get("types"),
            step.get("params", "weight"), step.get("seed"),
        )

    def export(self, code, step):
        code.apply_init(step)


class LoadWeights(Operation):
    name = "load_weights"
    label = msg("Load weights from a file")
    fields = (Field("path", (STR,), required=True),)

    def apply(self, lab, step, base):
        path = resolved(step["path"], base)
        return lab.load_state_dict(weights.read(path, lab.limit()),
                                   msg("load weights {name}", name=path.name))

    def export(self, code, step):
        code.load_weights(resolved(step["path"], code.base))


def resolved(path: str, base: Path | None) -> Path:
    """A step's path; a relative one starts from ``base`` (the scenario's folder)."""
    found = Path(path)
    return base / found if base is not None and not found.is_absolute() else found


