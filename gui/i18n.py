"""The interface language: English or 简体中文, following the locale or the user's choice.

How texts get translated
    Every visible GUI string is ``self.tr("literal")`` (or
    ``QCoreApplication.translate("Context", "literal")``), formatted afterwards
    with ``.format(...)``. Messages made in ``core/`` are ``core.messages.msg``
    objects; show them with ``translate_message(text)``. The catalogues live in
    ``translations/`` (``python translations/update.py`` refreshes and compiles
    them, also as ``python -m gui.i18n --update``; ``tests/test_i18n.py`` fails
    while a Chinese text is missing).

Where the language comes from
    ``--language`` on the command line for one run, else the choice saved by
    View ▸ Language (System default / English / 简体中文), else the system
    locale. Without a font that has Chinese glyphs the interface stays English
    (boxes would be worse) and the terminal says which package to install.

How switching works (no restart)
    ``set_language(choice)`` stores the choice in QSettings and installs the
    translators; Qt then sends ``QEvent.LanguageChange`` to every widget. The
    main window answers it with ``retranslate_tree(self)``: it walks every
    widget and action below it and replaces each text that came from ``tr`` by
    its translation in the new language (exact texts, and texts formatted from a
    template, whose values are carried over). Nothing is rebuilt, so selections,
    panel values, plots and undo history stay as they are, and widgets added
    later are covered without extra code. Afterwards the window re-renders the
    current snapshot.

What a widget must do itself
    Static ``tr`` texts: nothing. A widget that composes text from data
    (core messages, narration, numbers in a sentence) re-renders it from its
    data in ``changeEvent`` when ``event.type() == QEvent.Type.LanguageChange``
    (see ``ErrorBanner``). Text kept in custom item-data roles is not seen by
    the walk either: set it again there (see ``Palette``). Item models either
    compute header and cell texts with ``tr`` at call time or keep their headers
    in ``self._headers`` (a tuple of texts, retranslated by the walk); their views
    are then made to ask again.
    Never alias ``tr`` (``tr = self.tr``, ``tr = QCoreApplication.translate``):
    lupdate then files the text under the wrong context and Qt never finds
    its translation. ``translate = QCoreApplication.translate`` is understood.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTranslator,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QFontDatabase,
    QGuiApplication,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QStatusBar,
    QTabWidget,
    QTextEdit,
    QToolBox,
    QTreeWidget,
    QWidget,
)

from core.messages import Message

LANGUAGES = ("en", "zh_CN")
SYSTEM = "system"
CHOICES = (SYSTEM, *LANGUAGES)
# Each language is named in itself, so a person who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}
SETTINGS_KEY = "language"
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"

_current = {"language": None, "previous": None}
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
    """'en' or 'zh_CN': the language the window is shown in."""
    if _current["language"] is None:
        _current["language"] = system_language()
    return _current["language"]


def previous_language() -> str:
    """The language shown before the last switch (what texts on screen are in now)."""
    return _current["previous"] or current_language()


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
    _current["previous"] = current_language()
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


_PROBE = "Nothing to undo."  # a core message: in every catalogue, context ""


def installed_language() -> str:
    """The language the installed translators give: 'zh_CN' if they translate into Chinese."""
    shown = QCoreApplication.translate("", _PROBE)
    chinese = {text for context, source, text in catalogue("zh_CN") if source == _PROBE}
    return "zh_CN" if shown != _PROBE and shown in chinese else "en"


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


# -- core messages --------------------------------------------------------------------


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


# -- retranslating what is on screen --------------------------------------------------


@cache
def catalogue(language: str) -> tuple[tuple[str, str, str], ...]:
    """(context, source, translation) of every message in the shipped .ts file."""
    path = TRANSLATIONS_DIR / f"lazyinitlab_{language}.ts"
    if language == "en" or not path.exists():
        path = TRANSLATIONS_DIR / "lazyinitlab_en.ts"
    if not path.exists():
        return ()
    rows = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = "" if translation is None else (translation.text or "")
            forms = [] if translation is None else translation.findall("numerusform")
            if forms:
                continue  # %n texts are formatted by Qt, not reversible here
            rows.append((name, source, source if language == "en" else (text or source)))
    return tuple(rows)


@cache
def _reverse(language: str) -> dict[str, list[tuple[str, str]]]:
    """Shown text in ``language`` -> the (context, source) pairs it can come from."""
    table: dict[str, list[tuple[str, str]]] = {}
    for context, source, text in catalogue(language):
        table.setdefault(text, []).append((context, source))
    return table


_WORD = re.compile(r"[A-Za-z\u4e00-\u9fff]")
_FIELD = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)(?:![rsa])?(?::[^{}]*)?\}")


@cache
def _patterns(language: str) -> tuple[tuple[re.Pattern, str, str, int, bool], ...]:
    """(regex, context, source, fixed length, has words) of each template in ``language``."""
    patterns = []
    for context, source, text in catalogue(language):
        if "{" not in text:
            continue
        parts, seen, position = ["^"], set(), 0
        for match in _FIELD.finditer(text):
            parts.append(re.escape(text[position:match.start()]))
            token, name = match.group(0), match.group(1)
            if name is None:
                parts.append(re.escape(token[0]))
            elif name in seen:
                parts.append(f"(?P={name})")
            else:
                seen.add(name)
                parts.append(f"(?P<{name}>.*?)")
            position = match.end()
        parts.append(re.escape(text[position:]) + "$")
        literal = _FIELD.sub("", text)
        if seen:
            patterns.append((re.compile("".join(parts), re.DOTALL), context, source,
                             len(literal), bool(_WORD.search(literal))))
    # the most specific first: more fixed text means fewer accidental matches
    return tuple(sorted(patterns, key=lambda p: -p[3]))


def _fill(template: str, values: dict[str, str]) -> str:
    """``template`` with each field replaced by the text captured for it."""
    def field(match: re.Match) -> str:
        token, name = match.group(0), match.group(1)
        if name is None:
            return token[0]
        return values.get(name, token)

    return _FIELD.sub(field, template)


def retranslate_text(text: str, contexts: tuple[str, ...] = (), old: str | None = None,
                     depth: int = 0) -> str | None:
    """``text`` (shown in language ``old``) in the current language; None if not ours."""
    if not text or depth > 3:
        return None
    old = old or previous_language()
    candidates = _reverse(old).get(text)
    if candidates:
        context, source = _pick(candidates, contexts)
        return QCoreApplication.translate(context, source)
    if len(text) > 4000:  # a document (print(net), a log), not an interface text
        return None
    matches = []
    for pattern, context, source, _length, has_words in _patterns(old):
        match = pattern.match(text)
        if not match:
            continue
        values = {name: retranslate_text(value, contexts, old, depth + 1)
                  for name, value in match.groupdict().items()}
        if not has_words and all(v is None for v in values.values()):
            continue  # "{name} {shape}" matches any two words: only with a value of ours
        matches.append((context, source, {n: v if v is not None else match.group(n)
                                          for n, v in values.items()}))
        if len(matches) >= 8:
            break
    if not matches:
        return None
    context, source = _pick([(c, s) for c, s, _ in matches], contexts)
    values = next(v for c, s, v in matches if (c, s) == (context, source))
    return _fill(QCoreApplication.translate(context, source), values)


def _pick(candidates: list[tuple[str, str]], contexts: tuple[str, ...]) -> tuple[str, str]:
    for context in contexts:
        for candidate in candidates:
            if candidate[0] == context:
                return candidate
    return candidates[0]


def _contexts(obj: QObject) -> tuple[str, ...]:
    """Class names of ``obj`` and its parents: the tr() contexts its texts likely came from."""
    names: list[str] = []
    while obj is not None:
        for cls in type(obj).__mro__:
            if cls.__module__.startswith(("gui", "__main__")) and cls.__name__ not in names:
                names.append(cls.__name__)
        obj = obj.parent()
    return (*names, "")


_walk = {"old": None}
SHOWN_PROPERTY = "i18nLanguage"


def mark_shown(root: QObject, language: str | None = None) -> None:
    """Record which language ``root``'s texts are in (a window calls it once it is built)."""
    root.setProperty(SHOWN_PROPERTY, language or current_language())


