"""Did a step meet its ``expect``? One answer for the runner, lessons and their exercises."""

from __future__ import annotations

from core.errors import ERROR_KINDS, LabError
from core.messages import msg


class StepFormatError(ValueError):
    """A step whose structure is wrong: the scenario cannot be used (exit 2)."""


def expect_kind(step: dict, where: str = "step") -> str | None:
    """None (meant to succeed), "error" (any error) or one error kind."""
    expect = step.get("expect")
    if expect is None or expect == "ok":
        return None
    if expect == "error":
        return "error"
    if isinstance(expect, dict) and set(expect) == {"error"} and expect["error"] in ERROR_KINDS:
        return expect["error"]
    raise StepFormatError(
        msg("{where}: field 'expect' must be \"ok\", \"error\" or {{\"error\": <kind>}} with "
            "kind one of {kinds}", where=where, kinds=", ".join(ERROR_KINDS))
    )


def expected(wanted: str | None, error: LabError | None) -> bool:
    """Whether an outcome (``error``, None for success) is what ``wanted`` asked for.

    ``wanted`` is an ``expect_kind``: None (success), "error" (any error) or an error kind.
    """
    if wanted is None:
        return error is None
    return error is not None and wanted in ("error", error.kind)
