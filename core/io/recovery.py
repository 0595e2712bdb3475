"""Bring an autosaved session back: replay its steps, then put back its exact weights.

A session file replays its steps from its seed. That rebuilds the network, but not
always the same values: an undone operation consumed random numbers the replay does
not draw. The autosave therefore keeps the weights too, and they are put back after
the replay when they differ (lazy layers that had not seen data stay uninitialized).
"""

from __future__ import annotations

import os
from pathlib import Path

import torch
from torch.nn.parameter import is_lazy

from core.errors import LabError
from core.io import scenario, weights
from core.messages import msg
from core.model.lab import Lab


def replay(
    session_path: str | os.PathLike,
    weights_path: str | os.PathLike | None = None,
    memory_limit: int | None = None,
    fallback_seed: int = 0,
) -> tuple[Lab, int, dict]:
    """A Lab rebuilt from an autosave, its seed and the replay report.

    Raises ScenarioError when the session file is unusable. A weights file that
    cannot be put back does not lose the replayed network: the report's
    ``restore_error`` says why (a LabError as a dict), and the values are the replay's.
    """
    loaded = scenario.load(session_path)
    seed = loaded.seed if loaded.seed is not None else fallback_seed
    torch.manual_seed(seed)
    lab = Lab(memory_limit=memory_limit, bins=loaded.bins)
    report = scenario.run(loaded, lab=lab)
    report["restore_error"] = None
    if weights_path is not None and Path(weights_path).exists():
        try:
            restore_weights(lab, weights.read(weights_path, lab.limit()))
        except LabError as error:
            report["restore_error"] = error.to_dict()
    return lab, seed, report


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
