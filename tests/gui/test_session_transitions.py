"""The closed session in the window: analyses are submitted steps, every change a Transition."""

from __future__ import annotations

import torch
from PySide6.QtCore import Qt

from core.operations.transition import ANALYSIS, COMMIT, UNDO
from gui.session.session import LabSession
from tests.gui.session_helpers import run

LAYERS = [
    {"layer": "LazyLinear", "args": {"out_features": 16}},
    {"layer": "ReLU"},
    {"layer": "Linear", "args": {"in_features": 16, "out_features": 4}},
]



def built(qtbot, window):
    run(qtbot, window.session, {"op": "build", "layers": LAYERS})
    run(qtbot, window.session, {"op": "forward", "shape": [3, 6]})


def test_the_session_runs_no_closures_from_widgets() -> None:
    for name in ("compute", "apply_to_lab", "computed"):
        assert not hasattr(LabSession, name)


def test_a_compare_click_is_a_submitted_step_and_leaves_the_network_unchanged(
    qtbot, new_window
) -> None:
    window = new_window()
    built(qtbot, window)
    session, view = window.session, window.compare_view
    view.chooser.set_checked(["xavier_uniform_", "zeros_"])
    submitted, transitions, snapshots = [], [], []
    original_submit = session.submit
    session.submit = lambda step: submitted.append(step) or original_submit(step)
    session.transitioned.connect(transitions.append)
    session.snapshotChanged.connect(snapshots.append)
    before, state = session.snapshot, {k: v.clone() for k, v in session.lab.state_dict().items()}
    window.chart_tabs.setCurrentWidget(view)
    with qtbot.waitSignal(session.analysed, timeout=30000) as arrived:
        qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    step, analysis = arrived.args
    assert submitted == [step] and step["op"] == "compare"
    assert [item["init"] for item in step["inits"]] == ["xavier_uniform_", "zeros_"]
    assert [t.kind for t in transitions] == [ANALYSIS]
    assert transitions[0].before is transitions[0].after is before
    assert transitions[0].changed == frozenset() and transitions[0].analysis is analysis
    assert snapshots == []  # nothing changed, so no view was told to redraw the network
    assert session.snapshot is before
    after = session.lab.state_dict()
    assert all(torch.equal(after[k], state[k]) for k in state)
    qtbot.waitUntil(lambda: view.comparison() is analysis.result, timeout=10000)
    assert session.core.analysis("compare") is analysis  # kept by the core session
    zeros = next(s for s in analysis.result.series("2.weight") if s.candidate == 1)
    assert torch.count_nonzero(zeros.values) == 0


def test_the_depth_button_is_a_submitted_step_too(qtbot, new_window) -> None:
    window = new_window()
    built(qtbot, window)
    session, view = window.session, window.depth_view
    window.compare_view.chooser.set_checked(["kaiming_normal_"])
    before = session.snapshot
    with qtbot.waitSignal(session.analysed, timeout=30000) as arrived:
        qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    step, analysis = arrived.args
    assert step["op"] == "depth" and view.result() is analysis.result
    assert session.snapshot is before


def test_a_step_and_its_undo_arrive_as_transitions_naming_what_changed(qtbot, new_window):
    window = new_window()
    built(qtbot, window)
    session = window.session
    state = {k: v.clone() for k, v in session.lab.state_dict().items()}
    with qtbot.waitSignal(session.transitioned, timeout=20000) as done:
        window.perform({"op": "init", "init": "ones_", "layers": ["2"]})
    commit = done.args[0]
    assert commit.kind == COMMIT and commit.changed == {"2.weight"}
    assert commit.after is session.snapshot and not commit.structure_changed
    assert torch.equal(session.lab.state_dict()["2.weight"], torch.ones(4, 16))
    with qtbot.waitSignal(session.transitioned, timeout=20000) as undone:
        window.action_table["undo"].trigger()
    undo = undone.args[0]
    assert (undo.kind, undo.before, undo.changed) == (UNDO, commit.after, {"2.weight"})
    assert torch.equal(session.lab.state_dict()["2.weight"], state["2.weight"])
