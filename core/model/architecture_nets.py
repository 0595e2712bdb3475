"""Real architectures written with ``torch.nn`` only, small enough for a 2-core CPU.

Plain factories returning ``nn.Module``s, as a person would write them in a training
script (the d2l book's blocks where it has them: ``Residual``, LeNet, ``vgg_block``,
DCGAN's ``G_block``). Nothing here knows about the lab: ``core.model.architectures``
says which input each one takes and how PyTorch initializes it.
"""

from __future__ import annotations

from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F


class Residual(nn.Module):
    """d2l's residual block: two 3×3 convolutions with batch norm, and an optional 1×1
    convolution on the shortcut when the block changes the channels or the resolution."""

    def __init__(self, num_channels: int, use_1x1conv: bool = False, strides: int = 1):
        super().__init__()
        self.conv1 = nn.LazyConv2d(num_channels, kernel_size=3, padding=1, stride=strides)
        self.conv2 = nn.LazyConv2d(num_channels, kernel_size=3, padding=1)
        if use_1x1conv:
            self.conv3 = nn.LazyConv2d(num_channels, kernel_size=1, stride=strides)
        else:
            self.conv3 = None
        self.bn1 = nn.LazyBatchNorm2d()
        self.bn2 = nn.LazyBatchNorm2d()

    def forward(self, X: torch.Tensor) -> torch.Tensor:
        Y = F.relu(self.bn1(self.conv1(X)))
        Y = self.bn2(self.conv2(Y))
        if self.conv3:
            X = self.conv3(X)
        Y += X
        return F.relu(Y)


def resnet_stage(num_residuals: int, num_channels: int, first_stage: bool = False) -> nn.Module:
    """d2l's ``block``: the first residual halves the resolution (except in the first stage)."""
    blocks = []
    for i in range(num_residuals):
        if i == 0 and not first_stage:
            blocks.append(Residual(num_channels, use_1x1conv=True, strides=2))
        else:
            blocks.append(Residual(num_channels))
    return nn.Sequential(*blocks)


def resnet18_small(widths: tuple[int, ...] = (16, 32, 64, 128), num_classes: int = 10):
    """ResNet-18's layout (a stem, four stages of two residual blocks, pooling and a
    linear head) with small widths. The stem is CIFAR's 3×3 convolution without max
    pooling, so a 32×32 image still has 4×4 pixels in the last stage: batch norm in
    training mode needs more than one value per channel, even for a batch of one."""
    stages = [("stem", nn.Sequential(
        nn.LazyConv2d(widths[0], kernel_size=3, padding=1), nn.LazyBatchNorm2d(), nn.ReLU()))]
    for i, width in enumerate(widths):
        stages.append((f"stage{i + 1}", resnet_stage(2, width, first_stage=(i == 0))))
    stages.append(("head", nn.Sequential(
        nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten(), nn.LazyLinear(num_classes))))
    return nn.Sequential(OrderedDict(stages))


class PositionalEncoding(nn.Module):
    """d2l's sinusoidal positional encoding, kept as a buffer: no parameter, no random
    draw, so it adds nothing to initialize."""

    def __init__(self, num_hiddens: int, max_len: int = 64):
        super().__init__()
        position = torch.arange(max_len, dtype=torch.float32).reshape(-1, 1)
        frequencies = torch.pow(
            10000, torch.arange(0, num_hiddens, 2, dtype=torch.float32) / num_hiddens)
        angles = position / frequencies
        table = torch.zeros((1, max_len, num_hiddens))
        table[:, :, 0::2] = torch.sin(angles)
        table[:, :, 1::2] = torch.cos(angles)
        self.register_buffer("P", table)

    def forward(self, X: torch.Tensor) -> torch.Tensor:
        return X + self.P[:, :X.shape[1], :]


