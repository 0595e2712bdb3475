"""How failures on the session's worker reach the user: always as one explained LabError."""

from __future__ import annotations

from core.errors import INVALID_FILE, RUNTIME, LabError
from core.io import scenario as scenario_io
from core.messages import msg


def as_lab_error(exc: BaseException) -> LabError:
    """Every failure reaches the user as a LabError; unexpected ones keep their text."""
    if isinstance(exc, LabError):
        return exc
    if isinstance(exc, scenario_io.ScenarioError):
        reason = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
        return LabError(INVALID_FILE, msg("This file cannot be used: {reason}.", reason=reason))
    detail = getattr(exc, "formatted_traceback", "") or _safe_text(exc, repr)
    return LabError(
        RUNTIME,
        msg(
            "Unexpected error ({kind}: {text}); the network was left unchanged.",
            kind=type(exc).__name__, text=_safe_text(exc, str),
        ),
        torch_message=detail,
    )


def _safe_text(exc: BaseException, render) -> str:
    """``str(exc)``, even for an exception whose __str__ itself raises."""
    try:
        return render(exc)[:500]
    except Exception:  # any failure of a foreign __str__
        return f"<{type(exc).__name__}>"

