"""Every operation, by name: the one place that lists what a step can be.

Adding an operation means writing one class (see core/operations/base.py) and
registering it here (or calling ``register`` on it): the structure check, the
schema, ``perform``, the exported script and the report all follow.
"""

from __future__ import annotations

from core.operations import analyses, history, structure, values
from core.operations.base import ANALYSIS, Operation
from core.operations.fields import COMMON, Field

_OPERATIONS: dict[str, Operation] = {}


def register(cls: type[Operation]) -> type[Operation]:
    """Make ``cls`` an operation steps can name (usable as a class decorator)."""
    if not isinstance(getattr(cls, "name", None), str) or not cls.name:
        raise ValueError(f"{cls.__name__} needs a name")
    if cls.name in _OPERATIONS:
        raise ValueError(f"op {cls.name!r} is registered already")
    names = [f.name for f in cls.fields]
    clash = set(names) & {f.name for f in COMMON} or len(set(names)) != len(names)
    if clash:
        raise ValueError(f"op {cls.name!r} repeats a field name")
    _OPERATIONS[cls.name] = cls()
    return cls


def unregister(name: str) -> None:
    """Forget op ``name`` (a test's or a plug-in's own operation)."""
    del _OPERATIONS[name]


for _cls in (
    structure.Add, structure.Remove, structure.Move, structure.Duplicate, structure.Edit,
    structure.Rename, structure.Tie, structure.Untie, structure.Clear, structure.Reset,
    values.Forward, values.Init, values.LoadWeights, structure.Build,
    history.Undo, history.Redo,
    analyses.Compare, analyses.Depth, analyses.Train,
):
    register(_cls)


def operation(name: str) -> Operation:
    """The operation named ``name``; KeyError for an unknown one (the structure check
    refuses those first)."""
    return _OPERATIONS[name]


def find(name: str) -> Operation | None:
    """The operation named ``name``, or None."""
    return _OPERATIONS.get(name)


def operations() -> tuple[Operation, ...]:
    """Every registered operation, in the order they were registered."""
    return tuple(_OPERATIONS.values())


def names() -> tuple[str, ...]:
    return tuple(_OPERATIONS)


def analyses_names() -> tuple[str, ...]:
    return tuple(op.name for op in _OPERATIONS.values() if op.kind == ANALYSIS)


def fields_of(name: str) -> dict[str, Field]:
    """Every field a step of op ``name`` may hold, the common ones first."""
    return {f.name: f for f in (*COMMON, *_OPERATIONS[name].fields)}


def schema() -> dict:
    """A JSON Schema (draft 2020-12) of one step, generated from the operations' fields.

    The structure check (``core.operations.steps.check_structure``) is what the app
    applies, with messages that name the step; this is for editors and other tools.
    """
    variants = []
    for op in _OPERATIONS.values():
        properties = {name: _property(f) for name, f in fields_of(op.name).items()}
        properties["op"] = {"const": op.name}
        variants.append({
            "type": "object", "title": op.label, "properties": properties,
            "required": ["op", *op.required()], "additionalProperties": False,
        })
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "oneOf": variants}


def _property(field: Field) -> dict:
    described: dict = {"type": list(field.kinds) if len(field.kinds) > 1 else field.kinds[0]}
    if field.items is not None:
        described["items"] = {"type": list(field.items)}
    return described
