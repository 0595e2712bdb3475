"""A forward pass with hooks: what each layer received and gave, and why it failed.

Forward pre-hooks check the memory a layer is about to need before it runs; forward
hooks record each output's statistics. PyTorch's own error is explained in terms of
the network (``core.model.explain``).
"""

from __future__ import annotations

import torch
import torch.nn as nn

from core.cancel import Monitor
from core.errors import RUNTIME, LabError
from core.messages import msg
from core.model import memory
from core.model.explain import Origin, forward_error, origin_of, shape_text
from core.model.network import Network
from core.model.snapshot import TraceEntry
from core.model.stats import tensor_stats


def traced_forward(
    net: nn.Sequential, x: torch.Tensor, network: Network, limit: int, declared_lazy: set[str],
    at_start: dict[int, tuple[str, str]], monitor: Monitor, bins: int,
) -> tuple[TraceEntry, ...]:
    """Run ``net(x)`` with hooks: each layer's trace entry, memory checked before each layer.

    ``network`` is the description ``net`` was built from (it explains a failure),
    ``at_start`` each module's state and type before the pass (by ``id``).
    """
    names = list(net._modules)
    trace: list[TraceEntry] = []
    state = {"position": -1, "input": None, "grown": 0, "first": {}}

    def before(module: nn.Module, args: tuple) -> None:
        state["position"] += 1
        position, x_in = state["position"], args[0]
        monitor.step(position, len(names), names[position])
        state["input"] = tuple(x_in.shape)
        first = state["first"].setdefault(id(module), position)  # tied: ran before
        name = names[position]
        state["origin"] = origin_of(name in declared_lazy, at_start[id(module)][0],
                                    names[first] if first != position else None,
                                    at_start[id(module)][1])
        grown = memory.materialization_elements(module, x_in) * memory.FLOAT_BYTES
        out = memory.output_elements(module, x_in)
        layer_input = x_in.numel() if x_in is not x else None  # else: the batch itself
        memory.check(
            memory.forward_step_bytes(x.numel(), layer_input, out, 0)
            + state["grown"] + grown, limit,
            lambda: msg(
                "Layer {name} ({kind}) on an input of shape {shape}",
                name=name, kind=type(module).__name__, shape=shape_text(tuple(x_in.shape)),
            ),
            msg("use a smaller input or fewer features."), layer=name,
        )
        state["grown"] += grown

    def after(module: nn.Module, args: tuple, output: torch.Tensor) -> None:
        position = state["position"]
        stats = output_stats(output, bins, names[position])
        trace.append(
            TraceEntry(
                position=position,
                name=names[position],
                type=type(module).__name__,
                input_shape=state["input"],
                output_shape=tuple(output.shape),
                output=stats,
            )
        )

    handles = []
    for module in {id(m): m for m in net}.values():
        handles.append(module.register_forward_pre_hook(before, prepend=True))
        handles.append(module.register_forward_hook(after))
    try:
        with torch.no_grad():
            net(x)
    except LabError:
        raise
    except Exception as exc:  # PyTorch's own error, explained in terms of the network
        position = max(state["position"], 0)
        entry = network.entries[position]
        raise forward_error(
            exc, position, names[position], net[position],
            state["input"] or tuple(x.shape), trace, state.get("origin", Origin()),
            {n: at_start[id(m)][1] for n, m in zip(names, net, strict=True)},
            declared=(entry.layer, entry.args),
        ) from exc
    finally:
        for handle in handles:
            handle.remove()
    return tuple(trace)


def output_stats(output: torch.Tensor, bins: int, name: str):
    """A layer's output statistics; a failure is said to be theirs, not the layer's."""
    try:
        return tensor_stats(output, bins)
    except Exception as exc:  # noqa: BLE001 (otherwise it would read as a shape mismatch)
        raise LabError(RUNTIME, msg(
            "The statistics of layer {name}'s output could not be computed ({reason}); the "
            "network was left as it was.", name=name, reason=str(exc).split("\n")[0][:200]),
            layer=name, torch_message=str(exc)) from exc
