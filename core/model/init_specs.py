"""The ``torch.nn.init`` initializers a person can apply, and the arguments each takes.

Argument names and defaults come from the torch signatures themselves, so the
schema cannot drift from PyTorch; kinds, ranges and help are added by hand. A range
narrower than PyTorch's carries its reason (``ArgSpec.why``), shown in every refusal.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, replace

from torch.nn import init

from core.messages import msg
from core.model.schema import CHOICE, FLOAT, INT, ArgSpec

# The names torch.nn.init.calculate_gain accepts (its ``nonlinearity`` Literal).
NONLINEARITIES: tuple[str, ...] = (
    "linear",
    "conv1d",
    "conv2d",
    "conv3d",
    "conv_transpose1d",
    "conv_transpose2d",
    "conv_transpose3d",
    "sigmoid",
    "tanh",
    "relu",
    "leaky_relu",
    "selu",
)

FAMILIES = (
    "default",
    "basic",
    "constant",
    "structured",
    "xavier",
    "kaiming",
    "orthogonal",
    "sparse",
)


@dataclass(frozen=True)
class InitializerSpec:
    """One initializer: the arguments it takes and the tensors it fits."""

    name: str
    args: tuple[ArgSpec, ...]
    min_dims: int
    max_dims: int | None
    doc: str
    family: str


_GAIN = ArgSpec(
    "gain",
    FLOAT,
    minimum=0.0,
    alt_choices=NONLINEARITIES,
    help=msg("Scale factor: a number, or a nonlinearity whose recommended gain to use."),
)
# orthogonal_ multiplies its matrix by gain, so PyTorch takes any sign.
_ANY_GAIN = replace(_GAIN, minimum=None, why="")
_STD = ArgSpec("std", FLOAT, minimum=0.0, help=msg(
    "Standard deviation of the normal distribution."
))
_MEAN = ArgSpec("mean", FLOAT, help=msg("Mean of the normal distribution."))
_KAIMING = (
    ArgSpec(
        "a",
        FLOAT,
        help=msg("Negative slope of the leaky ReLU after this layer (only used with leaky_relu)."),
    ),
    ArgSpec(
        "mode",
        CHOICE,
        choices=("fan_in", "fan_out"),
        help=msg("fan_in keeps the forward signal's variance, fan_out the gradients'."),
    ),
    ArgSpec(
        "nonlinearity",
        CHOICE,
        choices=NONLINEARITIES,
        help=msg("The activation after this layer; it sets the gain."),
    ),
)


def _spec(
    name: str,
    family: str,
    doc: str,
    hand: tuple[ArgSpec, ...] = (),
    min_dims: int = 0,
    max_dims: int | None = None,
) -> InitializerSpec:
    """Complete hand-written ArgSpecs with names, order and defaults from torch's signature."""
    by_name = {spec.name: spec for spec in hand}
    args = []
    for param in inspect.signature(getattr(init, name)).parameters.values():
        if param.name in ("tensor", "generator"):
            continue
        spec = by_name.pop(param.name)  # KeyError: torch grew an argument we do not describe
        if param.default is inspect.Parameter.empty:
            spec = replace(spec, default=None, required=True)
        else:
            default = float(param.default) if spec.kind == FLOAT else param.default
            spec = replace(spec, default=default, required=False)
        args.append(spec)
    if by_name:
        raise AssertionError(f"{name} has no argument(s) {sorted(by_name)}")
    return InitializerSpec(name, tuple(args), min_dims, max_dims, doc, family)


