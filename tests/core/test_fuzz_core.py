"""Adversarial values through core: every argument of every layer and initializer, then
random stacks, inputs and operation sequences with hostile values mixed in.

The contract under test: a value is accepted, or refused with a typed LabError whose
message names the field and the allowed values; a refused operation leaves the
snapshot, the live tensors, ``Lab.version``, the history and the random stream exactly
as they were. ``LAZY_INIT_LAB_FUZZ_EXAMPLES`` raises the number of random cases for a
long local run (the suite's default keeps this file at a few seconds).
"""

from __future__ import annotations

import math
import os

import pytest
import torch
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from core.errors import ERROR_KINDS, INVALID_ARGUMENT, LabError
from core.model.catalogue import LAYERS, validate_args
from core.model.initializers import INITIALIZERS, validate_init_args
from core.model.inputs import input_spec
from core.model.lab import Lab
from core.model.schema import FLOAT32_MAX
from core.operations import steps
from tests.core.lab_helpers import live_view, snapshot_view
from tests.core.test_properties import TYPE_NAMES, layer_args, refs, shapes, step_for

EXAMPLES = int(os.environ.get("LAZY_INIT_LAB_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MEMORY_LIMIT = 32 * 2**20


def nested(depth: int) -> list:
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


# What a student (or a corrupted file) can put where a number belongs.
HOSTILE = (
    0, -1, -(2**31), 2**31, 2**63, -(2**63), 10**30, 2**1100,
    0.5, -0.0, 1e-320, 3.5e38, -3.5e38, 1e308, math.inf, -math.inf, math.nan,
    True, False, None, "", "1", "nan", "relu", "zeros", "same", [], [0], [1, 2, 3], [[1]],
    {}, {"nonlinearity": "relu"}, {"nonlinearity": "leaky_relu", "param": -1}, nested(60),
)


def show(value) -> str:
    text = repr(value)
    return text if len(text) < 60 else text[:57] + "..."


def valid_base(layer: str) -> dict:
    """Small valid values for the required arguments, so one argument can be perturbed."""
    base = {}
    for spec in LAYERS[layer].args:
        if spec.required:
            base[spec.name] = [4] if spec.name == "normalized_shape" else 4
    return base


LAYER_CASES = [
    (layer, spec.name, value)
    for layer, layer_spec in LAYERS.items()
    for spec in layer_spec.args
    for value in HOSTILE
]
INIT_CASES = [
    (init, spec.name, value)
    for init, init_spec in INITIALIZERS.items()
    for spec in init_spec.args
    for value in HOSTILE
]


def check_refusal(error: LabError, field: str) -> None:
    assert error.kind == INVALID_ARGUMENT
    assert field in error.message, error.message
    assert "got" in error.message or "must" in error.message, error.message
    assert len(error.message) < 600 and "\n" not in error.message


def refusal_of(spec, value, owner: str) -> LabError | None:
    try:
        spec.coerce(value, owner)
    except LabError as error:
        return error
    return None


def test_every_layer_argument_with_every_hostile_value() -> None:
    """Accepted values are what torch can take; refused ones name the field and the range."""
    accepted = refused = 0
    for layer, field, value in LAYER_CASES:
        spec = next(a for a in LAYERS[layer].args if a.name == field)
        error = refusal_of(spec, value, layer)
        if error is not None:
            check_refusal(error, field)
            assert spec.describe_range() in error.message
            refused += 1
            continue
        try:  # the value itself is fine; a combination may still be refused
            valid = validate_args(layer, {**valid_base(layer), field: value})
        except LabError as error:
            assert error.kind == INVALID_ARGUMENT and error.message.startswith(layer)
            continue
        accepted += 1
        checked = valid[field]
        assert not isinstance(checked, list)
        if isinstance(checked, float):
            assert math.isfinite(checked) and abs(checked) <= FLOAT32_MAX, (layer, field, value)
        if isinstance(checked, int) and not isinstance(checked, bool):
            assert abs(checked) < 2**31, (layer, field, value)
    assert refused > accepted > 0  # the table is mostly hostile, but some values are fine


INIT_BASE = {"sparse_": {"sparsity": 0.5}, "constant_": {"val": 0.5}}


def test_every_initializer_argument_with_every_hostile_value() -> None:
    accepted = refused = 0
    for init, field, value in INIT_CASES:
        spec = next(a for a in INITIALIZERS[init].args if a.name == field)
        error = refusal_of(spec, value, init)
        if error is not None and not (field == "gain" and isinstance(value, dict)):
            check_refusal(error, field)
            refused += 1
            continue
        try:
            valid = validate_init_args(init, {**INIT_BASE.get(init, {}), field: value})
        except LabError as error:
            assert error.kind == INVALID_ARGUMENT and error.message.startswith(init)
            continue
        accepted += 1
        checked = valid[field]
        if isinstance(checked, float):
            assert math.isfinite(checked) and abs(checked) <= FLOAT32_MAX, (init, field, value)
        if field == "sparsity":
            assert 0 <= checked <= 1
    assert refused > accepted > 0


@pytest.mark.parametrize("value", [-0.1, 1.01, "0.5", True, math.nan, None])
def test_sparsity_outside_zero_one_is_refused_naming_the_range(value) -> None:
    with pytest.raises(LabError) as info:
        validate_init_args("sparse_", {"sparsity": value})
    assert "sparsity" in info.value.message and "from 0 to 1" in info.value.message


@pytest.mark.parametrize("gain", [True, [1.0], -1, "swish", math.inf, 1e39, {"nonlinearity": 3}])
def test_a_gain_of_the_wrong_type_is_refused(gain) -> None:
    with pytest.raises(LabError) as info:
        validate_init_args("xavier_uniform_", {"gain": gain})
    assert "gain" in info.value.message


def hostile_or(strategy: st.SearchStrategy) -> st.SearchStrategy:
    """Mostly ``strategy``, one time in five a hostile value."""
    return st.integers(0, 4).flatmap(lambda roll: strategy if roll else st.sampled_from(HOSTILE))


@st.composite
def hostile_layer_args(draw, layer: str) -> dict:
    args = dict(draw(layer_args(layer)) or {})
    for spec in LAYERS[layer].args if layer in LAYERS else ():
        if draw(st.integers(0, 5)) == 0:
            args[spec.name] = draw(st.sampled_from(HOSTILE))
    return args


@st.composite
def hostile_step(draw, lab: Lab) -> dict:
    """A step aimed at the lab, with hostile values in its arguments and fields."""
    step = draw(step_for(lab))
    op = step["op"]
    roll = draw(st.integers(0, 3))
    if roll == 0 and op in ("add", "edit"):
        layer = step.get("layer") or (lab.network.entries[0].layer if lab.network.entries
                                       else "Linear")
        step["args"] = draw(hostile_layer_args(layer))
    elif roll == 0 and op == "init":
        spec = INITIALIZERS.get(step["init"])
        if spec is not None and spec.args:
            args = dict(step.get("args") or {})
            args[draw(st.sampled_from([a.name for a in spec.args]))] = draw(
                st.sampled_from(HOSTILE))
            step["args"] = args
        if draw(st.booleans()):
            step["seed"] = draw(st.sampled_from([2**63, 2**64, -1, 0, 7]))
    elif roll == 0 and op == "forward":
        field = draw(st.sampled_from(["low", "high", "mean", "std", "seed"]))
        step[field] = draw(st.sampled_from(HOSTILE))
        if draw(st.booleans()):
            step["shape"] = draw(st.sampled_from([[2, 2**40], [2**31, 2**31], [1] * 7, [],
                                                  [2, 0], [2, -3], [True, 2], [2.0, 3]]))
    elif roll == 0 and op in ("move", "remove", "rename", "duplicate", "tie", "untie"):
        step["at"] = draw(hostile_or(refs(lab)))
    return step


def attempt(lab: Lab, step: dict) -> bool:
    """perform ``step``; a failure must be typed, explained and change nothing at all."""
    version, snapshot = lab.version, lab.snapshot
    view, live = snapshot_view(snapshot), live_view(lab)
    rng = torch.get_rng_state()
    undo, redo = list(lab.history.undo), list(lab.history.redo)
    try:
        steps.perform(lab, step)
    except LabError as error:
        assert error.kind in ERROR_KINDS
        assert isinstance(error.message, str) and error.message.strip(), step
        assert lab.version is version and lab.snapshot is snapshot, step
        assert snapshot_view(lab.snapshot) == view, step
        assert live_view(lab) == live, step
        assert torch.equal(torch.get_rng_state(), rng), step
        assert lab.history.undo == undo and lab.history.redo == redo, step
        assert lab.version.steps == version.steps
        return False
    except Exception as exc:  # anything but a LabError is a bug
        raise AssertionError(f"{show(step)} raised {type(exc).__name__}: {exc}") from exc
    assert lab.snapshot.repr == repr(lab.version.net())
    return True


@FUZZ
@given(data=st.data())
def test_hostile_operation_sequences_change_nothing_when_refused(data) -> None:
    lab = Lab(memory_limit=MEMORY_LIMIT)
    for _ in range(data.draw(st.integers(1, 10), label="length")):
        step = data.draw(hostile_step(lab), label="step")
        try:
            steps.check_structure(step, "step")
        except steps.StepFormatError as error:
            assert str(error).startswith("step")  # a file holding it is refused as a whole
            continue
        attempt(lab, step)


@FUZZ
@given(
    layers=st.lists(st.sampled_from(sorted(LAYERS)), min_size=1, max_size=5).flatmap(
        lambda names: st.tuples(*(st.tuples(st.just(n), hostile_layer_args(n)) for n in names))
    ),
    shape=shapes(),
    init=st.sampled_from(sorted(INITIALIZERS)),
    types=st.one_of(st.none(), st.lists(st.sampled_from(TYPE_NAMES), max_size=2)),
)
def test_hostile_stacks_forward_then_initialize(layers, shape, init, types) -> None:
    """Build, feed twice, initialize: every layer either works or explains itself."""
    lab = Lab(memory_limit=MEMORY_LIMIT)
    for layer, args in layers:
        attempt(lab, {"op": "add", "layer": layer, "args": args})
    for _ in range(2):
        attempt(lab, {"op": "forward", "shape": shape})
    step = {"op": "init", "init": init, "seed": 3}
    if types is not None:
        step["types"] = types
    attempt(lab, step)


def test_an_input_too_large_for_memory_is_refused_before_allocating() -> None:
    lab = Lab(memory_limit=MEMORY_LIMIT)
    lab.add("LazyLinear", {"out_features": 4})
    with pytest.raises(LabError) as info:
        lab.forward(input_spec([2**20, 2**20]))
    assert info.value.kind == "too_large" and "(1048576, 1048576)" in info.value.message
