"""The interface language: English or 简体中文, switched live from View ▸ Language.

How texts get translated
    Every visible GUI string is ``self.tr("literal")`` (or
    ``QCoreApplication.translate("Context", "literal")``), formatted afterwards
    with ``.format(...)``. Messages made in ``core/`` are ``core.messages.msg``
    objects; show them with ``translate_message(message)``. The catalogues live
    in ``translations/`` (``python translations/update.py`` refreshes and
    compiles them, also as ``python -m gui.i18n --update``; ``tests/test_i18n.py``
    fails while a Chinese text is missing).

How switching works (no restart): Qt's ``retranslateUi`` pattern
    ``set_language(choice)`` stores the choice and installs the translators
    (``language.py``); Qt then sends ``QEvent.LanguageChange`` to every widget.
    Each widget sets its texts in one method, ``retranslate()``, called at the
    end of ``__init__`` and again on that event: ``gui.kit.retranslating``'s
    ``Retranslating`` mixin does the second part. Texts formatted from data
    (numbers, core messages, the status line) are rendered again from the data
    they were made from, not recovered from the screen. Item models compute
    their texts with ``tr`` at call time; their ``retranslate()`` only emits
    ``headerDataChanged``/``dataChanged`` so views ask again. The window's
    actions and menus take their texts from its action table
    (``gui/window/actions.py``, ``ActionTable.retranslate()``). Nothing is rebuilt,
    so selections, panel values, plots and undo history stay as they are.

    Never alias ``tr`` (``tr = self.tr``, ``tr = QCoreApplication.translate``):
    lupdate then files the text under the wrong context and Qt never finds
    its translation. ``translate = QCoreApplication.translate`` is understood.
"""

from __future__ import annotations

from gui.i18n.language import (
    CHOICES,
    LANGUAGE_NAMES,
    LANGUAGES,
    SETTINGS_KEY,
    SYSTEM,
    TRANSLATIONS_DIR,
    cjk_font_available,
    current_language,
    font_hint,
    install,
    install_saved,
    normalize,
    qm_file,
    resolve,
    save_choice,
    saved_choice,
    set_language,
    system_language,
)
from gui.i18n.language_menu import add_language_menu, retranslate_language_menu
from gui.i18n.messages import translate_message

__all__ = [
    "CHOICES", "LANGUAGES", "LANGUAGE_NAMES", "SETTINGS_KEY", "SYSTEM", "TRANSLATIONS_DIR",
    "add_language_menu", "cjk_font_available", "current_language", "font_hint", "install",
    "install_saved", "normalize", "qm_file", "resolve", "retranslate_language_menu",
    "save_choice", "saved_choice", "set_language", "system_language", "translate_message",
]
