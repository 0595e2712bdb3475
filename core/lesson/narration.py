"""Narration texts of lessons: picking a language and filling in placeholders.

An exercise's ``explain`` and ``otherwise`` texts may name what the attempt did:
``{message}``, ``{layer}``, ``{kind}`` and ``{label}`` (docs/lessons.md). They are
filled by plain replacement of exactly those tokens, never with ``str.format``:
a text from a file is data, so ``{message:>300000000}`` or
``{message.__class__}`` can neither stall the app nor show its internals. Any
other ``{name}`` is refused when the lesson is loaded (``unknown_placeholders``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
# Languages that stand in for one another, best first.
FALLBACKS = {"zh_CN": ("zh_CN", "zh"), "zh": ("zh", "zh_CN")}
PLACEHOLDERS = ("message", "layer", "kind", "label")
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")
_BRACED = re.compile(r"\{[^{}\n]{0,40}\}?")  # what str.format would have read as a field


def text_for(text: Any, language: str) -> str:
    """The narration in ``language``; falls back to a close language, English, any."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    for code in (*FALLBACKS.get(language, (language,)), "en"):
        if text.get(code):
            return text[code]
    return next((value for value in text.values() if value), "")


def fill(text: str, values: dict) -> str:
    """``text`` with each documented placeholder replaced by its value (one pass)."""
    return _PLACEHOLDER.sub(lambda match: str(values.get(match.group(1), "")), text)


def unknown_placeholders(text: str) -> list[str]:
    """Brace fields in ``text`` other than the documented placeholders."""
    return [found for found in _BRACED.findall(text)
            if not _PLACEHOLDER.fullmatch(found)]


@dataclass(frozen=True)
class Verdict:
    """How an attempt went: whether it made the exercise's point, and the explanation."""

    solved: bool
    text: Any  # texts by language, with {message}, {layer}, {label}, {kind} placeholders
    values: dict

    def render(self, language: str, translate: Callable[[str], str] = str) -> str:
        values = {key: translate(value) if isinstance(value, str) else value
                  for key, value in self.values.items()}
        return fill(text_for(self.text, language), values)
