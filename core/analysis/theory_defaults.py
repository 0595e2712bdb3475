"""What a layer's own ``reset_parameters()`` draws: the default each card describes.

Linear and convolutions (transposed ones with torch's swapped fans), norms, Embedding's
N(0, 1) with its zeroed padding row, PReLU's constant slope, the recurrent layers'
U(±1/√hidden_size) and MultiheadAttention's xavier on the stacked in_proj.
"""

from __future__ import annotations

import math

import torch.nn as nn
from torch.nn import init
from torch.nn.modules.batchnorm import _NormBase
from torch.nn.modules.conv import _ConvNd
from torch.nn.modules.linear import NonDynamicallyQuantizableLinear

from core.analysis.distributions import (
    NORMAL,
    Distribution,
    _num,
    fans,
    for_initializer,
    point_masses,
    uniform,
    unknown,
)
from core.messages import msg


def default_for(module: nn.Module, attr: str) -> Distribution:
    """What the layer's own ``reset_parameters()`` draws for its parameter ``attr``.

    ``module`` owns ``attr`` directly (a TransformerEncoderLayer's ``linear1``, not the
    encoder layer), as ``get_submodule`` of a dotted name gives it.
    """
    weight = getattr(module, "weight", None)
    if isinstance(module, NonDynamicallyQuantizableLinear) and attr == "bias":
        return point_masses(((0.0, 1.0),))  # MultiheadAttention zeroes out_proj.bias
    if isinstance(module, (nn.Linear, _ConvNd)) and weight is not None:
        fan = fans(tuple(weight.shape))
        if fan is None:
            return unknown(msg("No closed form is known for {layer}'s default.",
                               layer=type(module).__name__))
        fan_in, fan_out = fan
        note = _transposed_note(module, fan_in)
        if attr == "weight":
            # reset_parameters: kaiming_uniform_(weight, a=√5): bound = gain·√(3/fan_in)
            gain = init.calculate_gain("leaky_relu", math.sqrt(5))
            bound = gain * math.sqrt(3.0 / fan_in) if fan_in else 0.0
            return uniform(-bound, bound, fan_in=fan_in, fan_out=fan_out, gain=gain, note=note)
        if attr == "bias":
            bound = 1 / math.sqrt(fan_in) if fan_in > 0 else 0.0
            return uniform(-bound, bound, fan_in=fan_in, fan_out=fan_out, note=note)
    if isinstance(module, (_NormBase, nn.LayerNorm, nn.GroupNorm)):
        if attr == "weight":
            return point_masses(((1.0, 1.0),))
        if attr == "bias":
            return point_masses(((0.0, 1.0),))
    sequence = _sequence_default(module, attr)
    if sequence is not None:
        return sequence
    return unknown(msg("No closed form is known for {layer}'s default.",
                       layer=type(module).__name__))


def _transposed_note(module: nn.Module, fan_in: int) -> str:
    if not getattr(module, "transposed", False):
        return ""
    return msg("A transposed convolution stores its weight as (in_channels, "
               "out_channels/groups, *kernel), so torch's fan_in ({fan_in}) counts output "
               "channels: the fans are swapped.", fan_in=fan_in)


def _sequence_default(module: nn.Module, attr: str) -> Distribution | None:
    """Defaults of Embedding, PReLU, recurrent layers and MultiheadAttention; None otherwise."""
    if isinstance(module, nn.Embedding) and attr == "weight":
        # reset_parameters: normal_(weight) then the padding_idx row filled with 0
        rows = module.num_embeddings
        zero = 1.0 / rows if module.padding_idx is not None else 0.0
        if zero == 1.0:
            return point_masses(((0.0, 1.0),))
        return Distribution(NORMAL, "N(0, 1)" if not zero else f"{_num(zero)}·δ(0) + "
                            f"{_num(1 - zero)}·N(0, 1)", {"mean": 0.0, "std": 1.0},
                            ((0.0, zero),) if zero else ())
    if isinstance(module, nn.PReLU) and attr == "weight":
        return point_masses(((float(module.init), 1.0),))
    if isinstance(module, nn.RNNBase):
        # reset_parameters: every parameter ~ U(-1/√hidden_size, 1/√hidden_size)
        bound = 1.0 / math.sqrt(module.hidden_size) if module.hidden_size > 0 else 0.0
        return uniform(-bound, bound)
    if isinstance(module, nn.MultiheadAttention):
        tensor = getattr(module, attr, None)
        if tensor is None:
            return None
        shape = tuple(tensor.shape)
        if attr.endswith("proj_weight"):  # in_proj_weight, or q/k/v_proj_weight
            return for_initializer("xavier_uniform_", {"gain": 1.0}, shape)
        if attr == "in_proj_bias":
            return point_masses(((0.0, 1.0),))
        if attr in ("bias_k", "bias_v"):
            return for_initializer("xavier_normal_", {"gain": 1.0}, shape)
    return None
