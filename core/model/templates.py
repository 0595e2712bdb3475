"""Networks to start from, as ``build`` steps (the seed's and a few classics)."""

from __future__ import annotations

from core.messages import msg


def _linear(i: int, o: int) -> dict:
    return {"layer": "Linear", "args": {"in_features": i, "out_features": o}}


def _deep_mlp(depth: int = 10, width: int = 256) -> list[dict]:
    layers = [{"layer": "LazyLinear", "args": {"out_features": width}}]
    for _ in range(depth - 2):
        layers += [{"layer": "ReLU"}, _linear(width, width)]
    return layers + [{"layer": "ReLU"}, _linear(width, 10)]


def _deep_planar(activation: str, norm: bool = False, depth: int = 10,
                 width: int = 32) -> list[dict]:
    """``depth`` Linear layers from 2-D points to 2 classes (the spirals task), with
    ``activation`` (and BatchNorm1d before it) between them: small enough to train in seconds."""
    layers, width_in = [], 2
    for _ in range(depth - 1):
        layers.append(_linear(width_in, width))
        if norm:
            layers.append({"layer": "BatchNorm1d", "args": {"num_features": width}})
        layers.append({"layer": activation})
        width_in = width
    return layers + [_linear(width, 2)]


def _block1() -> dict:
    """d2l's ``block1()``: LazyLinear(8), ReLU, LazyLinear(4), ReLU."""
    return {"layer": "Sequential", "layers": [
        {"layer": "LazyLinear", "args": {"out_features": 8}}, {"layer": "ReLU"},
        {"layer": "LazyLinear", "args": {"out_features": 4}}, {"layer": "ReLU"}]}


def _residual(channels: int, stride: int = 1, shortcut: bool = False) -> dict:
    """d2l's ``Residual(num_channels, use_1x1conv, strides)`` as a block of the lab's."""
    conv = {"out_channels": channels, "kernel_size": 3, "padding": 1}
    return {"layer": "Residual",
            "args": {"shortcut_channels": channels if shortcut else None, "stride": stride},
            "layers": [
                {"layer": "LazyConv2d", "args": {**conv, "stride": stride}},
                {"layer": "LazyBatchNorm2d"}, {"layer": "ReLU"},
                {"layer": "LazyConv2d", "args": conv}, {"layer": "LazyBatchNorm2d"}]}


TEMPLATES: dict[str, dict] = {
    "seed_mlp": {
        "title": msg("The seed's MLP (20 → 256 → 10)"),
        "input": [2, 20],
        "layers": [_linear(20, 256), {"layer": "ReLU"}, _linear(256, 10)],
    },
    "lazy_mlp": {
        "title": msg("The seed's lazy MLP (LazyLinear(256) → ReLU → Linear(256, 10))"),
        "input": [2, 20],
        "layers": [
            {"layer": "LazyLinear", "args": {"out_features": 256}},
            {"layer": "ReLU"},
            _linear(256, 10),
        ],
    },
    "named_mlp": {
        "title": msg("Named layers (add_module 'Linear1', 'Linear2')"),
        "input": [2, 20],
        "layers": [
            {**_linear(20, 256), "name": "Linear1"},
            {**_linear(256, 10), "name": "Linear2"},
        ],
    },
    "lenet_lazy": {
        "title": msg("LeNet-style lazy CNN (1×28×28 images)"),
        "input": [2, 1, 28, 28],
        "layers": [
            {"layer": "LazyConv2d", "args": {"out_channels": 6, "kernel_size": 5, "padding": 2}},
            {"layer": "ReLU"},
            {"layer": "MaxPool2d", "args": {"kernel_size": 2}},
            {"layer": "LazyConv2d", "args": {"out_channels": 16, "kernel_size": 5}},
            {"layer": "ReLU"},
            {"layer": "MaxPool2d", "args": {"kernel_size": 2}},
            {"layer": "Flatten"},
            {"layer": "LazyLinear", "args": {"out_features": 120}},
            {"layer": "ReLU"},
            {"layer": "LazyLinear", "args": {"out_features": 84}},
            {"layer": "ReLU"},
            {"layer": "LazyLinear", "args": {"out_features": 10}},
        ],
    },
    "rgnet_blocks": {
        "title": msg("d2l's rgnet: nested blocks (block2 of four block1, then LazyLinear(1))"),
        "input": [2, 4],
        "layers": [
            {"layer": "Sequential", "layers": [
                {**_block1(), "name": f"block {i}"} for i in range(4)]},
            {"layer": "LazyLinear", "args": {"out_features": 1}},
        ],
    },
    "resnet_blocks": {
        "title": msg("Small ResNet from Residual blocks (editable, 1×28×28 images)"),
        "input": [2, 1, 28, 28],
        "layers": [
            {"layer": "LazyConv2d", "args": {"out_channels": 8, "kernel_size": 3,
                                             "padding": 1}},
            {"layer": "LazyBatchNorm2d"}, {"layer": "ReLU"},
            _residual(8), _residual(16, stride=2, shortcut=True),
            {"layer": "AdaptiveAvgPool2d", "args": {"output_size": 1}},
            {"layer": "Flatten"},
            {"layer": "LazyLinear", "args": {"out_features": 10}},
        ],
    },
    "deep_mlp": {
        "title": msg("Deep MLP (10 linear layers of width 256)"),
        "input": [64, 256],
        "layers": _deep_mlp(),
    },
    "small_tanh_planar": {
        "title": msg("Small tanh MLP for 2-D points (2 → 16 → 2)"),
        "input": [64, 2],
        "layers": [_linear(2, 16), {"layer": "Tanh"}, _linear(16, 2)],
    },
    "deep_tanh_planar": {
        "title": msg("10-layer tanh MLP for 2-D points (width 32)"),
        "input": [64, 2],
        "layers": _deep_planar("Tanh"),
    },
    "deep_relu_planar": {
        "title": msg("10-layer ReLU MLP for 2-D points (width 32)"),
        "input": [64, 2],
        "layers": _deep_planar("ReLU"),
    },
    "deep_relu_bn_planar": {
        "title": msg("10-layer ReLU MLP with batch normalization for 2-D points (width 32)"),
        "input": [64, 2],
        "layers": _deep_planar("ReLU", norm=True),
    },
}


def build_step(key: str) -> dict:
    template = TEMPLATES[key]
    label = msg("template: {title}", title=template["title"])
    return {"op": "build", "layers": template["layers"], "label": label}
