"""Blocks that hold other layers: d2l's residual block and parallel branches.

A named block is a plain ``nn.Sequential``; these two need a ``forward`` of their own.
The module imports nothing but torch: exported scripts copy this source verbatim
(``core.export``), so it must run alone.
"""

import torch
from torch import nn


class Residual(nn.Module):
    """d2l's residual block: ``relu(body(x) + shortcut(x))``.

    The shortcut is ``x`` itself, or (``shortcut`` given) a module such as d2l's 1×1
    convolution that matches the body's channels and stride.
    """

    def __init__(self, *body, shortcut=None):
        super().__init__()
        self.body = nn.Sequential(*body)
        self.shortcut = shortcut

    def forward(self, x):
        y = self.body(x)
        return torch.relu(y + (x if self.shortcut is None else self.shortcut(x)))


class Concat(nn.Sequential):
    """Parallel branches on the same input, outputs concatenated along the channels
    (dimension 1), as in GoogLeNet's Inception block."""

    def forward(self, x):
        return torch.cat([branch(x) for branch in self], dim=1)


BLOCKS = (Residual, Concat)
