"""What persists between runs (QSettings): recent files, geometry, last choices."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings("LazyInitLab", "LazyInitLab")


def recent_files() -> list[str]:
    value = settings().value("recent_files", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value or []][:MAX_RECENT]


def add_recent_file(path: str) -> list[str]:
    files = [path] + [f for f in recent_files() if f != path]
    settings().setValue("recent_files", files[:MAX_RECENT])
    return files[:MAX_RECENT]


def load_json(key: str) -> dict | None:
    """A stored dict (panel choices), or None when absent or unreadable."""
    raw = settings().value(key)
    if not raw:
        return None
    try:
        value = json.loads(str(raw))
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def save_json(key: str, value: dict) -> None:
    settings().setValue(key, json.dumps(value))


UNDO_MEMORY_KEY = "history/undo_memory_mb"
DEFAULT_UNDO_MEMORY_MB = 1024  # as core's default bound (1 GiB)
MAX_UNDO_MEMORY_MB = 1024 * 1024  # 1 TiB: a spin box's ceiling, not a recommendation


def undo_memory_mb() -> int:
    """The saved bound of the undo history's memory, in MiB (the default when unreadable)."""
    try:
        value = int(settings().value(UNDO_MEMORY_KEY, DEFAULT_UNDO_MEMORY_MB))
    except (TypeError, ValueError):
        return DEFAULT_UNDO_MEMORY_MB
    return value if 0 <= value <= MAX_UNDO_MEMORY_MB else DEFAULT_UNDO_MEMORY_MB


def set_undo_memory_mb(megabytes: int) -> None:
    settings().setValue(UNDO_MEMORY_KEY, int(megabytes))