_SPECS = (
    InitializerSpec(
        "default",
        (),
        0,
        None,
        msg(
            "Keeps each layer's own reset_parameters() initialization, what PyTorch does by "
            "default."
        ),
        "default",
    ),
    _spec(
        "xavier_uniform_",
        "xavier",
        msg("Uniform in ±gain·√(6/(fan_in+fan_out)), keeping the signal's variance steady "
        "forwards and backwards (Glorot)."),
        (_GAIN,),
        min_dims=2,
    ),
    _spec(
        "xavier_normal_",
        "xavier",
        msg("Normal with std gain·√(2/(fan_in+fan_out)), keeping the signal's variance steady "
        "forwards and backwards (Glorot)."),
        (_GAIN,),
        min_dims=2,
    ),
    _spec(
        "kaiming_uniform_",
        "kaiming",
        msg(
            "Uniform in ±gain·√(3/fan), scaled so the variance survives ReLU-like activations "
            "(He)."
        ),
        _KAIMING,
        min_dims=2,
    ),
    _spec(
        "kaiming_normal_",
        "kaiming",
        msg(
            "Normal with std gain/√fan, scaled so the variance survives ReLU-like activations "
            "(He)."
        ),
        _KAIMING,
        min_dims=2,
    ),
    _spec(
        "orthogonal_",
        "orthogonal",
        msg("A (semi-)orthogonal matrix times gain, which preserves the length of vectors "
        "passing through the layer."),
        (_ANY_GAIN,),
        min_dims=2,
    ),
    _spec(
        "uniform_",
        "basic",
        msg("Draws every weight uniformly from [a, b), whatever the layer's size."),
        (
            ArgSpec("a", FLOAT, help=msg("Lower bound.")),
            ArgSpec("b", FLOAT, help=msg("Upper bound (at least a).")),
        ),
    ),
    _spec(
        "normal_",
        "basic",
        msg(
            "Draws every weight from the normal distribution N(mean, std²), whatever the layer's "
            "size."
        ),
        (_MEAN, _STD),
    ),
    _spec(
        "trunc_normal_",
        "basic",
        msg(
            "Draws from N(mean, std²) and redraws any value outside [a, b], so no weight is "
            "extreme."
        ),
        (
            _MEAN,
            # minimum None: std <= 0 is refused with its reason in validate_init_args
            replace(_STD, minimum=None,
                    help=msg("Standard deviation of the normal distribution (above 0).")),
            ArgSpec("a", FLOAT, help=msg("Lowest value kept.")),
            ArgSpec("b", FLOAT, help=msg("Highest value kept (at least a).")),
        ),
    ),
    _spec(
        "constant_",
        "constant",
        msg("Sets every weight to val, so all units start out identical."),
        (ArgSpec("val", FLOAT, help=msg("The value every weight gets.")),),
    ),
    _spec("ones_", "constant", msg("Sets every weight to 1, so all units start out identical.")),
    _spec("zeros_", "constant", msg("Sets every weight to 0, so all units start out identical.")),
    _spec(
        "eye_",
        "structured",
        msg(
            "Sets a 2-D weight to the identity matrix, so a Linear layer first passes inputs "
            "through."
        ),
        min_dims=2,
        max_dims=2,
    ),
    _spec(
        "dirac_",
        "structured",
        msg(
            "Sets a convolution weight to a Dirac delta, so the layer first passes channels "
            "through."
        ),
        (
            ArgSpec(
                "groups",
                INT,
                minimum=1,
                help=msg("Groups of the convolution; must divide out_channels."),
                why=msg("PyTorch would divide by zero at 0"),
            ),
        ),
        min_dims=3,
        max_dims=5,
    ),
    _spec(
        "sparse_",
        "sparse",
        msg("Zeros the fraction sparsity of each column and draws the rest from N(0, std²)."),
        (
            ArgSpec(
                "sparsity",
                FLOAT,
                minimum=0.0,
                maximum=1.0,
                help=msg("Fraction of each column set to zero."),
                why=msg(
                    "a fraction; PyTorch does not check it, and outside 0 to 1 it zeroes every "
                    "row, or some rows for a negative value, which no fraction means"
                ),
            ),
            replace(_STD, help=msg("Standard deviation of the non-zero weights.")),
        ),
        min_dims=2,
        max_dims=2,
    ),
)

INITIALIZERS: dict[str, InitializerSpec] = {spec.name: spec for spec in _SPECS}

# Which torch functions take a ``generator`` (the constant/structured ones draw nothing).
_TAKES_GENERATOR = frozenset(
    name
    for name in INITIALIZERS
    if name != "default" and "generator" in inspect.signature(getattr(init, name)).parameters
)
