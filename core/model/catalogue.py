"""The layer catalogue: which torch.nn layers a person can add, and their argument schemas.

Argument names and defaults come from the torch signatures themselves, so the
catalogue cannot drift from PyTorch; only kinds, ranges, choices and help text
are written by hand. Bad values are refused here, in plain words, before torch
sees them.
"""

from __future__ import annotations

import difflib
import inspect
from dataclasses import dataclass
from typing import Any

import torch
from torch import nn
from torch.nn.parameter import is_lazy

from core.errors import INVALID_ARGUMENT, UNKNOWN_LAYER, LabError
from core.messages import msg
from core.model import schema
from core.model.schema import BOOL, CHOICE, FLOAT, INT, INTS, ArgSpec

GROUPS = ("lazy", "linear_conv", "normalization", "activation", "shape")
GROUP_TITLES = {
    "lazy": msg("Lazy"),
    "linear_conv": msg("Linear & convolution"),
    "normalization": msg("Normalization"),
    "activation": msg("Activation"),
    "shape": msg("Pooling, shape & dropout"),
}

MAX_DIMS = 6  # an input has at most 6 dimensions (core.model.inputs.MAX_DIMS)
MAX_SIZE = 2**31 - 1  # torch stores sizes as int64, but kernels index with int32
TINY = 1e-12  # ArgSpec.minimum is inclusive; eps must be strictly positive

# Signature parameters the catalogue never offers: device/dtype are the lab's business,
# and return_indices=True would make MaxPool2d return a tuple, breaking nn.Sequential.
_SKIPPED = frozenset({"self", "device", "dtype", "return_indices"})


@dataclass(frozen=True)
class LayerSpec:
    """One palette entry: a torch.nn class plus the schema a form is built from."""

    name: str
    group: str
    lazy: bool
    becomes: str
    args: tuple[ArgSpec, ...]
    doc: str
    torch_class: type


def _size(help_text: str) -> dict:
    return {"kind": INT, "minimum": 1, "maximum": MAX_SIZE, "help": help_text}


def _ints(minimum: int, help_text: str) -> dict:
    return {"kind": INTS, "minimum": minimum, "maximum": MAX_SIZE, "help": help_text}


# Hand-written part of each argument, by argument name. ``length`` of kernel-like
# INTS is filled in per layer (1 for *1d, 2 for *2d).
_RULES: dict[str, dict] = {
    "in_features": _size(msg("Size of each input sample (its last dimension).")),
    "out_features": _size(msg("Size of each output sample.")),
    "in_channels": _size(msg("Number of channels of the input.")),
    "out_channels": _size(msg("Number of channels the layer produces (one per filter).")),
    "num_features": _size(msg("Number of channels C of the input (N, C, ...).")),
    "kernel_size": _ints(1, msg("Size of the sliding window.")),
    "stride": _ints(1, msg("Step of the sliding window.")),
    "padding": _ints(0, msg("Zeros added on each side of the input.")),
    "dilation": _ints(1, msg("Spacing between the window's elements.")),
    "groups": {
        "kind": INT, "minimum": 1, "maximum": MAX_SIZE,
        "help": msg("Split channels into this many independent groups; must divide the channels."),
    },
    "bias": {"kind": BOOL, "help": msg("Learn an additive bias.")},
    "padding_mode": {
        "kind": CHOICE, "choices": ("zeros", "reflect", "replicate", "circular"),
        "help": msg("How the padded border is filled."),
    },
    "eps": {
        "kind": FLOAT, "minimum": TINY,
        "help": msg("Small number added to the variance so that it never divides by zero."),
    },
    "momentum": {
        "kind": FLOAT, "minimum": 0, "maximum": 1, "nullable": True,
        "help": msg(
            "Weight of the newest batch in the running statistics; null for a plain average."
        ),
    },
    "affine": {"kind": BOOL, "help": msg("Learn a per-channel scale (weight) and shift (bias).")},
    "track_running_stats": {
        "kind": BOOL, "help": msg("Keep running mean and variance buffers for evaluation mode."),
    },
    "normalized_shape": {
        "kind": INTS, "minimum": 1, "maximum": MAX_SIZE, "length": None,
        "help": msg("Trailing dimensions to normalize over, e.g. [256] or [16, 8, 8]."),
    },
    "elementwise_affine": {"kind": BOOL, "help": msg("Learn a per-element scale and shift.")},
    "inplace": {"kind": BOOL, "help": msg("Overwrite the input instead of allocating the output.")},
    "negative_slope": {"kind": FLOAT, "help": msg("Slope used for negative inputs.")},
    "approximate": {
        "kind": CHOICE, "choices": ("none", "tanh"),
        "help": msg("'tanh' uses the faster tanh approximation of GELU."),
    },
    "dim": {
        "kind": INT, "nullable": True, "minimum": -MAX_DIMS, "maximum": MAX_DIMS - 1,
        "help": msg("Dimension that sums to 1. Defaults to -1 (torch's default is None, which "
        "guesses the dimension and warns)."),
    },
    "start_dim": {
        "kind": INT, "minimum": -MAX_DIMS, "maximum": MAX_DIMS - 1,
        "help": msg("First dimension to flatten (1 keeps the batch)."),
    },
    "end_dim": {
        "kind": INT, "minimum": -MAX_DIMS, "maximum": MAX_DIMS - 1,
        "help": msg("Last dimension to flatten."),
    },
    "ceil_mode": {"kind": BOOL, "help": msg("Round the output size up instead of down.")},
    "count_include_pad": {"kind": BOOL, "help": msg("Count padded zeros in the average.")},
    "divisor_override": {
        "kind": INT, "minimum": 1, "maximum": MAX_SIZE, "nullable": True,
        "help": msg("Divide by this instead of the window size; null to use the window size."),
    },
    "output_size": {
        "kind": INTS, "minimum": 1, "maximum": MAX_SIZE, "length": 2,
        "help": msg("Height and width of the output, whatever the input size."),
    },
    "p": {
        "kind": FLOAT, "minimum": 0, "maximum": 1,
        "help": msg("Probability of zeroing an element."),
    },
}

