"""Core's messages (``core.messages.msg``) in the interface language.

Core keeps a message as its English template and values; the GUI translates
the template (context "") and formats it with the values, themselves translated
when they are messages too. Shown again after a language switch, a message is
rendered from the same object, so it follows the new language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.messages import Message


def translate_message(text: str) -> str:
    """A core message in the interface language (plain strings pass through)."""
    if not isinstance(text, Message):
        return text
    params = {key: translate_message(value) for key, value in text.params.items()}
    translated = QCoreApplication.translate("", text.template)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation: keep the English
        return text.template.format(**params)
