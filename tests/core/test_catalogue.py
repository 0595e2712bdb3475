"""The catalogue against torch itself: the palette, and schemas whose defaults and built
modules are computed by torch here.

Refusals, parameter counts and exported code, and property tests are in the other
test_catalogue_*.py modules; shared arguments in tests/core/catalogue_helpers.py.
"""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest
import torch
from torch import nn

from core.model.catalogue import GROUP_TITLES, GROUPS, LAYERS, build_module, validate_args
from core.model.schema import to_json_value
from tests.core.catalogue_helpers import MINIMAL, VARIANTS, torch_kwargs

REQUIRED_NAMES = (
    "Linear", "LazyLinear", "Conv1d", "Conv2d", "LazyConv1d", "LazyConv2d", "BatchNorm1d",
    "BatchNorm2d", "LazyBatchNorm1d", "LazyBatchNorm2d", "LayerNorm", "ReLU", "LeakyReLU",
    "GELU", "Tanh", "Sigmoid", "Softmax", "Flatten", "MaxPool2d", "AvgPool2d",
    "AdaptiveAvgPool2d", "Dropout", "Identity",
)


# Deliberate deviations from torch's defaults, documented in the catalogue.
DEVIATIONS = {("Softmax", "dim"): -1, ("TransformerEncoderLayer", "activation"): "relu"}


# Never offered: the lab's device/dtype, tuple outputs, Embedding's private ready tensor and
# its max_norm, which rewrites the weight during forward (catalogue._SKIPPED says why).
NOT_OFFERED = ("device", "dtype", "return_indices", "_weight", "_freeze", "max_norm",
               "norm_type")


LEAVES = [name for name, spec in LAYERS.items() if not spec.container]  # blocks: test_blocks


# --- the palette ---------------------------------------------------------------------------


def test_palette_has_every_layer_in_a_known_group() -> None:
    assert set(REQUIRED_NAMES) <= set(LAYERS)
    assert set(GROUP_TITLES) == set(GROUPS)
    order = [GROUPS.index(spec.group) for spec in LAYERS.values()]
    assert order == sorted(order), "palette order follows GROUPS"
    for name, spec in LAYERS.items():
        assert spec.name == name
        # torch's own class, (recurrent layers, attention) its single-output subclass,
        # or (blocks) nn.Sequential and the lab's Residual and Concat
        assert spec.torch_class is getattr(nn, name, None) or (
            spec.wrapped and issubclass(spec.torch_class, getattr(nn, name, nn.Module)))
        assert spec.container == (spec.group == "blocks")
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


@pytest.mark.parametrize("name", LEAVES)
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


@pytest.mark.parametrize("name", LEAVES)
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
