"""Forward-pass errors of embeddings, recurrent layers and attention, in plain words."""

from __future__ import annotations

import re

import torch.nn as nn

from core.messages import msg
from core.model.explain_sizes import shape_text


def explain_sequence(module, where, input_shape, torch_message, source) -> str | None:
    """Why an Embedding, RNN/LSTM/GRU or attention layer refused its input; None if unknown."""
    got, rank = shape_text(input_shape), len(input_shape)
    if isinstance(module, nn.Embedding):
        count = module.num_embeddings
        if "indices" in torch_message and "scalar type" in torch_message:
            return msg(
                "{where} looks up integer ids, but gets floating-point values from {source}. "
                "Use fill 'ids' in [0, {count}) for the input, and put the Embedding first: "
                "no layer turns floats back into ids.",
                where=where, source=source, count=count,
            )
        if "index out of range" in torch_message:
            return msg(
                "{where} has {count} vectors, so its ids must be from 0 to {last}, but the "
                "input holds larger ones; draw ids in [0, {count}) (fill 'ids', high = "
                "{count}) or raise num_embeddings.",
                where=where, count=count, last=count - 1,
            )
    if isinstance(module, (nn.RNNBase, nn.MultiheadAttention)):
        if "takes a 3-D input" in torch_message:
            order = (msg("(batch, sequence, features)") if module.batch_first
                     else msg("(sequence, batch, features)"))
            return msg(
                "{where} takes a 3-D input {order} but gets a {rank}-D one, shape {got}; "
                "torch would read a 2-D input as one unbatched sequence whose length is the "
                "batch. Feed 3-D sequences (the 'sequence' layout) and check batch_first.",
                where=where, order=order, rank=rank, got=got,
            )
        size = re.search(r"input.size\(-1\) must be equal to input_size. Expected (\d+), got "
                         r"(\d+)", torch_message) or re.search(
            r"expecting embedding dimension of (\d+), but got (\d+)", torch_message)
        if size:
            return msg(
                "{where} expects {expected} features per time step (its last dimension), but "
                "its input {got}, from {source}, has {actual}; edit the layer or the input.",
                where=where, expected=size[1], actual=size[2], got=got, source=source,
            )
    return None
