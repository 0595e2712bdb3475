"""The catalogue against torch itself: defaults, reprs and counts are computed by torch here."""

from __future__ import annotations

import inspect
import subprocess
import sys
import time

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from torch import nn
from torch.nn.parameter import is_lazy

from core.errors import INVALID_ARGUMENT, UNKNOWN_LAYER, LabError
from core.export.code_classes import class_lines
from core.model.catalogue import (
    GROUP_TITLES,
    GROUPS,
    LAYERS,
    build_module,
    code_args,
    layer_spec,
    parameter_count,
    validate_args,
)
from core.model.schema import BOOL, CHOICE, FLOAT, INT, INTS, ArgSpec, to_json_value

REQUIRED_NAMES = (
    "Linear", "LazyLinear", "Conv1d", "Conv2d", "LazyConv1d", "LazyConv2d", "BatchNorm1d",
    "BatchNorm2d", "LazyBatchNorm1d", "LazyBatchNorm2d", "LayerNorm", "ReLU", "LeakyReLU",
    "GELU", "Tanh", "Sigmoid", "Softmax", "Flatten", "MaxPool2d", "AvgPool2d",
    "AdaptiveAvgPool2d", "Dropout", "Identity",
)

# The smallest arguments each layer needs; ints only, so torch sees exactly the same values.
MINIMAL: dict[str, dict] = {
    "Linear": {"in_features": 20, "out_features": 30},
    "LazyLinear": {"out_features": 30},
    "Conv1d": {"in_channels": 3, "out_channels": 6, "kernel_size": 3},
    "Conv2d": {"in_channels": 3, "out_channels": 6, "kernel_size": 3},
    "LazyConv1d": {"out_channels": 6, "kernel_size": 3},
    "LazyConv2d": {"out_channels": 6, "kernel_size": 3},
    "BatchNorm1d": {"num_features": 8},
    "BatchNorm2d": {"num_features": 8},
    "LayerNorm": {"normalized_shape": 16},
    "MaxPool2d": {"kernel_size": 2},
    "AvgPool2d": {"kernel_size": 2},
    "AdaptiveAvgPool2d": {"output_size": 4},
    "LazyConv3d": {"out_channels": 6, "kernel_size": 3},
    **{f"LazyConvTranspose{d}d": {"out_channels": 6, "kernel_size": 3} for d in (1, 2, 3)},
    "Conv3d": {"in_channels": 3, "out_channels": 6, "kernel_size": 3},
    **{f"ConvTranspose{d}d": {"in_channels": 3, "out_channels": 6, "kernel_size": 3}
       for d in (1, 2, 3)},
    "BatchNorm3d": {"num_features": 8},
    **{f"InstanceNorm{d}d": {"num_features": 8} for d in (1, 2, 3)},
    "GroupNorm": {"num_groups": 2, "num_channels": 8},
    **{f"{kind}Pool{d}d": {"kernel_size": 2} for kind in ("Max", "Avg") for d in (1, 3)},
    **{f"Adaptive{kind}Pool{d}d": {"output_size": 4} for kind in ("Max", "Avg")
       for d in (1, 2, 3)},
    "Embedding": {"num_embeddings": 10, "embedding_dim": 4},
    **{name: {"input_size": 6, "hidden_size": 5} for name in ("RNN", "LSTM", "GRU")},
    "MultiheadAttention": {"embed_dim": 8, "num_heads": 2},
    "TransformerEncoderLayer": {"d_model": 8, "nhead": 2},
}

# Deliberate deviations from torch's defaults, documented in the catalogue.
DEVIATIONS = {("Softmax", "dim"): -1, ("TransformerEncoderLayer", "activation"): "relu"}
# Never offered: the lab's device/dtype, tuple outputs, Embedding's private ready tensor and
# its max_norm, which rewrites the weight during forward (catalogue._SKIPPED says why).
NOT_OFFERED = ("device", "dtype", "return_indices", "_weight", "_freeze", "max_norm",
               "norm_type")