def _swap(getter, setter, contexts: tuple[str, ...]) -> None:
    try:
        text = getter()
    except RuntimeError:  # the C++ object is gone
        return
    if not isinstance(text, str) or not text:
        return
    new = retranslate_text(text, contexts, _walk["old"])
    if new is not None and new != text:
        setter(new)


def retranslate_tree(root: QObject) -> None:
    """Re-translate every text below ``root`` from the previous language to the current one."""
    installed = installed_language()
    if installed != current_language():  # a translator was installed without install()
        _current["previous"], _current["language"] = current_language(), installed
    old = root.property(SHOWN_PROPERTY) or previous_language()
    if old == current_language():
        return
    _walk["old"] = old
    try:
        objects = [root, *root.findChildren(QObject)]
        for obj in objects:
            try:
                _retranslate_one(obj)
            except RuntimeError:  # deleted while we walked (a finished timer, a closed popup)
                continue
        _retranslate_plots(objects)
    finally:
        _walk["old"] = None
    mark_shown(root)


def _retranslate_one(obj: QObject) -> None:
    contexts = _contexts(obj)
    if isinstance(obj, QAction):
        for name in ("text", "toolTip", "statusTip", "whatsThis"):
            _swap(getattr(obj, name), getattr(obj, "set" + name[0].upper() + name[1:]),
                  contexts)
        return
    if not isinstance(obj, QWidget):
        return
    for name in ("windowTitle", "toolTip", "statusTip", "whatsThis", "accessibleName"):
        _swap(getattr(obj, name), getattr(obj, "set" + name[0].upper() + name[1:]), contexts)
    if isinstance(obj, (QAbstractButton, QLabel)):
        _swap(obj.text, obj.setText, contexts)
    if isinstance(obj, QStatusBar):  # a temporary message (its timeout is not kept)
        _swap(obj.currentMessage, obj.showMessage, contexts)
    if isinstance(obj, (QGroupBox, QMenu)):
        _swap(obj.title, obj.setTitle, contexts)
    if isinstance(obj, (QLineEdit, QTextEdit, QPlainTextEdit)):
        _swap(obj.placeholderText, obj.setPlaceholderText, contexts)
    if isinstance(obj, QAbstractSpinBox):
        _swap(obj.specialValueText, obj.setSpecialValueText, contexts)
        for name in ("prefix", "suffix"):
            if hasattr(obj, name):
                _swap(getattr(obj, name), getattr(obj, "set" + name.title()), contexts)
    if isinstance(obj, QComboBox):
        for i in range(obj.count()):
            _swap(lambda i=i: obj.itemText(i), lambda t, i=i: obj.setItemText(i, t),
                  contexts)
            _swap(lambda i=i: obj.itemData(i, Qt.ItemDataRole.ToolTipRole),
                  lambda t, i=i: obj.setItemData(i, t, Qt.ItemDataRole.ToolTipRole),
                  contexts)
    if isinstance(obj, QTabWidget):
        for i in range(obj.count()):
            _swap(lambda i=i: obj.tabText(i), lambda t, i=i: obj.setTabText(i, t), contexts)
            _swap(lambda i=i: obj.tabToolTip(i), lambda t, i=i: obj.setTabToolTip(i, t),
                  contexts)
    if isinstance(obj, QToolBox):
        for i in range(obj.count()):
            _swap(lambda i=i: obj.itemText(i), lambda t, i=i: obj.setItemText(i, t),
                  contexts)
    if isinstance(obj, QTreeWidget):
        _retranslate_tree_widget(obj, contexts)
    if isinstance(obj, QListWidget):
        for i in range(obj.count()):
            item = obj.item(i)
            _swap(item.text, item.setText, contexts)
            _swap(item.toolTip, item.setToolTip, contexts)
    if isinstance(obj, QAbstractItemView):
        model = obj.model()
        if isinstance(model, QStandardItemModel):
            _retranslate_standard_model(model, contexts)
        elif model is not None:  # models that call tr() in data()/headerData()
            _refresh_headers(model)
        obj.viewport().update()


