"""Qt's ``retranslateUi`` pattern as a mixin: a widget sets its texts in ``retranslate()``.

The widget calls ``self.retranslate()`` at the end of ``__init__``; the mixin
calls it again when Qt sends ``QEvent.LanguageChange`` (a translator was
installed or removed). ``retranslate()`` sets every ``tr`` text the widget shows
and renders texts made from data again from that data, so switching language
keeps the widget's state. Put the mixin before the Qt class:
``class Palette(Retranslating, QWidget)``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Calls ``retranslate()`` on every language change; the widget defines it."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
