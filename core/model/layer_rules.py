"""Hand-written part of every layer argument: kind, range, choices and help text.

Names and defaults come from the torch signatures (core.model.catalogue); these rules
say what a form offers and what the lab refuses, by argument name.
"""

from __future__ import annotations

from core.messages import msg
from core.model.schema import BOOL, CHOICE, FLOAT, INT, INTS

MAX_DIMS = 6  # an input has at most 6 dimensions (core.model.inputs.MAX_DIMS)
MAX_SIZE = 2**31 - 1  # torch stores sizes as int64, but kernels index with int32
TINY = 1e-12  # ArgSpec.minimum is inclusive; eps must be strictly positive


def _size(help_text: str) -> dict:
    return {"kind": INT, "minimum": 1, "maximum": MAX_SIZE, "help": help_text}


def _ints(minimum: int, help_text: str) -> dict:
    return {"kind": INTS, "minimum": minimum, "maximum": MAX_SIZE, "help": help_text}


# Hand-written part of each argument, by argument name. ``length`` of kernel-like
# INTS is filled in per layer (1 for *1d, 2 for *2d, 3 for *3d).
RULES: dict[str, dict] = {
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
    "output_size": _ints(1, msg("Size of the output (per spatial dimension), whatever the "
                                "input size.")),
    "p": {
        "kind": FLOAT, "minimum": 0, "maximum": 1,
        "help": msg("Probability of zeroing an element."),
    },
    "output_padding": _ints(0, msg(
        "Size added to one side of the output, to choose among the sizes a stride allows.")),
    "num_embeddings": _size(msg("Number of ids: the input holds integers from 0 to this - 1.")),
    "embedding_dim": _size(msg("Size of each embedding vector.")),
    "padding_idx": {
        "kind": INT, "nullable": True, "minimum": -MAX_SIZE, "maximum": MAX_SIZE,
        "help": msg("Id whose vector is zero and gets no gradient; null for none."),
    },
    "scale_grad_by_freq": {
        "kind": BOOL, "help": msg("Scale gradients by the inverse frequency of ids in the batch."),
    },
    "sparse": {"kind": BOOL, "help": msg("Sparse weight gradients.")},
    "num_groups": _size(msg("Number of groups the channels are split into; must divide them.")),
    "num_channels": _size(msg("Number of channels C of the input (N, C, ...).")),
    "num_parameters": _size(msg("Number of learned slopes: 1, or the number of channels.")),
    "init": {"kind": FLOAT, "help": msg("Initial value of the learned slope.")},
    "input_size": _size(msg("Number of features of each time step of the input.")),
    "hidden_size": _size(msg("Number of features of the hidden state.")),
    "num_layers": {
        "kind": INT, "minimum": 1, "maximum": 1024,
        "help": msg("Number of stacked recurrent layers."),
    },
    "nonlinearity": {
        "kind": CHOICE, "choices": ("tanh", "relu"), "help": msg("Activation of the state."),
    },
    "batch_first": {
        "kind": BOOL,
        "help": msg("Inputs are (batch, sequence, features); otherwise (sequence, batch, "
                    "features)."),
    },
    "dropout": {
        "kind": FLOAT, "minimum": 0, "maximum": 1,
        "help": msg("Dropout probability between stacked layers or sublayers."),
    },
    "bidirectional": {"kind": BOOL, "help": msg("Also run the sequence backwards.")},
    "proj_size": {
        "kind": INT, "minimum": 0, "maximum": MAX_SIZE,
        "help": msg("Project the hidden state to this size (0: no projection)."),
    },
    "embed_dim": _size(msg("Number of features of each token; must be divisible by num_heads.")),
    "num_heads": _size(msg("Number of attention heads.")),
    "add_bias_kv": {"kind": BOOL, "help": msg("Learn a bias appended to keys and values.")},
    "add_zero_attn": {"kind": BOOL, "help": msg("Append a batch of zeros to keys and values.")},
    "d_model": _size(msg("Number of features of each token; must be divisible by nhead.")),
    "nhead": _size(msg("Number of attention heads.")),
    "dim_feedforward": _size(msg("Width of the feed-forward block.")),
    "activation": {
        "kind": CHOICE, "choices": ("relu", "gelu"),
        "help": msg("Activation of the feed-forward block."),
    },
    "layer_norm_eps": {
        "kind": FLOAT, "minimum": TINY, "help": msg("eps of the LayerNorms."),
    },
    "norm_first": {
        "kind": BOOL, "help": msg("LayerNorm before each sublayer (pre-norm) instead of after."),
    },
}

WINDOW_ARGS = ("kernel_size", "stride", "padding", "dilation", "output_padding", "output_size")

# Per layer: {arg: overrides}. Softmax's dim deliberately defaults to -1, not None;
# TransformerEncoderLayer's activation defaults to the function F.relu, offered as "relu".
_POOL_STRIDE = {"stride": {"help": msg("Step of the window; null means equal to kernel_size.")}}
_TRANSPOSE = {"padding_mode": {
    "choices": ("zeros",), "help": msg("Transposed convolutions only pad with zeros."),
}}
OVERRIDES: dict[str, dict[str, dict]] = {
    "Softmax": {"dim": {"default": -1}},
    "TransformerEncoderLayer": {"activation": {"default": "relu"}},
    **{f"{kind}Pool{d}d": _POOL_STRIDE for kind in ("Max", "Avg") for d in (1, 2, 3)},
    **{f"{lazy}ConvTranspose{d}d": _TRANSPOSE for lazy in ("", "Lazy") for d in (1, 2, 3)},
}
