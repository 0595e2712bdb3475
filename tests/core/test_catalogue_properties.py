"""Property tests of the catalogue: any values are validated or refused, never a crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import INVALID_ARGUMENT, LabError
from core.model.catalogue import LAYERS, build_module, parameter_count, validate_args
from core.model.schema import BOOL, CHOICE, FLOAT, INT, INTS, ArgSpec
from tests.core.catalogue_helpers import MINIMAL, refused

# --- properties ----------------------------------------------------------------------------


def values_for(spec: ArgSpec) -> st.SearchStrategy:
    """Values the schema accepts, mostly small but reaching the limits."""
    lo = -8 if spec.minimum is None else int(spec.minimum)
    hi = 8 if spec.maximum is None else int(spec.maximum)
    number = st.one_of(st.integers(lo, min(hi, lo + 16)), st.integers(lo, hi))
    if spec.kind == BOOL:
        values = st.booleans()
    elif spec.kind == CHOICE:
        values = st.sampled_from(spec.choices)
    elif spec.kind == INT:
        values = number
    elif spec.kind == FLOAT:
        values = st.floats(spec.minimum, spec.maximum, allow_nan=False, allow_infinity=False)
    else:
        assert spec.kind == INTS
        size = spec.length or 3
        values = st.one_of(number, st.lists(number, min_size=size, max_size=size))
    if spec.alt_choices:
        values = st.one_of(values, st.sampled_from(spec.alt_choices))
    return st.one_of(values, st.none()) if spec.nullable else values


def args_for(name: str) -> st.SearchStrategy:
    specs = LAYERS[name].args
    return st.fixed_dictionaries(
        {s.name: values_for(s) for s in specs if s.required},
        optional={s.name: values_for(s) for s in specs if not s.required},
    )


@settings(max_examples=300, deadline=None)
@given(data=st.data(), name=st.sampled_from(["Linear", "Conv2d", "LazyConv2d", "MaxPool2d"]))
def test_valid_looking_args_build_or_raise_invalid_argument(data: st.DataObject, name: str) -> None:
    args = data.draw(args_for(name))
    try:
        # On the meta device, so huge sizes cost nothing.
        module = build_module(name, validate_args(name, args), device="meta")
    except LabError as error:
        assert error.kind == INVALID_ARGUMENT
    else:
        assert isinstance(module, LAYERS[name].torch_class)


JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**64), 2**64),
    st.floats(),
    st.text(max_size=5),
    st.lists(st.integers(-(2**40), 2**40), max_size=4),
)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), name=st.sampled_from(list(LAYERS)))
def test_any_values_are_validated_or_refused_never_crash(data: st.DataObject, name: str) -> None:
    names = [a.name for a in LAYERS[name].args] + ["bogus"]
    args = data.draw(st.dictionaries(st.sampled_from(names), JUNK, max_size=4))
    args = {**MINIMAL.get(name, {}), **args}
    try:
        valid = validate_args(name, args)
        count = parameter_count(name, valid)
    except LabError as error:
        assert error.kind == INVALID_ARGUMENT
    else:
        assert count >= 0


def test_huge_integer_for_a_float_argument_is_refused() -> None:
    refused("BatchNorm1d", {"num_features": 4, "eps": 10**400})
