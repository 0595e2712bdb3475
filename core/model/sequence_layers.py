"""Recurrent and attention layers that return one tensor, so ``nn.Sequential`` can chain them.

``nn.RNN``/``nn.LSTM``/``nn.GRU`` return ``(output, hidden)`` and ``nn.MultiheadAttention``
returns ``(output, weights)``; the next layer of a Sequential would receive the tuple.
These subclasses keep torch's own constructor, parameters, names and default
initialization and only return the output tensor. The module imports nothing but
torch: exported scripts copy this source verbatim (``core.export``), so it must run alone.
"""

import torch
from torch import nn


def _three_dims(layer: nn.Module, x: torch.Tensor) -> None:
    # torch would read a 2-D (batch, features) input as ONE unbatched sequence whose
    # length is the batch: it runs, but mixes the samples. Refuse it plainly.
    if x.dim() != 3:
        order = "(batch, sequence, features)" if layer.batch_first else (
            "(sequence, batch, features)")
        raise ValueError(
            f"{type(layer).__name__} takes a 3-D input {order} (batch_first="
            f"{layer.batch_first}), got {x.dim()}-D shape {tuple(x.shape)}"
        )


class RNNOutput(nn.RNN):
    """``nn.RNN`` that returns only its output sequence (``rnn(x)[0]``)."""

    def __init__(self, input_size, hidden_size, num_layers=1, nonlinearity="tanh", bias=True,
                 batch_first=False, dropout=0.0, bidirectional=False, device=None, dtype=None):
        super().__init__(input_size, hidden_size, num_layers, nonlinearity=nonlinearity,
                         bias=bias, batch_first=batch_first, dropout=dropout,
                         bidirectional=bidirectional, device=device, dtype=dtype)

    def forward(self, x):
        _three_dims(self, x)
        return super().forward(x)[0]


class LSTMOutput(nn.LSTM):
    """``nn.LSTM`` that returns only its output sequence (``lstm(x)[0]``)."""

    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 dropout=0.0, bidirectional=False, proj_size=0, device=None, dtype=None):
        super().__init__(input_size, hidden_size, num_layers, bias=bias,
                         batch_first=batch_first, dropout=dropout, bidirectional=bidirectional,
                         proj_size=proj_size, device=device, dtype=dtype)

    def forward(self, x):
        _three_dims(self, x)
        return super().forward(x)[0]


class GRUOutput(nn.GRU):
    """``nn.GRU`` that returns only its output sequence (``gru(x)[0]``)."""

    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 dropout=0.0, bidirectional=False, device=None, dtype=None):
        super().__init__(input_size, hidden_size, num_layers, bias=bias,
                         batch_first=batch_first, dropout=dropout, bidirectional=bidirectional,
                         device=device, dtype=dtype)

    def forward(self, x):
        _three_dims(self, x)
        return super().forward(x)[0]


class SelfAttention(nn.MultiheadAttention):
    """``nn.MultiheadAttention`` as self-attention: ``attn(x, x, x)[0]``."""

    def __init__(self, embed_dim, num_heads, dropout=0.0, bias=True, add_bias_kv=False,
                 add_zero_attn=False, batch_first=False, device=None, dtype=None):
        super().__init__(embed_dim, num_heads, dropout=dropout, bias=bias,
                         add_bias_kv=add_bias_kv, add_zero_attn=add_zero_attn,
                         batch_first=batch_first, device=device, dtype=dtype)

    def reset_parameters(self):
        # torch names it _reset_parameters; the lab's "default" calls reset_parameters()
        self._reset_parameters()

    def forward(self, x):
        _three_dims(self, x)
        return super().forward(x, x, x)[0]


WRAPPERS = (RNNOutput, LSTMOutput, GRUOutput, SelfAttention)