# Non-default arguments; torch receives them with lists turned into tuples.
VARIANTS: list[tuple[str, dict]] = [
    ("Linear", {"in_features": 4, "out_features": 5, "bias": False}),
    ("Conv2d", {"in_channels": 4, "out_channels": 8, "kernel_size": [3, 5], "stride": [2, 1],
                "padding": [1, 2], "dilation": 2, "groups": 2, "padding_mode": "reflect"}),
    ("Conv1d", {"in_channels": 2, "out_channels": 2, "kernel_size": 4, "padding": "same"}),
    ("LazyConv2d", {"out_channels": 4, "kernel_size": 3, "padding": "valid", "bias": False}),
    ("BatchNorm2d", {"num_features": 3, "eps": 1e-3, "momentum": None, "affine": False}),
    ("LazyBatchNorm1d", {"momentum": 0.5, "track_running_stats": False}),
    ("LayerNorm", {"normalized_shape": [4, 5], "elementwise_affine": True, "bias": False}),
    ("LeakyReLU", {"negative_slope": 0.2, "inplace": True}),
    ("GELU", {"approximate": "tanh"}),
    ("Softmax", {"dim": 1}),
    ("Softmax", {"dim": None}),
    ("Flatten", {"start_dim": 0, "end_dim": 2}),
    ("MaxPool2d", {"kernel_size": [3, 2], "stride": 1, "padding": [1, 1], "ceil_mode": True}),
    ("AvgPool2d", {"kernel_size": 4, "stride": [2, 2], "padding": 2, "divisor_override": 3}),
    ("AdaptiveAvgPool2d", {"output_size": [7, 3]}),
    ("Dropout", {"p": 0.1}),
    ("ConvTranspose2d", {"in_channels": 4, "out_channels": 6, "kernel_size": [3, 4],
                         "stride": 2, "output_padding": [1, 0], "groups": 2, "dilation": 2}),
    ("LazyConvTranspose3d", {"out_channels": 2, "kernel_size": 2, "bias": False}),
    ("InstanceNorm2d", {"num_features": 3, "affine": True, "track_running_stats": True}),
    ("GroupNorm", {"num_groups": 3, "num_channels": 6, "eps": 1e-3, "affine": False}),
    ("PReLU", {"num_parameters": 4, "init": -0.5}),
    ("MaxPool3d", {"kernel_size": [1, 2, 3], "dilation": 2, "ceil_mode": True}),
    ("AvgPool1d", {"kernel_size": 3, "stride": 2, "padding": 1, "count_include_pad": False}),
    ("AdaptiveMaxPool3d", {"output_size": [1, 2, 3]}),
    ("Embedding", {"num_embeddings": 9, "embedding_dim": 3, "padding_idx": -2,
                   "scale_grad_by_freq": True}),
    ("RNN", {"input_size": 3, "hidden_size": 4, "num_layers": 2, "nonlinearity": "relu",
             "dropout": 0.5}),
    ("LSTM", {"input_size": 3, "hidden_size": 4, "proj_size": 2, "bidirectional": True}),
    ("GRU", {"input_size": 3, "hidden_size": 4, "batch_first": True, "bias": False}),
    ("MultiheadAttention", {"embed_dim": 6, "num_heads": 3, "add_bias_kv": True,
                            "add_zero_attn": True, "batch_first": True, "dropout": 0.1}),
    ("TransformerEncoderLayer", {"d_model": 6, "nhead": 3, "dim_feedforward": 12,
                                 "activation": "gelu", "norm_first": True, "bias": False}),
]


def torch_kwargs(args: dict) -> dict:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in args.items()}


def torch_defaults(cls: type) -> dict:
    params = inspect.signature(cls.__init__).parameters.values()
    return {p.name: p.default for p in params if p.default is not inspect.Parameter.empty}


def real_count(module: nn.Module) -> int:
    tensors = [*module.parameters(), *module.buffers()]
    return sum(t.numel() for t in tensors if not is_lazy(t))


def refused(name: str, args: object, kind: str = INVALID_ARGUMENT) -> LabError:
    with pytest.raises(LabError) as info:
        validate_args(name, args)  # type: ignore[arg-type]
    assert info.value.kind == kind
    return info.value


# --- the palette ---------------------------------------------------------------------------


def test_palette_has_every_layer_in_a_known_group() -> None:
    assert set(REQUIRED_NAMES) <= set(LAYERS)
    assert set(GROUP_TITLES) == set(GROUPS)
    order = [GROUPS.index(spec.group) for spec in LAYERS.values()]
    assert order == sorted(order), "palette order follows GROUPS"
    for name, spec in LAYERS.items():
        assert spec.name == name
        # torch's own class, or (recurrent layers, attention) its single-output subclass
        assert spec.torch_class is getattr(nn, name) or (
            spec.wrapped and issubclass(spec.torch_class, getattr(nn, name)))
        assert spec.lazy == name.startswith("Lazy")
        assert (spec.group == "lazy") == spec.lazy
        assert spec.doc.endswith(".") and "\n" not in spec.doc
        if not spec.lazy:
            assert spec.becomes == spec.torch_class.__name__
            assert spec.becomes == name or spec.wrapped


