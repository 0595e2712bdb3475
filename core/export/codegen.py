"""Export a session as a PyTorch script, in the style of the lesson's own code.

The script rebuilds the network step by step as the session built it and replays
its forward passes (``X = torch.rand(...)``, the seed's extreme range included)
and initializers (``net.apply(init_fn)`` with ``type(m) == nn.Linear`` filters).
Running it prints the ``print(net)`` and parameter shapes the app shows.

Two scopes (see ``core.export.code_scope``): the network on screen (the steps since it
was last cleared or loaded whole) and the whole session replayed. ``export``
also replays the chosen steps on a fresh lab and says in the script's header
whether the weights come out identical to the lab's. The parts: ``code_text``
(every text from the session, written as data), ``code_statements`` (forward and
init statements), ``code_writer`` (the steps), ``code_scope`` (which steps).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from core.export import user_code
from core.export.code_classes import class_lines
from core.export.code_scope import (
    SCOPES,
    SCREEN,
    SESSION,
    Check,
    Export,
    Selection,
    check,
    select,
)
from core.export.code_statements import INDENT
from core.export.code_text import Identifiers, escaped, integer
from core.export.code_writer import ScriptWriter

__all__ = ["SCOPES", "SCREEN", "SESSION", "Export", "export", "export_lab", "export_script",
           "suggested_file_name"]


def export(
    lab: Any, seed: int | None, base: Path | None = None, title: str | None = None,
    scope: str = SCREEN, verify: bool = True,
) -> Export:
    """The script of ``lab``'s current state in ``scope``, checked by a replay if ``verify``."""
    if getattr(lab, "opened", None) is not None:  # the user's own model: import it
        return user_code.export(lab, seed, base, title, scope, verify)
    selection = select(lab.version.steps, scope)
    result = check(lab, selection, seed, base) if verify else None
    return Export(_script(selection, seed, base, title, scope, result), scope, selection, result)


def export_script(
    steps: Iterable[dict], seed: int | None = None, base: Path | None = None,
    title: str | None = None, scope: str = SESSION,
) -> str:
    """Python source that replays ``steps`` (a session's successful steps) on PyTorch."""
    return _script(select(tuple(steps), scope), seed, base, title, scope, None)


def export_lab(
    lab: Any, seed: int | None, base: Path | None = None, title: str | None = None,
    scope: str = SESSION,
) -> str:
    """The script for a Lab's current version (the steps that led to it), unchecked."""
    if getattr(lab, "opened", None) is not None:
        return user_code.script(lab.opened, tuple(lab.version.steps), seed, base, title)
    return export_script(lab.version.steps, seed, base, title, scope)


def suggested_file_name(title: str | None, session_path: Path | None = None) -> str:
    """A safe ``.py`` file name from the session's file name or the lesson's title."""
    stem = session_path.stem if session_path is not None else (title or "")
    safe = re.sub(r"[^\w-]+", "_", stem).strip("_.-")[:60] or "network"
    return f"{safe}.py"


def _script(
    selection: Selection, seed: int | None, base: Path | None, title: str | None, scope: str,
    result: Check | None,
) -> str:
    writer = ScriptWriter(base, Identifiers())
    for step in selection.steps:
        writer.step(step)
    body = writer.lines()
    lines = _header(selection, title, scope, result)
    if writer.uses_ordered_dict:
        lines += ["from collections import OrderedDict", ""]
    lines += ["import torch", "from torch import nn", ""]
    if writer.wrapped:
        lines += [*class_lines(writer.wrapped), ""]
    if seed is not None:  # the session's seed: the app's random draws, in its order
        lines += [f"torch.manual_seed({integer(seed)})", ""]
    lines += body
    lines += ["", "print(net)", "for name, param in net.named_parameters():"]
    if writer.lazy():
        lines += [
            f"{INDENT}if isinstance(param, nn.parameter.UninitializedParameter):",
            f'{INDENT * 2}print(name, "uninitialized")',
            f"{INDENT}else:",
            f"{INDENT * 2}print(name, param.shape)",
        ]
    else:
        lines.append(f"{INDENT}print(name, param.shape)")
    return "\n".join(lines) + "\n"


def _header(selection: Selection, title: str | None, scope: str, result: Check | None) -> list:
    """The module docstring: what the script replays and whether the weights match."""
    heading = escaped(title or "A Lazy Init Lab session")
    lines = [f'"""{heading}, exported as PyTorch code.', ""]
    if scope == SESSION or selection.start is None:
        lines += [
            "Rebuilds the network step by step as it was built in Lazy Init Lab, replays its",
            f"forward passes and initializers ({len(selection.steps)} steps: the whole "
            "session), then prints",
            "print(net) and the parameter shapes.",
        ]
    else:
        start = selection.start
        origin = ("it was cleared" if start["op"] == "clear"
                  else f"the step '{escaped(start.get('label', 'build network'))}'")
        lines += [
            "The network on screen: rebuilds it and replays its forward passes and",
            f"initializers: the last {len(selection.steps)} of the session's {selection.total} "
            f"steps, since {origin}.",
            "Then prints print(net) and the parameter shapes.",
        ]
    lines += ["", *_weights_note(result, scope), '"""', ""]
    return lines


def _weights_note(result: Check | None, scope: str) -> list[str]:
    if result is None:
        return ["With the session's seed the random draws happen in the lab's order, so the",
                "weights match as well, as long as no step was undone (undo does not rewind",
                "the random stream)."]
    if result.identical:
        return ["Weights: identical to the lab's (checked by replaying these steps)."]
    lines = [f"Weights: NOT identical to the lab's: {escaped(result.reason)}.",
             "They depend on random numbers drawn before these steps, or on an undo",
             "(undo does not rewind the random stream)."]
    if scope == SCREEN:
        lines.append("Export the whole session to replay every step.")
    return lines
