"""Open a person's own model in the window: ``--model my_net.py:make_net`` or
``gui.app.show_model(module)``.

The file is the user's code: it runs on the worker, after ``torch.manual_seed(seed)``
(the session's seed), as the headless runner runs it. A file that fails, a factory
that raises or returns something else than an ``nn.Module``: the error banner says so
in one line with the user's own line, and the network on screen stays as it was.
"""

from __future__ import annotations

import random

from core.errors import INVALID_FILE, LabError
from core.messages import msg
from core.model.workspaces import Workspace


def open_model(session, spec: str | None = None, module=None, example_input=None) -> bool:
    """Replace the session's network by the user's model (undo brings the old one back).

    Give ``spec`` ("my_net.py:make_net") or ``module`` (an ``nn.Module``); refused
    (False) while another operation runs. The outcome arrives as the session's
    ``snapshotChanged`` or ``failed`` signal.
    """
    if session.busy:
        return False
    limit, seed = session.lab.memory_limit, random.randrange(2**31)

    def run():
        import core
        from core.model.model_file import ModelFileError, load_model
        from core.operations.steps import manual_seed

        manual_seed(seed)  # before the file runs: make_net() draws what plain PyTorch draws
        user_module, source = module, None
        if spec is not None:
            try:
                user_module, source = load_model(spec)
            except ModelFileError as exc:
                raise LabError(INVALID_FILE, msg("Your model could not be opened: {reason}",
                                                 reason=str(exc))) from exc
        return core.open_model(user_module, example_input, memory_limit=limit, source=source)

    def opened(lab) -> None:
        session._worker = None
        session._replace(Workspace(lab, seed, True, None, tuple(lab.version.steps)), emit=False)
        session._set_busy(False)
        session.snapshotChanged.emit(lab.snapshot)

    session._start(run, opened, lambda exc: session._fail(exc, None))
    return True

