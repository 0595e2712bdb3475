"""Layer arguments and helpers shared by the catalogue tests: minimal and varied arguments,
torch's own keyword form, a real module's element count, a refusal's error.
"""

from __future__ import annotations

import inspect

import pytest
from torch import nn
from torch.nn.parameter import is_lazy

from core.errors import INVALID_ARGUMENT, LabError
from core.model.catalogue import validate_args

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


# Arguments the refusal, building, count and code tests start from.
LINEAR = {"in_features": 20, "out_features": 30}
CONV2D = {"in_channels": 6, "out_channels": 8, "kernel_size": 3}
