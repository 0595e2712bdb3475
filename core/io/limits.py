"""Limits on what a file may carry, so no file can stall the app or flood a message.

A scenario (or lesson, or autosaved session) is checked as a whole before any
step runs: how deeply it nests, how long each text is, whether each number
fits a float. The limits are documented in docs/errors.md ("Limits").
"""

from __future__ import annotations

import math
from typing import Any

from core.messages import msg

MAX_DEPTH = 32  # nesting of arrays and objects; a scenario needs about six
MAX_TEXT_CHARS = 20_000  # narration: title, description, note, task, explain, otherwise
MAX_NAME_CHARS = 256  # every other text: names, labels, layer and initializer names, keys
MAX_PATH_CHARS = 4_096  # a load_weights path
NARRATION = frozenset({"title", "description", "note", "task", "explain", "otherwise"})
SHOWN_CHARS = 60  # a value echoed in a message is cut to this many characters


class LimitError(ValueError):
    """A file exceeds a limit; the message names the field and the limit."""


def shown(value: Any, limit: int = SHOWN_CHARS) -> str:
    """``repr(value)`` cut to ``limit`` characters, safe on any size or nesting."""
    if isinstance(value, str) and len(value) > limit:
        value = value[: limit + 1]  # repr of a 1 MB text would copy it whole first
    try:
        text = repr(value)
    except RecursionError:
        text = f"<{type(value).__name__} nested too deeply to show>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parse_float(text: str) -> float:
    """``json.loads``'s float parser, refusing numbers beyond float64 (1e400 → inf)."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(msg(
            "the number {number} is out of range (numbers must stay within ±1.8e308, and "
            "arguments within float32's ±3.4e38)", number=shown(text, 30)))
    return value


def check_document(document: Any) -> None:
    """Refuse a document nested too deeply or holding an over-long text (LimitError)."""
    stack = [(document, 0, "", "")]  # (value, depth, where, field it belongs to)
    while stack:
        value, depth, where, field = stack.pop()
        if depth > MAX_DEPTH:
            raise LimitError(msg(
                "{where} nests arrays or objects more than {limit} levels deep; a scenario "
                "needs only a few levels", where=_short(where) or msg("the file"),
                limit=MAX_DEPTH))
        if isinstance(value, str):
            _check_text(value, where, field)
        elif isinstance(value, dict):
            for key, item in value.items():
                _check_text(key, where or msg("the top level"), "")
                path = f"{where}.{key}" if where else key
                stack.append((item, depth + 1, path, field if field in NARRATION else key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                stack.append((item, depth + 1, f"{where}[{index}]", field))


def _short(where: str) -> str:
    return where if len(where) <= 60 else where[:59] + "…"


def _check_text(text: str, where: str, field: str) -> None:
    limit = (MAX_TEXT_CHARS if field in NARRATION
             else MAX_PATH_CHARS if field == "path" else MAX_NAME_CHARS)
    if len(text) > limit:
        raise LimitError(msg(
            "{where} holds a text of {count} characters; at most {limit} are allowed there "
            "(narration up to {text_limit}, names and labels up to {name_limit})",
            where=_short(where) or msg("a field name"), count=f"{len(text):,}", limit=f"{limit:,}",
            text_limit=f"{MAX_TEXT_CHARS:,}", name_limit=f"{MAX_NAME_CHARS:,}"))
