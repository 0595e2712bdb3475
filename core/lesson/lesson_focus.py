"""What a lesson step is about: the views the window brings forward for it.

A step's ``focus`` names one view or a short list of them, most important first:
``"focus": "trace"`` or ``"focus": ["cards", "trace"]``. In presenter mode the
window shows the named views large and hides the others; outside it the named
tabs are brought to the front. See docs/lessons.md.
"""

from __future__ import annotations

from typing import Any

from core.messages import msg

# The views a step may name, in the order docs/lessons.md describes them.
FOCUS_VIEWS = (
    "cards",  # the network's cards, with the changed lines (★) of the last step
    "print",  # print(net)
    "visit_log",  # the net.apply visit log
    "trace",  # the shape trace of the last forward pass, with the activations' statistics
    "parameters",  # the Parameters table
    "histogram",  # the selected parameter's histogram and the steps that changed it
    "compare",  # the Compare chart
    "depth",  # the Depth chart
    "train",  # the Train tab: loss curves of the step's training run
)
MAX_FOCUS = 3  # more than three views at once is no longer a focus


class FocusError(ValueError):
    """A step's focus names no view, or too many; the message says which ones exist."""


def parse_focus(value: Any, where: str) -> tuple[str, ...]:
    """The views ``value`` names, most important first; () when the step has no focus."""
    if value is None:
        return ()
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not names or len(names) > MAX_FOCUS:
        raise FocusError(msg("{where}: field 'focus' must be a view or a list of one to {most} "
                             "views, such as \"trace\" or [\"cards\", \"trace\"]",
                             where=where, most=MAX_FOCUS))
    for name in names:
        if name not in FOCUS_VIEWS:
            raise FocusError(msg("{where}: field 'focus': {name} is not a view; views are {views}",
                                 where=where, name=repr(name), views=", ".join(FOCUS_VIEWS)))
    if len(set(names)) != len(names):
        raise FocusError(msg("{where}: field 'focus' names a view twice", where=where))
    return tuple(names)
