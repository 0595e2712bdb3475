"""Helpers shared by the initializer tests: non-default arguments per initializer, and the
same call through the lab (``ours``) and through torch.nn.init itself (``theirs``).
"""

from __future__ import annotations

import inspect

import torch
from torch import nn

from core.model.initializers import INITIALIZERS, apply_initializer, validate_init_args

APPLICABLE = [name for name in INITIALIZERS if name != "default"]


# Non-default arguments for each initializer, and a tensor shape it fits.
CASES = {
    "xavier_uniform_": ({"gain": "relu"}, (5, 7)),
    "xavier_normal_": ({"gain": {"nonlinearity": "leaky_relu", "param": 0.2}}, (5, 7)),
    "kaiming_uniform_": ({"a": 0.1, "mode": "fan_out"}, (4, 3, 3)),
    "kaiming_normal_": ({"mode": "fan_in", "nonlinearity": "relu"}, (5, 7)),
    "orthogonal_": ({"gain": 0.5}, (6, 4)),
    "uniform_": ({"a": -0.3, "b": 0.7}, (5, 7)),
    "normal_": ({"mean": 0.1, "std": 0.02}, (5, 7)),
    "trunc_normal_": ({"mean": 0.0, "std": 0.5, "a": -0.4, "b": 0.6}, (5, 7)),
    "constant_": ({"val": 0.25}, (5, 7)),
    "ones_": ({}, (5, 7)),
    "zeros_": ({}, (5, 7)),
    "eye_": ({}, (5, 7)),
    "dirac_": ({"groups": 2}, (4, 3, 3, 3)),
    "sparse_": ({"sparsity": 0.4, "std": 0.05}, (6, 5)),
}


REQUIRED = {"constant_": {"val": 0.5}, "sparse_": {"sparsity": 0.3}}


def torch_kwargs(args: dict) -> dict:
    """What torch itself is given: the gain computed with calculate_gain, here in the test."""
    kwargs = dict(args)
    gain = kwargs.get("gain")
    if isinstance(gain, str):
        kwargs["gain"] = nn.init.calculate_gain(gain)
    elif isinstance(gain, dict):
        kwargs["gain"] = nn.init.calculate_gain(gain["nonlinearity"], gain.get("param"))
    return kwargs


def takes_generator(name: str) -> bool:
    return "generator" in inspect.signature(getattr(nn.init, name)).parameters


def ours(name: str, args: dict, shape: tuple, seed: int = 7) -> torch.Tensor:
    tensor = torch.full(shape, float("nan"))
    torch.manual_seed(seed + 1)  # sparse_ draws its zero positions from the global RNG
    generator = torch.Generator().manual_seed(seed)
    apply_initializer(name, validate_init_args(name, args), tensor, generator)
    return tensor


def theirs(name: str, args: dict, shape: tuple, seed: int = 7) -> torch.Tensor:
    tensor = torch.full(shape, float("nan"))
    extra = {"generator": torch.Generator().manual_seed(seed)} if takes_generator(name) else {}
    torch.manual_seed(seed + 1)
    getattr(nn.init, name)(tensor, **torch_kwargs(args), **extra)
    return tensor
