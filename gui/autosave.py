"""Autosave: the current session survives a crash, a kill or a power cut.

Each running window owns one folder under the autosave root (per user:
``QStandardPaths.AppDataLocation``/autosave, or ``$LAZY_INIT_LAB_AUTOSAVE_DIR``).
After every change of the network it writes, off the UI thread and atomically:

- ``session-N.json``: the same document ``LabSession.save`` writes (seed and steps),
- ``weights-N.pt``: the exact weights (a replay alone can differ after an undo),
- ``meta.json``: which generation N is complete, the last label, the step count,

plus a ``running`` marker with the process id. A clean exit removes the folder. At
the next start, a folder whose marker names a process that is gone is a crashed
session: ``orphans()`` finds it and the window offers it back.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QStandardPaths, QThreadPool, Signal

from core import weights

ROOT_VARIABLE = "LAZY_INIT_LAB_AUTOSAVE_DIR"
MARKER = "running"
META = "meta.json"
_LIVE: set[Path] = set()  # folders an Autosave of this process is writing


def default_root() -> Path:
    override = os.environ.get(ROOT_VARIABLE)
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".lazy-init-lab") / "autosave"


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".partial")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's live process
    return True


@dataclass(frozen=True)
class Orphan:
    """An autosave left by a session that did not exit cleanly."""

    folder: Path
    session_path: Path
    weights_path: Path | None
    label: str
    steps: int
    saved_at: float


def orphans(root: Path | None = None) -> list[Orphan]:
    """Crashed sessions with at least one step, the most recent first."""
    root = Path(root) if root is not None else default_root()
    found: list[Orphan] = []
    try:
        folders = list(root.iterdir())
    except OSError:  # missing or unreadable: nothing to offer
        return found
    for folder in folders:
        marker = folder / MARKER
        if folder in _LIVE or not marker.is_file():
            continue
        try:
            pid = int(json.loads(marker.read_text("utf-8"))["pid"])
            meta = json.loads((folder / META).read_text("utf-8"))
            generation = int(meta["generation"])
            steps, label, saved_at = int(meta["steps"]), str(meta["label"]), float(meta["saved"])
        except (OSError, ValueError, KeyError, TypeError):
            continue  # nothing complete was written: nothing to offer
        if _process_alive(pid) and pid != os.getpid():
            continue  # another window of the lab is running
        session_path = folder / f"session-{generation}.json"
        weights_path = folder / f"weights-{generation}.pt"
        if steps < 1 or not session_path.is_file():
            continue
        found.append(Orphan(folder, session_path,
                            weights_path if weights_path.is_file() else None,
                            label, steps, saved_at))
    return sorted(found, key=lambda orphan: orphan.saved_at, reverse=True)


def dismiss(orphan: Orphan, keep_files: bool = False) -> None:
    """Stop offering ``orphan``: delete it, or (keep_files) only its marker."""
    if keep_files:
        with contextlib.suppress(OSError):
            (orphan.folder / MARKER).unlink()
    else:
        shutil.rmtree(orphan.folder, ignore_errors=True)


class _WriteSignals(QObject):
    done = Signal(object)  # None, or the OSError text


class _Write(QRunnable):
    """One generation of files, written on the autosave thread."""

    def __init__(self, folder: Path, generation: int, document: dict, state: dict,
                 meta: dict) -> None:
        super().__init__()
        self.folder, self.generation = folder, generation
        self.document, self.state, self.meta = document, state, meta
        self.signals = _WriteSignals()

    def run(self) -> None:
        try:
            weights.save(self.state, self.folder / f"weights-{self.generation}.pt")
            text = json.dumps(self.document, indent=1, ensure_ascii=False, allow_nan=False)
            _write_atomically(self.folder / f"session-{self.generation}.json", text + "\n")
            _write_atomically(self.folder / META, json.dumps(self.meta) + "\n")
            keep = {f"session-{self.generation}.json", f"weights-{self.generation}.pt"}
            for old in [*self.folder.glob("session-*.json"), *self.folder.glob("weights-*.pt")]:
                if old.name not in keep:
                    old.unlink(missing_ok=True)
            problem = None
        except Exception as exc:  # a full disk must not take the window down
            problem = f"{type(exc).__name__}: {exc}"
        self.signals.done.emit(problem)


class Autosave(QObject):
    """Keeps one session's autosave folder current while the window runs."""

    written = Signal(int)  # the generation now complete on disk
    writeFailed = Signal(str)

    def __init__(self, session, root: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.root = Path(root) if root is not None else default_root()
        self.folder: Path | None = None
        self.generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # writes in order, never two at once
        self._writing = False
        self._dirty = False
        self._jobs: list[_Write] = []

    @property
    def active(self) -> bool:
        return self.folder is not None

    def start(self) -> None:
        """Create this session's folder and its ``running`` marker; save from now on."""
        if self.folder is not None:
            return
        folder = self.root / f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _write_atomically(folder / MARKER, json.dumps({"pid": os.getpid(),
                                                           "started": time.time()}))
        except OSError as exc:
            self.writeFailed.emit(str(exc))
            return
        self.folder = folder
        _LIVE.add(folder)
        self.session.snapshotChanged.connect(self.schedule)
        if self.session.steps():
            self.schedule()

    def schedule(self, *_args) -> None:
        """Write the session as it is now (coalesced while a write runs)."""
        if self.folder is None:
            return
        if self._writing:
            self._dirty = True
            return
        self._writing, self._dirty = True, False
        self.generation += 1
        session = self.session
        snapshot = session.snapshot
        meta = {"generation": self.generation, "steps": len(session.steps()),
                "label": str(snapshot.label), "saved": time.time(),
                "path": str(session.path) if session.path else None}
        job = _Write(self.folder, self.generation, session.document(),
                     session.lab.state_dict(), meta)
        job.setAutoDelete(False)
        job.signals.done.connect(self._written)
        self._jobs.append(job)
        self._pool.start(job)

    def _written(self, problem: str | None) -> None:
        job = self._jobs.pop(0)
        self._writing = False
        if problem:
            self.writeFailed.emit(problem)
        else:
            self.written.emit(job.generation)
        if self._dirty:
            self.schedule()

    def flush(self, timeout_ms: int = 30_000) -> None:
        """Wait until every scheduled write is on disk (closing, tests)."""
        from PySide6.QtCore import QCoreApplication

        deadline = time.monotonic() + timeout_ms / 1000
        while self._writing and time.monotonic() < deadline:
            self._pool.waitForDone(timeout_ms)
            QCoreApplication.processEvents()  # deliver `done`, which may schedule once more

    def finish(self) -> None:
        """A clean exit: wait for the writes, then remove the folder (nothing to recover)."""
        if self.folder is None:
            return
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.snapshotChanged.disconnect(self.schedule)
        self.flush()
        _LIVE.discard(self.folder)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None
