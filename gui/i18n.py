"""The interface language: English or 简体中文, following the locale or the user's choice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from core.messages import Message

LANGUAGES = ("en", "zh_CN")
_current = {"language": None}


def current_language() -> str:
    """'en' or 'zh_CN': the language the window is shown in."""
    if _current["language"] is None:
        system = QLocale.system().name()
        _current["language"] = "zh_CN" if system.startswith("zh") else "en"
    return _current["language"]


def translate_message(text: str) -> str:
    """A core message in the interface language (plain strings pass through)."""
    if not isinstance(text, Message):
        return text
    params = {key: translate_message(value) for key, value in text.params.items()}
    return QCoreApplication.translate("", text.template).format(**params)