@pytest.mark.parametrize(
    ("name", "sample"),
    [
        ("LazyLinear", (2, 5)),
        ("LazyConv1d", (2, 3, 10)),
        ("LazyConv2d", (2, 3, 10, 10)),
        ("LazyBatchNorm1d", (4, 3)),
        ("LazyBatchNorm2d", (2, 3, 4, 4)),
    ],
)
def test_lazy_layer_becomes_the_class_torch_materializes(name: str, sample: tuple) -> None:
    module = build_module(name, validate_args(name, MINIMAL.get(name, {})))
    module(torch.zeros(sample))
    assert type(module).__name__ == LAYERS[name].becomes


def test_core_catalogue_does_not_import_qt() -> None:
    code = (
        "import sys, core.model.catalogue; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph')]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- schemas follow torch ------------------------------------------------------------------


@pytest.mark.parametrize("name", list(LAYERS))
def test_schema_names_and_defaults_match_the_torch_signature(name: str) -> None:
    spec = LAYERS[name]
    params = inspect.signature(spec.torch_class.__init__).parameters.values()
    named = [
        p for p in params
        if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD) and p.name not in ("self",)
    ]
    expected = [p.name for p in named if p.name not in NOT_OFFERED]
    assert [a.name for a in spec.args] == expected
    by_name = {p.name: p for p in named}
    for arg in spec.args:
        torch_default = by_name[arg.name].default
        assert arg.required == (torch_default is inspect.Parameter.empty), arg.name
        if not arg.required:
            assert arg.default == DEVIATIONS.get((name, arg.name), torch_default), arg.name
            if arg.default is None:
                assert arg.nullable, arg.name
            else:
                # A default must pass its own schema, or a form could not show it.
                assert arg.coerce(arg.default, name) == arg.default


def test_softmax_default_deviation_is_explained() -> None:
    (dim,) = LAYERS["Softmax"].args
    assert dim.default == -1 and dim.nullable and "None" in dim.help


@pytest.mark.parametrize("name", list(LAYERS))
def test_defaults_build_the_same_module_as_torch(name: str) -> None:
    args = MINIMAL.get(name, {})
    assert {a.name for a in LAYERS[name].args if a.required} == set(args)
    deviations = {arg: value for (layer, arg), value in DEVIATIONS.items() if layer == name}
    expected_kwargs = {**args, **deviations}
    expected = LAYERS[name].torch_class(**expected_kwargs)
    assert repr(build_module(name, validate_args(name, args))) == repr(expected)


@pytest.mark.parametrize(("name", "args"), VARIANTS)
def test_non_default_arguments_build_the_same_module_as_torch(name: str, args: dict) -> None:
    expected = LAYERS[name].torch_class(**torch_kwargs(args))
    assert repr(build_module(name, validate_args(name, args))) == repr(expected)


def test_validated_lists_become_tuples_and_round_trip_through_json() -> None:
    valid = validate_args("Conv2d", {"in_channels": 1, "out_channels": 1, "kernel_size": [3, 3]})
    assert valid["kernel_size"] == (3, 3)
    as_json = {k: to_json_value(v) for k, v in valid.items()}
    assert as_json["kernel_size"] == [3, 3]
    assert validate_args("Conv2d", as_json) == valid
    assert validate_args("Conv2d", valid) == valid  # validated args validate again unchanged


def test_none_args_mean_all_defaults() -> None:
    assert validate_args("ReLU", None) == {"inplace": False}
    assert validate_args("Identity", {}) == {}


# --- refusals ------------------------------------------------------------------------------

LINEAR = {"in_features": 20, "out_features": 30}
CONV2D = {"in_channels": 6, "out_channels": 8, "kernel_size": 3}


