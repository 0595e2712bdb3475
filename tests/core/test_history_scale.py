"""The undo history's accounting, and snapshots that share what did not change.

The history counts the bytes it keeps incrementally; every check here compares it with
the direct count (walk every kept version's tensors, as torch lists them).
"""

from __future__ import annotations

import torch
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from torch.nn.parameter import is_lazy

from core.errors import LabError
from core.model import capture, history
from core.model.history import StepLog
from core.model.lab import Lab
from core.model.stats import StatsCache

OPS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.sampled_from([1, 3, 16, 16, 16, 12])),
        st.tuples(st.just("init"), st.integers(0, 5)),
        st.tuples(st.just("remove"), st.integers(0, 5)),
        st.tuples(st.just("forward"), st.integers(1, 6)),
        st.tuples(st.just("undo"), st.just(0)),
        st.tuples(st.just("redo"), st.just(0)),
        st.tuples(st.just("limit"), st.integers(0, 3000)),
        st.tuples(st.just("restore"), st.just(0)),
    ),
    min_size=1, max_size=25,
)


def direct_bytes(undo: list, current) -> int:
    """Bytes of storages kept by ``undo`` and not by ``current``, counted from scratch."""
    def storages(version):
        for module in version.modules.values():
            for tensor in (*module.parameters(), *module.buffers()):
                if not is_lazy(tensor) and tensor.data_ptr():
                    yield tensor.data_ptr(), tensor.numel() * tensor.element_size()

    live = {ptr for ptr, _ in storages(current)}
    kept: dict[int, int] = {}
    for version in undo:
        for ptr, nbytes in storages(version):
            if ptr not in live:
                kept.setdefault(ptr, nbytes)
    return sum(kept.values())


def apply(lab: Lab, op: str, value: int, marks: list) -> None:
    if op == "add":
        lab.add("LazyLinear" if value % 3 == 0 else "Linear",
                {"out_features": value} if value % 3 == 0 else
                {"in_features": 16, "out_features": value})
    elif op == "init":
        lab.initialize("normal_", {"std": 0.1}, layers=[value % max(len(lab.network), 1)],
                       seed=value)
    elif op == "remove":
        lab.remove(value % max(len(lab.network), 1))
    elif op == "forward":
        from core.model.inputs import input_spec

        lab.forward(input_spec([2, 16]))
    elif op == "undo":
        lab.undo()
    elif op == "redo":
        lab.redo()
    elif op == "limit":
        lab.set_history_limit(value)
    elif marks:
        lab.restore(marks[-1])
    marks.append(lab.checkpoint())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=OPS)
@example(ops=[("add", 16), ("add", 16), ("init", 0), ("init", 1), ("init", 0), ("limit", 1500),
              ("remove", 0), ("undo", 0), ("redo", 0), ("init", 0), ("restore", 0),
              ("init", 1), ("limit", 1074), ("init", 1), ("limit", 0)])
def test_kept_bytes_and_trimming_match_the_direct_count(ops):
    lab = Lab(history_bytes=2000)
    marks: list = []
    for op, value in ops:
        before = [*lab.history.undo, lab.version]
        try:
            apply(lab, op, value, marks)
        except LabError:
            continue
        kept = lab.history_bytes()
        assert kept == direct_bytes(lab.history.undo, lab.version), (op, value)
        if op in ("add", "init", "remove", "forward", "limit"):
            assert kept <= lab.history.max_bytes or not lab.history.undo
            assert len(lab.history.undo) <= lab.history.max_steps
        if op in ("add", "init", "remove", "forward", "limit"):
            # only the oldest went, and no more than the bound needed
            candidates = before if op != "limit" else before[:-1]
            undo = lab.history.undo
            assert candidates[len(candidates) - len(undo):] == undo
            dropped = candidates[: len(candidates) - len(undo)]
            if dropped and len(undo) < lab.history.max_steps:
                assert direct_bytes([dropped[-1], *undo], lab.version) > lab.history.max_bytes


