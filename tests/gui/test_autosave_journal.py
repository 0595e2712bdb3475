"""Incremental autosave: a step appends its line to the journal; the base file is written
anew only when the steps no longer continue it; what a kill cuts short is not read back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.io import weight_store
from gui.session import autosave
from gui.window.main_window import MainWindow
from tests.gui.window_helpers import build_lazy_mlp, perform, same_state, state_of

RELU = {"op": "add", "layer": "ReLU"}
TANH = {"op": "add", "layer": "Tanh"}
SIGMOID = {"op": "add", "layer": "Sigmoid"}


def meta_of(folder: Path) -> dict:
    return json.loads((folder / autosave.META).read_text("utf-8"))


def journal_of(folder: Path, base: int) -> list[dict]:
    path = folder / f"journal-{base}.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()] \
        if path.exists() else []


def crash(win: MainWindow) -> Path:
    """What a kill leaves behind: the folder and its marker, no clean finish."""
    win.autosave.flush()
    folder = win.autosave.folder
    autosave._LIVE.discard(folder)
    win.autosave.folder = None
    win.autosave._started = False
    win.session.snapshotChanged.disconnect(win.autosave.schedule)
    return folder


def restored(qtbot, make_window, monkeypatch) -> MainWindow:
    win = make_window(seed=99)
    monkeypatch.setattr(win, "ask_recovery", lambda orphan: True)
    with qtbot.waitSignal(win.session.scenarioPlayed, timeout=30_000):
        assert win.offer_recovery() is True
    return win


@pytest.fixture
def atomic_writes(monkeypatch) -> list[str]:
    """The names of the files autosave writes whole (a fresh file renamed over the old)."""
    names: list[str] = []
    real = autosave._write_atomically

    def recording(path: Path, text: str) -> None:
        names.append(Path(path).name)
        real(path, text)

    monkeypatch.setattr(autosave, "_write_atomically", recording)
    return names


def test_a_step_appends_one_journal_line_and_rewrites_no_session_file(
    qtbot, make_window, atomic_writes
) -> None:
    win = make_window()
    win.offer_recovery(ask=False)
    build_lazy_mlp(qtbot, win)
    win.autosave.flush()
    folder = win.autosave.folder
    before = meta_of(folder)
    base_text = (folder / f"session-{before['base']}.json").read_text("utf-8")
    lines = journal_of(folder, before["base"])
    atomic_writes.clear()

    perform(qtbot, win, RELU)
    win.autosave.flush()
    after = meta_of(folder)
    assert after["base"] == before["base"] and after["generation"] > before["generation"]
    assert after["steps"] == before["steps"] + 1 == len(win.session.steps())
    assert journal_of(folder, after["base"]) == [*lines, RELU]  # the new step, appended
    assert (folder / f"session-{after['base']}.json").read_text("utf-8") == base_text
    assert atomic_writes == [autosave.META]  # no session file written whole
    weights = weight_store.read(folder / f"weights-{after['generation']}.json")
    assert same_state(weights, state_of(win))


def test_an_undo_then_another_step_writes_a_new_base_and_recovers_those_steps(
    qtbot, make_window, monkeypatch, atomic_writes
) -> None:
    first = make_window(seed=5)
    first.offer_recovery(ask=False)
    for step in (RELU, TANH):
        perform(qtbot, first, step)
    first.autosave.flush()
    folder = first.autosave.folder
    old_base = meta_of(folder)["base"]
    perform(qtbot, first, {"op": "undo"})
    perform(qtbot, first, SIGMOID)  # the written steps (ReLU, Tanh) are not its start
    first.autosave.flush()
    meta = meta_of(folder)
    assert meta["base"] != old_base and f"session-{meta['base']}.json" in atomic_writes
    saved = json.loads((folder / f"session-{meta['base']}.json").read_text("utf-8"))
    assert saved["steps"] + journal_of(folder, meta["base"]) == [RELU, SIGMOID]
    assert not (folder / f"session-{old_base}.json").exists()
    assert not (folder / f"journal-{old_base}.jsonl").exists()
    expected = state_of(first)
    crash(first)

    second = restored(qtbot, make_window, monkeypatch)
    assert list(second.session.steps()) == [RELU, SIGMOID]
    assert [m.type for m in second.session.snapshot.modules] == ["ReLU", "Sigmoid"]
    assert same_state(state_of(second), expected)


def test_a_line_cut_short_by_a_kill_is_ignored_and_the_earlier_steps_recovered(
    qtbot, make_window, monkeypatch
) -> None:
    first = make_window(seed=3)
    first.offer_recovery(ask=False)
    build_lazy_mlp(qtbot, first)
    perform(qtbot, first, {"op": "init", "init": "normal_", "args": {"std": 0.5},
                           "layers": ["0"]})
    steps, expected = list(first.session.steps()), state_of(first)
    folder = crash(first)
    base = meta_of(folder)["base"]
    assert len(journal_of(folder, base)) >= 1  # the steps after the base are journal lines
    with (folder / f"journal-{base}.jsonl").open("ab") as journal:
        journal.write(b'{"op": "add", "layer": "Lazy')  # the kill came mid-append

    second = restored(qtbot, make_window, monkeypatch)
    assert list(second.session.steps()) == steps
    assert same_state(state_of(second), expected)
    assert not second.banner.isVisible()


def test_a_whole_line_appended_before_meta_was_written_is_not_read_back(
    qtbot, make_window, monkeypatch
) -> None:
    """A kill after the append but before meta.json: the weights name the earlier steps."""
    first = make_window(seed=4)
    first.offer_recovery(ask=False)
    for step in (RELU, TANH):
        perform(qtbot, first, step)
    steps = list(first.session.steps())
    folder = crash(first)
    with (folder / f"journal-{meta_of(folder)['base']}.jsonl").open("ab") as journal:
        journal.write(json.dumps(SIGMOID).encode() + b"\n")

    second = restored(qtbot, make_window, monkeypatch)
    assert list(second.session.steps()) == steps


def test_a_long_journal_is_folded_into_a_new_base(
    qtbot, make_window, monkeypatch, atomic_writes
) -> None:
    monkeypatch.setattr(autosave, "JOURNAL_STEPS", 2)
    win = make_window()
    win.offer_recovery(ask=False)
    bases = []
    for step in (RELU, TANH, SIGMOID, RELU, TANH, SIGMOID, RELU):
        perform(qtbot, win, step)
        win.autosave.flush()
        meta = meta_of(win.autosave.folder)
        bases.append(meta["base"])
        saved = json.loads((win.autosave.folder / f"session-{meta['base']}.json")
                           .read_text("utf-8"))
        assert saved["steps"] + journal_of(win.autosave.folder, meta["base"]) == \
            list(win.session.steps())
        journal = journal_of(win.autosave.folder, meta["base"])
        assert len(journal) <= max(2, len(saved["steps"]))
    assert 2 <= len(set(bases)) < len(bases)  # sometimes appended, sometimes a new base


def test_after_a_failed_append_the_next_write_is_a_new_base(
    qtbot, make_window, monkeypatch
) -> None:
    win = make_window()
    win.offer_recovery(ask=False)
    perform(qtbot, win, RELU)
    win.autosave.flush()
    folder = win.autosave.folder

    def torn_append(path: Path, data: bytes) -> None:
        with open(path, "ab") as journal:
            journal.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(autosave, "_append", torn_append)
    with qtbot.waitSignal(win.autosave.writeFailed, timeout=10_000):
        perform(qtbot, win, TANH)
    monkeypatch.undo()
    with qtbot.waitSignal(win.autosave.written, timeout=10_000):
        perform(qtbot, win, SIGMOID)
    meta = meta_of(folder)
    saved = json.loads((folder / f"session-{meta['base']}.json").read_text("utf-8"))
    assert saved["steps"] == [RELU, TANH, SIGMOID] and not journal_of(folder, meta["base"])
