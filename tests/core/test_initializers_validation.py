"""Initializer arguments are validated as torch.nn.init would take them: refusals name the
field, gains resolve as calculate_gain does, and any values give a result or a LabError.
"""

from __future__ import annotations

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from torch import nn

from core.errors import INVALID_ARGUMENT, UNKNOWN_INITIALIZER, LabError
from core.model.initializers import (
    INITIALIZERS,
    NONLINEARITIES,
    apply_initializer,
    code_call,
    describe,
    initializer_spec,
    resolve_gain,
    validate_init_args,
)
from core.model.schema import CHOICE, INT, ArgSpec
from tests.core.initializer_helpers import APPLICABLE

# --- validation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "args", "field"),
    [
        ("sparse_", {"sparsity": 1.5}, "sparsity"),
        ("sparse_", {"sparsity": -0.1}, "sparsity"),
        ("sparse_", {"sparsity": 0.5, "std": -1}, "std"),
        ("sparse_", {}, "sparsity"),
        ("constant_", {}, "val"),
        ("constant_", None, "val"),
        ("normal_", {"std": -1}, "std"),
        ("trunc_normal_", {"std": 0}, "std"),
        ("trunc_normal_", {"a": 2.0, "b": 1.0}, "b"),
        ("trunc_normal_", {"mean": 5.0}, "mean"),
        ("uniform_", {"a": 2.0, "b": 1.0}, "b"),
        ("uniform_", {"a": float("nan")}, "a"),
        ("xavier_uniform_", {"gain": "abc"}, "gain"),
        ("xavier_normal_", {"gain": -1}, "gain"),
        ("orthogonal_", {"gain": True}, "gain"),
        ("xavier_uniform_", {"gain": {"nonlinearity": "swish"}}, "gain"),
        ("xavier_uniform_", {"gain": {"nonlinearity": "relu", "param": 0.2}}, "param"),
        ("xavier_uniform_", {"gain": {"nonlinearity": "leaky_relu", "param": "x"}}, "param"),
        ("kaiming_uniform_", {"mode": "fan_avg"}, "mode"),
        ("kaiming_normal_", {"nonlinearity": "swish"}, "nonlinearity"),
        ("kaiming_normal_", {"a": "0.1"}, "a"),
        ("kaiming_normal_", {"gain": 2.0}, "gain"),
        ("dirac_", {"groups": 0}, "groups"),
        ("dirac_", {"groups": 1.5}, "groups"),
        ("ones_", {"val": 1.0}, "val"),
        ("normal_", [1, 2], "arguments"),
    ],
)
def test_refused_values_name_the_field(name: str, args: object, field: str) -> None:
    with pytest.raises(LabError) as info:
        validate_init_args(name, args)  # type: ignore[arg-type]
    assert info.value.kind == INVALID_ARGUMENT
    assert field in info.value.message
    assert name in info.value.message


def test_validation_fills_defaults_and_keeps_input() -> None:
    args = {"gain": {"nonlinearity": "leaky_relu", "param": 1}}
    assert validate_init_args("xavier_normal_", args) == {
        "gain": {"nonlinearity": "leaky_relu", "param": 1.0}
    }
    assert args == {"gain": {"nonlinearity": "leaky_relu", "param": 1}}
    assert validate_init_args("kaiming_uniform_", {"mode": "fan_out"}) == {
        "a": 0.0, "mode": "fan_out", "nonlinearity": "leaky_relu"
    }
    assert validate_init_args("orthogonal_", {"gain": "tanh"}) == {"gain": "tanh"}


def test_uniform_mirrors_torch_on_equal_bounds() -> None:
    expected = nn.init.uniform_(torch.empty(2, 3), a=0.5, b=0.5)  # torch allows a == b
    args = validate_init_args("uniform_", {"a": 0.5, "b": 0.5})
    tensor = torch.empty(2, 3)
    apply_initializer("uniform_", args, tensor)
    assert torch.equal(tensor, expected)


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [
        ("xavier", "xavier_uniform_"),
        ("kaiming", "kaiming_uniform_"),
        ("Kaiming_Normal", "kaiming_normal_"),
        ("orthogonal", "orthogonal_"),
        ("unifrom_", "uniform_"),
    ],
)
def test_unknown_initializer_suggests(name: str, suggestion: str) -> None:
    for call in (initializer_spec, lambda n: validate_init_args(n, {})):
        with pytest.raises(LabError) as info:
            call(name)
        assert info.value.kind == UNKNOWN_INITIALIZER
        assert f"Did you mean {suggestion!r}?" in info.value.message
        assert "Available: default, " in info.value.message


