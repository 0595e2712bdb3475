"""What one session operation did: the snapshots before and after, and what changed.

Views receive a Transition instead of re-deriving the difference: which parameters
hold other tensors now, whether the layers or shapes changed, whether another
network (another Lab) took the place of the one shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.model.history import Version
from core.model.snapshot import Snapshot

COMMIT = "commit"  # a step changed the network (or tried to: see Transition.changed)
UNDO = "undo"
REDO = "redo"
RESTORE = "restore"  # an earlier state of the same network came back (a lesson's Back)
REPLACE = "replace"  # another network took its place: New, Open, an autosave restored
ANALYSIS = "analysis"  # compare or depth: results, and the network unchanged
KINDS = (COMMIT, UNDO, REDO, RESTORE, REPLACE, ANALYSIS)


@dataclass(frozen=True)
class Analysis:
    """A compare or depth result kept by the session, with the step that asked for it."""

    step: dict
    result: Any  # core.analysis.compare.Comparison or core.analysis.depth.DepthResult
    snapshot: Snapshot  # the network it was made on
    overlays: tuple = ()  # compare: every parameter's Overlay at the step's bins and clip


@dataclass(frozen=True)
class Transition:
    """One operation's effect, as views need it."""

    kind: str  # one of KINDS
    before: Snapshot
    after: Snapshot
    step: dict | None = None  # the step performed (None for New, Open, restore, Back)
    changed: frozenset[str] = frozenset()  # parameters whose tensors differ (or came, went)
    structure_changed: bool = False  # layers, their print(net) or parameter shapes differ
    new_lab: bool = False  # another Lab is current: New, Open, undo across them
    analysis: Analysis | None = None  # kind ANALYSIS: the result
    report: dict | None = None  # Open and restore: the replay's report
    lesson_page: int | None = None  # a lesson's move: the page now shown

    @property
    def network_changed(self) -> bool:
        return self.before is not self.after


def parameter_tensors(version: Version) -> dict[str, object]:
    """Each parameter's tensor object by name; committed tensors are never mutated."""
    return version.parameters_by_name()


def between(kind: str, before: Version, after: Version, **fields) -> Transition:
    """The Transition from ``before`` to ``after`` (versions of one Lab or of two)."""
    if before is after:
        return Transition(kind, before.snapshot, after.snapshot, **fields)
    old, new = parameter_tensors(before), parameter_tensors(after)
    changed = frozenset(name for name in old.keys() | new.keys()
                        if old.get(name) is not new.get(name))
    return Transition(kind, before.snapshot, after.snapshot, changed=changed,
                      structure_changed=_structure(before.snapshot) != _structure(after.snapshot),
                      **fields)


def _structure(snapshot: Snapshot) -> tuple:
    return snapshot.repr, tuple((p.name, p.shape) for p in snapshot.parameters)