def test_a_step_walks_only_the_modules_it_changed(monkeypatch):
    """Measuring the history no longer grows with its length: a step lists the tensors of
    its new modules only, however many versions the history keeps."""
    calls = []
    real = history._storages
    monkeypatch.setattr(history, "_storages", lambda module: calls.append(module) or real(module))
    lab = Lab()
    per_step = []
    for _ in range(60):
        calls.clear()
        lab.add("Linear", {"in_features": 3, "out_features": 3})
        lab.history_bytes()
        per_step.append(len(calls))
    assert len(lab.history.undo) == 60
    assert max(per_step) == 1  # the one new module, at step 60 as at step 1


def test_the_step_count_bound_drops_the_oldest_versions():
    lab = Lab()
    lab.history.max_steps = 5
    versions = []
    for _ in range(9):
        versions.append(lab.version)
        lab.add("ReLU")
    assert lab.history.undo == versions[-5:]
    assert lab.history_bytes() == direct_bytes(lab.history.undo, lab.version)


def test_steps_append_without_copying_and_read_as_a_tuple():
    lab = Lab()
    from core.operations import steps as step_ops

    first, second = {"op": "add", "layer": "ReLU"}, {"op": "add", "layer": "Flatten"}
    step_ops.perform(lab, first)
    after_one = lab.version.steps
    step_ops.perform(lab, second)
    steps = lab.version.steps
    assert isinstance(steps, StepLog) and steps._parent is after_one  # shared, not copied
    assert steps == (first, second) and (first, second) == steps and steps == [first, second]
    assert steps != (first,) and steps != (second, first)
    assert len(steps) == 2 and steps[0] == first and steps[-1] == second
    assert after_one == (first,)
    lab.record_step((first,), {"op": "clear"})  # a plain tuple is accepted too
    assert [s["op"] for s in lab.version.steps] == ["add", "clear"]


def test_a_snapshot_shares_the_records_of_unchanged_modules_and_parameters():
    lab = Lab()
    lab.add("Linear", {"in_features": 4, "out_features": 3})
    lab.add("ReLU")
    before = lab.snapshot
    after = lab.add("Linear", {"in_features": 3, "out_features": 2})
    assert after.modules[0] is before.modules[0] and after.modules[1] is before.modules[1]
    assert after.parameters[0] is before.parameters[0]  # same tensor: same record
    assert after.parameters[0].stats.histogram is before.parameters[0].stats.histogram
    assert after.parameters[2].changed and not after.parameters[0].changed
    fresh = capture.take(lab.network, lab.version.net(), StatsCache(lab.cache.bins),
                         after.label, after.op)
    assert after.repr == fresh.repr == repr(lab.version.net())
    assert [m.state for m in after.modules] == [m.state for m in fresh.modules]


def test_records_follow_a_renamed_moved_or_tied_layer():
    lab = Lab()
    lab.add("Linear", {"in_features": 4, "out_features": 4})
    lab.add("ReLU")
    lab.add("Linear", {"in_features": 4, "out_features": 4})
    lab.rename(0, "first")
    lab.move(2, 1)
    snapshot = lab.tie(2, 0)
    net = lab.version.net()
    assert snapshot.repr == repr(net)
    assert [p.name for p in snapshot.parameters] == [n for n, _ in net.named_parameters()]
    assert [(m.position, m.name, m.tied_to) for m in snapshot.modules] == [
        (0, "first", None), (1, "1", None), (2, "2", 0)]
    for info in snapshot.parameters:
        assert torch.equal(torch.tensor(info.shape), torch.tensor(net.get_parameter(
            info.name).shape))


def test_a_log_names_the_steps_appended_since_an_earlier_one():
    """What an incremental autosave would append; None when the log took another path."""
    lab = Lab()
    from core.operations import steps as step_ops

    step_ops.perform(lab, {"op": "add", "layer": "ReLU"})
    saved = lab.version.steps
    added = [{"op": "add", "layer": "Flatten"}, {"op": "add", "layer": "ReLU"}]
    for step in added:
        step_ops.perform(lab, step)
    assert lab.version.steps.since(saved) == tuple(added)
    assert lab.version.steps.since(lab.version.steps) == ()
    assert lab.version.steps.since(history.EMPTY_LOG) == tuple(lab.version.steps)
    lab.undo()
    lab.undo()
    lab.undo()  # back before the saved step: a new step starts another path
    step_ops.perform(lab, {"op": "clear"})
    assert lab.version.steps.since(saved) is None
