"""Autosave and the offer to restore a crashed session, also after a real ``kill -9``."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from torch import nn

from core.io import scenario, weight_store
from core.model.lab import Lab
from gui.session import autosave
from gui.window.main_window import MainWindow
from tests.gui.window_helpers import build_lazy_mlp, perform, same_state, state_of

ROOT = Path(__file__).resolve().parents[2]


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
    generation, base = meta["generation"], meta["base"]
    assert meta["steps"] == 4 and meta["label"] == win.session.snapshot.label
    # The base file and its journal read back as the session's own document.
    saved = json.loads((folder / f"session-{base}.json").read_text("utf-8"))
    journal = (folder / f"journal-{base}.jsonl").read_text("utf-8").splitlines()
    assert {**saved, "steps": saved["steps"] + [json.loads(line) for line in journal]} == \
        win.session.document()
    weights = weight_store.read(folder / f"weights-{generation}.json")
    assert same_state(weights, state_of(win))
    # Only the newest generation is kept, and the one file its index names records in.
    tensors = json.loads((folder / f"weights-{generation}.json").read_text("utf-8"))["tensors"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["meta.json", autosave.MARKER, f"session-{base}.json", f"journal-{base}.jsonl",
         f"weights-{generation}.json", tensors])
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
