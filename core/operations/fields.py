"""The fields a step may hold, as JSON types: what the structure check and the schema use.

An operation lists its fields (``core/operations/base.py``); the structure check
(``core.operations.steps.check_structure``) and the scenario schema
(``core.operations.registry.schema``) are generated from those lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

INT, NUM, STR, OBJ, LIST, NULL = "integer", "number", "string", "object", "array", "null"
REF = (INT, STR)  # a position or a layer name


@dataclass(frozen=True)
class Field:
    """One field of a step: its JSON types, whether it must be there, what a list holds."""

    name: str
    kinds: tuple[str, ...]
    required: bool = False
    items: tuple[str, ...] | None = None  # the JSON types of a list's items

    def needed(self) -> Field:
        """The same field, required."""
        return Field(self.name, self.kinds, True, self.items)


# Every step may carry these, whatever its op.
COMMON = (
    Field("op", (STR,)), Field("expect", (STR, OBJ)), Field("note", (STR, OBJ)),
    Field("title", (STR, OBJ)),
    Field("exercise", (OBJ,)),  # a lesson's interactive step: see docs/lessons.md
    Field("focus", (STR, LIST)),  # the views a lesson step is about: core/lesson/lesson_focus.py
)

# Fields several operations share, with the same types.
AT = Field("at", REF)
SEED = Field("seed", (INT,))
ARGS = Field("args", (OBJ,))
LAYER = Field("layer", (STR,))
PARAMS = Field("params", (STR,))
MODE = Field("mode", (STR,))
SHAPE = Field("shape", (LIST,), items=(INT,))
LAYERS = Field("layers", (LIST,), items=REF + (OBJ,))  # references, or a build's layers
TYPES = Field("types", (LIST,), items=(STR,))
INITS = Field("inits", (LIST,), items=(STR, OBJ))


def json_type(value: Any) -> str:
    """The JSON type of a value read from a file, as the messages name it."""
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


def fits(value: Any, allowed: tuple[str, ...]) -> bool:
    """Whether ``value`` is of one of the ``allowed`` JSON types (an integer is a number)."""
    kind = json_type(value)
    return kind in allowed or (kind == INT and NUM in allowed)
