"""The view-models of gui/models: signals that views subscribe to, no widgets."""

from __future__ import annotations

import pytest

from core.errors import LabError
from core.model.initializers import INITIALIZERS, validate_init_args
from gui.models.current import ONE_PASS_MODULES, CurrentSnapshot
from gui.models.init_choice import InitChoice
from gui.models.parameter_history import ParameterHistory
from gui.models.selection import Selection
from gui.session.session import LabSession


@pytest.fixture
def session(qtbot):
    return LabSession(seed=0)


def perform(qtbot, session, step):
    with qtbot.waitSignal(session.busyChanged, check_params_cb=lambda busy: not busy):
        assert session.perform(step)


def test_one_current_snapshot_per_session_follows_every_change(qtbot, session):
    current = CurrentSnapshot.of(session)
    assert CurrentSnapshot.of(session) is current
    assert CurrentSnapshot.of(LabSession(seed=0)) is not current
    perform(qtbot, session, {"op": "add", "layer": "ReLU"})
    first = current.snapshot
    busy = []
    current.busyChanged.connect(lambda on: busy.append((on, current.can_undo)))
    with qtbot.waitSignal(current.changed) as blocker:
        perform(qtbot, session, {"op": "add", "layer": "Tanh"})
    assert blocker.args[0] is session.snapshot is current.snapshot
    assert current.previous is first
    assert busy == [(True, False), (False, True)]  # undo waits while an operation runs
    assert current.can_undo and current.history() == session.history()
    assert current.module_names([0, 5]) == [session.snapshot.modules[0].name]


def test_parameter_history_follows_the_snapshots_and_the_selection(qtbot, session):
    current = CurrentSnapshot.of(session)
    selection = Selection()
    history = ParameterHistory(current, selection)
    with qtbot.waitSignal(history.historyChanged) as blocker:
        perform(qtbot, session, {"op": "add", "layer": "Linear",
                                 "args": {"in_features": 3, "out_features": 2}})
    snapshots, index = blocker.args
    assert snapshots == session.history() and index == len(snapshots) - 1
    with qtbot.waitSignal(history.parameterChanged) as blocker:
        selection.set_parameter("0.weight")
    assert blocker.args == ["0.weight"] and history.parameter() == "0.weight"
    with qtbot.assertNotEmitted(selection.parameterChanged):
        selection.set_parameter("0.weight")  # unchanged: nothing to redraw
    with qtbot.waitSignal(history.histogramReady, timeout=20000) as blocker:
        history.request_histogram(session.snapshot, "0.weight", 10)
    assert blocker.args[1:3] == ["0.weight", 10]


def test_selection_keeps_layers_in_order(qtbot):
    selection = Selection()
    with qtbot.waitSignal(selection.layersChanged) as blocker:
        selection.set_layers([3, 1])
    assert blocker.args == [[1, 3]] and selection.current_layer() == 1


def test_init_choice_keeps_the_listed_order_and_refuses_what_core_refuses(qtbot):
    choice = InitChoice()
    with qtbot.waitSignal(choice.checkedChanged):
        choice.set_checked(["orthogonal_", "default"])
    assert choice.checked() == [n for n in INITIALIZERS if n in ("default", "orthogonal_")]
    with pytest.raises(ValueError):
        choice.set_params("everything")
    assert choice.params() == "weight"
    bad = {"a": 1.0, "b": -1.0}
    choice.set_args("uniform_", bad)
    choice.set_check("uniform_", True)
    with pytest.raises(LabError) as refused:
        validate_init_args("uniform_", bad)
    with qtbot.waitSignal(choice.invalid) as blocker:
        assert choice.candidates() is None
    assert blocker.args == ["uniform_", refused.value.message]
    choice.set_args("uniform_", {"a": -1.0, "b": 1.0})
    assert {"init": "uniform_", "args": {"a": -1.0, "b": 1.0}} in choice.candidates()


def deep_network(layers: int) -> dict:
    """A build step: a Linear, then ``layers - 1`` ReLUs."""
    return {"op": "build", "layers": [
        {"layer": "Linear", "args": {"in_features": 3, "out_features": 2}},
        *[{"layer": "ReLU"}] * (layers - 1)]}


def settled_by_the_end_of_the_pass(session, current) -> list:
    """Per snapshot the session announces: the snapshots settled by the time every view
    heard of it (a slot connected after the current snapshot's runs after it)."""
    settled, seen = [], []
    current.settled.connect(settled.append)
    session.snapshotChanged.connect(lambda _s: seen.append(list(settled)))
    return seen


def test_a_small_network_settles_in_the_pass_it_changed(qtbot, session):
    current = CurrentSnapshot.of(session)
    seen = settled_by_the_end_of_the_pass(session, current)
    perform(qtbot, session, deep_network(ONE_PASS_MODULES))
    assert seen == [[session.snapshot]] and not current.settling


def test_a_big_network_settles_on_a_later_turn_and_only_as_the_newest(qtbot, session):
    current = CurrentSnapshot.of(session)
    seen = settled_by_the_end_of_the_pass(session, current)
    with qtbot.waitSignal(current.settled) as blocker:
        perform(qtbot, session, deep_network(ONE_PASS_MODULES + 1))
    first = session.snapshot
    assert seen == [[]] and blocker.args == [first]
    perform(qtbot, session, {"op": "add", "layer": "Tanh"})
    qtbot.waitUntil(lambda: not current.settling)
    second = session.snapshot
    settled = []
    current.settled.connect(settled.append)
    session.snapshotChanged.emit(first)  # two snapshots in one turn: the newest settles
    session.snapshotChanged.emit(second)
    with qtbot.waitSignal(current.settled) as blocker:
        pass
    assert blocker.args == [second] and settled == [second]
