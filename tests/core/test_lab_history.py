"""The Lab's undo, redo and history: exact snapshots and modules back, the byte limit kept."""

from __future__ import annotations

from torch import nn

from core.model.inputs import input_spec
from core.model.lab import Lab
from tests.core.lab_helpers import linear, live_view, snapshot_view

# -- undo / redo / history -------------------------------------------------------------------


def test_undo_redo_restore_exact_snapshots_and_modules() -> None:
    lab = Lab()
    views = [(lab.snapshot, snapshot_view(lab.snapshot), live_view(lab))]
    actions = [
        lambda: lab.add("LazyLinear", {"out_features": 6}),
        lambda: lab.add("ReLU"),
        lambda: lab.add("Linear", linear(6, 3), name="out"),
        lambda: lab.forward(input_spec([2, 4])),
        lambda: lab.initialize("xavier_uniform_", types=["Linear"]),
        lambda: lab.rename("out", "head"),
        lambda: lab.move(1, 2),
        lambda: lab.remove(1),
    ]
    for action in actions:
        action()
        views.append((lab.snapshot, snapshot_view(lab.snapshot), live_view(lab)))
    for snapshot, view, live in reversed(views[:-1]):
        lab.undo()
        assert lab.snapshot is snapshot
        assert snapshot_view(lab.snapshot) == view
        assert live_view(lab) == live
    assert not lab.can_undo
    assert lab.snapshot.modules == ()
    for snapshot, view, live in views[1:]:
        lab.redo()
        assert lab.snapshot is snapshot
        assert snapshot_view(lab.snapshot) == view
        assert live_view(lab) == live
    assert not lab.can_redo
    # Undo back before the forward pass: the lazy layer is uninitialized again.
    for _ in range(5):
        lab.undo()
    assert lab.snapshot.op == "add" and lab.snapshot.modules[0].state == "uninitialized"
    assert type(list(lab.version.net())[0]) is nn.LazyLinear
    # A new operation after undo clears redo.
    lab.add("Tanh")
    assert not lab.can_redo


def test_history_byte_limit_trims_oldest() -> None:
    weight_bytes = 100 * 100 * 4
    limit = int(2.5 * weight_bytes)
    lab = Lab(history_bytes=limit)
    lab.add("Linear", linear(100, 100))
    labels = [lab.snapshot.label]
    for seed in range(8):
        lab.initialize("normal_", seed=seed)  # a new weight tensor each time, bias shared
        labels.append(lab.snapshot.label)
    kept = limit // weight_bytes
    assert len(lab.history.undo) == kept
    undone = []
    while lab.can_undo:
        undone.append(lab.undo().label)
    assert undone == labels[-kept - 1 : -1][::-1]
    # An ample limit keeps everything (the empty start included).
    roomy = Lab(history_bytes=100 * weight_bytes)
    roomy.add("Linear", linear(100, 100))
    for seed in range(8):
        roomy.initialize("normal_", seed=seed)
    assert len(roomy.history.undo) == 9
    roomy.set_history_limit(weight_bytes)
    assert len(roomy.history.undo) == 1
