"""Run one step on a GUI session and wait until it has landed (shared by the GUI tests)."""

from __future__ import annotations


def run(qtbot, session, step) -> None:
    with qtbot.waitSignal(session.busyChanged, check_params_cb=lambda busy: not busy,
                          timeout=20000):
        assert session.submit(step)
