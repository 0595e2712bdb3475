"""The lab: a network, the operations on it, and their history.

Every operation is atomic by construction. Module objects that belong to a
committed version are never mutated: an operation copies the modules it will
change, works on the copies, and commits a new version only when everything
succeeded. A failure discards the copies and restores the random number
generator, so the network, the snapshot and the random stream are exactly as
before. Keeping earlier versions is then all that undo needs.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Iterable
from dataclasses import replace

import torch
import torch.nn as nn
from torch.nn.modules.lazy import LazyModuleMixin

from core.cancel import IDLE, Monitor
from core.errors import INVALID_ARGUMENT, RUNTIME, LabError
from core.messages import msg
from core.model import capture, catalogue, init_apply, initializers, memory
from core.model.explain import Origin, forward_error, origin_of
from core.model.history import DEFAULT_HISTORY_BYTES, Checkpoint, History, StepLog, Version
from core.model.init_apply import PARAM_CHOICES  # noqa: F401 (core.analysis.compare imports it from here)
from core.model.inputs import InputSpec, input_elements, make_input
from core.model.network import Network, build_modules, sequential
from core.model.snapshot import Histogram, Snapshot, TraceEntry, shape_text
from core.model.stats import DEFAULT_BINS, MAX_BINS, StatsCache, tensor_stats

__all__ = ["DEFAULT_HISTORY_BYTES", "Checkpoint", "History", "Lab", "Version"]


class Lab:
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

    # -- structure ----------------------------------------------------------------

    def add(
        self, layer: str, args: dict | None = None, name: str | None = None, at: int | None = None
    ) -> Snapshot:
        """Insert a new layer at ``at`` (default: the end)."""
        position = len(self.network) if at is None else at
        network = self.network.insert(position, layer, args, name)
        entry = network.entries[position]
        self._guard_layer(entry.layer, entry.args, network.names()[position])
        args_text = catalogue.code_args(entry.layer, entry.args)
        label = msg("add {layer}({args})", layer=entry.layer, args=args_text)
        return self._restructure(network, label, "add", rebuild={entry.uid})

    def remove(self, at: int | str) -> Snapshot:
        position = self.network.position_of(at)
        name = self.network.names()[position]
        label = msg("remove layer {name}", name=name)
        return self._restructure(self.network.remove(position), label, "remove")

    def move(self, at: int | str, to: int) -> Snapshot:
        position = self.network.position_of(at)
        if isinstance(to, bool) or not isinstance(to, int):
            raise LabError(
                INVALID_ARGUMENT, msg("move: 'to' must be a position, got {to}.", to=repr(to))
            )
        name = self.network.names()[position]
        network = self.network.move(position, to)
        return self._restructure(
            network, msg("move layer {name} to {to}", name=name, to=to), "move"
        )

    def duplicate(self, at: int | str) -> Snapshot:
        """A fresh copy of a layer right after it: same type and arguments, own weights."""
        position = self.network.position_of(at)
        entry = self.network.entries[position]
        return self.add(entry.layer, dict(entry.args), at=position + 1)

    def edit(self, at: int | str, args: dict, layer: str | None = None) -> Snapshot:
        """New arguments (and, given ``layer``, a new type: Linear -> LazyLinear); the
        layer is rebuilt (fresh default weights), ties follow."""
        position = self.network.position_of(at)
        network = self.network.edit(position, args, layer)
        entry = network.entries[position]
        name = network.names()[position]
        self._guard_layer(entry.layer, entry.args, name)
        label = msg(
            "edit layer {name}: {layer}({args})",
            name=name, layer=entry.layer, args=catalogue.code_args(entry.layer, entry.args),
        )
        return self._restructure(network, label, "edit", rebuild={entry.owner})

    def rename(self, at: int | str, name: str | None) -> Snapshot:
        position = self.network.position_of(at)
        old = self.network.names()[position]
        network = self.network.rename(position, name)
        label = msg("rename layer {old} to {new}", old=old, new=network.names()[position])
        return self._restructure(network, label, "rename", keep_trace=True)

    def tie(self, at: int | str, to: int | str) -> Snapshot:
        """Make one position reuse another's module: one tensor, several places."""
        position, target = self.network.position_of(at), self.network.position_of(to)
        network = self.network.tie(position, target)
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
        for entry, name in zip(network.entries, network.names(), strict=False):
            if entry.tie is None:
                self._guard_layer(entry.layer, entry.args, name)
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
        limit = self.limit()
        memory.check(
            input_elements(spec) * memory.FLOAT_BYTES, limit,  # per layer: _traced_forward
            msg("An input of shape {shape}", shape=shape_text(spec.shape)),
            msg("use a smaller batch or width."),
        )
        version = self.version
        modules = {
            uid: _copy_sharing(m, _materialized(m)) if _changes_in_forward(m) else m
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
            trace = self._traced_forward(net, make_input(spec), limit, declared_lazy, at_start)
            self.monitor.step(len(net), len(net))
            return trace

        trace = _atomic(run)
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

    def _traced_forward(
        self, net: nn.Sequential, x: torch.Tensor, limit: int, declared_lazy: set[str],
        at_start: dict[int, tuple[str, str]],
    ) -> tuple[TraceEntry, ...]:
        names = list(net._modules)
        trace: list[TraceEntry] = []
        state = {"position": -1, "input": None, "grown": 0, "first": {}}

        def before(module: nn.Module, args: tuple) -> None:
            state["position"] += 1
            position, x_in = state["position"], args[0]
            self.monitor.step(position, len(names), names[position])
            state["input"] = tuple(x_in.shape)
            first = state["first"].setdefault(id(module), position)  # tied: ran before
            name = names[position]
            state["origin"] = origin_of(name in declared_lazy, at_start[id(module)][0],
                                        names[first] if first != position else None,
                                        at_start[id(module)][1])
            grown = memory.materialization_elements(module, x_in) * memory.FLOAT_BYTES
            out = memory.output_elements(module, x_in)
            layer_input = x_in.numel() if x_in is not x else None  # else: the batch itself
            memory.check(
                memory.forward_step_bytes(x.numel(), layer_input, out, 0)
                + state["grown"] + grown, limit,
                msg(
                    "Layer {name} ({kind}) on an input of shape {shape}",
                    name=name, kind=type(module).__name__, shape=shape_text(tuple(x_in.shape)),
                ),
                msg("use a smaller input or fewer features."), layer=name,
            )
            state["grown"] += grown

        def after(module: nn.Module, args: tuple, output: torch.Tensor) -> None:
            position = state["position"]
            stats = _output_stats(output, self.cache.bins, names[position])
            trace.append(
                TraceEntry(
                    position=position,
                    name=names[position],
                    type=type(module).__name__,
                    input_shape=state["input"],
                    output_shape=tuple(output.shape),
                    output=stats,
                )
            )

        handles = []
        for module in {id(m): m for m in net}.values():
            handles.append(module.register_forward_pre_hook(before, prepend=True))
            handles.append(module.register_forward_hook(after))
        try:
            with torch.no_grad():
                net(x)
        except LabError:
            raise
        except Exception as exc:  # PyTorch's own error, explained in terms of the network
            position = max(state["position"], 0)
            entry = self.network.entries[position]
            raise forward_error(
                exc, position, names[position], net[position],
                state["input"] or tuple(x.shape), trace, state.get("origin", Origin()),
                {n: at_start[id(m)][1] for n, m in zip(names, net, strict=True)},
                declared=(entry.layer, entry.args),
            ) from exc
        finally:
            for handle in handles:
                handle.remove()
        return tuple(trace)

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
        name, valid_args = init_apply.checked_request(init, args, params, seed)
        version = self.version
        targets = self._targets(layers, types)
        for position in targets:
            init_apply.require_materialized(version, position, name)
        modules, run = init_apply.prepared(
            version, targets, name, valid_args, params, seed, self.monitor)
        visits, lines = _atomic(run)
        label = msg(
            "init {initializer}{targets}",
            initializer=initializers.describe(name, valid_args),
            targets=init_apply.target_text(layers, types, params),
        )
        return self._commit(
            version.network, modules, label, "init",
            visits=visits, visit_lines=lines, trace=version.trace, input=version.input,
        )

    def _targets(self, layers: Iterable[str] | None, types: Iterable[str] | None) -> list[int]:
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

        version = self.version
        modules = {uid: _copy_sharing(m) for uid, m in version.modules.items()}
        net = sequential(version.network, modules)
        _atomic(lambda: load_into(net, state))
        changes = capture.inferred_changes(version.network.names(), list(version.net()), list(net))
        extra = {"trace": version.trace, "input": version.input} if keep_trace else {}
        return self._commit(version.network, modules, label, "load_weights", changes=changes,
                            **extra)

    # -- history ------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        return bool(self.history.undo)

    @property
    def can_redo(self) -> bool:
        return bool(self.history.redo)

    def undo(self) -> Snapshot:
        if not self.history.undo:
            raise LabError(INVALID_ARGUMENT, msg("Nothing to undo."))
        self.version = self.history.step_back(self.version)
        return self.version.snapshot

    def redo(self) -> Snapshot:
        if not self.history.redo:
            raise LabError(INVALID_ARGUMENT, msg("Nothing to redo."))
        self.version = self.history.step_forward(self.version)
        return self.version.snapshot

    def record_step(self, before: tuple, step: dict) -> None:
        """Remember the step that produced the current version (sessions replay them).

        ``before`` is the StepLog read before the operation: appending shares it.
        """
        self.version = replace(self.version, steps=StepLog.of(before).append(step))

    def snapshots(self) -> list[Snapshot]:
        """Every kept snapshot, oldest first, the current one last."""
        return [v.snapshot for v in self.history.undo] + [self.version.snapshot]

    # -- internals ----------------------------------------------------------------

    def _guard_layer(self, layer: str, args: dict, name: str) -> None:
        nbytes = catalogue.parameter_count(layer, args) * memory.FLOAT_BYTES
        memory.check(
            nbytes, self.limit(), msg("Layer {name} ({kind})", name=name, kind=layer),
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
        old = self.version.modules
        keep = {} if rebuild is None else {u: m for u, m in old.items() if u not in rebuild}
        modules = _atomic(lambda: build_modules(network, keep))
        extra = {"trace": self.version.trace, "input": self.version.input} if keep_trace else {}
        return self._commit(network, modules, label, op, **extra)

    def _commit(self, network: Network, modules: dict, label: str, op: str, **extra) -> Snapshot:
        trace, spec = extra.pop("trace", None), extra.pop("input", None)
        snapshot = self._snapshot(
            network, modules, label, op, trace=trace, input_shape=spec and spec.shape,
            previous=self.records.param_ids(self.version.modules.values()), **extra,
        )
        self.history.push(self.version)
        self.version = Version(network, modules, snapshot, trace, spec, self.version.steps)
        self._trim_history()
        return self.version.snapshot

    def _snapshot(self, network, modules, label, op, **extra) -> Snapshot:
        owners = [modules[entry.owner] for entry in network.entries]  # no Sequential needed
        return capture.take(network, owners, self.cache, label, op, records=self.records, **extra)

    def _trim_history(self) -> None:
        self.history.trim(self.version)

    def set_history_limit(self, max_bytes: int) -> None:
        """Bound the bytes of earlier weights undo keeps; the oldest steps go first."""
        if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0:
            raise LabError(INVALID_ARGUMENT, msg(
                "The undo memory limit must be a whole number of bytes ≥ 0, got {value!r}.",
                value=max_bytes))
        self.history.max_bytes = max_bytes
        self._trim_history()

    def parameter_histogram(self, snapshot: Snapshot, name: str, bins: int) -> Histogram:
        """The histogram of parameter ``name`` as it was in ``snapshot``, at ``bins`` bins.

        Safe on a worker beside a running operation: committed modules are never
        mutated. Raises LabError when that step's weights are no longer kept.
        """
        if isinstance(bins, bool) or not isinstance(bins, int) or not 1 <= bins <= MAX_BINS:
            raise LabError(INVALID_ARGUMENT, msg(
                "bins must be a whole number from 1 to {limit}, got {value!r}.",
                limit=MAX_BINS, value=bins))
        kept = [*self.history.undo, self.version, *self.history.redo]
        version = next((v for v in kept if v.snapshot is snapshot), None)
        if version is None:
            raise LabError(INVALID_ARGUMENT, msg(
                "The weights of step '{label}' are no longer kept: the undo history dropped "
                "them to stay within its memory limit. Raise the limit in Edit ▸ Preferences "
                "to keep more steps.", label=snapshot.label))
        from torch.nn.parameter import is_lazy

        param = dict(version.net().named_parameters()).get(name)
        if param is None or is_lazy(param):
            raise LabError(INVALID_ARGUMENT, msg(
                "Parameter {name} has no values at step '{label}'.",
                name=name, label=snapshot.label))
        return self.cache.histogram(param, bins)

    def history_bytes(self) -> int:
        """Bytes of earlier weights only the undo history keeps alive (what its bound counts)."""
        return self.history.kept_bytes(self.version)

    # -- checkpoints (a lesson's Back) ---------------------------------------------

    def checkpoint(self) -> Checkpoint:
        """The current version, its undo history and the random stream: all Back needs."""
        return Checkpoint(self.version, tuple(self.history.undo), torch.get_rng_state())

    def restore(self, checkpoint: Checkpoint) -> Snapshot:
        """Make a checkpoint current again, exactly: network, snapshot, undo history, RNG.

        Redo is emptied, as after any new operation, so undo and redo stay consistent.
        """
        self.version = checkpoint.version
        self.history.replace_undo(checkpoint.undo)
        torch.set_rng_state(checkpoint.rng)
        return self.version.snapshot

    def seeded(self, seed: int, operation: Callable[[], Snapshot]) -> Snapshot:
        """Run ``operation`` after ``torch.manual_seed(seed)``; a failure restores the stream."""
        def run() -> Snapshot:
            torch.manual_seed(seed)
            return operation()

        return _atomic(run)


def _atomic(operation: Callable):
    """Run ``operation``; on failure restore the global random stream and re-raise."""
    rng = torch.get_rng_state()
    try:
        return operation()
    except BaseException:
        torch.set_rng_state(rng)
        raise


def _output_stats(output: torch.Tensor, bins: int, name: str):
    """A layer's output statistics; a failure is said to be theirs, not the layer's."""
    try:
        return tensor_stats(output, bins)
    except Exception as exc:  # noqa: BLE001 (otherwise it would read as a shape mismatch)
        raise LabError(RUNTIME, msg(
            "The statistics of layer {name}'s output could not be computed ({reason}); the "
            "network was left as it was.", name=name, reason=str(exc).split("\n")[0][:200]),
            layer=name, torch_message=str(exc)) from exc


def _copy_sharing(module: nn.Module, shared: Iterable[torch.Tensor] = ()) -> nn.Module:
    """A deep copy of ``module`` that reuses the ``shared`` tensor objects as they are.

    ``UninitializedBuffer`` cannot be deep-copied, so each gets a fresh one.
    """
    from torch.nn.parameter import UninitializedBuffer

    memo: dict[int, object] = {id(t): t for t in shared}
    for buffer in module.buffers():
        if isinstance(buffer, UninitializedBuffer):
            memo[id(buffer)] = UninitializedBuffer(
                buffer.requires_grad, device=buffer.device, dtype=buffer.dtype
            )
    return copy.deepcopy(module, memo=memo)


def _materialized(module: nn.Module) -> list[torch.Tensor]:
    from torch.nn.parameter import is_lazy

    return [p for p in module.parameters() if not is_lazy(p)]


def _changes_in_forward(module: nn.Module) -> bool:
    """Forward mutates lazy modules (materialization) and buffers (running stats)."""
    return isinstance(module, LazyModuleMixin) or any(True for _ in module.buffers())