@pytest.mark.parametrize("name", [None, 3, ["xavier_uniform_"], "", "qqqq"])
def test_unknown_initializer_without_suggestion(name: object) -> None:
    with pytest.raises(LabError) as info:
        initializer_spec(name)
    assert info.value.kind == UNKNOWN_INITIALIZER
    assert "Did you mean" not in info.value.message


# --- gain ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", NONLINEARITIES)
def test_resolve_gain_by_name(name: str) -> None:
    assert resolve_gain(name) == nn.init.calculate_gain(name)


def test_resolve_gain_forms() -> None:
    assert resolve_gain(0.5) == 0.5
    assert resolve_gain(2) == 2.0
    assert resolve_gain({"nonlinearity": "leaky_relu", "param": 0.2}) == (
        nn.init.calculate_gain("leaky_relu", 0.2)
    )
    assert resolve_gain({"nonlinearity": "leaky_relu"}) == nn.init.calculate_gain("leaky_relu")
    assert resolve_gain({"nonlinearity": "tanh"}) == nn.init.calculate_gain("tanh")


def test_huge_int_is_refused_not_crashing() -> None:
    with pytest.raises(LabError):
        validate_init_args("normal_", {"std": 10**400})
    with pytest.raises(LabError):
        huge_slope = {"nonlinearity": "leaky_relu", "param": 10**400}
        validate_init_args("xavier_uniform_", {"gain": huge_slope})


@pytest.mark.parametrize(
    "gain",
    ["abc", "", None, True, 10**400, float("nan"), float("inf"), [1.0], {"param": 0.2},
     {"nonlinearity": "leaky_relu", "param": 1e39}, {"nonlinearity": "relu", "slope": 1}],
)
def test_resolve_gain_refuses(gain: object) -> None:
    with pytest.raises(LabError) as info:
        resolve_gain(gain)
    assert info.value.kind == INVALID_ARGUMENT and "gain" in info.value.message


# --- property: never anything but LabError -------------------------------------------

ANY_VALUE = st.one_of(
    st.floats(),
    st.integers(-10, 10),
    st.integers(),
    st.floats(-3, 3),
    st.sampled_from(NONLINEARITIES + ("fan_in", "fan_out", "bogus")),
    st.booleans(),
    st.none(),
    st.fixed_dictionaries(
        {"nonlinearity": st.sampled_from(NONLINEARITIES)},
        optional={"param": st.one_of(st.floats(-1, 5), st.text(max_size=2))},
    ),
)


def plausible(spec: ArgSpec) -> st.SearchStrategy:
    """Values inside the schema's own range, so that many cases reach torch."""
    if spec.kind == CHOICE:
        return st.sampled_from(spec.choices)
    low = -5 if spec.minimum is None else spec.minimum
    high = 5 if spec.maximum is None else spec.maximum
    if spec.kind == INT:
        return st.integers(int(low), int(high))
    return st.floats(low, high)


@st.composite
def random_args(draw: st.DrawFn) -> tuple[str, dict]:
    name = draw(st.sampled_from(APPLICABLE))
    args = {}
    for spec in INITIALIZERS[name].args:
        if draw(st.booleans()):
            args[spec.name] = draw(st.one_of(ANY_VALUE, plausible(spec)))
    if draw(st.integers(0, 9)) == 0:
        args[draw(st.sampled_from(["gain", "std", "groups", "zzz"]))] = draw(ANY_VALUE)
    return name, args


@pytest.mark.filterwarnings("ignore::UserWarning")  # kaiming_* warns on zero-element tensors
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=random_args(), rows=st.integers(0, 6), cols=st.integers(0, 6))
def test_random_args_apply_or_raise_lab_error(case: tuple[str, dict], rows: int, cols: int) -> None:
    name, args = case
    try:
        valid = validate_init_args(name, args)
    except LabError:
        return
    tensor = torch.zeros(rows, cols)
    try:
        apply_initializer(name, valid, tensor, torch.Generator().manual_seed(0))
    except LabError:
        assert torch.equal(tensor, torch.zeros(rows, cols))
        return
    describe(name, valid)
    code_call(name, valid, "w")
