"""Helpers shared by the window reliability tests: perform a step and wait until the session
is idle, build a lazy MLP, and compare the lab's exact weights.
"""

from __future__ import annotations

import torch


def perform(qtbot, win, step, timeout=20_000):
    with qtbot.waitSignal(win.session.busyChanged, check_params_cb=lambda busy: not busy,
                          timeout=timeout):
        assert win.session.perform(step)


def build_lazy_mlp(qtbot, win) -> None:
    perform(qtbot, win, {"op": "add", "layer": "LazyLinear", "args": {"out_features": 16}})
    perform(qtbot, win, {"op": "add", "layer": "ReLU"})
    perform(qtbot, win, {"op": "add", "layer": "Linear",
                         "args": {"in_features": 16, "out_features": 4}})
    perform(qtbot, win, {"op": "forward", "shape": [2, 8]})


def state_of(win) -> dict:
    return {k: v.clone() for k, v in win.session.lab.state_dict().items()}


def same_state(a: dict, b: dict) -> bool:
    return set(a) == set(b) and all(torch.equal(a[k], b[k]) for k in a)