_WINDOW_ARGS = ("kernel_size", "stride", "padding", "dilation")

# Per layer: {arg: overrides}. Softmax's dim deliberately defaults to -1, not None.
_OVERRIDES: dict[str, dict[str, dict]] = {
    "Softmax": {"dim": {"default": -1}},
    "MaxPool2d": {"stride": {"help": msg("Step of the window; null means equal to kernel_size.")}},
    "AvgPool2d": {"stride": {"help": msg("Step of the window; null means equal to kernel_size.")}},
}

# name, group, dims of kernel-like args (0: none), tooltip.
_TABLE: tuple[tuple[str, str, int, str], ...] = (
    ("LazyLinear", "lazy", 0,
     msg("Fully connected layer whose in_features is inferred at the first forward pass.")),
    ("LazyConv1d", "lazy", 1,
     msg("1D convolution whose in_channels is inferred at the first forward pass.")),
    ("LazyConv2d", "lazy", 2,
     msg("2D convolution whose in_channels is inferred at the first forward pass.")),
    ("LazyBatchNorm1d", "lazy", 0,
     msg("1D batch normalization whose num_features is inferred at the first forward pass.")),
    ("LazyBatchNorm2d", "lazy", 0,
     msg("2D batch normalization whose num_features is inferred at the first forward pass.")),
    ("Linear", "linear_conv", 0,
     msg("Fully connected layer: y = x W^T + b, with in_features given up front.")),
    ("Conv1d", "linear_conv", 1, msg("1D convolution over sequences shaped (N, C, L).")),
    ("Conv2d", "linear_conv", 2, msg("2D convolution over images shaped (N, C, H, W).")),
    ("BatchNorm1d", "normalization", 0,
     msg("Normalizes each channel over the batch, for inputs shaped (N, C) or (N, C, L).")),
    ("BatchNorm2d", "normalization", 0,
     msg("Normalizes each channel over the batch, for images shaped (N, C, H, W).")),
    ("LayerNorm", "normalization", 0,
     msg("Normalizes each sample over its trailing dimensions, independently of the batch.")),
    ("ReLU", "activation", 0, msg("Keeps positive values and replaces negative ones with zero.")),
    ("LeakyReLU", "activation", 0, msg("Like ReLU, but negative values keep a small slope.")),
    ("GELU", "activation", 0, msg("Smooth ReLU-like activation used in transformers.")),
    ("Tanh", "activation", 0, msg("Squashes values into (-1, 1).")),
    ("Sigmoid", "activation", 0, msg("Squashes values into (0, 1).")),
    ("Softmax", "activation", 0, msg("Turns scores along one dimension into probabilities.")),
    ("Flatten", "shape", 0,
     msg("Merges a range of dimensions into one, e.g. images into vectors.")),
    ("MaxPool2d", "shape", 2, msg("Keeps the largest value of each window, shrinking images.")),
    ("AvgPool2d", "shape", 2, msg("Averages each window, shrinking images.")),
    ("AdaptiveAvgPool2d", "shape", 2,
     msg("Averages into a fixed output height and width, whatever the input size.")),
    ("Dropout", "shape", 0, msg("Randomly zeroes elements while training, to reduce overfitting.")),
    ("Identity", "shape", 0, msg("Returns its input unchanged; a placeholder.")),
)


