"""Reading an autosave back (core Session.restore): its steps, then its exact weights.

The autosave keeps a base session file and a journal beside it: one JSON step per
line, appended after each change so that a write costs the new steps, not the
whole session. ``load_autosave`` joins them; a last line cut short by a kill in the
middle of a write is ignored, the steps before it are recovered.

A session file replays its steps from its seed. That rebuilds the network, but not
always the same values: an undone operation consumed random numbers the replay does
not draw. The autosave therefore keeps the weights too, and they are put back after
the replay when they differ (lazy layers that had not seen data stay uninitialized).
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import torch
from torch.nn.parameter import is_lazy

from core.io import scenario as scenario_io
from core.io import weight_store, weights
from core.messages import msg
from core.model.history import Version
from core.model.lab import Lab


def saved_weights(version: Version) -> dict:
    """What an autosave keeps of ``version``: its state_dict without uninitialized entries.

    Safe on another thread than the one that made ``version``: committed modules are
    never mutated, so the autosave reads them on its own thread, not the UI's.
    """
    return {k: v for k, v in version.net().state_dict().items() if not is_lazy(v)}


def read_weights(path: str | os.PathLike, limit: int | None = None) -> dict:
    """The weights an autosave kept: its index (``weights-N.json``) or a whole state_dict
    (``weights-N.pt``, older autosaves); ``LabError`` when they cannot be read."""
    if Path(path).suffix == ".json":
        return weight_store.read(path, limit)
    return weights.read(path, limit)


def journal_line(step: dict) -> bytes:
    """One step as a journal line (JSON never holds a raw newline, so one line each)."""
    return json.dumps(step, ensure_ascii=False, allow_nan=False).encode("utf-8") + b"\n"


def load_autosave(session_path: str | os.PathLike, journal_path: str | os.PathLike | None = None,
                  steps: int | None = None) -> scenario_io.Scenario:
    """The base session with the journal's steps appended, checked like any scenario file.

    ``steps``: how many steps the autosave had completed (its meta.json); journal
    lines beyond them, and a last line without its newline, were never completed.
    Raises ScenarioError when the base file is unusable.
    """
    base = scenario_io.load(session_path)
    wanted = None if steps is None else steps - len(base.steps)
    if journal_path is None or (wanted is not None and wanted <= 0):
        return base
    added = read_journal(Path(journal_path), wanted)
    if not added:
        return base
    document = {"format": scenario_io.FORMAT, "seed": base.seed, "bins": base.bins,
                "steps": [*base.steps, *added]}
    document.update({key: value for key, value in
                     (("title", base.title), ("description", base.description))
                     if value is not None})
    data = json.dumps(document, ensure_ascii=False).encode("utf-8")
    return scenario_io.parse(data, base.base)  # every check a scenario file gets


def read_journal(path: Path, wanted: int | None = None) -> list:
    """The complete steps of a journal, at most ``wanted``; [] when it cannot be read.

    Reading stops at the first line that is cut short or is not JSON: what a kill in
    the middle of an append leaves is dropped, the steps before it are kept.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return []
        with open(path, "rb") as handle:
            data = handle.read(scenario_io.MAX_FILE_BYTES + 1)
    except (OSError, ValueError):
        return []
    lines = data.split(b"\n")[:-1]  # the last piece has no newline: torn, or empty
    steps: list = []
    for line in lines[:wanted]:
        try:
            steps.append(json.loads(line.decode("utf-8"), parse_constant=_refuse_constant))
        except (ValueError, RecursionError):  # a torn line, or bytes that are not a step
            break
    return steps


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def restore_weights(lab: Lab, saved: dict) -> bool:
    """Load ``saved`` into ``lab`` when its values differ; True when something changed.

    ``saved`` leaves out uninitialized parameters (they cannot be saved), so the
    network's own lazy entries are kept as they are.
    """
    current = lab.state_dict()
    if set(current) == set(saved) and all(
        current[k].shape == saved[k].shape and torch.equal(current[k], saved[k]) for k in saved
    ):
        return False
    state = dict(saved)
    for key, value in lab.version.net().state_dict().items():
        if is_lazy(value):
            state.setdefault(key, value)
    lab.load_state_dict(state, msg("restore autosaved weights"), keep_trace=True)
    return True