@pytest.mark.parametrize(
    ("name", "args", "field"),
    [
        ("Linear", {**LINEAR, "in_features": 0}, "in_features"),
        ("Linear", {**LINEAR, "in_features": -1}, "in_features"),
        ("Linear", {**LINEAR, "in_features": "20"}, "in_features"),
        ("Linear", {**LINEAR, "in_features": 2.5}, "in_features"),
        ("Linear", {**LINEAR, "in_features": True}, "in_features"),
        ("Linear", {**LINEAR, "out_features": 2**31}, "out_features"),
        ("Linear", {**LINEAR, "bias": 1}, "bias"),
        ("Linear", {"out_features": 30}, "in_features"),
        ("Linear", {**LINEAR, "in_feature": 20}, "in_feature"),
        ("Identity", {"x": 1}, "x"),
        ("Conv2d", {**CONV2D, "kernel_size": [3, 3, 3]}, "kernel_size"),
        ("Conv1d", {**CONV2D, "kernel_size": [3, 3]}, "kernel_size"),
        ("Conv2d", {**CONV2D, "kernel_size": 0}, "kernel_size"),
        ("Conv2d", {**CONV2D, "padding": -1}, "padding"),
        ("Conv2d", {**CONV2D, "padding": "full"}, "padding"),
        ("Conv2d", {**CONV2D, "padding_mode": "mirror"}, "padding_mode"),
        ("Conv2d", {**CONV2D, "groups": 4}, "groups"),
        ("Conv2d", {**CONV2D, "groups": 3}, "groups"),
        ("Conv2d", {**CONV2D, "groups": 0}, "groups"),
        ("LazyConv2d", {"out_channels": 8, "kernel_size": 3, "groups": 3}, "groups"),
        ("Conv2d", {**CONV2D, "padding": "same", "stride": 2}, "padding"),
        ("Conv1d", {**CONV2D, "padding": "same", "stride": [2]}, "padding"),
        ("MaxPool2d", {"kernel_size": 3, "padding": 2}, "padding"),
        ("AvgPool2d", {"kernel_size": [4, 2], "padding": [2, 2]}, "padding"),
        ("MaxPool2d", {"kernel_size": 2, "stride": 0}, "stride"),
        ("AvgPool2d", {"kernel_size": 2, "divisor_override": 0}, "divisor_override"),
        ("AdaptiveAvgPool2d", {"output_size": [4]}, "output_size"),
        ("Dropout", {"p": 1.5}, "p"),
        ("Dropout", {"p": -0.1}, "p"),
        ("Dropout", {"p": float("nan")}, "p"),
        ("BatchNorm2d", {"num_features": 8, "eps": 0}, "eps"),
        ("BatchNorm2d", {"num_features": 8, "momentum": 1.5}, "momentum"),
        ("LazyBatchNorm1d", {"eps": -1e-5}, "eps"),
        ("LayerNorm", {"normalized_shape": []}, "normalized_shape"),
        ("LayerNorm", {"normalized_shape": [4, 0]}, "normalized_shape"),
        ("GELU", {"approximate": "fast"}, "approximate"),
        ("LeakyReLU", {"negative_slope": float("inf")}, "negative_slope"),
        ("Softmax", {"dim": 1.5}, "dim"),
        ("Flatten", {"start_dim": 3, "end_dim": 1}, "start_dim"),
    ],
)
def test_bad_values_are_refused_naming_the_field(name: str, args: dict, field: str) -> None:
    error = refused(name, args)
    assert field in error.message
    assert error.message.startswith(name)


@pytest.mark.parametrize(
    ("name", "args", "sample"),
    [
        ("Conv2d", {**CONV2D, "groups": 4}, None),
        ("Conv2d", {**CONV2D, "padding": "same", "stride": 2}, None),
        ("MaxPool2d", {"kernel_size": 3, "padding": 2}, (1, 1, 8, 8)),
        ("AvgPool2d", {"kernel_size": [4, 2], "padding": [2, 2]}, (1, 1, 8, 8)),
        ("LayerNorm", {"normalized_shape": []}, (2, 3)),
        ("Flatten", {"start_dim": 3, "end_dim": 1}, (1, 2, 3, 4, 5)),
    ],
)
def test_cross_field_refusals_are_real_torch_failures(
    name: str, args: dict, sample: tuple | None
) -> None:
    """What the catalogue refuses, torch refuses too: at construction or at the first call."""
    refused(name, args)
    with pytest.raises((ValueError, RuntimeError)):
        module = LAYERS[name].torch_class(**torch_kwargs(args))
        if sample is not None:
            module(torch.zeros(sample))


def test_refusal_message_gives_the_allowed_range() -> None:
    message = refused("Linear", {**LINEAR, "in_features": 0}).message
    assert "from 1 to 2147483647" in message and "got 0" in message
    assert "divisor of 6" in refused("Conv2d", {**CONV2D, "groups": 4}).message
    assert "from 0 to 1" in refused("MaxPool2d", {"kernel_size": 3, "padding": 2}).message


def test_arguments_must_be_an_object() -> None:
    refused("Linear", [20, 30])


@pytest.mark.parametrize(
    ("name", "suggestion"), [("Linaer", "Linear"), ("relu", "ReLU"), ("LazyConv2D", "LazyConv2d")]
)
def test_unknown_layer_suggests_the_closest_name(name: str, suggestion: str) -> None:
    with pytest.raises(LabError) as info:
        layer_spec(name)
    assert info.value.kind == UNKNOWN_LAYER
    assert f"Unknown layer {name!r}. Did you mean {suggestion!r}? Available: " in info.value.message
    assert "LazyLinear" in info.value.message
    refused(name, {}, kind=UNKNOWN_LAYER)


