"""The user's own model replacing the session's network: ``--model my_net.py:make_net``,
``gui.app.show_model(module)``.

The file is the user's code and runs as ``python my_net.py`` would, after
``torch.manual_seed(seed)`` (the session's new seed), so ``make_net()`` draws what plain
PyTorch draws. A file that fails, a factory that raises or returns something else than an
``nn.Module``: a LabError in one line with the user's own line, and the random stream
is put back as it was.
"""

from __future__ import annotations

import torch

from core.errors import INVALID_FILE, LabError
from core.messages import msg
from core.model.lab import Lab
from core.operations import steps as step_ops


def model_lab(seed: int, memory_limit: int | None, spec: str | None = None, module=None,
              example_input=None) -> Lab:
    """A Lab on the model of ``spec`` ("my_net.py:make_net") or on ``module``."""
    import core
    from core.model.model_file import ModelFileError, load_model

    rng = torch.get_rng_state()
    try:
        step_ops.manual_seed(seed)  # before the file runs
        source = None
        if spec is not None:
            try:
                module, source = load_model(spec)
            except ModelFileError as exc:
                raise LabError(INVALID_FILE, msg("Your model could not be opened: {reason}",
                                                 reason=str(exc))) from exc
        return core.open_model(module, example_input, memory_limit=memory_limit, source=source)
    except BaseException:
        torch.set_rng_state(rng)
        raise
