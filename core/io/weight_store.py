"""The autosave's weights, written a tensor at a time: only what is not on disk yet.

Generation N of an autosave writes ``weights-N.json``, an index naming, position by
position, each state_dict entry's record in ``tensors-T.bin``: offset, bytes, dtype,
shape, CRC-32. Records are appended and never changed. A tensor already written is
named again, not written again: committed modules are never mutated and a version
shares its unchanged modules (and tensors) with the one before, so a module seen
before, still the same object with the same tensors unchanged (weakref identity,
``data_ptr`` and ``_version``, as ``StatsCache`` checks), keeps its records. An
autosave after a step therefore writes the tensors that step made, plus an index of
cached pieces.

Everything live is written anew into a new file (``tensors-N.bin``) the first time,
after a failed write, when asked (``whole``), and when the file holds more than
``SLACK`` bytes and more than what is live besides (undone or replaced layers): a
rewrite costs what is live, and comes only after as many bytes were appended, so
the disk stays within twice the live size (plus ``SLACK``) at about one write's
cost per write.

A kill in the middle of a write leaves records that no complete index names (the
index is written after its records, atomically, and meta.json after it): they are
never read. ``read`` trusts nothing in the folder: each record must lie inside the
file and match its CRC-32, the dtype must be a known one, the sizes must fit the
memory limit.
"""

from __future__ import annotations

import json
import os
import re
import stat
import weakref
import zlib
from pathlib import Path

import torch
from torch.nn.parameter import is_lazy

from core.errors import INVALID_FILE, LabError
from core.io import files
from core.messages import msg
from core.model import memory

FORMAT = 1
SLACK = 16 * 1024**2  # bytes no longer live that the tensors file may hold before a rewrite
MAX_INDEX_BYTES = 256 * 1024**2
PRUNE_AT = 4096  # records kept in memory before those of tensors gone are dropped
DTYPES = {name: getattr(torch, name) for name in (
    "float32", "float64", "float16", "bfloat16", "int64", "int32", "int16", "int8", "uint8",
    "uint16", "uint32", "uint64", "bool", "complex64", "complex128", "float8_e4m3fn",
    "float8_e5m2") if isinstance(getattr(torch, name, None), torch.dtype)}
_TENSORS_NAME = re.compile(r"tensors-[0-9]{1,18}\.bin")


def index_name(generation: int) -> str:
    return f"weights-{generation}.json"


def _fingerprint(tensor: torch.Tensor) -> tuple:
    return (tensor.data_ptr(), tensor._version, tuple(tensor.shape), tensor.dtype)


