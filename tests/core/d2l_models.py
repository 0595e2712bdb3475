"""d2l's nested and custom modules (chapter "Layers and Modules", ResNet), as test models.

Kept as source text too (MODEL_FILE): the headless and window tests write it to a file
and open it with --model, as a person would open their own training script.
"""

from __future__ import annotations

MODEL_FILE = '''
import torch
from torch import nn
from torch.nn import functional as F


class FancyMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.rand_weight = torch.rand((20, 20), requires_grad=False)
        self.linear = nn.Linear(20, 20)

    def forward(self, X):
        X = self.linear(X)
        X = F.relu(torch.mm(X, self.rand_weight) + 1)
        X = self.linear(X)  # the same layer twice: shared parameters
        while X.abs().sum() > 1:
            X /= 2
        return X.sum()


class NestMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 32), nn.ReLU())
        self.linear = nn.Linear(32, 16)

    def forward(self, X):
        return self.linear(self.net(X))


def chimera():
    return nn.Sequential(NestMLP(), nn.Linear(16, 20), FancyMLP())


def block1():
    return nn.Sequential(nn.LazyLinear(8), nn.ReLU(), nn.LazyLinear(4), nn.ReLU())


def block2():
    net = nn.Sequential()
    for i in range(4):
        net.add_module(f"block {i}", block1())
    return net


def rgnet():
    return nn.Sequential(block2(), nn.LazyLinear(1))


class Residual(nn.Module):
    def __init__(self, num_channels, use_1x1conv=False, strides=1):
        super().__init__()
        self.conv1 = nn.LazyConv2d(num_channels, kernel_size=3, padding=1, stride=strides)
        self.conv2 = nn.LazyConv2d(num_channels, kernel_size=3, padding=1)
        self.conv3 = (nn.LazyConv2d(num_channels, kernel_size=1, stride=strides)
                      if use_1x1conv else None)
        self.bn1 = nn.LazyBatchNorm2d()
        self.bn2 = nn.LazyBatchNorm2d()

    def forward(self, X):
        Y = F.relu(self.bn1(self.conv1(X)))
        Y = self.bn2(self.conv2(Y))
        if self.conv3:
            X = self.conv3(X)
        Y += X
        return F.relu(Y)


def resnet():
    return nn.Sequential(nn.LazyConv2d(4, 3, padding=1), Residual(4),
                         Residual(6, use_1x1conv=True, strides=2), nn.Flatten(), nn.LazyLinear(10))
'''

exec(compile(MODEL_FILE, "d2l_models", "exec"))  # noqa: S102 (the test's own models)
