"""The core Session: one place that seeds, replays and performs, and says what changed.

Every expected tensor is computed here by PyTorch itself, seeded as the session is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from torch import nn

import main
from core.errors import INVALID_FILE, LabError
from core.io import scenario as scenario_io
from core.lesson import lesson as lessons
from core.operations.transition import ANALYSIS, COMMIT, REDO, REPLACE, RESTORE, UNDO
from core.session import Session

SEED = 11
STEPS = [
    {"op": "add", "layer": "LazyLinear", "args": {"out_features": 8}},
    {"op": "add", "layer": "ReLU"},
    {"op": "add", "layer": "Linear", "args": {"in_features": 8, "out_features": 3}},
    {"op": "init", "init": "xavier_uniform_", "expect": {"error": "uninitialized"}},
    {"op": "forward", "shape": [4, 5]},
    {"op": "init", "init": "xavier_uniform_", "types": ["Linear"]},
]
DOCUMENT = {"format": 1, "seed": SEED, "steps": STEPS}


def pytorch_state(seed: int = SEED) -> dict:
    """What plain PyTorch gives for STEPS from ``torch.manual_seed(seed)``."""
    torch.manual_seed(seed)
    net = nn.Sequential(nn.LazyLinear(8), nn.ReLU(), nn.Linear(8, 3))
    net(torch.rand(4, 5))
    net.apply(lambda m: nn.init.xavier_uniform_(m.weight) if type(m) is nn.Linear else None)
    return net.state_dict()


def assert_same_tensors(mine: dict, theirs: dict) -> None:
    assert sorted(mine) == sorted(theirs)
    for name, tensor in theirs.items():
        assert torch.equal(mine[name], tensor), name


def values(lab) -> dict:
    return {k: v.clone() for k, v in lab.state_dict().items()}


def outcomes(report: dict) -> list:
    return [(s["op"], s["expected"], s["error"] and s["error"]["kind"]) for s in report["steps"]]


# -- one replay, three users ---------------------------------------------------------


def test_runner_scenario_and_submitted_steps_equal_pytorch(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps(DOCUMENT), "utf-8")
    assert main.main(["--run", str(path), "--report", str(tmp_path / "out"),
                      "--save-weights"]) == 0
    reported = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    runner_final = torch.load(tmp_path / "out" / f"step-{len(STEPS) - 1:03d}.pt",
                              weights_only=True)

    replayed, report = Session.from_scenario(scenario_io.load(path))
    stepwise = Session(seed=SEED)
    errors = []
    for step in STEPS:
        try:
            stepwise.submit(step)
        except LabError as error:
            errors.append(error.kind)

    expected = pytorch_state()
    assert_same_tensors(runner_final, expected)
    assert_same_tensors(replayed.lab.state_dict(), expected)
    assert_same_tensors(stepwise.lab.state_dict(), expected)
    assert report["ok"] and reported["ok"]
    assert outcomes(report) == outcomes(reported)
    assert errors == ["uninitialized"]  # the step the scenario expects to fail
    assert replayed.seed == SEED and replayed.steps() == stepwise.steps()


def test_open_replays_a_file_and_undo_brings_the_earlier_network_back(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps(DOCUMENT), "utf-8")
    session = Session(seed=1)
    session.submit({"op": "add", "layer": "ReLU"})
    earlier = session.lab
    transition = session.open(path)
    assert transition.kind == REPLACE and transition.new_lab
    assert transition.report["ok"] and transition.after is session.snapshot
    assert session.path == path and not session.modified and session.seed == SEED
    assert_same_tensors(session.lab.state_dict(), pytorch_state())
    assert transition.changed == {"0.weight", "0.bias", "2.weight", "2.bias"}
    moves = [session.undo()]  # the file's own steps first, then the network it replaced
    while session.lab is not earlier:
        moves.append(session.undo())
    assert moves[0].before is transition.after and not moves[0].new_lab
    assert [m.new_lab for m in moves] == [False] * (len(moves) - 1) + [True]
    assert all(m.kind == UNDO for m in moves) and session.path is None


def test_open_refuses_a_file_whose_step_does_not_replay_and_changes_nothing(tmp_path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": 1, "steps": [
        {"op": "add", "layer": "Linear", "args": {"in_features": 3, "out_features": 2}},
        {"op": "forward", "shape": [2, 4]}]}), "utf-8")
    session = Session(seed=1)
    session.submit({"op": "add", "layer": "ReLU"})
    lab, snapshot = session.lab, session.snapshot
    with pytest.raises(LabError) as caught:
        session.open(path)
    assert caught.value.kind == INVALID_FILE and "bad.json" in caught.value.message
    assert session.lab is lab and session.snapshot is snapshot and not session.replaced.undo


def test_recovery_replays_through_the_session_then_puts_back_the_weights(tmp_path) -> None:
    session_file = tmp_path / "session.json"
    session_file.write_text(json.dumps(DOCUMENT), "utf-8")
    replayed = Session(seed=3)
    transition = replayed.restore(session_file)  # no weights: the replay's own values
    assert transition.kind == REPLACE and transition.report["restore_error"] is None
    assert_same_tensors(replayed.lab.state_dict(), pytorch_state())
    assert replayed.path is None and replayed.seed == SEED

    other = pytorch_state(seed=SEED + 1)  # what the killed app held: other draws
    torch.save(other, tmp_path / "weights.pt")
    restored = Session(seed=3)
    restored.restore(session_file, tmp_path / "weights.pt")
    assert_same_tensors(restored.lab.state_dict(), other)
    assert restored.steps() == replayed.steps()


def test_a_session_file_without_a_seed_replays_from_the_fallback(tmp_path) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"format": 1, "steps": STEPS}), "utf-8")
    restored = Session(seed=SEED + 2)
    restored.restore(path)
    assert restored.seed == SEED + 2
    assert_same_tensors(restored.lab.state_dict(), pytorch_state(SEED + 2))


# -- transitions ---------------------------------------------------------------------


def test_transitions_carry_before_after_and_the_parameters_that_changed() -> None:
    session = Session(seed=4)
    first = session.submit({"op": "add", "layer": "Linear",
                            "args": {"in_features": 4, "out_features": 3}})
    assert first.kind == COMMIT and first.structure_changed
    assert first.changed == {"0.weight", "0.bias"} and first.after is session.snapshot
    session.submit({"op": "add", "layer": "Linear", "args": {"in_features": 3, "out_features": 2}})

    before_values, before = values(session.lab), session.snapshot
    init = session.submit({"op": "init", "init": "normal_", "layers": ["1"]})
    after_values = values(session.lab)
    differing = {k for k in after_values if not torch.equal(after_values[k], before_values[k])}
    assert init.before is before and init.after is session.snapshot
    assert init.changed == differing == {"1.weight"} and not init.structure_changed
    assert init.step == {"op": "init", "init": "normal_", "layers": ["1"]}

    undo = session.undo()
    assert (undo.kind, undo.before, undo.after) == (UNDO, init.after, before)
    assert undo.changed == {"1.weight"} and not undo.new_lab
    assert_same_tensors(session.lab.state_dict(), before_values)
    redo = session.submit({"op": "redo"})
    assert (redo.kind, redo.after) == (REDO, init.after)
    assert_same_tensors(session.lab.state_dict(), after_values)

    renamed = session.submit({"op": "rename", "at": 1, "name": "head"})
    assert renamed.structure_changed
    assert renamed.changed == {"1.weight", "1.bias", "head.weight", "head.bias"}


def test_a_failed_step_raises_and_changes_nothing() -> None:
    session = Session(seed=4)
    session.submit({"op": "add", "layer": "Linear", "args": {"in_features": 4, "out_features": 3}})
    snapshot, state = session.snapshot, values(session.lab)
    with pytest.raises(LabError):
        session.submit({"op": "forward", "shape": [2, 5]})
    assert session.snapshot is snapshot
    assert_same_tensors(session.lab.state_dict(), state)


def test_an_analysis_is_kept_and_leaves_the_network_unchanged() -> None:
    session = Session(seed=2)
    session.submit({"op": "add", "layer": "Linear", "args": {"in_features": 6, "out_features": 5}})
    snapshot, state = session.snapshot, values(session.lab)
    step = {"op": "compare", "inits": ["xavier_uniform_", "zeros_"], "seed": 7, "bins": 12}
    transition = session.submit(step)
    assert transition.kind == ANALYSIS and transition.before is transition.after is snapshot
    assert transition.changed == frozenset() and not transition.structure_changed
    assert session.snapshot is snapshot
    assert_same_tensors(session.lab.state_dict(), state)
    comparison = transition.analysis.result
    assert session.analysis("compare") is transition.analysis
    assert [len(o.edges) - 1 for o in transition.analysis.overlays] == [12, 12]
    torch.manual_seed(7)
    weight = nn.init.xavier_uniform_(torch.empty(5, 6))
    xavier = next(s for s in comparison.series("0.weight") if s.candidate == 0)
    assert torch.equal(xavier.values, torch.sort(weight.reshape(-1)).values)

    regrid = session.regrid(30, 99.0)
    assert regrid.analysis.result is comparison  # re-binned, not drawn again
    assert regrid.step["bins"] == 30 and regrid.analysis.overlays[0].clip == 99.0
    second = session.submit({**step, "seed": 8})
    assert session.analysis("compare") is second.analysis  # one kept of each kind


def test_new_replaces_and_undo_and_redo_cross_it() -> None:
    session = Session(seed=2)
    session.submit({"op": "add", "layer": "ReLU"})
    first_lab = session.lab
    fresh = session.new(seed=9)
    assert fresh.kind == REPLACE and fresh.new_lab and fresh.structure_changed
    assert session.seed == 9 and session.lab is not first_lab and session.snapshot.modules == ()
    assert session.undo().new_lab and session.lab is first_lab
    assert session.redo().new_lab and session.seed == 9


def test_a_lesson_walks_through_the_session_and_back_restores_exactly() -> None:
    lesson = lessons.load(Path(__file__).resolve().parents[2] / "lessons"
                          / "lazy_initialization.json")
    session = Session()
    session.new(seed=lesson.seed)
    start = session.start_lesson(lesson)
    assert start.kind == RESTORE and start.lesson_page == 0
    step = session.lesson_next()
    assert step.kind == COMMIT and step.lesson_page == 1
    assert step.step == lesson.steps[0] and step.after is session.snapshot
    shown, state = session.snapshot, values(session.lab)
    session.lesson_next()
    back = session.lesson_back()
    assert back.kind == RESTORE and back.after is shown and back.lesson_page == 1
    assert_same_tensors(session.lab.state_dict(), state)
    again = session.lesson_next()  # the page shown before: not performed again
    assert again.kind == RESTORE and again.step is None
    session.new()
    assert session.lesson is None  # a lesson ends with its network
