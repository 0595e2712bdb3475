"""The initializer catalogue against torch.nn.init itself: every expected value is computed here."""

from __future__ import annotations

import inspect
import typing

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from torch import nn

from core.errors import INVALID_ARGUMENT, UNINITIALIZED, UNKNOWN_INITIALIZER, LabError
from core.model.initializers import (
    FAMILIES,
    INITIALIZERS,
    NONLINEARITIES,
    apply_initializer,
    code_call,
    describe,
    initializer_spec,
    resolve_gain,
    validate_init_args,
)
from core.model.schema import CHOICE, FLOAT, INT, ArgSpec

APPLICABLE = [name for name in INITIALIZERS if name != "default"]

# Non-default arguments for each initializer, and a tensor shape it fits.
CASES = {
    "xavier_uniform_": ({"gain": "relu"}, (5, 7)),
    "xavier_normal_": ({"gain": {"nonlinearity": "leaky_relu", "param": 0.2}}, (5, 7)),
    "kaiming_uniform_": ({"a": 0.1, "mode": "fan_out"}, (4, 3, 3)),
    "kaiming_normal_": ({"mode": "fan_in", "nonlinearity": "relu"}, (5, 7)),
    "orthogonal_": ({"gain": 0.5}, (6, 4)),
    "uniform_": ({"a": -0.3, "b": 0.7}, (5, 7)),
    "normal_": ({"mean": 0.1, "std": 0.02}, (5, 7)),
    "trunc_normal_": ({"mean": 0.0, "std": 0.5, "a": -0.4, "b": 0.6}, (5, 7)),
    "constant_": ({"val": 0.25}, (5, 7)),
    "ones_": ({}, (5, 7)),
    "zeros_": ({}, (5, 7)),
    "eye_": ({}, (5, 7)),
    "dirac_": ({"groups": 2}, (4, 3, 3, 3)),
    "sparse_": ({"sparsity": 0.4, "std": 0.05}, (6, 5)),
}
REQUIRED = {"constant_": {"val": 0.5}, "sparse_": {"sparsity": 0.3}}


def torch_kwargs(args: dict) -> dict:
    """What torch itself is given: the gain computed with calculate_gain, here in the test."""
    kwargs = dict(args)
    gain = kwargs.get("gain")
    if isinstance(gain, str):
        kwargs["gain"] = nn.init.calculate_gain(gain)
    elif isinstance(gain, dict):
        kwargs["gain"] = nn.init.calculate_gain(gain["nonlinearity"], gain.get("param"))
    return kwargs


def takes_generator(name: str) -> bool:
    return "generator" in inspect.signature(getattr(nn.init, name)).parameters


def ours(name: str, args: dict, shape: tuple, seed: int = 7) -> torch.Tensor:
    tensor = torch.full(shape, float("nan"))
    torch.manual_seed(seed + 1)  # sparse_ draws its zero positions from the global RNG
    generator = torch.Generator().manual_seed(seed)
    apply_initializer(name, validate_init_args(name, args), tensor, generator)
    return tensor


def theirs(name: str, args: dict, shape: tuple, seed: int = 7) -> torch.Tensor:
    tensor = torch.full(shape, float("nan"))
    extra = {"generator": torch.Generator().manual_seed(seed)} if takes_generator(name) else {}
    torch.manual_seed(seed + 1)
    getattr(nn.init, name)(tensor, **torch_kwargs(args), **extra)
    return tensor


# --- catalogue and schema ------------------------------------------------------------


def test_catalogue_lists_every_initializer_default_first() -> None:
    assert next(iter(INITIALIZERS)) == "default"
    assert set(APPLICABLE) == set(CASES)
    for name, spec in INITIALIZERS.items():
        assert spec.name == name
        assert spec.family in FAMILIES
        assert spec.doc
        assert name == "default" or callable(getattr(nn.init, name))
    assert INITIALIZERS["default"].args == ()


@pytest.mark.parametrize("name", APPLICABLE)
def test_schema_matches_torch_signature(name: str) -> None:
    params = [
        p for p in inspect.signature(getattr(nn.init, name)).parameters.values()
        if p.name not in ("tensor", "generator")
    ]
    specs = INITIALIZERS[name].args
    assert [s.name for s in specs] == [p.name for p in params]
    for spec, param in zip(specs, params, strict=True):
        if param.default is inspect.Parameter.empty:
            assert spec.required
        else:
            assert not spec.required
            assert spec.default == param.default
        assert spec.help


