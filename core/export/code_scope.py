"""Which steps an export replays, and whether they give back the lab's exact weights.

"The network on screen" replays the steps since the network was last cleared or
loaded whole (a template, a lesson's network, a ``build`` step): earlier networks
are gone and need not be in the script. "The whole session" replays every step.
Either way the script starts from ``torch.manual_seed(seed)``; whether that gives
back the lab's weights depends on the random numbers drawn before the first
replayed step (and on undo, which does not rewind them), so ``check`` replays the
same steps on a fresh lab and compares tensor by tensor.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch

SCREEN, SESSION = "screen", "session"
SCOPES = (SCREEN, SESSION)
FRESH_STARTS = ("clear", "build")


@dataclass(frozen=True)
class Selection:
    """The steps a script replays: ``steps[first:]`` of the session's ``total`` steps."""

    steps: tuple[dict, ...]
    first: int
    total: int
    start: dict | None  # the clear or build step the network on screen started from


def select(steps: tuple[dict, ...] | list[dict], scope: str) -> Selection:
    """The session's steps (``SESSION``) or those that made the network on screen."""
    steps = tuple(steps)
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {SCOPES}, got {scope!r}")
    starts = [i for i, step in enumerate(steps) if step["op"] in FRESH_STARTS]
    if scope == SESSION or not starts or starts[-1] == 0:
        return Selection(steps, 0, len(steps), None)
    first = starts[-1]
    start = steps[first]
    replayed = steps[first + 1:] if start["op"] == "clear" else steps[first:]
    return Selection(replayed, first, len(steps), start)


@dataclass(frozen=True)
class Check:
    """Whether replaying a script's steps gives back the lab's state exactly."""

    identical: bool
    reason: str = ""  # why not, in English (it goes into the script's header)


@dataclass(frozen=True)
class Export:
    """A script and what it is: which steps it replays, whether it gives back the weights."""

    source: str
    scope: str
    selection: Selection
    check: Check | None  # None: not checked


def check(lab, selection: Selection, seed: int | None, base: Path | None) -> Check:
    """Replay ``selection`` on a fresh lab, as the script does, and compare with ``lab``.

    The session's random stream is left exactly as it was (the replay runs in a
    forked generator), so exporting never changes what the session draws next.
    """
    from core.errors import LabError
    from core.model.lab import Lab
    from core.operations import steps as step_ops

    replay = Lab(memory_limit=lab.memory_limit)
    replay.set_history_limit(0)  # no undo copies: the replay is thrown away
    with torch.random.fork_rng(devices=[]):
        if seed is not None:
            torch.manual_seed(seed)
        try:
            for step in selection.steps:
                step_ops.perform(replay, step, base)
        except (LabError, OSError) as exc:
            return Check(False, f"a replayed step fails now: {exc}")
    return compare(lab, replay)


def compare(lab, replay) -> Check:
    if replay.snapshot.repr != lab.snapshot.repr:
        return Check(False, "the replayed network prints differently")
    ours, theirs = lab.state_dict(), replay.state_dict()
    if ours.keys() != theirs.keys():
        return Check(False, "the replayed network has other initialized tensors")
    differing = [k for k, v in ours.items() if not torch.equal(v, theirs[k])]
    if differing:
        listing = ", ".join(differing[:3]) + (", ..." if len(differing) > 3 else "")
        return Check(False, f"{len(differing)} of {len(ours)} tensors differ ({listing})")
    return Check(True)