class TransformerClassifier(nn.Module):
    """Token ids → embedding + positions → a ``TransformerEncoder`` → mean over the
    sequence → a lazy linear head. Dropout is 0 so a forward pass draws nothing."""

    def __init__(self, vocab_size: int = 100, num_hiddens: int = 32, num_heads: int = 4,
                 num_layers: int = 2, ffn_hiddens: int = 64, max_len: int = 64,
                 num_classes: int = 2):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, num_hiddens)
        self.position = PositionalEncoding(num_hiddens, max_len)
        layer = nn.TransformerEncoderLayer(
            num_hiddens, num_heads, dim_feedforward=ffn_hiddens, dropout=0.0, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers, enable_nested_tensor=False)
        self.head = nn.LazyLinear(num_classes)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        X = self.encoder(self.position(self.embedding(ids)))
        return self.head(X.mean(dim=1))


class LSTMClassifier(nn.Module):
    """A sequence of feature vectors → a two-layer LSTM → its last time step's output →
    a lazy linear head. ``nn.LSTM`` returns ``(output, (h, c))``; the forward keeps the
    output, which is why it cannot sit in an ``nn.Sequential`` by itself."""

    def __init__(self, input_size: int = 8, hidden_size: int = 32, num_layers: int = 2,
                 num_classes: int = 2):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True)
        self.head = nn.LazyLinear(num_classes)

    def forward(self, X: torch.Tensor) -> torch.Tensor:
        output, _state = self.lstm(X)
        return self.head(output[:, -1])


def lenet(num_classes: int = 10) -> nn.Module:
    """d2l's LeNet in its lazy form (sigmoid activations and average pooling)."""
    return nn.Sequential(
        nn.LazyConv2d(6, kernel_size=5, padding=2), nn.Sigmoid(),
        nn.AvgPool2d(kernel_size=2, stride=2),
        nn.LazyConv2d(16, kernel_size=5), nn.Sigmoid(),
        nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Flatten(),
        nn.LazyLinear(120), nn.Sigmoid(),
        nn.LazyLinear(84), nn.Sigmoid(),
        nn.LazyLinear(num_classes))


def vgg_block(num_convs: int, out_channels: int) -> nn.Module:
    """d2l's ``vgg_block``: 3×3 convolutions with ReLU, then a 2×2 max pooling."""
    layers = []
    for _ in range(num_convs):
        layers.append(nn.LazyConv2d(out_channels, kernel_size=3, padding=1))
        layers.append(nn.ReLU())
    layers.append(nn.MaxPool2d(kernel_size=2, stride=2))
    return nn.Sequential(*layers)


def vgg_small(arch: tuple[tuple[int, int], ...] = ((1, 16), (1, 32), (2, 64)),
              hidden: int = 128, num_classes: int = 10) -> nn.Module:
    """d2l's VGG (VGG blocks, then three lazy linear layers with dropout), small."""
    blocks = [vgg_block(num_convs, channels) for num_convs, channels in arch]
    return nn.Sequential(
        *blocks, nn.Flatten(),
        nn.LazyLinear(hidden), nn.ReLU(), nn.Dropout(0.5),
        nn.LazyLinear(hidden), nn.ReLU(), nn.Dropout(0.5),
        nn.LazyLinear(num_classes))


class G_block(nn.Module):  # noqa: N801 (d2l's name, as print(net) shows it)
    """d2l's DCGAN generator block: a transposed convolution (no bias: batch norm
    follows), batch norm, ReLU. Stride 2 doubles the resolution."""

    def __init__(self, out_channels: int, kernel_size: int = 4, strides: int = 2,
                 padding: int = 1):
        super().__init__()
        self.conv2d_trans = nn.LazyConvTranspose2d(
            out_channels, kernel_size, strides, padding, bias=False)
        self.batch_norm = nn.LazyBatchNorm2d()
        self.activation = nn.ReLU()

    def forward(self, X: torch.Tensor) -> torch.Tensor:
        return self.activation(self.batch_norm(self.conv2d_trans(X)))


def dcgan_generator(n_G: int = 8, out_channels: int = 3) -> nn.Module:  # noqa: N803
    """A latent vector (N×latent×1×1) → 4×4 → 8×8 → 16×16 → a 32×32 image in [-1, 1]."""
    return nn.Sequential(
        G_block(n_G * 4, strides=1, padding=0),
        G_block(n_G * 2),
        G_block(n_G),
        nn.LazyConvTranspose2d(out_channels, kernel_size=4, stride=2, padding=1, bias=False),
        nn.Tanh())