class WeightStore:
    """One autosave folder's weights; used by one thread at a time (the autosave's)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.tensors: str | None = None  # the file records are appended to
        self.size = 0  # its bytes, all named by records written
        self.written = 0  # bytes of records the last write appended (tests, benchmarks)
        self._modules: dict[int, tuple] = {}  # id(module) -> (ref, checks, fragment, bytes)
        self._records: dict[int, tuple] = {}  # id(tensor) -> (ref, fingerprint, record)
        self._last = _Positions()  # the last version written, position by position
        self._prune_at = PRUNE_AT

    def reset(self) -> None:
        """Forget what is on disk: the next write writes everything anew (a new file)."""
        self.tensors, self.size = None, 0
        self._modules, self._records, self._last = {}, {}, _Positions()

    def write(self, version, generation: int, whole: bool = False) -> set[str]:
        """Write ``version``'s weights as generation ``generation``; the file names to keep.

        Raises OSError (nothing named by a complete index is touched, and the next
        write starts anew) when a file cannot be written.
        """
        if whole or self.tensors is None:
            self.reset()
        plan = _Plan(self, generation)
        plan.walk(version)
        live = plan.live
        if self.tensors is not None and \
                self.size + plan.fresh - live > max(live, SLACK):  # mostly dead: rewrite
            self.reset()
            plan = _Plan(self, generation)
            plan.walk(version)
        name = self.tensors or f"tensors-{generation}.bin"
        path = self.folder / name
        try:
            self._append(path, plan.pending, new=self.tensors is None)
            files.write_text(self.folder / index_name(generation), plan.index(name))
        except BaseException:
            self._undo_append(path, new=self.tensors is None)
            self.reset()
            raise
        self.tensors, self.size, self.written = name, self.size + plan.fresh, plan.fresh
        self._modules = plan.modules  # the live modules' (undone ones come back as misses)
        self._last = plan.positions
        self._records.update(plan.records)  # valid while the file is
        if len(self._records) > self._prune_at:  # tensors gone (tiny ones re-drawn often)
            self._records = {k: v for k, v in self._records.items() if v[0]() is not None}
            self._prune_at = max(PRUNE_AT, 2 * len(self._records))
        return {name, index_name(generation)}

    def _append(self, path: Path, pending: list, new: bool) -> None:
        flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        flags |= os.O_TRUNC if new else os.O_APPEND
        descriptor = os.open(path, flags, files.FILE_MODE)
        try:
            if os.fstat(descriptor).st_size != (0 if new else self.size):
                raise OSError(f"{path.name} changed outside the autosave")
            for data in pending:
                view = memoryview(data).cast("B")
                while view:
                    view = view[os.write(descriptor, view):]
        finally:
            os.close(descriptor)

    def _undo_append(self, path: Path, new: bool) -> None:
        """Leave no torn record behind (none would be read, but it would take room)."""
        try:
            if new:
                path.unlink(missing_ok=True)
            elif path.exists() and not path.is_symlink():
                os.truncate(path, self.size)
        except OSError:
            pass


class _Plan:
    """One write worked out: the index, the records still to append, the caches after."""

    def __init__(self, store: WeightStore, generation: int) -> None:
        self.store, self.generation = store, generation
        self.offset = store.size
        self.fresh = self.live = 0
        self.pending: list = []
        self.positions = _Positions()
        self.modules: dict[int, tuple] = {}
        self.records: dict[int, tuple] = {}

    def walk(self, version) -> None:
        """Each position's piece of the index: the last version's where the entry and
        its module are the very same objects, else the module's (cached, or new)."""
        entries, modules, last = version.network.entries, version.modules, self.store._last
        kept = last.kept(entries, modules)
        positions = self.positions
        positions.entries, positions.modules = entries, modules
        positions.pieces, positions.sizes = last.pieces[:kept], last.sizes[:kept]
        known = self.store._modules
        if kept == len(last.held):  # layers added at the end: every cache entry stays
            self.modules = dict(known)
        else:  # theirs stay (at C speed)
            ids = list(map(id, last.held[:kept]))
            self.modules.update(zip(ids, map(known.__getitem__, ids), strict=True))
        positions.held = list(last.held[:kept])
        held = len(last.held)
        for index in range(kept, len(entries)):
            entry = entries[index]
            module = modules[entry.owner]
            if index < held and last.entries[index] is entry and last.held[index] is module:
                self.modules[id(module)] = known[id(module)]  # unchanged, past a change
                positions.pieces.append(last.pieces[index])
                positions.sizes.append(last.sizes[index])
                positions.held.append(module)
                continue
            cached = self.modules.get(id(module)) or known.get(id(module))
            if cached is None or cached[0]() is not module or not _unchanged(cached[1]):
                cached = self._module(module)
            self.modules[id(module)] = cached
            name = entry.name if entry.name is not None else str(index)
            positions.pieces.append(f"[{json.dumps(name)},{cached[2]}]" if cached[2] else "")
            positions.sizes.append(cached[3])
            positions.held.append(module)
        self.live = sum(positions.sizes)

    def _module(self, module) -> tuple:
        """A module not seen (or changed): its entries, each tensor's record (written or
        due), and the checks that say later that nothing in it changed."""
        checks, entries, size = [], [], 0
        for key, tensor in module.state_dict(keep_vars=True).items():
            if is_lazy(tensor):
                checks.append((weakref.ref(tensor), type(tensor)))
                continue
            record = self._record(tensor)
            checks.append((weakref.ref(tensor), _fingerprint(tensor)))
            entries.append([key, *record])
            size += record[1]
        fragment = json.dumps(entries, separators=(",", ":")) if entries else ""
        return weakref.ref(module), tuple(checks), fragment, size

    def _record(self, tensor: torch.Tensor) -> tuple:
        fingerprint = _fingerprint(tensor)
        for source in (self.records, self.store._records):
            found = source.get(id(tensor))
            if found is not None and found[0]() is tensor and found[1] == fingerprint:
                self.records[id(tensor)] = found
                return found[2]
        flat = tensor.detach().reshape(-1).contiguous()
        data = flat.view(torch.uint8).numpy() if flat.numel() else b""
        nbytes = len(data) if isinstance(data, bytes) else data.nbytes
        record = (self.offset, nbytes, str(tensor.dtype).removeprefix("torch."),
                  list(tensor.shape), zlib.crc32(data))
        self.pending.append(data)
        self.offset += nbytes
        self.fresh += nbytes
        self.records[id(tensor)] = (weakref.ref(tensor), fingerprint, record)
        return record

    def index(self, tensors: str) -> str:
        return (f'{{"format":{FORMAT},"tensors":{json.dumps(tensors)},"positions":['
                + ",".join(filter(None, self.positions.pieces)) + "]}\n")


