"""The catalogue of ``torch.nn.init`` initializers a person can apply.

Argument names and defaults come from the torch signatures themselves, so the
schema cannot drift from PyTorch; kinds, ranges and help are added by hand so a
form can offer valid values and a bad value is refused before PyTorch sees it.
"""

from __future__ import annotations

import difflib
import math
from typing import Any

import torch
from torch.nn import init
from torch.nn.parameter import is_lazy

from core.errors import INVALID_ARGUMENT, UNINITIALIZED, UNKNOWN_INITIALIZER, LabError
from core.messages import msg
from core.model import trunc_normal
from core.model.init_specs import (  # noqa: F401 (re-exported: the catalogue's public names)
    _TAKES_GENERATOR,
    FAMILIES,
    INITIALIZERS,
    NONLINEARITIES,
    InitializerSpec,
)
from core.model.schema import FLOAT32_MAX, validate

# What each shaped initializer needs, and which tensors to aim it at.
_WEIGHTS_HINT = (
    msg("Target weights of Linear or convolution layers, not biases or normalization layers.")
)
_LINEAR_HINT = msg("Target the weight of a Linear layer.")
_DIMS_NEED = {
    "eye_": (msg("exactly 2 dimensions (a matrix)"), _LINEAR_HINT),
    "sparse_": (msg("exactly 2 dimensions (rows and columns)"), _LINEAR_HINT),
    "orthogonal_": (msg("at least 2 dimensions (rows and columns)"), _WEIGHTS_HINT),
    "dirac_": (
        msg("3 to 5 dimensions (out_channels, in_channels and the kernel)"),
        msg("Target the weight of a Conv1d, Conv2d or Conv3d layer."),
    ),
}
_FAN_NEED = (msg("at least 2 dimensions (fan_in and fan_out)"), _WEIGHTS_HINT)


def initializer_spec(name: object) -> InitializerSpec:
    """Look an initializer up, suggesting the closest name on a typo."""
    if isinstance(name, str) and name in INITIALIZERS:
        return INITIALIZERS[name]
    suggestion = _suggest(name) if isinstance(name, str) else None
    hint = msg(" Did you mean {name}?", name=repr(suggestion)) if suggestion else ""
    message = msg(
        "Unknown initializer {name}.{hint} Available: {names}.",
        name=repr(name), hint=hint, names=", ".join(INITIALIZERS),
    )
    raise LabError(UNKNOWN_INITIALIZER, message)


def _suggest(name: str) -> str | None:
    """Missing underscore or capitals first, then a prefix in menu order, then difflib."""
    key = name.strip().lower()
    for candidate in (key, key + "_"):
        if candidate in INITIALIZERS:
            return candidate
    if key:
        for candidate in INITIALIZERS:
            if candidate.startswith(key):
                return candidate
    close = difflib.get_close_matches(key, INITIALIZERS, n=1, cutoff=0.5)
    return close[0] if close else None


def validate_init_args(name: str, args: dict | None) -> dict:
    """Check and complete ``args`` for ``name``: schema first, then cross-field rules."""
    spec = initializer_spec(name)
    raw = {} if args is None else args
    gain_dict = None
    takes_gain = any(arg.name == "gain" for arg in spec.args)
    if takes_gain and isinstance(raw, dict) and isinstance(raw.get("gain"), dict):
        gain_dict = _gain_dict(raw["gain"], spec.name)
        raw = {key: value for key, value in raw.items() if key != "gain"}
    result = validate(spec.args, raw, spec.name)
    if gain_dict is not None:
        result["gain"] = gain_dict
    if name == "uniform_" and result["b"] < result["a"]:
        # torch accepts a == b (every weight equals a) but refuses a > b.
        _refuse(
            msg("uniform_: b must be a number of at least a = {a}", a=_num(result["a"])),
            result["b"],
        )
    if name == "trunc_normal_":
        _check_trunc_normal(result)
    return result