def _signature_params(cls: type) -> list[inspect.Parameter]:
    """Named parameters of ``cls.__init__`` a person may set (no *args/**kwargs)."""
    params = inspect.signature(cls.__init__).parameters.values()
    named = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    return [p for p in params if p.kind in named and p.name not in _SKIPPED]


def _arg_spec(layer: str, dims: int, param: inspect.Parameter) -> ArgSpec:
    required = param.default is inspect.Parameter.empty
    fields: dict[str, Any] = {"default": None if required else param.default}
    fields.update(_RULES[param.name])
    if param.name in _WINDOW_ARGS:
        fields["length"] = dims
    if param.name == "padding" and layer.startswith(("Conv", "LazyConv")):
        fields["alt_choices"] = ("same", "valid")
        fields["help"] = msg(
            "{help} 'same' keeps the size (stride 1 only); 'valid' adds none.",
            help=fields["help"],
        )
    fields.update(_OVERRIDES.get(layer, {}).get(param.name, {}))
    if fields["default"] is None and not required:
        fields["nullable"] = True
    return ArgSpec(name=param.name, required=required, **fields)


def _make_spec(name: str, group: str, dims: int, doc: str) -> LayerSpec:
    cls = getattr(nn, name)
    params = _signature_params(cls)
    unknown = [p for p in params if p.name not in _RULES]
    for param in unknown:
        # A newer torch added an argument: optional ones keep torch's default, required ones
        # cannot be guessed, so fail loudly at import rather than at the first build.
        if param.default is inspect.Parameter.empty:
            raise RuntimeError(f"catalogue: no rule for required argument {name}.{param.name}")
    args = tuple(_arg_spec(name, dims, p) for p in params if p not in unknown)
    becomes = getattr(cls, "cls_to_become", None) or cls
    lazy = issubclass(cls, nn.modules.lazy.LazyModuleMixin)
    return LayerSpec(name, group, lazy, becomes.__name__, args, doc, cls)


LAYERS: dict[str, LayerSpec] = {row[0]: _make_spec(*row) for row in _TABLE}


def layer_spec(name: object) -> LayerSpec:
    """The spec for ``name``, or ``unknown_layer`` with a did-you-mean suggestion."""
    if isinstance(name, str) and name in LAYERS:
        return LAYERS[name]
    hint = ""
    if isinstance(name, str):
        close = difflib.get_close_matches(name, LAYERS, n=1)
        if not close:
            lowered = {key.lower(): key for key in LAYERS}
            close = [lowered[m] for m in difflib.get_close_matches(name.lower(), lowered, n=1)]
        if close:
            hint = msg(" Did you mean {name}?", name=repr(close[0]))
    shown = repr(name) if len(repr(name)) <= 60 else repr(name)[:57] + "..."
    raise LabError(
        UNKNOWN_LAYER,
        msg(
            "Unknown layer {shown}.{hint} Available: {names}.",
            shown=shown, hint=hint, names=", ".join(LAYERS),
        ),
    )


def _pair(value: Any, dims: int) -> tuple:
    """An int-or-tuple window argument as a tuple of ``dims`` ints."""
    return tuple(value) if isinstance(value, tuple) else (value,) * dims


def _refuse(message: str) -> None:
    raise LabError(INVALID_ARGUMENT, message)


def _check_conv(name: str, valid: dict) -> None:
    groups = valid["groups"]
    for field in ("in_channels", "out_channels"):
        if field in valid and valid[field] % groups:
            _refuse(
                msg(
                    "{name}: groups must divide {field} ({value}); "
                    "groups={groups} does not. Allowed: a divisor of {value}.",
                    name=name, field=field, value=valid[field], groups=groups,
                )
            )
    if valid["padding"] == "same" and any(s != 1 for s in _pair(valid["stride"], 1)):
        _refuse(
            msg(
                "{name}: padding='same' needs stride 1, got stride={stride}. "
                "Use stride 1 or give padding as integers (at least 0).",
                name=name, stride=repr(valid["stride"]),
            )
        )


