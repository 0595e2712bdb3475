"""Wrapped labels keep every line: a layout may not squeeze one below the height it needs.

Qt's layouts give a word-wrapped QLabel the height its *minimum* size hint asks for
(one line) when a splitter, a tab widget or a scroll area between them does not pass
height-for-width on. The label then cuts its last lines off. ``keep_whole`` watches a
label's width and raises its minimum height to what its text needs at that width, so
the panel around it scrolls or gives up room elsewhere instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget


class _KeepWhole(QObject):
    """Sets a wrapped label's minimum height to heightForWidth(width) when it resizes, or
    paints a text it was not fitted to."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(watched, QLabel):
            return False
        # Paint: a new text is painted (QLabel has no textChanged signal). The same text
        # painted again is not measured again: lifting the pin would ask the layout for a
        # new pass, whose repaint would measure again, round and round (a busy UI thread).
        kind = event.type()
        repainted_new_text = (kind == QEvent.Type.Paint
                              and watched.property(_FITTED) != watched.text())
        if repainted_new_text or kind in (QEvent.Type.Resize, QEvent.Type.FontChange,
                                          QEvent.Type.Show, QEvent.Type.Hide):
            fit(watched)
        return False


_FILTER: _KeepWhole | None = None
_FITTING = "wrappedLabelFitting"  # a label being measured: no second measure from its events
_FITTED = "wrappedLabelFittedText"  # the text the label's minimum height was last fitted to


def fit(label: QLabel) -> None:
    """The label's minimum height: every line of its text at its current width.

    QLabel's own height-for-width never goes below its minimum height, so the pin is
    lifted while measuring (a larger font or a narrower panel earlier must not stick).
    """
    if not label.wordWrap() or label.width() <= 0 or label.property(_FITTING):
        return
    label.setProperty(_FITTING, True)
    label.setProperty(_FITTED, label.text())
    try:
        label.setMinimumHeight(0)
        if label.isVisible() and label.text():  # a hidden label pins nothing
            label.setMinimumHeight(max(label.heightForWidth(label.width()), 0))
    finally:
        label.setProperty(_FITTING, False)


def keep_whole(label: QLabel) -> None:
    global _FILTER
    if _FILTER is None:
        _FILTER = _KeepWhole()
    label.installEventFilter(_FILTER)
    fit(label)


def keep_whole_under(root: QWidget) -> None:
    """``keep_whole`` for every word-wrapped label under ``root``."""
    for label in root.findChildren(QLabel):
        if label.wordWrap():
            keep_whole(label)
