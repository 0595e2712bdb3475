"""Typed, explained errors: what went wrong, where, and what to do next."""

from __future__ import annotations

UNINITIALIZED = "uninitialized"
SHAPE_MISMATCH = "shape_mismatch"
INVALID_ARGUMENT = "invalid_argument"
UNKNOWN_LAYER = "unknown_layer"
UNKNOWN_INITIALIZER = "unknown_initializer"
TOO_LARGE = "too_large"
INVALID_FILE = "invalid_file"
RUNTIME = "runtime"

ERROR_KINDS = (
    UNINITIALIZED,
    SHAPE_MISMATCH,
    INVALID_ARGUMENT,
    UNKNOWN_LAYER,
    UNKNOWN_INITIALIZER,
    TOO_LARGE,
    INVALID_FILE,
    RUNTIME,
)


class LabError(Exception):
    """An operation that was refused or failed; the network is unchanged.

    ``message`` speaks in terms of the network ("layer 2 expects ..."), says what
    to do, and ``torch_message`` keeps PyTorch's own words when PyTorch raised.
    ``layer`` is the module's name as ``print(net)`` shows it ("2", "Linear1").
    ``fixes`` are the one-step repairs core can offer, each ``{"label": text, "step":
    step dict}``: performing the step (undoable, like any step) fixes what the
    message describes, so a window shows them as buttons and a report lists them.
    """

    def __init__(
        self,
        kind: str,
        message: str,
        layer: str | None = None,
        torch_message: str | None = None,
        fixes: tuple[dict, ...] = (),
    ) -> None:
        if kind not in ERROR_KINDS:
            raise ValueError(f"unknown error kind {kind!r}")
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.layer = layer
        self.torch_message = torch_message
        self.fixes = tuple(fixes)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "message": self.message,
            "layer": self.layer,
            "torch_message": self.torch_message,
            "fixes": [dict(fix) for fix in self.fixes],
        }

    def __repr__(self) -> str:
        return f"LabError({self.kind!r}, {self.message!r}, layer={self.layer!r})"
