"""The initializer catalogue against torch.nn.init itself: its schema, and applying it.

Every expected value is computed here. Validation and gains are in
test_initializers_validation.py, labels and code in test_initializers_code.py; shared
helpers in tests/core/initializer_helpers.py.
"""

from __future__ import annotations

import inspect
import typing

import pytest
import torch
from torch import nn

from core.errors import INVALID_ARGUMENT, UNINITIALIZED, LabError
from core.model.initializers import (
    FAMILIES,
    INITIALIZERS,
    NONLINEARITIES,
    apply_initializer,
    describe,
    validate_init_args,
)
from core.model.schema import CHOICE, FLOAT, INT
from tests.core.initializer_helpers import (
    APPLICABLE,
    CASES,
    REQUIRED,
    ours,
    takes_generator,
    theirs,
)

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
