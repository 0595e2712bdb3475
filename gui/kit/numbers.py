"""Number text that round-trips exactly and never depends on the locale."""

from __future__ import annotations

import math
import re
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QDoubleValidator

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1

NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
INT = re.compile(r"[+-]?\d+")


def format_float(value: float) -> str:
    """The shortest text that reads back as exactly ``value``: "0.01", "1", "-3.4e+37"."""
    return repr(float(value)).removesuffix(".0")


def parse_float(text: str) -> float | None:
    """A finite number in Python/C syntax (never locale-dependent), or None."""
    text = text.strip()
    if not NUMBER.fullmatch(text):
        return None
    value = float(text)
    return value if math.isfinite(value) else None


def parse_int(text: str) -> int | None:
    """A whole number of any size ("99999999999" stays itself, for core to refuse), or None."""
    text = text.strip()
    return int(text) if INT.fullmatch(text) else None


def parse_ints(text: str) -> int | list[int] | None:
    """ "5" -> 5; "5, 5", "5 5", "(5, 5)" or "[5]" -> a list; anything else -> None."""
    text = text.strip()
    bracketed = text[:1] in "([" and text[-1:] in ")]"
    if bracketed:
        text = text[1:-1].strip()
    parts = [p for p in re.split(r"[,\s]+", text) if p]
    if not parts or not all(INT.fullmatch(p) for p in parts):
        return None
    numbers = [int(p) for p in parts]
    if len(numbers) == 1 and not bracketed and "," not in text:
        return numbers[0]
    return numbers


def format_ints(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def float_step(value: float, steps: int) -> float:
    """``value`` moved ``steps`` decimal steps: one power of ten below its magnitude
    (1 -> 1.1, 0.01 -> 0.011), 0.1 from 0, as Qt's adaptive spin boxes step."""
    magnitude = abs(value)
    if (value < 0) != (steps < 0):
        magnitude /= 1.01  # stepping towards zero: 1 -> 0.99
    step = 10.0 ** (math.floor(math.log10(magnitude)) - 1) if magnitude >= 1e-12 else 0.1
    return float(f"{value + steps * step:.12g}")


def exact_validator(bottom: float, top: float) -> QDoubleValidator:
    """Accepts any double in Python syntax (scientific notation too), whatever the locale."""
    validator = QDoubleValidator(bottom, top, -1)
    validator.setNotation(QDoubleValidator.Notation.ScientificNotation)
    validator.setLocale(QLocale.c())
    return validator
