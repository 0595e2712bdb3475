"""The window under failure: a worker that raises anything, closing mid-operation, a
malformed step, an autosave that cannot be written, random operations.

Autosave and the offer to restore a crashed session (also after a real ``kill -9``) are
in test_autosave_restore.py.
"""

from __future__ import annotations

import os
import threading

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from core.errors import RUNTIME
from core.io import weight_store
from core.model.lab import Lab
from core.operations import steps as step_ops
from gui.session import autosave
from tests.core.test_fuzz_core import hostile_step
from tests.gui.window_helpers import perform, same_state, state_of

# -- a failing worker ----------------------------------------------------------------------


class BrokenStr(Exception):
    def __str__(self) -> str:
        raise RuntimeError("even __str__ fails")


class Custom(BaseException):
    """Not an Exception: a plain ``except Exception`` would miss it."""


@pytest.mark.parametrize("raised", [
    ZeroDivisionError("division by zero"), MemoryError(), RecursionError("deep"),
    BrokenStr(), Custom("odd"), SystemExit(3), KeyboardInterrupt(), GeneratorExit(),
])
def test_anything_raised_in_the_worker_is_shown_and_leaves_the_window_idle(
    qtbot, make_window, monkeypatch, raised
) -> None:
    win = make_window()
    perform(qtbot, win, {"op": "add", "layer": "Linear",
                         "args": {"in_features": 3, "out_features": 2}})
    before, history = win.session.snapshot, win.session.history()
    state, undo_enabled = state_of(win), win.action_table["undo"].isEnabled()

    def explode(self, *args, **kwargs):
        raise raised

    monkeypatch.setattr(Lab, "add", explode)
    with qtbot.waitSignal(win.session.failed, timeout=10_000) as failed:
        assert win.session.perform({"op": "add", "layer": "ReLU"})
    error = failed.args[0]
    assert error.kind == RUNTIME and type(raised).__name__ in error.message
    assert "unchanged" in error.message
    qtbot.waitUntil(lambda: not win.busy_bar.isVisible())
    assert not win.session.busy and win.forward_panel.isEnabled()
    assert win.banner.isVisible() and type(raised).__name__ in win.banner.message.text()
    assert win.session.snapshot is before and win.session.history() == history
    assert same_state(state_of(win), state) and win.action_table["undo"].isEnabled() == undo_enabled
    monkeypatch.undo()
    perform(qtbot, win, {"op": "add", "layer": "ReLU"})  # the session works on
    assert [m.type for m in win.session.snapshot.modules] == ["Linear", "ReLU"]


# -- closing during a long operation -------------------------------------------------------


def blocking_forward(monkeypatch, fail: bool = False) -> tuple[threading.Event, threading.Event]:
    """Lab.forward waits for ``release``; ``entered`` says it is running on the worker."""
    entered, release = threading.Event(), threading.Event()
    original = Lab.forward

    def slow(self, *args, **kwargs):
        entered.set()
        assert release.wait(30)
        if fail:
            raise RuntimeError("failed after a long time")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Lab, "forward", slow)
    return entered, release


@pytest.mark.parametrize("fail", [False, True])
def test_closing_during_a_long_operation_waits_then_closes_cleanly(
    qtbot, make_window, monkeypatch, autosave_root, fail
) -> None:
    win = make_window()
    win.offer_recovery(ask=False)
    folder = win.autosave.folder
    assert (folder / autosave.MARKER).is_file()
    perform(qtbot, win, {"op": "add", "layer": "LazyLinear", "args": {"out_features": 8}})
    entered, release = blocking_forward(monkeypatch, fail)
    assert win.session.perform({"op": "forward", "shape": [2, 5]})
    assert entered.wait(10)
    assert win.close() is False  # refused for now: the operation still runs
    assert win.isVisible() and "Closing" in win.statusBar().currentMessage()
    assert win.close() is False  # asking again changes nothing
    written = []
    win.autosave.written.connect(written.append)
    release.set()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=20_000)
    assert not win.session.busy
    if not fail:  # the operation's result was written before the clean exit removed it
        assert written and written[-1] == win.autosave.generation
        assert win.session.snapshot.modules[0].type == "Linear"
    # Quit without saving (the test answers Discard): the session stays restorable.
    offered = autosave.orphans()
    assert [o.folder for o in offered] == [folder] and offered[0].closed
    assert offered[0].steps == len(win.session.steps())


# -- a malformed step, an autosave that cannot be written ----------------------------------


def test_a_malformed_step_from_a_widget_is_shown_not_raised(qtbot, make_window) -> None:
    win = make_window()
    before = win.session.snapshot
    with qtbot.waitSignal(win.session.failed) as failed:
        win.perform({"op": "add", "layer": 5})
    assert failed.args[0].kind == "invalid_argument" and "'layer'" in failed.args[0].message
    assert win.banner.isVisible() and not win.session.busy
    assert win.session.snapshot is before


def test_an_autosave_that_cannot_be_written_says_so_and_the_window_works_on(
    qtbot, make_window, monkeypatch
) -> None:
    win = make_window()
    win.offer_recovery(ask=False)

    def full_disk(store, path, pending, new):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(weight_store.WeightStore, "_append", full_disk)
    with qtbot.waitSignal(win.autosave.writeFailed, timeout=10_000):
        perform(qtbot, win, {"op": "add", "layer": "ReLU"})
    assert "Autosave failed" in win.statusBar().currentMessage()
    assert "No space left" in win.statusBar().currentMessage()
    monkeypatch.undo()
    with qtbot.waitSignal(win.autosave.written, timeout=10_000):
        perform(qtbot, win, {"op": "add", "layer": "Tanh"})
    assert [m.type for m in win.session.snapshot.modules] == ["ReLU", "Tanh"]


def test_an_unusable_autosave_folder_never_stops_the_start(
    qtbot, make_window, monkeypatch, tmp_path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(autosave.ROOT_VARIABLE, str(blocker / "autosave"))
    win = make_window()
    with qtbot.waitSignal(win.autosave.writeFailed):
        assert win.offer_recovery() is False
    assert not win.autosave.active and "Autosave failed" in win.statusBar().currentMessage()
    perform(qtbot, win, {"op": "add", "layer": "ReLU"})  # the window works without it


# -- random operations through the window ------------------------------------------------------

WINDOW_EXAMPLES = max(int(os.environ.get("LAZY_INIT_LAB_FUZZ_EXAMPLES", "40")) // 4, 8)


@settings(max_examples=WINDOW_EXAMPLES, deadline=None,
          phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(data=st.data())
def test_random_operations_through_the_window_never_leave_it_busy_or_stale(
    qtbot, make_window, data
) -> None:
    win = make_window()
    session = win.session
    session.lab.memory_limit = 32 * 2**20
    failures: list = []
    session.failed.connect(lambda error, _step: failures.append(error))
    for _ in range(data.draw(st.integers(1, 6), label="length")):
        step = data.draw(hostile_step(session.lab), label="step")
        try:
            step_ops.check_structure(step, "step")
        except step_ops.StepFormatError:
            continue
        before, history, count = session.snapshot, session.history(), len(failures)
        perform(qtbot, win, step)
        assert not session.busy and win.forward_panel.isEnabled()
        assert win.print_pane.text() == session.snapshot.repr  # never stale
        if len(failures) > count:
            assert failures[-1].message and win.banner.isVisible()
            assert session.snapshot is before and session.history() == history
        else:
            assert not win.banner.isVisible()