def _refresh_headers(model) -> None:
    """Make views ask a model for its headers again; headers it keeps (``_headers``) first."""
    kept = getattr(model, "_headers", None)
    if isinstance(kept, (tuple, list)) and all(isinstance(h, str) for h in kept):
        contexts = _contexts(model)
        renamed = [retranslate_text(h, contexts, _walk["old"]) or h for h in kept]
        model._headers = type(kept)(renamed)
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except (RuntimeError, TypeError):  # QAbstractListModel hides columnCount
        columns = 1
    model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(columns - 1, 0))
    model.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(model.rowCount(root) - 1, 0))


def _retranslate_tree_widget(tree, contexts) -> None:
    header = tree.headerItem()
    for column in range(tree.columnCount()):
        _swap(lambda c=column: header.text(c), lambda t, c=column: header.setText(c, t), contexts)
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        for column in range(tree.columnCount()):
            _swap(lambda c=column, it=item: it.text(c),
                  lambda t, c=column, it=item: it.setText(c, t), contexts)
            _swap(lambda c=column, it=item: it.toolTip(c),
                  lambda t, c=column, it=item: it.setToolTip(c, t), contexts)
        stack.extend(item.child(i) for i in range(item.childCount()))


def _retranslate_standard_model(model, contexts) -> None:
    for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount()),
                               (Qt.Orientation.Vertical, model.rowCount())):
        for section in range(count):
            _swap(lambda s=section, o=orientation: model.headerData(s, o),
                  lambda t, s=section, o=orientation: model.setHeaderData(s, o, t), contexts)
    stack = [model.invisibleRootItem()]
    while stack:
        parent = stack.pop()
        for row in range(parent.rowCount()):
            for column in range(parent.columnCount()):
                item = parent.child(row, column)
                if item is None:
                    continue
                _swap(item.text, item.setText, contexts)
                _swap(item.toolTip, item.setToolTip, contexts)
                stack.append(item)