def _check_trunc_normal(args: dict) -> None:
    """Accept what torch's trunc_normal_ accepts, except values that crash or hang it."""
    lo, hi, mean, std = args["a"], args["b"], args["mean"], args["std"]
    if std <= 0:
        _refuse(msg("trunc_normal_: std must be a number greater than 0 (at 0 PyTorch divides "
                    "by zero; below 0 it would draw as if std were -std)"), std)
    if hi < lo:
        # torch accepts a == b (every weight equals a) but refuses a > b.
        _refuse(msg("trunc_normal_: b must be a number of at least a = {a}", a=_num(lo)), hi)
    if trunc_normal.kept_fraction(mean, std, lo, hi) < trunc_normal.MIN_KEPT:
        low, high = trunc_normal.mean_range(std, lo, hi)
        if lo == hi:
            _refuse(msg(
                "trunc_normal_: mean must be from {low} to {high} for std {std} and a = b = "
                "{a}. Further away, float32 rounding in PyTorch's sampler can reject every "
                "draw, and it then draws for ever (PyTorch itself does not refuse)",
                low=_short(low), high=_short(high), std=_num(std), a=_num(lo)), mean)
        _refuse(
            msg(
                "trunc_normal_: mean must be from {low} to {high} for std {std} and [a, b] = "
                "[{a}, {b}]. Further from [a, b], PyTorch's sampler keeps under {percent}% of "
                "its draws per round and can take minutes to fill a weight (PyTorch itself "
                "does not refuse)",
                low=_short(low), high=_short(high), std=_num(std), a=_num(lo), b=_num(hi),
                percent=round(trunc_normal.MIN_KEPT * 100),
            ),
            mean,
        )


def _short(number: float) -> str:
    return f"{number:.4g}"


def _refuse(what: str, value: Any) -> None:
    shown = _num(value)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    raise LabError(INVALID_ARGUMENT, msg("{what}, got {shown}.", what=what, shown=shown))


_GAIN_FORMS = msg(
    "gain must be a number, a nonlinearity name ({names}), "
    "or {{'nonlinearity': 'leaky_relu', 'param': 0.2}}",
    names=", ".join(NONLINEARITIES),
)


def _owned(owner: str, what: str) -> str:
    """``what`` prefixed with the initializer it concerns ("xavier_uniform_: ...")."""
    return msg("{owner}: {what}", owner=owner, what=what) if owner else what




def _gain_dict(gain: dict, owner: str = "") -> dict:
    """The normalised dict form of a gain: {"nonlinearity": name[, "param": slope]}."""
    extra = set(gain) - {"nonlinearity", "param"}
    nonlinearity = gain.get("nonlinearity")
    if extra or nonlinearity not in NONLINEARITIES:
        _refuse(_owned(owner, _GAIN_FORMS), gain)
    param = gain.get("param")
    if param is None:
        return {"nonlinearity": nonlinearity}
    if nonlinearity != "leaky_relu":
        _refuse(
            _owned(owner, msg("gain's param (a negative slope) only applies to 'leaky_relu'")),
            gain,
        )
    if not _is_number(param) or abs(param) > FLOAT32_MAX:
        # float32's range also keeps calculate_gain, which squares the slope, from overflowing
        _refuse(
            _owned(owner, msg("gain's param must be a number that fits in float32 (|x| ≤ "
                              "3.4028e+38): the leaky slope")),
            param,
        )
    return {"nonlinearity": nonlinearity, "param": float(param)}


