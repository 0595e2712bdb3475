"""Follow the outcome of one open or restore: played, or failed, and then nothing more."""

from __future__ import annotations

import contextlib
from collections.abc import Callable


def on_next_outcome(session, played: Callable, failed: Callable) -> Callable[[], None]:
    """Call ``played(report)`` or ``failed(error, step)`` for the session's next outcome,
    once; returns the disconnect, for when the operation did not start at all."""

    def on_played(report) -> None:
        disconnect()
        played(report)

    def on_failed(error, step) -> None:
        disconnect()
        failed(error, step)

    def disconnect() -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            session.scenarioPlayed.disconnect(on_played)
        with contextlib.suppress(RuntimeError, TypeError):
            session.failed.disconnect(on_failed)

    session.scenarioPlayed.connect(on_played)
    session.failed.connect(on_failed)
    return disconnect