@pytest.mark.parametrize("name", [None, 5, ["Linear"], "", "Conv4d"])
def test_unknown_or_non_string_layer_is_refused(name: object) -> None:
    with pytest.raises(LabError) as info:
        layer_spec(name)
    assert info.value.kind == UNKNOWN_LAYER
    assert "Available: " in info.value.message


# --- building ------------------------------------------------------------------------------


def test_build_module_turns_torch_exceptions_into_lab_errors() -> None:
    with pytest.raises(LabError) as info:
        build_module("Conv2d", {**CONV2D, "groups": 4})  # not validated on purpose
    assert info.value.kind == INVALID_ARGUMENT
    assert info.value.message.startswith("Conv2d: ")
    assert "divisible by groups" in info.value.torch_message


def test_build_module_passes_device_only_when_accepted() -> None:
    linear = build_module("Linear", validate_args("Linear", LINEAR), device="meta")
    assert linear.weight.is_meta
    assert not build_module("Linear", validate_args("Linear", LINEAR)).weight.is_meta
    assert isinstance(build_module("ReLU", {"inplace": False}, device="meta"), nn.ReLU)


# --- parameter counts ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("Linear", LINEAR),
        ("Linear", {**LINEAR, "bias": False}),
        ("LazyLinear", {"out_features": 7}),
        ("Conv2d", {**CONV2D, "groups": 2}),
        ("Conv1d", {"in_channels": 3, "out_channels": 5, "kernel_size": 4}),
        ("LazyConv2d", {"out_channels": 5, "kernel_size": 3}),
        ("BatchNorm2d", {"num_features": 8}),
        ("BatchNorm1d", {"num_features": 8, "affine": False, "track_running_stats": False}),
        ("LazyBatchNorm2d", {}),
        ("LayerNorm", {"normalized_shape": [4, 5]}),
        ("ReLU", {}),
        ("Identity", {}),
    ],
)
def test_parameter_count_matches_a_real_build(name: str, args: dict) -> None:
    real = LAYERS[name].torch_class(**torch_kwargs(args))
    assert parameter_count(name, validate_args(name, args)) == real_count(real)


def test_parameter_count_of_a_huge_layer_is_exact_and_allocates_nothing() -> None:
    # Counted on torch's meta device, compared with a 10x10 build scaled up by torch's own shapes.
    args = {"in_features": 100_000, "out_features": 100_000}
    start = time.perf_counter()
    count = parameter_count("Linear", args)
    assert time.perf_counter() - start < 1.0
    with torch.device("meta"):
        meta = nn.Linear(**args)
    assert count == real_count(meta) == 10_000_100_000


def test_parameter_count_refuses_bad_args() -> None:
    with pytest.raises(LabError) as info:
        parameter_count("Linear", {"in_features": 0, "out_features": 1})
    assert info.value.kind == INVALID_ARGUMENT


# --- exported code -------------------------------------------------------------------------


def test_code_args_examples() -> None:
    assert code_args("Linear", {"in_features": 20, "out_features": 256, "bias": True}) == "20, 256"
    assert code_args("LeakyReLU", {"negative_slope": 0.2, "inplace": False}) == "negative_slope=0.2"
    assert code_args("ReLU", validate_args("ReLU", {})) == ""
    assert code_args("Softmax", validate_args("Softmax", {})) == "dim=-1"
    conv = validate_args("Conv2d", {**CONV2D, "kernel_size": [3, 3], "stride": [1, 1]})
    assert code_args("Conv2d", conv) == "6, 8, (3, 3)"


@pytest.mark.parametrize(
    ("name", "args"), [(name, MINIMAL.get(name, {})) for name in LAYERS] + VARIANTS
)
def test_exported_code_rebuilds_the_same_module(name: str, args: dict) -> None:
    valid = validate_args(name, args)
    namespace = {"nn": nn, "torch": torch}
    exec("\n".join(class_lines()), namespace)  # what an exported script defines first
    spec = LAYERS[name]
    constructor = spec.becomes if spec.wrapped else f"nn.{name}"
    rebuilt = eval(f"{constructor}({code_args(name, valid)})", namespace)  # our own code
    assert repr(rebuilt) == repr(build_module(name, valid))
    assert type(rebuilt).__name__ == type(build_module(name, valid)).__name__


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


def test_every_lazy_layer_counts_no_uninitialized_elements() -> None:
    for name, spec in LAYERS.items():
        if spec.lazy:
            module = build_module(name, validate_args(name, MINIMAL.get(name, {})))
            assert parameter_count(name, MINIMAL.get(name, {})) == real_count(module)
