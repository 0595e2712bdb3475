"""The user's own model replacing the session's network: ``--model my_net.py:make_net``,
``gui.app.show_model(module)``, and the architecture templates, opened the same way.

The file is the user's code and runs as ``python my_net.py`` would, after
``torch.manual_seed(seed)`` (the session's new seed), so ``make_net()`` draws what plain
PyTorch draws. A file that fails, a factory that raises or returns something else than an
``nn.Module``: a LabError in one line with the user's own line, and the random stream
is put back as it was.
"""

from __future__ import annotations

from pathlib import Path

from core.errors import INVALID_ARGUMENT, INVALID_FILE, LabError
from core.messages import msg
from core.model.lab import Lab
from core.model.module_copies import atomic
from core.operations import steps as step_ops


def model_lab(seed: int, memory_limit: int | None, spec: str | None = None, module=None,
              example_input=None) -> Lab:
    """A Lab on the model of ``spec`` ("my_net.py:make_net") or on ``module``."""
    import core
    from core.model.model_file import ModelFileError, load_model

    def run() -> Lab:
        nonlocal module
        step_ops.manual_seed(seed)  # before the file runs
        source = None
        if spec is not None:
            try:
                module, source = load_model(spec)
            except ModelFileError as exc:
                raise LabError(INVALID_FILE, msg("Your model could not be opened: {reason}",
                                                 reason=str(exc))) from exc
        return core.open_model(module, example_input, memory_limit=memory_limit, source=source)

    return atomic(run)  # a failure leaves the random stream as it was


def architecture_lab(key: str, seed: int, memory_limit: int | None) -> Lab:
    """A Lab on the architecture template ``key`` (core/model/architectures.py), opened as a
    user model: ``torch.manual_seed(seed); net = factory()``, then its example input once
    through it, so every lazy module is materialized as in plain PyTorch.

    Code export imports the factory from the app's ``core/model/architecture_nets.py``.
    """
    import core
    from core.model import architecture_nets
    from core.model.architectures import ARCHITECTURES
    from core.model.model_file import ModelSource

    arch = ARCHITECTURES.get(key) if isinstance(key, str) else None
    if arch is None:
        raise LabError(INVALID_ARGUMENT, msg(
            "There is no architecture template {key}; the templates are {known}.",
            key=repr(key), known=", ".join(ARCHITECTURES)))
    source = ModelSource(Path(architecture_nets.__file__).resolve(), arch.factory.__name__,
                         called=True)
    def run() -> Lab:
        step_ops.manual_seed(seed)  # before the factory: its eager layers draw as in PyTorch
        lab = core.open_model(arch.build(), memory_limit=memory_limit, source=source)
        step_ops.perform(lab, arch.forward_step())  # a step: code export replays the input
        return lab

    return atomic(run)  # a failure leaves the random stream as it was
