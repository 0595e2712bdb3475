"""The window's autosave writes the weights a tensor at a time: a step costs the tensors it
made, a kill after many steps (undo and redo among them) restores the exact weights, and
an autosave written before (a whole ``weights-N.pt``) still restores."""

from __future__ import annotations

import json

import torch

from core.io import weight_store
from gui.session import autosave
from tests.gui.test_autosave_journal import crash, meta_of, restored
from tests.gui.window_helpers import perform, state_of


def linear(size: int = 16) -> dict:
    return {"op": "add", "layer": "Linear", "args": {"in_features": size, "out_features": size}}


def bit_for_bit(a: dict, b: dict) -> bool:
    def raw(t: torch.Tensor) -> torch.Tensor:
        return t.detach().contiguous().reshape(-1).view(torch.uint8)
    return list(a) == list(b) and all(
        a[k].dtype == b[k].dtype and a[k].shape == b[k].shape and torch.equal(raw(a[k]), raw(b[k]))
        for k in a)


def test_an_autosave_after_a_step_writes_only_the_tensors_it_made(qtbot, make_window) -> None:
    win = make_window()
    win.offer_recovery(ask=False)
    for _ in range(3):
        perform(qtbot, win, linear())
    win.autosave.flush()
    store = win.autosave._store
    tensors = win.autosave.folder / store.tensors
    for step, made in ((linear(), ["3.weight", "3.bias"]),
                       ({"op": "add", "layer": "ReLU"}, []),
                       ({"op": "init", "init": "normal_", "layers": ["1"]}, ["1.weight"]),
                       ({"op": "undo"}, []),  # the old weight is still on disk
                       ({"op": "redo"}, []),  # and so is the new one
                       ({"op": "remove", "at": 0}, [])):  # the positions move, no tensor new
        before = tensors.stat().st_size
        perform(qtbot, win, step)
        win.autosave.flush()
        state = state_of(win)
        expected = sum(state[key].numel() * state[key].element_size() for key in made)
        assert store.written == expected == tensors.stat().st_size - before, step
        index = win.autosave.folder / weight_store.index_name(meta_of(win.autosave.folder)
                                                              ["generation"])
        assert bit_for_bit(weight_store.read(index), state)
        assert meta_of(win.autosave.folder)["params"] == sum(
            t.numel() for t in win.session.lab.version.net().parameters())


def test_a_kill_after_many_steps_with_undo_and_redo_restores_bit_for_bit(
    qtbot, make_window, monkeypatch
) -> None:
    first = make_window(seed=21)
    first.offer_recovery(ask=False)
    steps = [linear(), linear(), {"op": "add", "layer": "Tanh"}, linear(),
             {"op": "init", "init": "uniform_", "layers": ["0"]}, {"op": "undo"},
             {"op": "init", "init": "xavier_normal_", "types": ["Linear"]}, {"op": "undo"},
             {"op": "redo"}, {"op": "move", "at": 3, "to": 0}, {"op": "tie", "at": 1, "to": 0},
             {"op": "undo"}, {"op": "undo"}, {"op": "init", "init": "normal_", "layers": ["4"]},
             {"op": "remove", "at": 2}, {"op": "undo"}, {"op": "redo"}, linear()]
    for step in steps:
        perform(qtbot, first, step)
    expected, done = state_of(first), list(first.session.steps())
    crash(first)

    second = restored(qtbot, make_window, monkeypatch)
    assert list(second.session.steps()) == done
    assert bit_for_bit(state_of(second), expected)


def test_an_autosave_with_whole_weights_written_before_still_restores(
    qtbot, make_window, monkeypatch
) -> None:
    first = make_window(seed=8)
    first.offer_recovery(ask=False)
    for step in (linear(), {"op": "init", "init": "uniform_", "layers": ["0"]}, {"op": "undo"}):
        perform(qtbot, first, step)
    expected = state_of(first)
    folder = crash(first)
    generation = meta_of(folder)["generation"]
    index = folder / weight_store.index_name(generation)
    tensors = folder / json.loads(index.read_text("utf-8"))["tensors"]
    torch.save(weight_store.read(index), folder / f"weights-{generation}.pt")
    index.unlink()
    tensors.unlink()  # the folder as autosaves wrote it before the weight store
    assert [o.weights_path.name for o in autosave.orphans()] == [f"weights-{generation}.pt"]

    second = restored(qtbot, make_window, monkeypatch)
    assert bit_for_bit(state_of(second), expected)
