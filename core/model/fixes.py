"""One-step repairs for a failed forward pass, computed where the failure is understood.

Each fix is ``{"label": text, "step": step}``: performing the step (an ordinary,
undoable step) makes the failing layer take the width it is given. A window shows
them as buttons, a report lists them. Only fixes that really fix are offered: a
reset is suggested for a lazy layer an earlier pass bound to another width (reset
unbinds it), never for an eager layer (reset would rebuild it with the same width).
"""

from __future__ import annotations

from core.messages import msg
from core.model import catalogue

# The argument a layer's input width goes into, by layer type.
WIDTH_ARGS = {
    "Linear": "in_features",
    "Conv1d": "in_channels",
    "Conv2d": "in_channels",
    "BatchNorm1d": "num_features",
    "BatchNorm2d": "num_features",
}


def lazy_form(layer: str) -> str | None:
    """The catalogue's lazy layer that becomes ``layer`` ("Linear" -> "LazyLinear"), if any."""
    name = "Lazy" + layer
    spec = catalogue.LAYERS.get(name)
    return name if spec is not None and spec.lazy and spec.becomes == layer else None


def lazy_args(layer: str, args: dict) -> dict:
    """``args`` of an eager ``layer`` as its lazy form takes them: the inferred width goes."""
    width = WIDTH_ARGS[layer]
    return {k: _json(v) for k, v in args.items() if k != width}


def width_fixes(layer: str, args: dict, position: int, given: int | None) -> tuple[dict, ...]:
    """Set the width argument to ``given``, or make the layer lazy (keeping its other args)."""
    width = WIDTH_ARGS.get(layer)
    if width is None or given is None or given < 1:
        return ()
    fixes = [{
        "label": msg("Set {field} to {value}", field=width, value=given),
        "step": {"op": "edit", "at": position, "args": {width: given}},
    }]
    lazy = lazy_form(layer)
    if lazy is not None:
        fixes.append({
            "label": msg("Make it {lazy}", lazy=lazy),
            "step": {"op": "edit", "at": position, "layer": lazy,
                     "args": lazy_args(layer, args)},
        })
    return tuple(fixes)


def reset_fix() -> tuple[dict, ...]:
    """For a lazy layer bound by an earlier pass: reset unbinds every lazy layer."""
    return ({"label": msg("Reset the network (lazy layers forget their shapes)"),
             "step": {"op": "reset"}},)


def _json(value):
    return list(value) if isinstance(value, tuple) else value


def forward_fixes(
    layer: str | None,
    args: dict | None,
    position: int,
    input_shape: tuple[int, ...],
    torch_message: str,
    was_lazy: bool,
) -> tuple[dict, ...]:
    """The fixes for layer ``position`` (declared as ``layer(**args)``) refusing ``input_shape``.

    Only width mismatches have a one-step fix: the width a Linear reads is the input's
    last dimension, the channels a convolution or batch norm reads its second.
    """
    if layer is None or args is None:
        return ()
    if was_lazy:
        return reset_fix()
    if layer == "Linear" and "shapes cannot be multiplied" in torch_message and input_shape:
        return width_fixes(layer, args, position, input_shape[-1])
    channel_words = ("channels" in torch_message or "running_mean" in torch_message)
    if layer in WIDTH_ARGS and channel_words and len(input_shape) > 1:
        return width_fixes(layer, args, position, input_shape[1])
    return ()
