"""The lab's history: undo and redo, checkpoints, and the weights of earlier steps.

``LabHistory`` is the group of ``Lab`` methods that move between kept versions
rather than make new ones; ``Lab`` (core/model/lab.py) inherits them. They read and
set ``version``, ``history`` and ``cache``, which ``Lab.__init__`` creates.
"""

from __future__ import annotations

from dataclasses import replace

import torch

from core.errors import INVALID_ARGUMENT, LabError
from core.messages import msg
from core.model.history import Checkpoint, History, StepLog, Version
from core.model.snapshot import Histogram, Snapshot
from core.model.stats import StatsCache, check_bins


class LabHistory:
    """Undo, redo, checkpoints and kept weights: the methods of ``Lab`` over its versions."""

    version: Version
    history: History
    cache: StatsCache

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

    # -- the undo memory and earlier steps' weights ------------------------------

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
        check_bins(bins)
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

    def _trim_history(self) -> None:
        self.history.trim(self.version)