def _retranslate_plots(objects) -> None:
    """pyqtgraph titles and axis labels live in graphics items, not in widgets."""
    try:
        import pyqtgraph as pg
    except ImportError:  # pragma: no cover - pyqtgraph is a requirement
        return
    for obj in objects:
        if not isinstance(obj, pg.PlotWidget):
            continue
        contexts = _contexts(obj)
        item = obj.getPlotItem()
        title = item.titleLabel.text if item.titleLabel.isVisible() else ""
        new = retranslate_text(title, contexts, _walk["old"]) if title else None
        if new:
            item.setTitle(new)
        for axis_name in ("left", "bottom", "right", "top"):
            axis = item.getAxis(axis_name)
            label = axis.labelText
            new = retranslate_text(label, contexts, _walk["old"]) if label else None
            if new:
                axis.setLabel(new, units=axis.labelUnits or None)
        legend = item.legend
        if legend is not None:
            for _sample, label in legend.items:
                new = retranslate_text(label.text, contexts, _walk["old"])
                if new:
                    label.setText(new)


# -- the Language menu ------------------------------------------------------------------


def add_language_menu(menu) -> dict:
    """Add 'System default / English / 简体中文' checkable actions to ``menu``."""
    group = QActionGroup(menu)
    group.setExclusive(True)
    actions = {}
    chosen = saved_choice()
    for choice in CHOICES:
        if choice == SYSTEM:
            text = QCoreApplication.translate("i18n", "&System default")
        else:
            text = LANGUAGE_NAMES[choice]
        action = QAction(text, menu)
        action.setCheckable(True)
        action.setChecked(choice == chosen)
        action.setData(choice)
        action.triggered.connect(lambda _=False, c=choice: set_language(c))
        group.addAction(action)
        menu.addAction(action)
        actions[choice] = action
    return actions


def main(argv: list[str] | None = None) -> int:
    """``python -m gui.i18n --update``: the same as ``python translations/update.py``."""
    import runpy
    import sys

    args = sys.argv[1:] if argv is None else argv
    args = [a for a in args if a != "--update"]
    sys.argv = ["update.py", *args]
    runpy.run_path(str(TRANSLATIONS_DIR / "update.py"), run_name="__main__")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
