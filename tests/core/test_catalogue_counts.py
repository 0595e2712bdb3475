"""Parameter counts and exported code of the catalogue's layers, checked against modules
torch really builds.
"""

from __future__ import annotations

import time

import pytest
import torch
from torch import nn

from core.errors import INVALID_ARGUMENT, LabError
from core.export.code_classes import class_lines
from core.model.catalogue import LAYERS, build_module, code_args, parameter_count, validate_args
from tests.core.catalogue_helpers import CONV2D, LINEAR, MINIMAL, VARIANTS, real_count, torch_kwargs

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


LEAVES = [name for name, spec in LAYERS.items() if not spec.container]  # blocks: test_blocks


@pytest.mark.parametrize(
    ("name", "args"), [(name, MINIMAL.get(name, {})) for name in LEAVES] + VARIANTS
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


def test_every_lazy_layer_counts_no_uninitialized_elements() -> None:
    for name, spec in LAYERS.items():
        if spec.lazy:
            module = build_module(name, validate_args(name, MINIMAL.get(name, {})))
            assert parameter_count(name, MINIMAL.get(name, {})) == real_count(module)
