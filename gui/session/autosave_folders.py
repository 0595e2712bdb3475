"""Reading the autosave root: which folders hold a session to offer back, read defensively.

Every folder under the root belongs to some window, running or gone, and any of
them may hold anything: a marker with a huge number or a deep nesting, a
``meta.json`` with a NaN time, a 3 GB sparse file. ``scan`` reads at most
``READ_LIMIT`` bytes of each small file, validates every field, and sorts the
folders into sessions to offer (``Orphan``) and broken folders (reported with
the reason, then skipped). Nothing in a folder can raise out of ``scan``.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import stat
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QStandardPaths

ROOT_VARIABLE = "LAZY_INIT_LAB_AUTOSAVE_DIR"
MARKER = "running"
META = "meta.json"
READ_LIMIT = 16 * 1024  # bytes: a marker or meta.json is well under 1 KB
MAX_PID = 2**31 - 1
MAX_TIME = 253_402_300_799  # 9999-12-31 23:59:59 UTC, the last second a clock shows
MAX_COUNT = 2**53  # steps, parameters, generations: far beyond any session
MAX_LABEL = 200  # characters of the last step's label shown in the offer
_LIVE: set[Path] = set()  # folders an Autosave of this process is writing


def default_root() -> Path:
    override = os.environ.get(ROOT_VARIABLE)
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".lazy-init-lab") / "autosave"


@dataclass(frozen=True)
class Orphan:
    """An autosaved session nobody is running: after a crash, or a quit without saving."""

    folder: Path
    session_path: Path
    weights_path: Path | None  # the weights index (weights-N.json), or an older weights-N.pt
    label: str
    steps: int
    saved_at: float
    params: int | None = None  # parameters of the network then (None: an older autosave)
    file: str | None = None  # the session's own file, if it had been saved or opened
    closed: bool = False  # True: quit on purpose without saving; False: a crash or kill
    journal_path: Path | None = None  # the steps appended after session_path, one a line


@dataclass
class Scan:
    """What the root holds: sessions to offer (newest first) and folders that are broken."""

    orphans: list[Orphan] = field(default_factory=list)
    broken: list[tuple[Path, str]] = field(default_factory=list)  # (folder, why)


class Unreadable(ValueError):
    """A file in an autosave folder that cannot be trusted; the text says why."""


def read_small_json(path: Path, limit: int = READ_LIMIT) -> dict:
    """A JSON object from at most ``limit`` bytes of ``path``; Unreadable saying why not.

    Only a regular file is opened (a FIFO would block), only ``limit + 1`` bytes
    are read (a huge or sparse file is never loaded), NaN and Infinity are not
    JSON, and nesting too deep for the parser is refused instead of raised.
    """
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise Unreadable(f"{path.name} is not a regular file")
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as exc:
        raise Unreadable(f"{path.name}: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise Unreadable(f"{path.name} is larger than {limit:,} bytes")
    try:
        value = json.loads(data.decode("utf-8"), parse_constant=_refuse_constant)
    except RecursionError as exc:
        raise Unreadable(f"{path.name} is nested too deeply") from exc
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, NaN/Infinity
        raise Unreadable(f"{path.name} is not valid JSON ({str(exc)[:120]})") from exc
    if not isinstance(value, dict):
        raise Unreadable(f"{path.name} does not hold a JSON object")
    return value


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def whole(record: dict, key: str, low: int, high: int) -> int:
    value = record.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise Unreadable(f"{key} is not a whole number from {low} to {high:,}")
    return value


def moment(record: dict, key: str) -> float:
    value = record.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or not math.isfinite(value) or not 0 <= value <= MAX_TIME:
        raise Unreadable(f"{key} is not a time between 1970 and 9999")
    return float(value)


def process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError, ValueError):
        return True  # someone else's live process (or one we may not signal)
    return True


def scan(root: Path | None = None, skip: frozenset[str] | set[str] = frozenset()) -> Scan:
    """Every folder under ``root``, sorted into sessions to offer and broken folders.

    ``skip`` holds folders already dealt with (restored or discarded) that could
    not be deleted. Running windows' folders and folders with nothing complete in
    them are passed over silently.
    """
    root = Path(root) if root is not None else default_root()
    result = Scan()
    try:
        folders = sorted(root.iterdir())
    except OSError:  # missing or unreadable: nothing to offer
        return result
    for folder in folders:
        if folder in _LIVE or str(folder) in skip or not (folder / MARKER).exists():
            continue
        try:
            orphan = _orphan(folder)
        except Unreadable as exc:
            result.broken.append((folder, str(exc)))
            continue
        except Exception as exc:  # one odd folder never stops the scan
            result.broken.append((folder, f"{type(exc).__name__}: {str(exc)[:200]}"))
            continue
        if orphan is not None:
            result.orphans.append(orphan)
    result.orphans.sort(key=lambda orphan: orphan.saved_at, reverse=True)
    return result


def orphans(root: Path | None = None) -> list[Orphan]:
    """Sessions to offer back, the most recent first (broken folders left out)."""
    return scan(root).orphans


def _orphan(folder: Path) -> Orphan | None:
    """The session in ``folder``, None when there is nothing to offer; Unreadable if broken."""
    marker = read_small_json(folder / MARKER)
    pid = whole(marker, "pid", 1, MAX_PID)
    closed = marker.get("closed") is True
    if not closed and pid != os.getpid() and process_alive(pid):
        return None  # another window of the lab is running
    if not (folder / META).exists():
        return None  # nothing complete was written
    meta = read_small_json(folder / META)
    generation = whole(meta, "generation", 0, MAX_COUNT)
    steps = whole(meta, "steps", 0, MAX_COUNT)
    saved_at = moment(meta, "saved")
    label = meta.get("label")
    if not isinstance(label, str):
        raise Unreadable("label is not text")
    params = whole(meta, "params", 0, MAX_COUNT) if "params" in meta else None
    file = meta.get("path")
    if file is not None and not isinstance(file, str):
        raise Unreadable("path is not text")
    base = whole(meta, "base", 0, generation) if "base" in meta else generation
    session_path = folder / f"session-{base}.json"
    journal_path = folder / f"journal-{base}.jsonl"
    weights_path = folder / f"weights-{generation}.json"  # an index of records
    if not weights_path.is_file():
        weights_path = folder / f"weights-{generation}.pt"  # written whole (older autosaves)
    if steps < 1 or not session_path.is_file():
        return None
    return Orphan(folder, session_path, weights_path if weights_path.is_file() else None,
                  _short(label), steps, saved_at, params, file and _short(file), closed,
                  journal_path if journal_path.is_file() else None)


def _short(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[:MAX_LABEL - 1] + "…"


def dismiss(orphan: Orphan, keep_files: bool = False) -> str | None:
    """Stop offering ``orphan``: delete it, or (keep_files) only its marker.

    Returns None when done, or why it could not be (a read-only folder): the
    caller then remembers the folder so that it is not offered again.
    """
    try:
        if keep_files:
            (orphan.folder / MARKER).unlink(missing_ok=True)
        else:
            shutil.rmtree(orphan.folder)
    except OSError as exc:
        return exc.strerror or str(exc)
    return None
