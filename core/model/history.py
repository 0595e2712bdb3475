"""The undo history: earlier versions, bounded by count and by the bytes they keep alive.

The bound counts the bytes of tensor storages that only the undo stack keeps alive
(storages the current version also holds are free). Measuring that by walking every
module of every kept version on every commit made each step cost the length of the
history times the size of the network. Instead each storage kept by the undo stack
has a reference count (how many versions on the stack hold it), updated when a
version is pushed or popped: a step costs the size of the versions it moves, never
the length of the history.

Committed modules are never mutated (see ``core/model/lab.py``), so the storages a module
holds are listed once per module and reused.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import torch
import torch.nn as nn
from torch.nn.parameter import is_lazy

from core.model.inputs import InputSpec
from core.model.network import Network, sequential
from core.model.records import IdentityMemo
from core.model.snapshot import Snapshot, TraceEntry

DEFAULT_HISTORY_BYTES = 1024**3
DEFAULT_MAX_STEPS = 200


class StepLog(Sequence):
    """The steps that led to a version, oldest first; appending shares the earlier ones.

    ``log + (step,)`` on a tuple copies every earlier step, so a session of n steps cost
    n²/2 copies; here appending is one small object. It reads like a tuple (and equals
    the tuple of the same steps); the tuple is built on first reading and kept.
    """

    __slots__ = ("_parent", "_step", "_length", "_tuple")

    def __init__(self, parent: StepLog | None = None, step: dict | None = None) -> None:
        self._parent = parent
        self._step = step
        self._length = 0 if parent is None and step is None else (
            (len(parent) if parent is not None else 0) + 1)
        self._tuple: tuple | None = () if self._length == 0 else None

    @classmethod
    def of(cls, steps: Iterable[dict]) -> StepLog:
        if isinstance(steps, StepLog):
            return steps
        log = EMPTY_LOG
        for step in steps:
            log = log.append(step)
        return log

    def append(self, step: dict) -> StepLog:
        return StepLog(self, step)

    def since(self, earlier: StepLog) -> tuple | None:
        """The steps appended after ``earlier``, or None when this log does not extend it
        (an undo went back past it, a session was opened). What an incremental autosave
        appends to the steps it already wrote: it costs the new steps, not the session."""
        added, node = [], self
        while node is not None and len(node) > len(earlier):
            added.append(node._step)
            node = node._parent
        if node is not earlier and not (node is not None and len(node) == 0 == len(earlier)):
            return None
        return tuple(reversed(added))

    def as_tuple(self) -> tuple:
        if self._tuple is None:
            items, node = [], self
            while node is not None and node._tuple is None:  # up to the nearest built one
                items.append(node._step)
                node = node._parent
            base = node._tuple if node is not None else ()
            self._tuple = base + tuple(reversed(items))
        return self._tuple

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index):
        return self.as_tuple()[index]

    def __iter__(self) -> Iterator[dict]:
        return iter(self.as_tuple())

    def __add__(self, other: Iterable[dict]) -> StepLog:
        log = self
        for step in other:
            log = log.append(step)
        return log

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StepLog):
            return self is other or (len(self) == len(other) and
                                     self.as_tuple() == other.as_tuple())
        if isinstance(other, (tuple, list)):
            return len(self) == len(other) and list(self.as_tuple()) == list(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.as_tuple())

    def __bool__(self) -> bool:
        return self._length > 0

    def __repr__(self) -> str:
        return f"StepLog({self.as_tuple()!r})"


EMPTY_LOG = StepLog()


@dataclass(frozen=True)
class Version:
    """One committed state: the description, its modules (never mutated) and snapshot."""

    network: Network
    modules: dict  # owner uid -> nn.Module
    snapshot: Snapshot
    trace: tuple[TraceEntry, ...] | None = None
    input: InputSpec | None = None
    steps: StepLog = EMPTY_LOG  # the session's steps that led here, for saving and replay

    def net(self) -> nn.Sequential:
        return sequential(self.network, self.modules)

    def parameters_by_name(self) -> dict[str, nn.Parameter]:
        """``dict(self.net().named_parameters())``, in its order, without building the
        Sequential for a flat network (a step compared two: 2000 ``add_module`` calls at
        1000 layers). A tied position repeats a module listed before: skipped, as there."""
        if self.network.nested:
            return dict(self.net().named_parameters())
        found: dict[str, nn.Parameter] = {}
        seen: set[int] = set()
        for name, entry in zip(self.network.names(), self.network.entries, strict=True):
            for attr, param in self.modules[entry.owner].named_parameters():
                if id(param) not in seen:
                    seen.add(id(param))
                    found[f"{name}.{attr}"] = param
        return found


@dataclass(frozen=True)
class Checkpoint:
    """A version with the undo history and random state it had (see ``Lab.restore``)."""

    version: Version
    undo: tuple[Version, ...]
    rng: torch.Tensor


class StorageLedger:
    """The tensor storages modules hold, listed once per module object.

    A storage is named by its data pointer (two tensors viewing one storage count once,
    as before); its size is the tensor's bytes. Lazy (uninitialized) tensors hold none.
    A version's list is kept while the version lives, and a version that only adds
    modules to the one listed before it starts from that one's list.
    """

    def __init__(self) -> None:
        self._modules = IdentityMemo()  # module -> ((ptr, nbytes), ...)
        self._versions = IdentityMemo()  # version -> (modules, {ptr: nbytes})
        self._newest = None  # the version listed last (a weak reference)

    def of_module(self, module: nn.Module) -> tuple[tuple[int, int], ...]:
        return self._modules.get(module, lambda m: tuple(_storages(m)))

    def of_version(self, version) -> dict[int, int]:
        """{data pointer: bytes} of every storage the version's modules hold."""
        return self._versions.get(version, self._list)[1]

    def _list(self, version) -> tuple[list, dict[int, int]]:
        modules = list(version.modules.values())
        newest = self._newest() if self._newest is not None else None
        base, held = ([], {}) if newest is None else self._versions.get(newest, self._list)
        same = 0
        for old, new in zip(base, modules, strict=False):
            if old is not new:
                break
            same += 1
        if same < len(base) or not base:  # something changed, not only added: list anew
            same, held = 0, {}
        held = dict(held)  # in the same order as listing every module would give
        for module in modules[same:]:
            for ptr, nbytes in self.of_module(module):
                held.setdefault(ptr, nbytes)
        self._newest = weakref.ref(version)
        return modules, held


