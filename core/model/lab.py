"""The lab: a network, the operations on it, and their history.

Every operation is atomic by construction. Module objects that belong to a
committed version are never mutated: an operation copies the modules it will
change, works on the copies, and commits a new version only when everything
succeeded. A failure discards the copies and restores the random number
generator, so the network, the snapshot and the random stream are exactly as
before. Keeping earlier versions is then all that undo needs.

The pieces: this module holds the operations that make new versions (structure,
forward, initialize, load weights) and the commit; ``lab_history.LabHistory`` (which
``Lab`` inherits) moves between kept versions (undo, redo, checkpoints, kept
weights); ``forward_trace`` runs the hooked forward pass; ``module_copies`` copies
modules and restores the random stream on failure.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable

import torch

from core.cancel import IDLE, Monitor
from core.errors import INVALID_ARGUMENT, LabError
from core.messages import msg
from core.model import capture, catalogue, init_apply, initializers, lab_tree, memory
from core.model.forward_trace import traced_forward
from core.model.history import DEFAULT_HISTORY_BYTES, Checkpoint, History, Version
from core.model.init_apply import PARAM_CHOICES  # noqa: F401 (importable from here too)
from core.model.inputs import InputSpec, input_elements, make_input
from core.model.lab_history import LabHistory
from core.model.module_copies import atomic, changes_in_forward, copy_sharing, materialized
from core.model.network import Network, build_modules, sequential
from core.model.network_tree import modules_by_uid, walk
from core.model.snapshot import Snapshot, TraceEntry, shape_text
from core.model.stats import DEFAULT_BINS, StatsCache

__all__ = ["DEFAULT_HISTORY_BYTES", "Checkpoint", "History", "Lab", "Version"]


class Lab(LabHistory):
    """A network and its operations; each returns the new Snapshot or raises LabError."""

    def __init__(
        self,
        memory_limit: int | None = None,
        bins: int = DEFAULT_BINS,
        history_bytes: int = DEFAULT_HISTORY_BYTES,
    ) -> None:
        self.memory_limit = memory_limit
        self.cache = StatsCache(bins)
        self.records = capture.Records()  # snapshots share what did not change
        self.history = History(max_bytes=history_bytes)
        self.monitor: Monitor = IDLE  # progress and cancel of the running operation
        network = Network()
        self.version = Version(network, {}, self._snapshot(network, {}, msg("new network"), "new"))

    @contextlib.contextmanager
    def monitored(self, monitor: Monitor):
        """Operations inside report progress to ``monitor`` and stop when it is cancelled."""
        previous, self.monitor = self.monitor, monitor
        try:
            yield monitor
        finally:
            self.monitor = previous

    # -- reading ------------------------------------------------------------------

    @property
    def snapshot(self) -> Snapshot:
        return self.version.snapshot

    @property
    def network(self) -> Network:
        return self.version.network

    def limit(self) -> int:
        return self.memory_limit if self.memory_limit is not None else memory.default_limit()

    def state_dict(self) -> dict:
        """The live state_dict without uninitialized entries (they cannot be saved)."""
        from torch.nn.parameter import is_lazy

        return {k: v for k, v in self.version.net().state_dict().items() if not is_lazy(v)}

    def scratch(self) -> Lab:
        """A Lab starting at this one's committed version, with its own cache and a
        one-step history: operations on it never touch this lab (committed modules
        are never mutated), so analyses work on it freely and throw it away."""
        scratch = type(self)(memory_limit=self.memory_limit, bins=self.cache.bins)
        scratch.version = self.version
        scratch.history.max_steps = 1
        return scratch

    # -- structure ----------------------------------------------------------------

    def add(
        self, layer: str, args: dict | None = None, name: str | None = None,
        at: int | None = None, into: int | str | None = None,
    ) -> Snapshot:
        """Insert a new layer at ``at`` (default: the end), into the block ``into``."""
        parent = () if into is None else self.network.locate(into)
        around = self.network.entries if not parent else self.network.entry(parent).children
        position = len(around or ()) if at is None else at
        network = self.network.insert(position, layer, args, name, into=parent)
        self._refuse_ties_with_blocks(network)
        entry = network.entry(parent + (position,))
        self._guard_layer(entry.layer, entry.args, network.name_of(parent + (position,)))
        args_text = catalogue.code_args(entry.layer, entry.args)
        label = msg("add {layer}({args})", layer=entry.layer, args=args_text)
        return self._restructure(network, label, "add", rebuild={entry.uid})

    def remove(self, at: int | str) -> Snapshot:
        position = self.network.locate(at)
        name = self.network.name_of(position)
        label = msg("remove layer {name}", name=name)
        return self._restructure(self.network.remove(position), label, "remove")

    def move(self, at: int | str, to: int) -> Snapshot:
        position = self.network.locate(at)
        if isinstance(to, bool) or not isinstance(to, int):
            raise LabError(
                INVALID_ARGUMENT, msg("move: 'to' must be a position, got {to}.", to=repr(to))
            )
        name = self.network.name_of(position)
        network = self.network.move(position, to)
        return self._restructure(
            network, msg("move layer {name} to {to}", name=name, to=to), "move"
        )

    def duplicate(self, at: int | str) -> Snapshot:
        """A fresh copy of a layer (or block) right after it: same types and arguments,
        own weights."""
        position = self.network.locate(at)
        entry = self.network.entry(position)
        if entry.children is None:
            into = self.network.name_of(position[:-1]) if len(position) > 1 else None
            return self.add(entry.layer, dict(entry.args), at=position[-1] + 1, into=into)
        network = self.network.duplicate(position)
        self._guard_all(network)
        label = msg("duplicate block {name}", name=self.network.name_of(position))
        return self._restructure(network, label, "add")

    def edit(self, at: int | str, args: dict, layer: str | None = None) -> Snapshot:
        """New arguments (and, given ``layer``, a new type: Linear -> LazyLinear); the
        layer is rebuilt (fresh default weights), ties follow."""
        position = self.network.locate(at)
        network = self.network.edit(position, args, layer)
        entry = network.entry(position)
        name = network.name_of(position)
        self._guard_layer(entry.layer, entry.args, name)
        label = msg(
            "edit layer {name}: {layer}({args})",
            name=name, layer=entry.layer, args=catalogue.code_args(entry.layer, entry.args),
        )
        return self._restructure(network, label, "edit", rebuild={entry.owner})

    def rename(self, at: int | str, name: str | None) -> Snapshot:
        position = self.network.locate(at)
        old = self.network.name_of(position)
        network = self.network.rename(position, name)
        label = msg("rename layer {old} to {new}", old=old, new=network.name_of(position))
        return self._restructure(network, label, "rename", keep_trace=True)

    def tie(self, at: int | str, to: int | str) -> Snapshot:
        """Make one position reuse another's module: one tensor, several places."""
        position, target = self.network.position_of(at), self.network.position_of(to)
        network = self.network.tie(position, target)
        self._refuse_ties_with_blocks(network)
        names = network.names()
        label = msg("tie layer {name} to {target}", name=names[position], target=names[target])
        return self._restructure(network, label, "tie")

    def untie(self, at: int | str) -> Snapshot:
        position = self.network.position_of(at)
        if self.network.entries[position].tie is None:
            raise LabError(
                INVALID_ARGUMENT,
                msg("Layer {name} is not tied.", name=self.network.names()[position]),
            )
        network = self.network.untie(position)
        return self._restructure(
            network, msg("untie layer {name}", name=network.names()[position]), "untie",
            rebuild={network.entries[position].uid},
        )

    def clear(self) -> Snapshot:
        return self._restructure(Network(next_uid=self.network.next_uid), msg("clear"), "clear")

    def load_network(self, network: Network, label: str = msg("load network")) -> Snapshot:
        """Replace the whole description (an opened session, a template)."""
        self._refuse_ties_with_blocks(network)
        self._guard_all(network)
        return self._restructure(network, label, "load", rebuild=None)

    def reset(self) -> Snapshot:
        """Rebuild every layer: lazy layers uninitialized again, fresh default weights."""
        return self._restructure(self.network, msg("reset"), "reset", rebuild=None)

    # -- forward ------------------------------------------------------------------

    def forward(self, spec: InputSpec, mode: str = "train") -> Snapshot:
        """Run ``net(x)`` with hooks that trace each layer and guard memory."""
        if mode not in ("train", "eval"):
            raise LabError(
                INVALID_ARGUMENT,
                msg("mode must be 'train' or 'eval', got {mode}.", mode=repr(mode)),
            )
        if not self.network.entries:
            raise LabError(INVALID_ARGUMENT, msg("The network is empty; add a layer first."))
        if self.network.nested:
            return lab_tree.forward(self, spec, mode)
        limit = self.limit()
        memory.check(
            input_elements(spec) * memory.FLOAT_BYTES, limit,  # per layer: _traced_forward
            msg("An input of shape {shape}", shape=shape_text(spec.shape)),
            msg("use a smaller batch or width."),
        )
        version = self.version
        modules = {
            uid: copy_sharing(m, materialized(m)) if changes_in_forward(m) else m
            for uid, m in version.modules.items()
        }
        net = sequential(version.network, modules)

        declared_lazy = {
            name
            for name, entry in zip(version.network.names(), version.network.entries, strict=False)
            if catalogue.layer_spec(entry.layer).lazy
        }
        at_start = {id(m): (capture.module_state(m), type(m).__name__) for m in net}

        def run() -> tuple[TraceEntry, ...]:
            net.train(mode == "train")
            trace = traced_forward(net, make_input(spec), version.network, limit,
                                   declared_lazy, at_start, self.monitor, self.cache.bins)
            self.monitor.step(len(net), len(net))
            return trace

        trace = atomic(run)
        names = version.network.names()
        changes = capture.inferred_changes(names, list(version.net()), list(net))
        label = (
            msg("forward {input} (eval)", input=spec.describe())
            if mode == "eval"
            else msg("forward {input}", input=spec.describe())
        )
        return self._commit(
            version.network, modules, label, "forward",
            trace=trace, input=spec, changes=changes,
        )

    # -- initialize ---------------------------------------------------------------

    def initialize(
        self,
        init: str,
        args: dict | None = None,
        layers: Iterable[str] | None = None,
        types: Iterable[str] | None = None,
        params: str = "weight",
        seed: int | None = None,
    ) -> Snapshot:
        """Apply an initializer through ``net.apply``, visiting modules as PyTorch does."""
        if self.network.nested:
            return lab_tree.initialize(self, init, args, layers, types, params, seed)
        name, valid_args = init_apply.checked_request(init, args, params, seed)
        version = self.version
        targets = self.targets(layers, types)
        for position in targets:
            init_apply.require_materialized(version, position, name)
        modules, run = init_apply.prepared(
            version, targets, name, valid_args, params, seed, self.monitor)
        visits, lines = atomic(run)
        label = msg(
            "init {initializer}{targets}",
            initializer=initializers.describe(name, valid_args),
            targets=init_apply.target_text(layers, types, params),
        )
        return self._commit(
            version.network, modules, label, "init",
            visits=visits, visit_lines=lines, trace=version.trace, input=version.input,
        )

    def targets(self, layers: Iterable[str] | None, types: Iterable[str] | None) -> list[int]:
        """The positions ``layers`` and ``types`` select, as ``initialize`` would; LabError
        for an unknown layer or type (analyses refuse them before any work)."""
        if self.network.nested:
            return lab_tree.targets(self, layers, types)
        return init_apply.targets(self.version, layers, types)

    # -- weights ------------------------------------------------------------------

    def load_state_dict(
        self, state: dict, label: str = msg("load weights"), keep_trace: bool = False
    ) -> Snapshot:
        """Load weights; lazy layers get shapes and values but stay Lazy* until a forward.

        ``keep_trace`` keeps the last forward pass's trace (restoring a session's own
        weights after replaying it changes no shape).
        """
        from core.io.weights import load_into

        if self.network.nested:
            return lab_tree.load(self, state, label, keep_trace)
        version = self.version
        modules = {uid: copy_sharing(m) for uid, m in version.modules.items()}
        net = sequential(version.network, modules)
        atomic(lambda: load_into(net, state))
        changes = capture.inferred_changes(version.network.names(), list(version.net()), list(net))
        extra = {"trace": version.trace, "input": version.input} if keep_trace else {}
        return self._commit(version.network, modules, label, "load_weights", changes=changes,
                            **extra)

    # -- internals ----------------------------------------------------------------

    def _guard_all(self, network: Network) -> None:
        limit = self.limit()  # once: reading the free memory per layer cost more than the rest
        for name, _, entry in walk(network.entries):
            if entry.tie is None:
                self._guard_layer(entry.layer, entry.args, name, limit)

    @staticmethod
    def _refuse_ties_with_blocks(network: Network) -> None:
        if network.nested and any(e.tie is not None for e in network.entries):
            raise LabError(INVALID_ARGUMENT, msg(
                "A network with blocks cannot have tied layers: untie them first, or tie "
                "layers in a network without blocks."))

    def _guard_layer(self, layer: str, args: dict, name: str, limit: int | None = None) -> None:
        nbytes = catalogue.parameter_count(layer, args) * memory.FLOAT_BYTES
        memory.check(
            nbytes, self.limit() if limit is None else limit,
            lambda: msg("Layer {name} ({kind})", name=name, kind=layer),
            msg("choose smaller sizes."), layer=name,
        )

    def _restructure(
        self,
        network: Network,
        label: str,
        op: str,
        rebuild: set[int] | None = frozenset(),
        keep_trace: bool = False,
    ) -> Snapshot:
        """Commit a new description; ``rebuild`` owners (None: all) get fresh modules."""
        old = self.version
        every = (modules_by_uid(old.network.entries, old.modules) if old.network.nested
                 else old.modules)
        keep = {} if rebuild is None else {u: m for u, m in every.items() if u not in rebuild}
        modules = atomic(lambda: build_modules(network, keep, old.network))
        extra = {"trace": self.version.trace, "input": self.version.input} if keep_trace else {}
        return self._commit(network, modules, label, op, **extra)

    def _commit(self, network: Network, modules: dict, label: str, op: str, **extra) -> Snapshot:
        trace, spec = extra.pop("trace", None), extra.pop("input", None)
        snapshot = self._snapshot(
            network, modules, label, op, trace=trace, input_shape=spec and spec.shape,
            before=self.version, **extra,
        )
        self.history.push(self.version)
        self.version = Version(network, modules, snapshot, trace, spec, self.version.steps)
        self._trim_history()
        return self.version.snapshot

    def _snapshot(self, network, modules, label, op, before=None, **extra) -> Snapshot:
        """``before``: the version this one follows (its new parameters count as changed)."""
        if network.nested:
            previous = (None if before is None
                        else self.records.param_ids(before.modules.values()))
            return lab_tree.snapshot(network, modules, self.cache, label, op, self.records,
                                     previous=previous, **extra)
        owners = [modules[entry.owner] for entry in network.entries]  # no Sequential needed
        return capture.take(network, owners, self.cache, label, op, records=self.records,
                            before=before, **extra)

    def seeded(self, seed: int, operation: Callable[[], Snapshot]) -> Snapshot:
        """Run ``operation`` after ``torch.manual_seed(seed)``; a failure restores the stream."""
        def run() -> Snapshot:
            torch.manual_seed(seed)
            return operation()

        return atomic(run)