def test_dims_bounds() -> None:
    dims = {name: (s.min_dims, s.max_dims) for name, s in INITIALIZERS.items()}
    assert dims["eye_"] == (2, 2)
    assert dims["sparse_"] == (2, 2)
    assert dims["dirac_"] == (3, 5)
    for name in ("xavier_uniform_", "xavier_normal_", "kaiming_uniform_", "kaiming_normal_",
                 "orthogonal_"):
        assert dims[name] == (2, None)
    for name in ("uniform_", "normal_", "trunc_normal_", "constant_", "ones_", "zeros_"):
        assert dims[name] == (0, None)


def test_nonlinearities_are_what_calculate_gain_accepts() -> None:
    annotation = inspect.signature(nn.init.calculate_gain).parameters["nonlinearity"].annotation
    assert set(NONLINEARITIES) == set(typing.get_args(annotation))
    for name in NONLINEARITIES:
        nn.init.calculate_gain(name)
    with pytest.raises(ValueError):
        nn.init.calculate_gain("swish")


def test_argument_kinds() -> None:
    for name in ("xavier_uniform_", "xavier_normal_", "orthogonal_"):
        (gain,) = INITIALIZERS[name].args
        assert gain.kind == FLOAT and gain.alt_choices == NONLINEARITIES
    args = {a.name: a for a in INITIALIZERS["kaiming_uniform_"].args}
    assert args["mode"].kind == CHOICE and args["mode"].choices == ("fan_in", "fan_out")
    assert args["nonlinearity"].choices == NONLINEARITIES
    assert INITIALIZERS["dirac_"].args[0].kind == INT
    sparsity = INITIALIZERS["sparse_"].args[0]
    assert (sparsity.minimum, sparsity.maximum) == (0, 1)


# --- applying ------------------------------------------------------------------------


@pytest.mark.parametrize("name", APPLICABLE)
def test_seeded_apply_equals_torch(name: str) -> None:
    args, shape = CASES[name]
    assert torch.equal(ours(name, args, shape), theirs(name, args, shape))
    defaults = REQUIRED.get(name, {})
    assert torch.equal(ours(name, defaults, shape, 3), theirs(name, defaults, shape, 3))


@pytest.mark.parametrize("name", [n for n in APPLICABLE if takes_generator(n)])
def test_generator_is_used(name: str) -> None:
    args, shape = CASES[name]
    assert not torch.equal(ours(name, args, shape, 1), ours(name, args, shape, 2))


def test_apply_on_a_parameter_keeps_it_a_leaf() -> None:
    layer = nn.Linear(7, 5)
    apply_initializer("xavier_uniform_", validate_init_args("xavier_uniform_", {}), layer.weight)
    assert layer.weight.is_leaf and layer.weight.requires_grad and layer.weight.grad_fn is None


def test_default_is_listed_but_not_applicable() -> None:
    assert validate_init_args("default", None) == {}
    assert describe("default", {}) == "default"
    with pytest.raises(ValueError):
        apply_initializer("default", {}, torch.empty(3, 3))


@pytest.mark.parametrize(
    ("name", "shape", "words"),
    [
        ("xavier_uniform_", (256,), "at least 2 dimensions"),
        ("kaiming_normal_", (8,), "at least 2 dimensions"),
        ("orthogonal_", (), "at least 2 dimensions"),
        ("eye_", (3,), "exactly 2 dimensions"),
        ("eye_", (2, 3, 4), "exactly 2 dimensions"),
        ("sparse_", (2, 3, 4), "exactly 2 dimensions"),
        ("dirac_", (4, 4), "3 to 5 dimensions"),
        ("dirac_", (2, 2, 2, 2, 2, 2), "3 to 5 dimensions"),
    ],
)
def test_wrong_dims_are_refused(name: str, shape: tuple, words: str) -> None:
    tensor = torch.zeros(shape)
    with pytest.raises(LabError) as info:
        apply_initializer(name, validate_init_args(name, REQUIRED.get(name)), tensor)
    assert info.value.kind == INVALID_ARGUMENT
    assert name in info.value.message and words in info.value.message
    assert str(tuple(shape)) in info.value.message
    assert torch.equal(tensor, torch.zeros(shape))


