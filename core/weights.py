"""Weights files: ``.pt`` state_dicts, read with ``weights_only=True``.

Nothing a file contains is ever executed: ``weights_only`` refuses pickled code,
and a file that is not a mapping of names to tensors is refused too.
"""

from __future__ import annotations

import os

import torch
import torch.nn as nn

from core.errors import INVALID_FILE, LabError

MAX_FILE_BYTES = 8 * 1024**3


def save(state: dict, path: str | os.PathLike) -> None:
    """Write a state_dict (uninitialized entries already left out) atomically."""
    temporary = f"{os.fspath(path)}.partial"
    torch.save(state, temporary)
    os.replace(temporary, path)


def read(path: str | os.PathLike) -> dict:
    """A state_dict from ``path``, or ``invalid_file`` saying what is wrong with it."""
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise LabError(INVALID_FILE, f"Cannot open {path}: {exc.strerror}.") from exc
    if size > MAX_FILE_BYTES:
        raise LabError(INVALID_FILE, f"{path} is {size} bytes; weights files up to 8 GiB load.")
    try:
        state = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as exc:  # any malformed file; weights_only=True never runs its code
        raise LabError(
            INVALID_FILE,
            f"{os.path.basename(path)} is not a weights file this lab can read safely "
            "(a state_dict saved with torch.save); it was not loaded.",
            torch_message=str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
        ) from exc
    if not isinstance(state, dict) or not all(
        isinstance(k, str) and isinstance(v, torch.Tensor) for k, v in state.items()
    ):
        raise LabError(
            INVALID_FILE,
            f"{os.path.basename(path)} holds a {type(state).__name__}, not a state_dict "
            "(a mapping of parameter names to tensors); it was not loaded.",
        )
    return state


def load_into(net: nn.Sequential, state: dict) -> None:
    """``net.load_state_dict(state)``, with mismatches explained per parameter."""
    expected = set(net.state_dict())
    missing = sorted(expected - set(state))
    unexpected = sorted(set(state) - expected)
    if missing or unexpected:
        parts = []
        if missing:
            parts.append("missing " + ", ".join(missing[:6]) + ("…" if len(missing) > 6 else ""))
        if unexpected:
            extra = ", ".join(unexpected[:6]) + ("…" if len(unexpected) > 6 else "")
            parts.append("not in this network " + extra)
        raise LabError(
            INVALID_FILE,
            "These weights are for another architecture (" + "; ".join(parts) + "). "
            "Build the network they were saved from, then load them.",
        )
    try:
        net.load_state_dict(state, strict=True)
    except RuntimeError as exc:
        raise LabError(
            INVALID_FILE,
            "These weights do not fit this network's shapes; build the network they were "
            "saved from (same sizes), then load them.",
            torch_message=str(exc),
        ) from exc
