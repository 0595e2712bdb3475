"""A snapshot after a step carries over the records of the positions the step left alone.

Each case compares the lab's snapshot, "changed" marks included, with a capture made from
scratch of the same live modules, so a carried-over record that is no longer true fails.
"""

from __future__ import annotations

import pytest

from core.model.inputs import input_spec
from core.model.lab import Lab
from tests.core.lab_helpers import fresh_changed, live_view, snapshot_view


def assert_as_fresh(lab: Lab, prior) -> None:
    fresh = live_view(lab)
    del fresh["types"], fresh["tensors"]
    committed = snapshot_view(lab.snapshot, changed=False)
    del committed["trace"], committed["input_shape"]
    assert committed == fresh
    assert [(p.name, p.changed) for p in lab.snapshot.parameters] == fresh_changed(lab, prior)


def step(lab: Lab, action) -> None:
    prior = lab.version
    action()
    assert_as_fresh(lab, prior)


def linear_stack(lab: Lab, layers: int) -> None:
    for _ in range(layers):
        lab.add("LazyLinear", {"out_features": 4})
    lab.forward(input_spec([2, 3]))


def test_adding_a_layer_shares_every_earlier_record():
    lab = Lab()
    linear_stack(lab, 30)
    lab.add("ReLU")  # the forward pass's "changed" marks are cleared
    before = lab.snapshot
    step(lab, lambda: lab.add("ReLU"))
    after = lab.snapshot
    assert all(a is b for a, b in zip(after.modules[:31], before.modules, strict=True))
    assert all(a is b for a, b in zip(after.parameters, before.parameters, strict=True))


def test_marks_of_a_step_are_cleared_by_the_next():
    lab = Lab()
    linear_stack(lab, 6)
    step(lab, lambda: lab.initialize("zeros_", layers=[2]))
    assert [p.name for p in lab.snapshot.parameters if p.changed] == ["2.weight"]
    step(lab, lambda: lab.add("ReLU"))
    assert not any(p.changed for p in lab.snapshot.parameters)


@pytest.mark.parametrize("action", [
    lambda lab: lab.add("Tanh", at=2),
    lambda lab: lab.remove(3),
    lambda lab: lab.move(5, 1),
    lambda lab: lab.rename(4, "middle"),
    lambda lab: lab.duplicate(2),
    lambda lab: lab.initialize("ones_", layers=[5]),
    lambda lab: lab.edit(7, {"out_features": 5}),
], ids=["insert", "remove", "move", "rename", "duplicate", "init", "edit"])
def test_a_step_in_the_middle_matches_a_capture_from_scratch(action):
    lab = Lab()
    linear_stack(lab, 8)
    step(lab, lambda: action(lab))
    step(lab, lambda: lab.forward(input_spec([2, 3])))


def test_a_tie_to_a_later_layer_follows_that_layer_when_it_moves():
    lab = Lab()
    linear_stack(lab, 5)
    step(lab, lambda: lab.tie(1, 4))
    assert lab.snapshot.modules[1].tied_to == 4
    step(lab, lambda: lab.move(4, 2))  # positions 0 and 1 keep their entries and modules
    assert lab.snapshot.modules[1].tied_to == 2
    step(lab, lambda: lab.untie(1))


def test_after_undo_the_next_step_is_captured_against_the_version_undone_to():
    lab = Lab()
    linear_stack(lab, 4)
    lab.initialize("ones_", layers=[1])
    lab.undo()
    step(lab, lambda: lab.add("ReLU"))
    step(lab, lambda: lab.initialize("zeros_", layers=[0]))


def test_new_histogram_bins_are_not_carried_over():
    lab = Lab()
    linear_stack(lab, 3)
    lab.cache.bins = 7
    step(lab, lambda: lab.add("ReLU"))
    assert all(len(p.stats.histogram.counts) == 7 for p in lab.snapshot.parameters)


def test_a_versions_parameters_by_name_are_the_sequentials_own():
    """As ``net.named_parameters()`` lists them: a tied position's tensors once, under the
    first name; checked by identity, in order."""
    lab = Lab()
    linear_stack(lab, 5)
    lab.tie(3, 1)
    lab.add("LazyBatchNorm1d")
    listed = [(name, id(p)) for name, p in lab.version.net().named_parameters()]
    assert [(name, id(p)) for name, p in lab.version.parameters_by_name().items()] == listed
    assert not any(name.startswith("3.") for name, _ in listed)