def _storages(module: nn.Module):
    for tensor in (*module.parameters(), *module.buffers()):
        if is_lazy(tensor):
            continue
        ptr = tensor.data_ptr()
        if ptr:
            yield ptr, tensor.numel() * tensor.element_size()


@dataclass
class History:
    """Undo and redo stacks of versions, bounded by count and tensor bytes.

    ``undo`` and ``redo`` are plain lists, oldest first, for reading; change them
    through the methods so the reference counts follow (a list replaced or changed
    from outside is noticed and counted again).
    """

    undo: list = field(default_factory=list)
    redo: list = field(default_factory=list)
    max_steps: int = DEFAULT_MAX_STEPS
    max_bytes: int = DEFAULT_HISTORY_BYTES
    ledger: StorageLedger = field(default_factory=StorageLedger, repr=False, compare=False)
    _refs: dict = field(default_factory=dict, repr=False, compare=False)  # ptr -> [count, bytes]
    _total: int = field(default=0, repr=False, compare=False)  # bytes of every ptr in _refs
    _counted: tuple = field(default=(None, 0), repr=False, compare=False)  # (list, length)

    # -- moving versions ---------------------------------------------------------------

    def push(self, version) -> None:
        """A new operation: ``version`` (the one it replaces) goes on the undo stack."""
        self._sync()
        self.undo.append(version)
        self._count(version, +1)
        self.redo.clear()
        self._mark()

    def step_back(self, current):
        """Undo: ``current`` goes on the redo stack; the newest undo version is returned."""
        self._sync()
        self.redo.append(current)
        version = self.undo.pop()
        self._count(version, -1)
        self._mark()
        return version

    def step_forward(self, current):
        """Redo: ``current`` goes on the undo stack; the newest redo version is returned."""
        self._sync()
        self.undo.append(current)
        self._count(current, +1)
        self._mark()
        return self.redo.pop()

    def replace_undo(self, versions: Iterable) -> None:
        """A new undo stack (a restored checkpoint); redo is emptied."""
        self.undo = list(versions)
        self.redo.clear()
        self._recount()

    # -- the bound ------------------------------------------------------------------------

    def kept_bytes(self, current) -> int:
        """Bytes of storages only the undo stack keeps alive (what the bound counts)."""
        self._sync()
        live = self.ledger.of_version(current)
        return self._total - sum(nbytes for ptr, nbytes in self._shared(live))

    def trim(self, current) -> None:
        """Drop the oldest versions until within ``max_steps`` and ``max_bytes``."""
        self._sync()
        drop = max(len(self.undo) - self.max_steps, 0)
        for version in self.undo[:drop]:
            self._count(version, -1)
        live = self.ledger.of_version(current)
        kept = self._total - sum(self._refs[ptr][1] for ptr, _ in self._shared(live))
        while drop < len(self.undo) and kept > self.max_bytes:
            for ptr, nbytes in self._count(self.undo[drop], -1):
                if ptr not in live:
                    kept -= nbytes
            drop += 1
        if drop:
            del self.undo[:drop]  # one move of the list, however many were dropped
        self._mark()

    # -- reference counts ---------------------------------------------------------------

    def _shared(self, live: dict[int, int]):
        refs = self._refs
        return ((ptr, refs[ptr][1]) for ptr in live if ptr in refs)

    def _count(self, version, delta: int) -> list[tuple[int, int]]:
        """Add or remove one version's storages; returns those whose count fell to zero."""
        freed = []
        refs = self._refs
        for ptr, nbytes in self.ledger.of_version(version).items():
            entry = refs.get(ptr)
            if entry is None:
                if delta < 0:
                    continue  # not counted (cannot happen while the counts are in step)
                refs[ptr] = [delta, nbytes]
                self._total += nbytes
                continue
            entry[0] += delta
            if entry[0] <= 0:
                del refs[ptr]
                self._total -= entry[1]
                freed.append((ptr, entry[1]))
        return freed

    def _recount(self) -> None:
        self._refs, self._total = {}, 0
        for version in self.undo:
            self._count(version, +1)
        self._mark()

    def _mark(self) -> None:
        self._counted = (self.undo, len(self.undo))

    def _sync(self) -> None:
        """Count again if the undo list was replaced or changed without these methods."""
        counted, length = self._counted
        if counted is not self.undo or length != len(self.undo):
            self._recount()
