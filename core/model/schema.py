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
from core.messages import msg

# Kinds of argument. "ints" is an int or a tuple of ``length`` ints (kernel_size).
INT = "int"
FLOAT = "float"
BOOL = "bool"
CHOICE = "choice"
INTS = "ints"
KINDS = (INT, FLOAT, BOOL, CHOICE, INTS)
FLOAT32_MAX = 3.4028234663852886e38  # torch.finfo(torch.float32).max


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
    why: str = ""  # why the lab refuses values PyTorch takes, said in every refusal

    def describe_range(self) -> str:
        """The allowed values in words, for error messages and tooltips."""
        if self.kind == BOOL:
            text = msg("true or false")
        elif self.kind == CHOICE:
            text = msg("one of {choices}", choices=", ".join(repr(c) for c in self.choices))
        else:
            noun = msg("a number") if self.kind == FLOAT else msg("an integer")
            low, high = self.minimum, self.maximum
            if low is not None and high is not None:
                text = msg("{noun} from {low} to {high}", noun=noun, low=_fmt(low), high=_fmt(high))
            elif low is not None:
                text = msg("{noun} of at least {low}", noun=noun, low=_fmt(low))
            elif high is not None:
                text = msg("{noun} of at most {high}", noun=noun, high=_fmt(high))
            else:
                text = noun
            if self.kind == INTS and self.length:
                text = msg(
                    "{text} or a list of {count} such integers", text=text, count=self.length
                )
            elif self.kind == INTS:
                text = msg("{text} or a list of such integers", text=text)
            if self.alt_choices:
                alternatives = ", ".join(repr(c) for c in self.alt_choices)
                text = msg("{text}, or {alternatives}", text=text, alternatives=alternatives)
        if self.nullable:
            text = msg("{text}, or null", text=text)
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
        if self.why:
            message = msg(
                "{owner}: {name} must be {allowed} ({why}), got {value}.",
                owner=owner, name=self.name, allowed=self.describe_range(), why=self.why,
                value=_show(value),
            )
        else:
            message = msg(
                "{owner}: {name} must be {allowed}, got {value}.",
                owner=owner, name=self.name, allowed=self.describe_range(), value=_show(value),
            )
        raise LabError(INVALID_ARGUMENT, message)


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
        # PyTorch takes inf or NaN in many places; a scenario or session (strict JSON)
        # cannot hold them, so the lab refuses them everywhere and says so.
        raise LabError(
            INVALID_ARGUMENT,
            msg(
                "{owner}: {name} must be {allowed}, got {value}; the lab takes finite numbers "
                "only, as its scenario and session files (strict JSON) cannot hold NaN or "
                "Infinity.",
                owner=owner, name=spec.name, allowed=spec.describe_range(), value=_show(value),
            ),
        )
    if abs(number) > FLOAT32_MAX:  # torch would store it as inf in a float32 tensor
        raise LabError(
            INVALID_ARGUMENT,
            msg(
                "{owner}: {name} must be {allowed} that fits in float32 "
                "(|x| ≤ 3.4028e+38), got {value}.",
                owner=owner, name=spec.name, allowed=spec.describe_range(), value=_show(value),
            ),
        )
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
            INVALID_ARGUMENT,
            msg(
                "{owner}: arguments must be an object, got {value}.",
                owner=owner, value=_show(args),
            ),
        )
    known = {spec.name: spec for spec in specs}
    unknown = [name for name in args if name not in known]
    if unknown:
        accepted = ", ".join(known) or msg("none")
        raise LabError(
            INVALID_ARGUMENT,
            msg(
                "{owner} has no argument {name}; it accepts: {accepted}.",
                owner=owner, name=repr(unknown[0]), accepted=accepted,
            ),
        )
    result = {}
    for spec in specs:
        if spec.name in args:
            result[spec.name] = spec.coerce(args[spec.name], owner)
        elif spec.required:
            raise LabError(INVALID_ARGUMENT, explain_missing(spec, owner))
        else:
            result[spec.name] = spec.default
    return result


SEED = ArgSpec("seed", INT, required=True, minimum=0, maximum=2**63 - 1,
               help=msg("Seed of the random number generator: the same seed draws the same "
                        "values."))


def explain_value(spec: ArgSpec, value: Any, owner: str) -> str | None:
    """Why ``value`` cannot be ``spec``'s argument, in the words ``validate`` would use;
    None when it can. Lets a form explain one field as the user types it."""
    try:
        spec.coerce(value, owner)
    except LabError as error:
        return error.message
    return None


def explain_missing(spec: ArgSpec, owner: str) -> str | None:
    """The refusal an absent ``spec`` gets (required ones only); None when a default fills it."""
    if not spec.required:
        return None
    return msg(
        "{owner}: {name} is required ({allowed}).",
        owner=owner, name=spec.name, allowed=spec.describe_range(),
    )


def to_json_value(value: Any) -> Any:
    """Tuples become lists so that arguments round-trip through JSON."""
    if isinstance(value, tuple):
        return [to_json_value(v) for v in value]
    return value
