"""What the depth statistics cannot measure or predict, said plainly.

An Embedding takes integer ids: the depth batch is then ids drawn uniformly from
[0, num_embeddings), and no gradient reaches the input. The variance theory covers
few layers; where it stops, a note names the layer and why, and the measured lines go on.
"""

from __future__ import annotations

import math

import torch
import torch.nn as nn

from core.messages import msg


def first_embedding(net: nn.Sequential) -> nn.Embedding | None:
    """The network's first layer when it is an Embedding (its input must be ids)."""
    first = net[0] if len(net) else None
    return first if isinstance(first, nn.Embedding) else None


def ids_batch(embedding: nn.Embedding, shape: tuple[int, ...], generator) -> torch.Tensor:
    """Ids drawn uniformly from every row the Embedding has, as the lab's fill 'ids' does."""
    return torch.randint(0, embedding.num_embeddings, shape, generator=generator)


def _reason(module: nn.Module) -> str:
    if isinstance(module, nn.RNNBase):
        return msg("a recurrent layer applies the same weights at every time step, through "
                   "tanh and sigmoid gates, and no closed form is used for it")
    if isinstance(module, (nn.MultiheadAttention, nn.TransformerEncoderLayer)):
        return msg("attention mixes time steps through a softmax of products of weights, and "
                   "no closed form is used for it")
    if getattr(module, "transposed", False):
        return msg("a transposed convolution sums a different number of terms into each "
                   "output (borders, stride), so one fan does not describe it")
    return msg("the lab's variance propagation covers Linear and convolution layers with "
               "zero-mean weights, ReLU, LeakyReLU, PReLU with one slope, Identity, Flatten, "
               "Dropout and a first Embedding")


def notes(net: nn.Sequential, names: list[str], expected_activation: list[float]) -> tuple:
    """Plain statements for a DepthResult: ids without gradient, and where theory stops."""
    found = []
    if first_embedding(net) is not None:
        found.append(msg("The input is integer ids for the Embedding: ids have no gradient, so "
                         "the first gradient measured is that of the Embedding's output."))
    for position, value in enumerate(expected_activation):
        if math.isnan(value):
            module = net[position]
            found.append(msg(
                "Theory stops at layer {name} ({kind}): {reason}. The measured lines go on.",
                name=names[position], kind=type(module).__name__, reason=_reason(module)))
            break
    return tuple(found)
