"""Open a person's own module in a Lab: the one way in for the window, headless runs and
notebooks (``core.open_model``).

A plain ``nn.Sequential`` of the lab's layers becomes the lab's own kind of network
(``core.model.sequential_model``); any other model is a fixed module tree
(``core.model.user_model``). Either way the Lab holds its own copy, guarded by the
memory limit, and remembers where the model came from for code export.
"""

from __future__ import annotations

import torch
import torch.nn as nn

from core.errors import INVALID_ARGUMENT, LabError
from core.messages import msg
from core.model import memory, sequential_model
from core.model.lab import Lab
from core.model.model_file import ModelSource
from core.model.user_model import OpenedModel, UserModelLab, own_copy


def open_lab(module: nn.Module, example_input=None, memory_limit: int | None = None,
             source: ModelSource | None = None, bins: int | None = None) -> Lab:
    """A Lab on (a copy of) ``module``; see ``core.open_model``.

    A plain ``nn.Sequential`` of catalogue layers opens as an ordinary Lab keeping the
    user's modules, so structural steps work on it too; any other model is a fixed tree.
    """
    _check_copy_size(module, memory_limit)
    root = own_copy(module)
    plain = sequential_model.plain_network(root)
    kwargs = {"bins": bins} if bins is not None else {}
    if plain is None:
        lab = UserModelLab(memory_limit=memory_limit, **kwargs)
        lab._open(root, source)
    else:
        lab = Lab(memory_limit, **kwargs)
        label = msg("open {name}", name=source.spec if source else type(root).__name__)
        sequential_model.adopt(lab, *plain, label)
        lab.opened = OpenedModel(source, lab.network)
    if example_input is not None:
        _forward_example(lab, example_input)
    return lab


def _forward_example(lab: Lab, x) -> None:
    """The example input goes through once (lazy modules get their shapes), as a step."""
    if not isinstance(x, torch.Tensor):
        raise LabError(INVALID_ARGUMENT, msg(
            "example_input must be a tensor, got {type}.", type=type(x).__name__))
    before = lab.version.steps
    if isinstance(lab, UserModelLab):  # the very tensor (token ids, images ...)
        lab.forward_tensor(x)
        step = {"op": "forward", "shape": list(x.shape), "note": "example input"}
    else:  # the lab's own forward: a tensor of its shape, drawn reproducibly
        step = {"op": "forward", "shape": list(x.shape), "seed": 0, "note": "example input"}
        from core.model.inputs import input_spec

        lab.forward(input_spec(step["shape"], seed=0))
    lab.record_step(before, step)


def _check_copy_size(module, limit: int | None) -> None:
    """The lab keeps its own copy: refused before allocating when it would pass the limit."""
    from torch.nn.parameter import is_lazy

    if not isinstance(module, nn.Module):
        return  # own_copy says what is wrong
    tensors = {id(t): t for t in (*module.parameters(), *module.buffers()) if not is_lazy(t)}
    nbytes = sum(t.numel() * t.element_size() for t in tensors.values())
    memory.check(nbytes, limit if limit is not None else memory.default_limit(),
                 msg("A copy of your model"), msg("open a smaller model."))