class _Positions:
    """A written version, position by position: its piece of the index, its live bytes,
    its module (held, so that the identity compared next time is that very object)."""

    def __init__(self) -> None:
        self.entries: tuple = ()
        self.modules: dict = {}
        self.pieces: list[str] = []
        self.sizes: list[int] = []
        self.held: list = []

    def kept(self, entries: tuple, modules: dict) -> int:
        """How many first positions are unchanged: the same entries and the same module
        objects (a step that adds layers at the end keeps all: compared at C speed)."""
        count = len(self.entries)
        if entries[:count] == self.entries and self.modules.items() <= modules.items():
            return count
        for index, (old, new) in enumerate(zip(self.entries, entries, strict=False)):
            if old is not new or self.held[index] is not modules.get(new.owner):
                return index
        return min(count, len(entries))


def _unchanged(checks: tuple) -> bool:
    for ref, mark in checks:
        tensor = ref()
        if tensor is None:
            return False
        if isinstance(mark, type):
            if type(tensor) is not mark:
                return False
        elif _fingerprint(tensor) != mark:
            return False
    return True


# -- reading back ---------------------------------------------------------------------


def read(path: str | os.PathLike, limit: int | None = None) -> dict:
    """The state_dict an index (``weights-N.json``) names, in its order; ``invalid_file``
    when the index or a record it names is damaged, ``too_large`` beyond ``limit``."""
    path = Path(path)
    try:
        index = _index(path)
        tensors = index["tensors"]
        if not isinstance(tensors, str) or not _TENSORS_NAME.fullmatch(tensors):
            raise ValueError("the index names no tensors file of the autosave")
        entries = [(f"{name}.{key}", record) for name, entries in _positions(index)
                   for key, *record in entries]
        declared = sum(_checked(record)[1] for _key, record in entries)
        if limit is not None:
            memory.check(2 * declared, limit,
                         msg("Restoring the autosaved weights ({size} of tensors)",
                             size=memory.human_bytes(declared)),
                         msg("build a smaller network or raise the memory limit."))
        return _tensors(path.parent / tensors, entries)
    except (OSError, ValueError, TypeError, KeyError, RecursionError) as exc:
        raise LabError(INVALID_FILE, msg(
            "The autosaved weights ({name}) are damaged or incomplete; the values "
            "replayed from the steps were kept.", name=path.name),
            torch_message=str(exc)[:300] or type(exc).__name__) from exc


def _index(path: Path) -> dict:
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise ValueError(f"{path.name} is not a regular file")
    with open(path, "rb") as handle:
        data = handle.read(MAX_INDEX_BYTES + 1)
    if len(data) > MAX_INDEX_BYTES:
        raise ValueError(f"{path.name} is too large")
    index = json.loads(data.decode("utf-8"), parse_constant=_refuse_constant)
    if not isinstance(index, dict) or index.get("format") != FORMAT:
        raise ValueError("not an autosave weights index of this lab")
    return index


def _positions(index: dict) -> list:
    positions = index["positions"]
    if not isinstance(positions, list) or not all(
            isinstance(p, list) and len(p) == 2 and isinstance(p[0], str)
            and isinstance(p[1], list) and all(isinstance(e, list) and len(e) == 6
                                              and isinstance(e[0], str) for e in p[1])
            for p in positions):
        raise ValueError("the index's positions are malformed")
    return positions


def _checked(record: list) -> tuple:
    """(offset, bytes, dtype, shape, crc), each checked for what it may hold."""
    offset, nbytes, dtype, shape, crc = record
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0
               for v in (offset, nbytes, crc, *(shape if isinstance(shape, list) else [-1]))):
        raise ValueError("a record's numbers are malformed")
    if dtype not in DTYPES:
        raise ValueError(f"unknown dtype {str(dtype)[:40]}")
    numel = 1
    for size in shape:
        numel *= size
    if numel * DTYPES[dtype].itemsize != nbytes:
        raise ValueError("a record's size does not match its shape")
    return offset, nbytes, DTYPES[dtype], tuple(shape), crc


def _tensors(path: Path, entries: list) -> dict:
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ValueError(f"{path.name} is not a regular file")
        state, read_at = {}, {}
        for key, record in entries:
            offset, nbytes, dtype, shape, crc = _checked(record)
            if offset + nbytes > info.st_size:
                raise ValueError(f"{key}'s record lies beyond the end of {path.name}")
            if (offset, nbytes) not in read_at:
                handle.seek(offset)
                data = bytearray(handle.read(nbytes))
                if len(data) != nbytes or zlib.crc32(data) != crc:
                    raise ValueError(f"{key}'s record is damaged")
                read_at[(offset, nbytes)] = data
            data = read_at[(offset, nbytes)]
            flat = torch.frombuffer(data, dtype=torch.uint8).view(dtype) if nbytes else \
                torch.empty(0, dtype=dtype)
            state[key] = flat.reshape(shape)  # tied entries share one buffer, as torch.load's
    return state


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not JSON")
