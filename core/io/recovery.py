"""Put back an autosaved session's exact weights after its replay (core Session.restore).

A session file replays its steps from its seed. That rebuilds the network, but not
always the same values: an undone operation consumed random numbers the replay does
not draw. The autosave therefore keeps the weights too, and they are put back after
the replay when they differ (lazy layers that had not seen data stay uninitialized).
"""

from __future__ import annotations

import torch
from torch.nn.parameter import is_lazy

from core.messages import msg
from core.model.lab import Lab


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
