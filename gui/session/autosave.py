"""Autosave: the current session survives a crash, a kill or a power cut.

Each running window owns one folder under the autosave root (per user:
``QStandardPaths.AppDataLocation``/autosave, or ``$LAZY_INIT_LAB_AUTOSAVE_DIR``).
After every change of the network it writes, off the UI thread:

- ``session-B.json``: a base, the document ``LabSession.save`` writes (seed and steps),
- ``journal-B.jsonl``: the steps added since the base, appended one per line, so a
  write costs the new steps, not the whole session. The base is written anew (a new
  B) when the steps no longer continue the written ones (an undo, then another step;
  open; new), when the seed changed, after a failed write, and when the journal holds
  more than ``JOURNAL_STEPS`` and more than the base (so rarely that it costs about
  one step's write per step);
- ``weights-N.json`` and ``tensors-T.bin``: the exact weights (a replay alone can
  differ after an undo), written a tensor at a time by ``core/io/weight_store.py``
  on the autosave thread: a write appends the tensors not on disk yet (those the
  change made) to ``tensors-T.bin`` and names every entry's record in the index;
  everything is written anew (a new T) after a failed write and when the file holds
  mostly tensors no longer live;
- ``meta.json``, written last and atomically: which generation N and base B are
  complete and how many steps (journal lines after them, or a line a kill cut short,
  are not read back), the last label,

plus a ``running`` marker with the process id. A clean exit of a saved session
removes the folder; quitting without saving keeps it and marks it closed. At the
next start, a folder whose marker names a process that is gone (a crash) or is
marked closed is offered back; ``gui/session/autosave_folders.py`` reads the folders
defensively. A failed write removes its partial files and says so; every later
change tries again.
"""

from __future__ import annotations

import contextlib
import json
import logging
import operator
import os
import shutil
import time
import uuid
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from core.io import files, recovery, weight_store
from core.model.history import StepLog
from gui.session.autosave_folders import (  # noqa: F401 (the autosave API, in one place)
    _LIVE,
    MARKER,
    MAX_LABEL,
    META,
    ROOT_VARIABLE,
    Orphan,
    Scan,
    default_root,
    dismiss,
    orphans,
    scan,
)

JOURNAL_STEPS = 1024  # a longer journal (and longer than its base) is folded into a new base


def _write_atomically(path: Path, text: str) -> None:
    files.write_text(path, text)  # a fresh temporary file, never through a planted link


