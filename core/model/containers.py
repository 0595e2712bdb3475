"""Container layers: a named ``nn.Sequential`` block, d2l's ``Residual`` and parallel
``Concat`` branches. Their entries hold child entries (``LayerEntry.children``).

This module says, for each container, what its arguments are, how its module is made
from its children's modules, where the children sit inside it (``body.0`` in a
Residual, ``0`` in the others) and how to find them again in a built module.
"""

from __future__ import annotations

from collections import OrderedDict

from torch import nn

from core.messages import msg
from core.model.block_layers import Concat, Residual
from core.model.layer_rules import MAX_SIZE
from core.model.schema import INT, ArgSpec

SEQUENTIAL, RESIDUAL, CONCAT = "Sequential", "Residual", "Concat"
NAMES = (SEQUENTIAL, RESIDUAL, CONCAT)

ARGS: dict[str, tuple[ArgSpec, ...]] = {
    SEQUENTIAL: (),
    RESIDUAL: (
        ArgSpec("shortcut_channels", INT, default=None, nullable=True, minimum=1,
                maximum=MAX_SIZE, help=msg(
                    "Output channels of d2l's 1×1 convolution shortcut (use_1x1conv); "
                    "empty: the input itself is added. Set it when the body changes the "
                    "channels or the size.")),
        ArgSpec("stride", INT, default=1, minimum=1, maximum=MAX_SIZE,
                help=msg("Stride of the 1×1 shortcut convolution: the body's stride.")),
    ),
    CONCAT: (),
}

DOCS = {
    SEQUENTIAL: msg("A named block of layers run one after another: a nested nn.Sequential, "
                    "as d2l's block1() and block2() build them. Select it, then add layers "
                    "from the palette to put them inside."),
    RESIDUAL: msg("d2l's residual block: relu(body(x) + shortcut(x)). Select it, then add "
                  "the body's layers from the palette; the shortcut is x itself or a 1×1 "
                  "convolution."),
    CONCAT: msg("Parallel branches on the same input, concatenated along the channels as in "
                "GoogLeNet's Inception block. Each layer added into it is one branch; use a "
                "Sequential block for a longer branch."),
}

DEFAULT_INIT = msg(
    "A container has no parameters of its own (a Residual's 1×1 shortcut is a "
    "LazyConv2d, initialized as convolutions are). net.apply visits its children first, "
    "depth-first, then the container itself.")

CLASSES = {SEQUENTIAL: nn.Sequential, RESIDUAL: Residual, CONCAT: Concat}


def child_prefix(layer: str) -> str:
    """Where a container's children sit in ``named_modules()``: "body." in a Residual."""
    return "body." if layer == RESIDUAL else ""


def shortcut_module(args: dict) -> nn.Module | None:
    """d2l's ``nn.LazyConv2d(num_channels, kernel_size=1, stride=strides)``, or None."""
    channels = args.get("shortcut_channels")
    if channels is None:
        return None
    return nn.LazyConv2d(channels, kernel_size=1, stride=args.get("stride", 1))


def build(layer: str, args: dict, children: list[tuple[str | None, nn.Module]],
          kept: nn.Module | None = None) -> nn.Module:
    """The container module holding ``children`` (name or None, module), named as
    ``nn.Sequential(OrderedDict(...))`` names them when any has a name. ``kept``: the
    module this one replaces, built with the same arguments, whose Residual shortcut
    (and its weights) is reused."""
    if any(name is not None for name, _ in children):
        inside = [OrderedDict((name if name is not None else str(i), module)
                              for i, (name, module) in enumerate(children))]
    else:
        inside = [module for _, module in children]
    if layer == RESIDUAL:
        shortcut = kept.shortcut if kept is not None else shortcut_module(args)
        return Residual(*inside, shortcut=shortcut)
    return CLASSES[layer](*inside)


def children_of(layer: str, module: nn.Module) -> list[nn.Module]:
    """The child modules in order, as ``build`` placed them."""
    return list(module.body) if layer == RESIDUAL else list(module)