def test_wrong_dims_message_reads_as_specified() -> None:
    with pytest.raises(LabError) as info:
        apply_initializer("xavier_uniform_", {"gain": 1.0}, torch.empty(256))
    assert info.value.message == (
        "xavier_uniform_ needs a tensor with at least 2 dimensions (fan_in and fan_out); "
        "this one has shape (256,). Target weights of Linear or convolution layers, "
        "not biases or normalization layers."
    )


def test_dirac_groups_must_divide_out_channels() -> None:
    with pytest.raises(ValueError):  # torch refuses it too
        nn.init.dirac_(torch.empty(4, 2, 3), groups=3)
    with pytest.raises(LabError) as info:
        apply_initializer("dirac_", {"groups": 3}, torch.empty(4, 2, 3))
    assert info.value.kind == INVALID_ARGUMENT and "groups" in info.value.message


def test_torch_errors_become_lab_errors_and_leave_tensor_unchanged() -> None:
    tensor = torch.zeros(2, 3)
    with pytest.raises(LabError) as info:
        apply_initializer("constant_", {"val": 1e308}, tensor)  # overflows float32
    assert info.value.kind == INVALID_ARGUMENT
    assert info.value.torch_message
    assert torch.equal(tensor, torch.zeros(2, 3))
    with pytest.raises(LabError) as info:
        apply_initializer("normal_", {"mean": 0.0, "std": 1.0}, torch.zeros(3, dtype=torch.long))
    assert info.value.kind == INVALID_ARGUMENT


def test_uninitialized_lazy_weight_is_refused() -> None:
    weight = nn.LazyLinear(3).weight
    with pytest.raises(LabError) as info:
        apply_initializer("xavier_uniform_", {"gain": 1.0}, weight)
    assert info.value.kind == UNINITIALIZED


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


# --- labels and code -----------------------------------------------------------------


def test_describe() -> None:
    assert describe("xavier_uniform_", {"gain": "relu"}) == "xavier_uniform_(gain=relu)"
    assert describe("xavier_uniform_", {"gain": 1.0}) == "xavier_uniform_"
    assert describe("normal_", {"mean": 0.0, "std": 0.01}) == "normal_(std=0.01)"
    assert describe("normal_", {"mean": 1.0, "std": 0.01}) == "normal_(mean=1, std=0.01)"
    assert describe("sparse_", validate_init_args("sparse_", {"sparsity": 0.1})) == (
        "sparse_(sparsity=0.1)"
    )
    assert describe(
        "xavier_normal_", {"gain": {"nonlinearity": "leaky_relu", "param": 0.2}}
    ) == "xavier_normal_(gain=leaky_relu(0.2))"
    assert describe("kaiming_normal_", {"a": 0.0, "mode": "fan_out", "nonlinearity": "relu"}) == (
        "kaiming_normal_(mode=fan_out, nonlinearity=relu)"
    )


def test_code_call_text() -> None:
    assert code_call("xavier_uniform_", {"gain": "relu"}, "m.weight") == (
        "nn.init.xavier_uniform_(m.weight, gain=nn.init.calculate_gain('relu'))"
    )
    leaky = {"gain": {"nonlinearity": "leaky_relu", "param": 0.2}}
    assert code_call("xavier_normal_", leaky, "w") == (
        "nn.init.xavier_normal_(w, gain=nn.init.calculate_gain('leaky_relu', 0.2))"
    )
    assert code_call("zeros_", {}, "m.bias") == "nn.init.zeros_(m.bias)"
    with pytest.raises(ValueError):
        code_call("default", {}, "m.weight")


@pytest.mark.parametrize("name", APPLICABLE)
def test_code_call_reproduces_apply(name: str) -> None:
    args, shape = CASES[name]
    valid = validate_init_args(name, args)
    torch.manual_seed(11)
    expected = torch.full(shape, float("nan"))
    apply_initializer(name, valid, expected)
    source = code_call(name, valid, "w")
    scope: dict = {"w": torch.full(shape, float("nan"))}
    torch.manual_seed(11)
    exec("import torch\nfrom torch import nn\n" + source, scope)  # noqa: S102 - the point
    assert torch.equal(scope["w"], expected), source


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
