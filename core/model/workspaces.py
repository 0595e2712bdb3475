"""Whole workspaces that File ▸ New or Open replaced, kept so that undo brings them back.

A Lab's own undo history covers the operations on one network. New and Open
swap in another Lab (with its own seed and file), so undoing them means
swapping the earlier Lab back, with its history intact. ``Replaced`` keeps
those Labs as one linear history: undo goes back through the replaced
workspaces once the current Lab has nothing left to undo, redo comes forward
again, and any new operation forgets what redo would have brought back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from torch.nn.parameter import is_lazy

from core.model.lab import Lab


@dataclass
class Workspace:
    """A network with everything that belongs to it: its Lab, seed, file and save point."""

    lab: Lab
    seed: int
    seeded: bool = False
    path: Path | None = None
    saved_steps: tuple = ()  # the steps as last saved or opened: equal means nothing to lose

    @property
    def modified(self) -> bool:
        return tuple(self.lab.version.steps) != tuple(self.saved_steps)

    def has_work(self) -> bool:
        """True when there is something undo could want back."""
        lab = self.lab
        return bool(lab.version.steps or lab.can_undo or lab.can_redo or lab.network.entries)


def lab_bytes(lab: Lab) -> int:
    """Bytes of tensors a whole Lab (current version and undo history) keeps alive."""
    seen: set[int] = set()
    total = 0
    for version in [*lab.history.undo, lab.version]:
        for module in version.modules.values():
            for tensor in [*module.parameters(), *module.buffers()]:
                if is_lazy(tensor):
                    continue
                pointer = tensor.data_ptr()
                if pointer and pointer not in seen:
                    seen.add(pointer)
                    total += tensor.numel() * tensor.element_size()
    return total


@dataclass
class Replaced:
    """Workspaces replaced by New or Open (undo side) and those undone back (redo side)."""

    undo: list[Workspace] = field(default_factory=list)
    redo: list[Workspace] = field(default_factory=list)

    def push(self, current: Workspace) -> None:
        """``current`` is being replaced: keep it for undo; redo's branch is forgotten."""
        self.redo.clear()
        if current.has_work():
            current.lab.history.redo.clear()  # a new action: the linear history moves on
            self.undo.append(current)

    def step_back(self, current: Workspace) -> Workspace:
        self.redo.append(current)
        return self.undo.pop()

    def step_forward(self, current: Workspace) -> Workspace:
        self.undo.append(current)
        return self.redo.pop()

    def steps(self) -> int:
        """How many undo steps the replaced workspaces hold (each replacement counts one)."""
        return sum(1 + len(workspace.lab.history.undo) for workspace in self.undo)

    def nbytes(self) -> int:
        return sum(lab_bytes(workspace.lab) for workspace in self.undo)

    def trim(self, max_bytes: int, current_bytes: int) -> bool:
        """Forget the oldest replaced workspaces beyond the undo memory bound; True if any."""
        dropped = False
        while self.undo and current_bytes + self.nbytes() > max_bytes:
            self.undo.pop(0)
            dropped = True
        return dropped
