"""The window under failure: a worker that raises anything, closing mid-operation,
autosave and the offer to restore a crashed session (also after a real ``kill -9``)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import torch
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from torch import nn

from core.errors import RUNTIME
from core.io import scenario
from core.model.lab import Lab
from core.operations import steps as step_ops
from gui.session import autosave
from gui.session.session import LabSession
from gui.window.main_window import MainWindow
from tests.core.test_fuzz_core import hostile_step

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def autosave_root(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "autosave"
    monkeypatch.setenv(autosave.ROOT_VARIABLE, str(root))
    return root


@pytest.fixture
def make_window(new_window, autosave_root):
    return lambda seed=0: new_window(LabSession(seed=seed))


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


# -- autosave --------------------------------------------------------------------------------


def test_every_change_is_autosaved_as_a_session_and_exact_weights(
    qtbot, make_window, autosave_root, tmp_path
) -> None:
    win = make_window()
    win.offer_recovery(ask=False)
    build_lazy_mlp(qtbot, win)
    win.autosave.flush()
    folder = win.autosave.folder
    meta = json.loads((folder / "meta.json").read_text("utf-8"))
    generation = meta["generation"]
    assert meta["steps"] == 4 and meta["label"] == win.session.snapshot.label
    saved = json.loads((folder / f"session-{generation}.json").read_text("utf-8"))
    assert saved == win.session.document()
    weights = torch.load(folder / f"weights-{generation}.pt", weights_only=True)
    assert same_state(weights, state_of(win))
    # Only the newest generation is kept.
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["meta.json", autosave.MARKER, f"session-{generation}.json", f"weights-{generation}.pt"])
    assert win._save_to(tmp_path / "saved.json")
    win.close()
    assert not folder.exists()  # a saved session's clean exit leaves nothing to recover


def crash(win: MainWindow) -> Path:
    """What a kill leaves behind: the folder and its marker, no clean finish."""
    win.autosave.flush()
    folder = win.autosave.folder
    autosave._LIVE.discard(folder)
    win.autosave.folder = None  # the dead window no longer owns it
    win.autosave._started = False
    win.session.snapshotChanged.disconnect(win.autosave.schedule)
    return folder


def test_a_crashed_session_is_offered_and_restored_with_its_exact_weights(
    qtbot, make_window, monkeypatch
) -> None:
    first = make_window(seed=11)
    first.offer_recovery(ask=False)
    build_lazy_mlp(qtbot, first)
    perform(qtbot, first, {"op": "init", "init": "xavier_uniform_", "types": ["Linear"]})
    perform(qtbot, first, {"op": "undo"})  # consumed random numbers a replay will not draw
    perform(qtbot, first, {"op": "init", "init": "normal_", "args": {"std": 0.5},
                           "layers": ["2"]})
    expected_state, expected = state_of(first), first.session.snapshot
    document = first.session.document()
    crash(first)

    # A replay of the steps alone gives other values: the weights file is what keeps them.
    torch.manual_seed(document["seed"])
    replayed = Lab()
    scenario.run(scenario.from_document(document), lab=replayed)
    assert not same_state(replayed.state_dict(), expected_state)

    second = make_window(seed=99)
    asked = []
    monkeypatch.setattr(second, "ask_recovery", lambda orphan: asked.append(orphan) or True)
    with qtbot.waitSignal(second.session.scenarioPlayed, timeout=30_000):
        assert second.offer_recovery() is True
    assert asked[0].steps == len(document["steps"])
    assert second.session.steps() == first.session.steps()
    assert same_state(state_of(second), expected_state)
    restored = second.session.snapshot
    assert restored.repr == expected.repr
    assert [(m.name, m.type, m.state) for m in restored.modules] == [
        (m.name, m.type, m.state) for m in expected.modules]
    assert second.print_pane.text() == expected.repr
    assert "Restored" in second.statusBar().currentMessage()
    assert not asked[0].folder.exists()  # offered once
    assert autosave.orphans() == []


def test_discarding_the_offer_deletes_it_and_keeps_the_new_session(
    qtbot, make_window, monkeypatch
) -> None:
    first = make_window()
    first.offer_recovery(ask=False)
    perform(qtbot, first, {"op": "add", "layer": "ReLU"})
    folder = crash(first)
    second = make_window()
    monkeypatch.setattr(second, "ask_recovery", lambda orphan: False)
    assert second.offer_recovery() is False
    assert not folder.exists() and second.session.snapshot.modules == ()
    assert second.autosave.active  # the new session is autosaved from now on


def test_a_session_still_running_elsewhere_or_without_steps_is_not_offered(
    make_window, autosave_root, monkeypatch
) -> None:
    alive = autosave_root / "other-window"
    alive.mkdir(parents=True)
    (alive / autosave.MARKER).write_text(json.dumps({"pid": os.getppid()}))
    (alive / "meta.json").write_text(json.dumps(
        {"generation": 1, "steps": 3, "label": "x", "saved": 0}))
    (alive / "session-1.json").write_text("{}")
    empty = autosave_root / "empty"
    empty.mkdir()
    (empty / autosave.MARKER).write_text(json.dumps({"pid": 2**22 + 12345}))
    (empty / "meta.json").write_text(json.dumps(
        {"generation": 1, "steps": 0, "label": "new network", "saved": 0}))
    (empty / "session-1.json").write_text("{}")
    garbage = autosave_root / "garbage"
    garbage.mkdir()
    (garbage / autosave.MARKER).write_bytes(b"\xff\x00")
    assert autosave.orphans() == []
    win = make_window()
    monkeypatch.setattr(win, "ask_recovery", lambda orphan: pytest.fail("nothing to offer"))
    assert win.offer_recovery() is False


def test_a_broken_autosave_shows_the_error_and_is_not_offered_again(
    qtbot, make_window, monkeypatch, autosave_root
) -> None:
    folder = autosave_root / "broken"
    folder.mkdir(parents=True)
    (folder / autosave.MARKER).write_text(json.dumps({"pid": 2**22 + 12345}))
    (folder / "meta.json").write_text(json.dumps(
        {"generation": 2, "steps": 2, "label": "add ReLU()", "saved": 1.0}))
    (folder / "session-2.json").write_text('{"format": 1, "steps": [{"op": "expl')
    win = make_window()
    monkeypatch.setattr(win, "ask_recovery", lambda orphan: True)
    with qtbot.waitSignal(win.session.failed, timeout=10_000):
        assert win.offer_recovery()
    assert win.banner.isVisible() and "JSON" in win.banner.message.text()
    assert win.session.snapshot.modules == () and not win.session.busy
    assert autosave.orphans() == [] and (folder / "session-2.json").exists()


# -- a real crash ----------------------------------------------------------------------------


def test_a_killed_app_is_offered_back_at_the_next_start(
    qtbot, make_window, monkeypatch, autosave_root, tmp_path
) -> None:
    """``python main.py --load`` under offscreen Qt, killed with SIGKILL mid-session."""
    lesson = {"format": 1, "seed": 7, "steps": [
        {"op": "add", "layer": "LazyLinear", "args": {"out_features": 32}},
        {"op": "add", "layer": "ReLU"},
        {"op": "add", "layer": "LazyLinear", "args": {"out_features": 3}},
        {"op": "forward", "shape": [4, 10]},
        {"op": "init", "init": "kaiming_normal_", "args": {"nonlinearity": "relu"}},
    ]}
    path = tmp_path / "lesson.json"
    path.write_text(json.dumps(lesson))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           autosave.ROOT_VARIABLE: str(autosave_root)}
    app = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--load", str(path)],
                           cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)

    def saved_steps() -> int:
        for meta in autosave_root.glob("*/meta.json"):
            try:
                return json.loads(meta.read_text("utf-8"))["steps"]
            except (OSError, ValueError):
                return 0
        return 0

    try:
        qtbot.waitUntil(lambda: saved_steps() == 5 or app.poll() is not None, timeout=90_000)
        assert app.poll() is None, app.stderr.read().decode()
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(30)
    assert app.returncode == -signal.SIGKILL
    assert len(autosave.orphans()) == 1

    torch.manual_seed(7)  # what the killed app had: the lesson played from its seed
    expected = nn.Sequential(nn.LazyLinear(32), nn.ReLU(), nn.LazyLinear(3))
    expected(torch.rand(4, 10))
    for layer in (expected[0], expected[2]):
        nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")

    win = make_window()
    monkeypatch.setattr(win, "ask_recovery", lambda orphan: True)
    with qtbot.waitSignal(win.session.scenarioPlayed, timeout=60_000):
        assert win.offer_recovery()
    assert win.session.snapshot.repr == repr(expected)
    restored = state_of(win)
    assert same_state(restored, {k: v.detach() for k, v in expected.state_dict().items()})
    assert autosave.orphans() == []


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

    def full_disk(state, path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(autosave.weights, "save", full_disk)
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
