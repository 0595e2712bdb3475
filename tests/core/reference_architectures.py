"""The templates' architectures written again in plain torch.nn, as a reader of d2l would.

The tests build each template and its twin here under the same seed and require the
same modules, names, shapes and values: the templates are exactly this PyTorch code.
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn import functional as F


class Residual(nn.Module):
    def __init__(self, channels, shortcut=False, stride=1):
        super().__init__()
        self.conv1 = nn.LazyConv2d(channels, kernel_size=3, padding=1, stride=stride)
        self.conv2 = nn.LazyConv2d(channels, kernel_size=3, padding=1)
        self.conv3 = nn.LazyConv2d(channels, kernel_size=1, stride=stride) if shortcut else None
        self.bn1 = nn.LazyBatchNorm2d()
        self.bn2 = nn.LazyBatchNorm2d()

    def forward(self, x):
        y = self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x)))))
        return F.relu(y + (self.conv3(x) if self.conv3 is not None else x))


def resnet_twin():
    net = nn.Sequential()
    net.add_module("stem", nn.Sequential(
        nn.LazyConv2d(16, kernel_size=3, padding=1), nn.LazyBatchNorm2d(), nn.ReLU()))
    net.add_module("stage1", nn.Sequential(Residual(16), Residual(16)))
    for i, channels in enumerate((32, 64, 128), start=2):
        net.add_module(f"stage{i}", nn.Sequential(
            Residual(channels, shortcut=True, stride=2), Residual(channels)))
    net.add_module("head", nn.Sequential(
        nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten(), nn.LazyLinear(10)))
    return net


class PositionalEncoding(nn.Module):
    """d2l's PositionalEncoding (its dropout left out)."""

    def __init__(self, num_hiddens, max_len=64):
        super().__init__()
        P = torch.zeros((1, max_len, num_hiddens))  # noqa: N806
        X = torch.arange(max_len, dtype=torch.float32).reshape(-1, 1) / torch.pow(  # noqa: N806
            10000, torch.arange(0, num_hiddens, 2, dtype=torch.float32) / num_hiddens)
        P[:, :, 0::2] = torch.sin(X)
        P[:, :, 1::2] = torch.cos(X)
        self.register_buffer("P", P)

    def forward(self, x):
        return x + self.P[:, :x.shape[1]]


class TransformerClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(100, 32)
        self.position = PositionalEncoding(32)
        self.encoder = nn.TransformerEncoder(
            nn.TransformerEncoderLayer(32, 4, 64, dropout=0.0, batch_first=True), 2,
            enable_nested_tensor=False)
        self.head = nn.LazyLinear(2)

    def forward(self, ids):
        return self.head(self.encoder(self.position(self.embedding(ids))).mean(dim=1))


class LSTMClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(8, 32, 2, batch_first=True)
        self.head = nn.LazyLinear(2)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


def lenet_twin():
    return nn.Sequential(
        nn.LazyConv2d(6, 5, padding=2), nn.Sigmoid(), nn.AvgPool2d(2, 2),
        nn.LazyConv2d(16, 5), nn.Sigmoid(), nn.AvgPool2d(2, 2), nn.Flatten(),
        nn.LazyLinear(120), nn.Sigmoid(), nn.LazyLinear(84), nn.Sigmoid(), nn.LazyLinear(10))


def vgg_twin():
    def block(convs, channels):
        layers = [m for _ in range(convs) for m in (nn.LazyConv2d(channels, 3, padding=1),
                                                     nn.ReLU())]
        return nn.Sequential(*layers, nn.MaxPool2d(2, 2))

    return nn.Sequential(
        block(1, 16), block(1, 32), block(2, 64), nn.Flatten(),
        nn.LazyLinear(128), nn.ReLU(), nn.Dropout(0.5),
        nn.LazyLinear(128), nn.ReLU(), nn.Dropout(0.5), nn.LazyLinear(10))


class G_block(nn.Module):  # noqa: N801 (d2l's name, as print(net) shows it)
    def __init__(self, channels, stride=2, padding=1):
        super().__init__()
        self.conv2d_trans = nn.LazyConvTranspose2d(channels, 4, stride, padding, bias=False)
        self.batch_norm = nn.LazyBatchNorm2d()
        self.activation = nn.ReLU()

    def forward(self, x):
        return self.activation(self.batch_norm(self.conv2d_trans(x)))


def dcgan_twin():
    return nn.Sequential(
        G_block(32, stride=1, padding=0), G_block(16),
        G_block(8), nn.LazyConvTranspose2d(3, 4, 2, 1, bias=False), nn.Tanh())


TWINS = {
    "resnet18_small": resnet_twin,
    "transformer_classifier": TransformerClassifier,
    "lstm_classifier": LSTMClassifier,
    "lenet_d2l": lenet_twin,
    "vgg_small": vgg_twin,
    "dcgan_generator": dcgan_twin,
}
