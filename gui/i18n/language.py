"""Which language the interface is in, and installing its translators.

``--language`` on the command line for one run, else the choice saved by
View ▸ Language (System default / English / 简体中文), else the system locale.
Without a font that has Chinese glyphs the interface stays English (boxes would
be worse) and the terminal says which package to install. Installing a
translator makes Qt send ``QEvent.LanguageChange`` to every widget, which then
sets its texts again (see ``gui/i18n/__init__.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

LANGUAGES = ("en", "zh_CN")
SYSTEM = "system"
CHOICES = (SYSTEM, *LANGUAGES)
# Each language is named in itself, so a person who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}
SETTINGS_KEY = "language"
TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "translations"

_current: dict = {"language": None, "font_missing": False}
PROBE = "Nothing to undo."  # a core message, translated in every non-English catalogue
_translators: list[QTranslator] = []


# -- which language -------------------------------------------------------------------


def system_language() -> str:
    """'zh_CN' when the default locale (the system's, unless set) is any Chinese, else 'en'."""
    locale = QLocale()
    chinese = locale.language() == QLocale.Language.Chinese or locale.name().startswith("zh")
    return "zh_CN" if chinese else "en"


def normalize(choice: object) -> str:
    """A known choice ('system', 'en', 'zh_CN'); aliases such as 'zh', 'zh-CN' and 'cn' too."""
    text = str(choice or "").strip().replace("-", "_")
    lowered = text.lower()
    if lowered in ("", SYSTEM, "default", "auto"):
        return SYSTEM
    if lowered.startswith("zh") or lowered in ("cn", "chinese", "简体中文"):
        return "zh_CN"
    if lowered.startswith("en") or lowered == "english":
        return "en"
    raise ValueError(f"unknown language {choice!r}; choose one of {', '.join(CHOICES)}")


def resolve(choice: str) -> str:
    """The language a choice means: 'system' follows the locale."""
    choice = normalize(choice)
    return system_language() if choice == SYSTEM else choice


def saved_choice() -> str:
    """The choice stored in QSettings ('system' when none or unreadable)."""
    from gui.session import settings

    try:
        return normalize(settings.settings().value(SETTINGS_KEY, SYSTEM))
    except ValueError:
        return SYSTEM


def save_choice(choice: str) -> None:
    from gui.session import settings

    settings.settings().setValue(SETTINGS_KEY, normalize(choice))


def current_language() -> str:
    """'en' or 'zh_CN': the language the installed translators give (so ``tr`` gives).

    Asked of Qt, not remembered: a translator installed or removed without
    ``install()`` changes it too.
    """
    if QCoreApplication.instance() is None:
        return _current["language"] or system_language()
    shown = QCoreApplication.translate("", PROBE)
    return "en" if shown == PROBE else "zh_CN"


# -- installing translators -----------------------------------------------------------


def cjk_font_available() -> bool:
    """Whether a font with Chinese glyphs is installed (without one, Chinese shows as boxes)."""
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        return True  # no fonts to check without a GUI application; nothing is drawn either
    system = QFontDatabase.WritingSystem.SimplifiedChinese
    return bool(QFontDatabase.families(system))


FONT_HINT = ("Lazy Init Lab: no font with Chinese characters is installed, so the interface "
             "stays in English. On Debian or Ubuntu: sudo apt-get install fonts-wqy-microhei")


def font_hint() -> str | None:
    """Why Chinese was asked for but English is shown (no CJK font), or None."""
    if not _current.get("font_missing"):
        return None
    return QCoreApplication.translate(
        "i18n", "No font with Chinese characters is installed, so the interface stays in "
        "English. On Debian or Ubuntu: sudo apt-get install fonts-wqy-microhei")


def qm_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"lazyinitlab_{language}.qm"


def install(language: str) -> str:
    """Install the app's (and Qt's own) translator for ``language``; returns it.

    Qt then sends LanguageChange to every widget. A missing .qm file leaves
    the source texts (English) in place rather than failing.
    """
    language = resolve(language)
    _current["font_missing"] = language == "zh_CN" and not cjk_font_available()
    if _current["font_missing"]:  # boxes are worse than English
        print(FONT_HINT, file=sys.stderr)
        language = "en"
    app = QCoreApplication.instance()
    _current["language"] = language
    if app is None:
        return language
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    candidates = [(f"lazyinitlab_{language}", str(TRANSLATIONS_DIR))]
    if language != "en":  # Qt's own texts: the buttons of standard dialogs
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates.append((f"qtbase_{language}", qt_dir))
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(name, directory):
            _translators.append(translator)
    for translator in reversed(_translators):  # the app's own file is searched first
        app.installTranslator(translator)
    if not _translators:  # nothing installed, so Qt sent no event: send one for the switch
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return language


def install_saved(override: str | None = None) -> str:
    """At start: the command line's language, else the saved choice, else the locale."""
    return install(override if override else saved_choice())


def set_language(choice: str) -> str:
    """Switch now and remember the choice ('system', 'en' or 'zh_CN')."""
    choice = normalize(choice)
    save_choice(choice)
    if resolve(choice) == current_language() and _translators:
        return current_language()
    return install(choice)