def _append(path: Path, data: bytes) -> None:
    """Append ``data`` to the journal, never through a planted link (O_NOFOLLOW)."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags, files.FILE_MODE)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view):]
    finally:
        os.close(descriptor)


class _ParamCount:
    """The parameters that exist in a snapshot, for meta.json, summed again only from the
    first record the last snapshot did not share (a snapshot reuses the very records of
    unchanged parameters): adding a layer to 1000 costs the layer and a few passes at C
    speed. Used on the autosave thread."""

    def __init__(self) -> None:
        self.params: tuple = ()
        self.sums = [0]  # sums[i]: the parameters of the first i records

    def of(self, snapshot) -> int:
        params = snapshot.parameters
        same = list(map(operator.is_, params, self.params))
        first = same.index(False) if False in same else len(same)
        sums = self.sums[:first + 1]
        for record in params[first:]:
            sums.append(sums[-1] + (record.numel or 0))
        self.params, self.sums = params, sums
        return int(sums[-1])


class _WriteSignals(QObject):
    done = Signal(object)  # None, or the OSError text


class _Write(QRunnable):
    """One generation, written on the autosave thread: the weights (the tensors not on
    disk yet, and their index), then a new base (``document``) or the steps ``added``
    to the base's journal, then meta.json."""

    def __init__(self, folder: Path, generation: int, base: int, document: dict | None,
                 added: tuple, version, meta: dict, store: weight_store.WeightStore,
                 whole: bool, snapshot, count: _ParamCount) -> None:
        super().__init__()
        self.folder, self.generation, self.base = folder, generation, base
        self.document, self.added, self.version, self.meta = document, added, version, meta
        self.store, self.whole, self.snapshot, self.count = store, whole, snapshot, count
        self.signals = _WriteSignals()

    def run(self) -> None:
        complete = False
        try:  # the weights here, not on the UI thread
            kept_weights = self.store.write(self.version, self.generation, self.whole)
            if self.document is not None:
                text = json.dumps(self.document, indent=1, ensure_ascii=False, allow_nan=False)
                _write_atomically(self.folder / f"session-{self.base}.json", text + "\n")
            elif self.added:
                _append(self.folder / f"journal-{self.base}.jsonl",
                        b"".join(recovery.journal_line(step) for step in self.added))
            params = self.count.of(self.snapshot)  # snapshot.total_params, off the UI thread
            _write_atomically(self.folder / META, json.dumps({**self.meta, "params": params})
                              + "\n")
            complete = True  # meta.json now names this generation
            keep = {f"session-{self.base}.json", f"journal-{self.base}.jsonl", *kept_weights}
            for old in [*self.folder.glob("session-*.json"), *self.folder.glob("journal-*.jsonl"),
                        *self.folder.glob("weights-*"), *self.folder.glob("tensors-*.bin")]:
                if old.name not in keep:
                    old.unlink(missing_ok=True)
            problem = None
        except Exception as exc:  # a full disk must not take the window down
            problem = f"{type(exc).__name__}: {str(exc)[:300]}"
            if not complete:
                self._remove_incomplete()
        self.signals.done.emit(problem)

    def _remove_incomplete(self) -> None:
        """A failed write leaves no partial file and no half generation behind (the
        weight store removes what it appended)."""
        names = [weight_store.index_name(self.generation)]
        if self.document is not None:  # a journal's torn line is past meta.json's count
            names.append(f"session-{self.base}.json")
        leftovers = [*(self.folder / name for name in names), *self.folder.glob("*.partial")]
        for path in leftovers:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)


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
        self._started = False
        self._written: StepLog | None = None  # the steps the files hold once the writes end
        self._written_seed: int | None = None
        self._base = 0  # the generation whose session file the journal extends
        self._base_steps = self._journal_steps = 0
        self._store: weight_store.WeightStore | None = None  # used on the autosave thread
        self._whole = True  # the next write writes the weights anew (first, after a failure)
        self._count = _ParamCount()  # used on the autosave thread

    @property
    def active(self) -> bool:
        return self.folder is not None

    def start(self) -> None:
        """Save from now on: create this session's folder and its ``running`` marker.

        When the folder cannot be created, writeFailed says why and every later
        change tries again: autosave is never silently off.
        """
        if self._started:
            return
        self._started = True
        self.session.snapshotChanged.connect(self.schedule)
        if self._create_folder() and self.session.steps():
            self.schedule()

    def _create_folder(self) -> bool:
        folder = self.root / f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _write_atomically(folder / MARKER, json.dumps({"pid": os.getpid(),
                                                           "started": time.time()}))
        except OSError as exc:
            self.writeFailed.emit(f"{folder}: {exc.strerror or exc}")
            return False
        self.folder = folder
        self._store, self._whole = weight_store.WeightStore(folder), True
        _LIVE.add(folder)
        return True

    def schedule(self, *_args) -> None:
        """Write the session as it is now (coalesced while a write runs)."""
        if self.folder is None and not (self._started and self._create_folder()):
            return
        if self._writing:
            self._dirty = True
            return
        self._writing, self._dirty = True, False
        self.generation += 1
        session = self.session
        snapshot, steps = session.snapshot, StepLog.of(session.steps())
        added = self._added(steps, session.seed)
        document = None
        if added is None:  # a new base: the whole document, an empty journal
            document, added = session.document(), ()
            self._base, self._base_steps, self._journal_steps = self.generation, len(steps), 0
        self._journal_steps += len(added)
        self._written, self._written_seed = steps, session.seed
        meta = {"generation": self.generation, "base": self._base, "steps": len(steps),
                "label": str(snapshot.label)[:MAX_LABEL], "saved": time.time(),
                "path": str(session.path) if session.path else None}
        job = _Write(self.folder, self.generation, self._base, document, added,
                     session.lab.version, meta, self._store, self._whole, snapshot,
                     self._count)
        self._whole = False
        job.setAutoDelete(False)
        job.signals.done.connect(self._done)
        self._jobs.append(job)
        self._pool.start(job)

    def rewrite(self) -> None:
        """Write the whole session anew at the next write: a new base, all the weights."""
        self._written, self._whole = None, True

    def _added(self, steps: StepLog, seed: int | None) -> tuple | None:
        """The steps to append to the journal, or None when a new base is due."""
        if self._written is None or seed != self._written_seed:
            return None
        added = steps.since(self._written)
        if added is not None and self._journal_steps + len(added) > max(JOURNAL_STEPS,
                                                                        self._base_steps):
            return None  # fold the long journal into a new base
        return added

    def _done(self, problem: str | None) -> None:
        job = self._jobs.pop(0)
        self._writing = False
        if problem:
            self._written = None  # a half-appended line must not precede the next one
            self._whole = True  # nor a record no complete index names
            logging.getLogger(__name__).warning("Autosave failed: %s", problem)
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

    def finish(self, keep: bool = False) -> None:
        """A clean exit: wait for the writes, then remove the folder (nothing to recover).

        ``keep``: the session was not saved; the folder stays, marked closed, and
        the next start offers it back ("Restore last session").
        """
        if self._started:
            self._started = False
            with contextlib.suppress(RuntimeError, TypeError):
                self.session.snapshotChanged.disconnect(self.schedule)
        if self.folder is None:
            return
        self.flush()
        folder, self.folder = self.folder, None
        _LIVE.discard(folder)
        if keep:  # a marker that cannot be rewritten still names a process that is gone
            with contextlib.suppress(OSError):
                _write_atomically(folder / MARKER, json.dumps(
                    {"pid": os.getpid(), "closed": True, "ended": time.time()}))
            return
        shutil.rmtree(folder, ignore_errors=True)
