"""What persists between runs (QSettings): recent files, geometry, last choices."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

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


def remove_recent_file(path: str) -> bool:
    """Forget a recent file that no longer opens; True when it was listed."""
    files = recent_files()
    if path not in files:
        return False
    settings().setValue("recent_files", [f for f in files if f != path])
    return True


LAST_FOLDER_KEY = "files/last_folder"


def last_folder() -> str:
    """Where file dialogs open: the folder used last, else the user's documents (or home)."""
    saved = settings().value(LAST_FOLDER_KEY)
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return saved
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def remember_folder(path: str) -> None:
    """A file was chosen in ``path``'s folder: the next dialog starts there."""
    settings().setValue(LAST_FOLDER_KEY, str(Path(path).resolve().parent))


def in_last_folder(name: str) -> str:
    """A suggested file name placed in the last folder used (for save dialogs)."""
    return str(Path(last_folder()) / name) if name else last_folder()


DISMISSED_KEY = "autosave/dismissed"
MAX_DISMISSED = 32


def dismissed_autosaves() -> list[str]:
    """Autosave folders already restored or discarded that could not be deleted."""
    value = settings().value(DISMISSED_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value or []][:MAX_DISMISSED]


def add_dismissed_autosave(folder: str) -> None:
    folders = [folder] + [f for f in dismissed_autosaves() if f != folder]
    settings().setValue(DISMISSED_KEY, folders[:MAX_DISMISSED])


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
