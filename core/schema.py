"""Typed argument schemas, shared by layers and initializers.

A schema lets a GUI build a form (spin boxes with the valid range, check boxes,
choices) and lets core refuse a bad value with a message naming the field and
the allowed range before PyTorch ever sees it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from core.errors import INVALID_ARGUMENT, LabError

# Kinds of argument. "ints" is an int or a tuple of ``length`` ints (kernel_size).
INT = "int"
FLOAT = "float"
BOOL = "bool"
CHOICE = "choice"
INTS = "ints"
KINDS = (INT, FLOAT, BOOL, CHOICE, INTS)


@dataclass(frozen=True)
class ArgSpec:
    """One argument: its name, kind, default and what values it accepts."""

    name: str
    kind: str
    default: Any = None
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple = ()
    nullable: bool = False
    length: int | None = None
    alt_choices: tuple = ()
    help: str = ""

    def describe_range(self) -> str:
        """The allowed values in words, for error messages and tooltips."""
        if self.kind == BOOL:
            text = "true or false"
        elif self.kind == CHOICE:
            text = "one of " + ", ".join(repr(c) for c in self.choices)
        else:
            noun = {INT: "an integer", FLOAT: "a number", INTS: "an integer"}[self.kind]
            if self.minimum is not None and self.maximum is not None:
                text = f"{noun} from {_fmt(self.minimum)} to {_fmt(self.maximum)}"
            elif self.minimum is not None:
                text = f"{noun} of at least {_fmt(self.minimum)}"
            elif self.maximum is not None:
                text = f"{noun} of at most {_fmt(self.maximum)}"
            else:
                text = noun
            if self.kind == INTS:
                count = f"{self.length} " if self.length else ""
                text += f" or a list of {count}such integers"
            if self.alt_choices:
                text += ", or " + ", ".join(repr(c) for c in self.alt_choices)
        if self.nullable:
            text += ", or null"
        return text

    def coerce(self, value: Any, owner: str) -> Any:
        """Return ``value`` checked and normalised, or raise ``invalid_argument``.

        ``owner`` names what the argument belongs to ("Linear", "xavier_uniform_")
        so the message reads "Linear: in_features must be ...".
        """
        if value is None:
            if self.nullable:
                return None
            self._refuse(value, owner)
        if self.alt_choices and isinstance(value, str) and value in self.alt_choices:
            return value
        if self.kind == BOOL:
            if isinstance(value, bool):
                return value
            self._refuse(value, owner)
        if self.kind == CHOICE:
            if isinstance(value, str) and value in self.choices:
                return value
            self._refuse(value, owner)
        if self.kind == INT:
            return self._check_range(_as_int(value, self, owner), owner)
        if self.kind == FLOAT:
            return self._check_range(_as_float(value, self, owner), owner)
        # INTS: a single int, or a list/tuple of exactly ``length`` ints.
        if isinstance(value, (list, tuple)):
            if self.length is not None and len(value) != self.length:
                self._refuse(value, owner)
            return tuple(self._check_range(_as_int(v, self, owner), owner) for v in value)
        return self._check_range(_as_int(value, self, owner), owner)

    def _check_range(self, number: float, owner: str) -> Any:
        if self.minimum is not None and number < self.minimum:
            self._refuse(number, owner)
        if self.maximum is not None and number > self.maximum:
            self._refuse(number, owner)
        return number

    def _refuse(self, value: Any, owner: str) -> None:
        raise LabError(
            INVALID_ARGUMENT,
            f"{owner}: {self.name} must be {self.describe_range()}, got {_show(value)}.",
        )


def _as_int(value: Any, spec: ArgSpec, owner: str) -> int:
    if isinstance(value, bool):
        spec._refuse(value, owner)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    spec._refuse(value, owner)
    raise AssertionError  # unreachable: _refuse raises


def _as_float(value: Any, spec: ArgSpec, owner: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        spec._refuse(value, owner)
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        spec._refuse(value, owner)
    return number


def _fmt(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else repr(number)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def validate(specs: tuple[ArgSpec, ...], args: Any, owner: str) -> dict:
    """Check ``args`` (a dict from JSON or a form) against ``specs``.

    Unknown names and missing required arguments are refused; defaults fill the
    rest. Returns a new dict in the schema's order.
    """
    if not isinstance(args, dict):
        raise LabError(
            INVALID_ARGUMENT, f"{owner}: arguments must be an object, got {_show(args)}."
        )
    known = {spec.name: spec for spec in specs}
    unknown = [name for name in args if name not in known]
    if unknown:
        accepted = ", ".join(known) or "none"
        raise LabError(
            INVALID_ARGUMENT,
            f"{owner} has no argument {unknown[0]!r}; it accepts: {accepted}.",
        )
    result = {}
    for spec in specs:
        if spec.name in args:
            result[spec.name] = spec.coerce(args[spec.name], owner)
        elif spec.required:
            raise LabError(
                INVALID_ARGUMENT,
                f"{owner}: {spec.name} is required ({spec.describe_range()}).",
            )
        else:
            result[spec.name] = spec.default
    return result


def to_json_value(value: Any) -> Any:
    """Tuples become lists so that arguments round-trip through JSON."""
    if isinstance(value, tuple):
        return [to_json_value(v) for v in value]
    return value
