"""The catalogue refuses bad layer arguments naming the field, as torch would fail, and
builds modules turning torch's exceptions into lab errors.
"""

from __future__ import annotations

import pytest
import torch
from torch import nn

from core.errors import INVALID_ARGUMENT, UNKNOWN_LAYER, LabError
from core.model.catalogue import LAYERS, build_module, layer_spec, validate_args
from tests.core.catalogue_helpers import CONV2D, LINEAR, refused, torch_kwargs


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