def _is_number(value: Any) -> bool:
    """A finite int or float (not a bool, and not an int too large for a float)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def resolve_gain(gain: Any) -> float:
    """Turn a number, a nonlinearity name or the leaky_relu dict form into a gain."""
    if isinstance(gain, dict):
        form = _gain_dict(gain)
        return float(init.calculate_gain(form["nonlinearity"], form.get("param")))
    if isinstance(gain, str) and gain in NONLINEARITIES:
        return float(init.calculate_gain(gain))
    if _is_number(gain):  # each initializer's ArgSpec has already checked the sign
        return float(gain)
    _refuse(_GAIN_FORMS, gain)
    raise AssertionError  # unreachable: _refuse raises


def apply_initializer(
    name: str,
    args: dict,
    tensor: torch.Tensor,
    generator: torch.Generator | None = None,
    scratch: bool = False,
) -> None:
    """Apply ``torch.nn.init.<name>`` in place with already validated ``args``.

    It runs on a copy that is written back only on success, so a refusal
    leaves the tensor unchanged. ``scratch=True`` says the tensor is already a
    throw-away copy (the Lab's, discarded on failure): it is then written
    directly, sparing a copy of the whole tensor (64 MiB for 4096x4096).
    """
    spec = initializer_spec(name)
    if name == "default":
        raise ValueError("'default' means each layer's reset_parameters(); it has no tensor form")
    _check_tensor(spec, args, tensor)
    kwargs = dict(args)
    if "gain" in kwargs:
        kwargs["gain"] = resolve_gain(kwargs["gain"])
    if generator is not None and name in _TAKES_GENERATOR:
        kwargs["generator"] = generator
    with torch.no_grad():
        work = tensor.detach() if scratch else tensor.detach().clone()
        try:
            getattr(init, name)(work, **kwargs)
        except Exception as exc:
            raise LabError(
                INVALID_ARGUMENT,
                msg(
                    "PyTorch could not apply {init} to a tensor of shape "
                    "{shape} ({dtype}); the values may not suit this tensor, "
                    "see PyTorch's message.",
                    init=describe(name, args), shape=_shape(tensor), dtype=str(tensor.dtype),
                ),
                torch_message=str(exc) or type(exc).__name__,
            ) from exc
        if not scratch:
            tensor.copy_(work)


def _check_tensor(spec: InitializerSpec, args: dict, tensor: torch.Tensor) -> None:
    """Refuse, in the network's terms, tensors that torch would refuse or crash on."""
    if is_lazy(tensor):
        raise LabError(
            UNINITIALIZED,
            msg(
                "{init} cannot be applied yet: this weight is uninitialized (a lazy layer "
                "learns its shape on the first forward pass). Run a forward pass first.",
                init=spec.name,
            ),
        )
    dims = tensor.dim()
    if dims < spec.min_dims or (spec.max_dims is not None and dims > spec.max_dims):
        raise LabError(INVALID_ARGUMENT, _dims_message(spec, tensor))
    if not tensor.is_floating_point():
        raise LabError(
            INVALID_ARGUMENT,
            msg(
                "{init} needs a floating-point tensor; this one holds {dtype}.",
                init=spec.name, dtype=str(tensor.dtype),
            ),
        )
    if spec.name == "dirac_" and tensor.shape[0] % args.get("groups", 1):
        groups = args.get("groups", 1)
        raise LabError(
            INVALID_ARGUMENT,
            msg(
                "dirac_: groups = {groups} must divide the tensor's first dimension "
                "(out_channels = {out_channels}); this one has shape {shape}.",
                groups=groups, out_channels=tensor.shape[0], shape=_shape(tensor),
            ),
        )


def _dims_message(spec: InitializerSpec, tensor: torch.Tensor) -> str:
    need, hint = _DIMS_NEED.get(spec.name, _FAN_NEED)
    return msg(
        "{init} needs a tensor with {need}; this one has shape {shape}. {hint}",
        init=spec.name, need=need, shape=_shape(tensor), hint=hint,
    )

def _shape(tensor: torch.Tensor) -> str:
    return str(tuple(tensor.shape))


def _changed(name: str, args: dict) -> list[tuple[str, Any]]:
    """The arguments worth showing: required ones and those that differ from the default."""
    return [
        (spec.name, args[spec.name])
        for spec in initializer_spec(name).args
        if spec.name in args and (spec.required or args[spec.name] != spec.default)
    ]


def describe(name: str, args: dict) -> str:
    """A short label for legends and logs: ``normal_(std=0.01)``, ``default``."""
    shown = ", ".join(f"{key}={_label(value)}" for key, value in _changed(name, args))
    return f"{name}({shown})" if shown else name


def _label(value: Any) -> str:
    if isinstance(value, dict):
        param = value.get("param")
        return value["nonlinearity"] + ("" if param is None else f"({_num(param)})")
    return value if isinstance(value, str) else _num(value)


def code_call(name: str, args: dict, tensor_expr: str) -> str:
    """Python source applying the initializer, for ``import torch; from torch import nn``."""
    if name == "default":
        raise ValueError("'default' means each layer's reset_parameters(); it has no tensor form")
    parts = [tensor_expr]
    for key, value in _changed(name, args):
        if key == "gain" and isinstance(value, str):
            value_src = f"nn.init.calculate_gain({value!r})"
        elif key == "gain" and isinstance(value, dict):
            extra = "" if value.get("param") is None else f", {value['param']!r}"
            value_src = f"nn.init.calculate_gain({value['nonlinearity']!r}{extra})"
        else:
            value_src = repr(value)
        parts.append(f"{key}={value_src}")
    return f"nn.init.{name}({', '.join(parts)})"


def _num(value: Any) -> str:
    """Numbers as short as is exact: 0.0 -> "0", 0.01 -> "0.01"."""
    if isinstance(value, float) and not isinstance(value, bool):
        text = repr(value)
        return text.removesuffix(".0")
    return repr(value)