def _check_pool_padding(name: str, valid: dict) -> None:
    kernel, padding = _pair(valid["kernel_size"], 2), _pair(valid["padding"], 2)
    if any(p > k // 2 for p, k in zip(padding, kernel, strict=True)):
        limit = ", ".join(str(k // 2) for k in kernel)
        _refuse(
            msg(
                "{name}: padding must be at most half of kernel_size (from 0 to {limit}), "
                "got padding={padding} with kernel_size={kernel_size}.",
                name=name, limit=limit, padding=repr(valid["padding"]),
                kernel_size=repr(valid["kernel_size"]),
            )
        )


def validate_args(name: str, args: dict | None) -> dict:
    """Checked, normalised arguments for ``name`` (defaults filled, lists made tuples).

    Besides the per-field schema, refuses combinations torch would reject
    obscurely, at construction or only at the first forward pass.
    """
    spec = layer_spec(name)
    valid = schema.validate(spec.args, {} if args is None else args, owner=spec.name)
    if "groups" in valid:
        _check_conv(spec.name, valid)
    if spec.name in ("MaxPool2d", "AvgPool2d"):
        _check_pool_padding(spec.name, valid)
    if spec.name == "LayerNorm" and valid["normalized_shape"] == ():
        _refuse(msg("LayerNorm: normalized_shape must hold at least one integer of at least 1."))
    if spec.name == "Flatten":
        start, end = valid["start_dim"], valid["end_dim"]
        if (start >= 0) == (end >= 0) and start > end:
            _refuse(
                msg("Flatten: start_dim ({start}) must be at most end_dim ({end}).",
                    start=start, end=end)
            )
    return valid


def _explain(exc: BaseException) -> str:
    text = str(exc).lower()
    if isinstance(exc, MemoryError) or "memory" in text or "overflow" in text:
        return msg("its parameters are too large to allocate; use smaller sizes")
    return msg("PyTorch refused these arguments (see PyTorch's message)")


def build_module(name: str, args: dict, device: Any = None) -> nn.Module:
    """A fresh module from validated ``args``; any torch failure becomes a LabError."""
    spec = layer_spec(name)
    kwargs = dict(args)
    if device is not None and "device" in inspect.signature(spec.torch_class.__init__).parameters:
        kwargs["device"] = device
    try:
        return spec.torch_class(**kwargs)
    except Exception as exc:  # torch raises many exception types; all mean bad arguments
        raise LabError(
            INVALID_ARGUMENT,
            msg("{layer}: {reason}.", layer=spec.name, reason=_explain(exc)),
            torch_message=str(exc),
        ) from exc


def parameter_count(name: str, args: dict) -> int:
    """Parameter and buffer elements the layer allocates when built (lazy ones count 0).

    Built on the meta device, so a huge layer is counted without allocating it.
    """
    spec = layer_spec(name)
    valid = validate_args(spec.name, args)
    try:
        with torch.device("meta"):
            module = spec.torch_class(**valid)
    except Exception as exc:  # same contract as build_module
        raise LabError(
            INVALID_ARGUMENT,
            msg("{layer}: {reason}.", layer=spec.name, reason=_explain(exc)),
            torch_message=str(exc),
        ) from exc
    tensors = [*module.parameters(), *module.buffers()]
    return sum(t.numel() for t in tensors if not is_lazy(t))


def _same(value: Any, default: Any) -> bool:
    """Whether ``value`` means torch's default; (1, 1) means 1 for a window argument."""
    if isinstance(value, (tuple, list)) and type(default) is int:
        return all(type(v) is int and v == default for v in value)
    return type(value) is type(default) and value == default


def code_args(name: str, args: dict) -> str:
    """Constructor arguments as Python source, for exporting runnable PyTorch code.

    Required arguments are positional; others appear as keywords only when they
    differ from torch's own default (so Softmax's catalogue default -1 is written).
    """
    spec = layer_spec(name)
    defaults = {p.name: p.default for p in _signature_params(spec.torch_class)}
    parts = []
    for arg in spec.args:
        if arg.name not in args:
            continue
        value = args[arg.name]
        if arg.required:
            parts.append(repr(value))
        elif not _same(value, defaults[arg.name]):
            parts.append(f"{arg.name}={value!r}")
    return ", ".join(parts)
