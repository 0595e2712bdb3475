"""English and 简体中文: complete catalogues, and a window that switches language live."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from core.errors import LabError
from core.messages import Message, msg
from core.model import catalogue
from gui import i18n

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
ZH_TS = TRANSLATIONS / "lazyinitlab_zh_CN.ts"
EN_TS = TRANSLATIONS / "lazyinitlab_en.ts"
FIELD = re.compile(r"\{\{|\}\}|\{[^{}]*\}")
CJK = re.compile(r"[\u4e00-\u9fff]")

sys.path.insert(0, str(TRANSLATIONS))
import update  # noqa: E402  (translations/update.py: the project's own lupdate/lrelease runner)


def rows(path: Path, comments: bool = False) -> list[tuple]:
    """(context, source, translated text, type[, comment]) of every current message."""
    result = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = None if translation is None else translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            text = "" if translation is None else update.translated_text(translation)
            row = (name, message.findtext("source") or "", text, kind)
            result.append((*row, message.findtext("comment") or "") if comments else row)
    return result


# -- the catalogues ----------------------------------------------------------------------


@pytest.mark.parametrize("path", [ZH_TS, EN_TS], ids=["zh_CN", "en"])
def test_every_message_is_translated(path: Path) -> None:
    messages = rows(path)
    assert len(messages) > 400  # the whole interface, core's messages included
    unfinished = [source for _c, source, text, kind in messages if kind == "unfinished" or not text]
    assert unfinished == []
    assert 'type="unfinished"' not in path.read_text("utf-8")


def test_chinese_translations_keep_placeholders_and_accelerators() -> None:
    for context, source, text, _kind in rows(ZH_TS):
        assert sorted(FIELD.findall(source)) == sorted(FIELD.findall(text)), (context, source)
        assert ("%n" in source) == ("%n" in text), source
        if re.search(r"&[^&\s]", source):  # a menu accelerator: 文件(&F)
            assert re.search(r"&[^&\s]", text), (context, source, text)
        if source != text:
            letters = re.sub(r"\{[^{}]*\}|&\w", "", source)
            if re.search(r"[a-z]{3,} [a-z]{3,}", letters):  # prose, not a code name
                assert CJK.search(text), (context, source, text)


def test_english_translations_are_the_source_texts() -> None:
    for context, source, text, _kind in rows(EN_TS):
        if "%n" not in source:
            assert text == source, (context, source)


def test_the_sources_hold_no_text_missing_from_the_chinese_catalogue(tmp_path: Path) -> None:
    """lupdate on the current code: every text it finds is in the committed .ts, translated."""
    fresh = tmp_path / "fresh.ts"
    update.lupdate(fresh, "zh_CN")
    found = {(context, source) for context, source, _t, _k in rows(fresh)}
    translated = {(context, source) for context, source, text, kind in rows(ZH_TS)
                  if text and kind != "unfinished"}
    missing = sorted(found - translated)
    assert missing == [], (
        f"{len(missing)} texts are not translated; run `python translations/update.py`, "
        f"translate, then `python translations/update.py` again: {missing[:10]}"
    )


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_shipped_qm_matches_its_ts(qapp, tmp_path: Path, language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(update.qm_path(language)))
    for context, source, text, _kind, comment in rows(update.ts_path(language), comments=True):
        if "%n" in source:
            continue
        shown = translator.translate(context, source, comment or None)
        assert shown == text or (language == "en" and shown == ""), (context, source)
    fresh = tmp_path / "fresh.qm"
    update.lrelease(update.ts_path(language), fresh)
    assert fresh.read_bytes() == update.qm_path(language).read_bytes()


def test_no_tr_call_formats_its_text_before_translation() -> None:
    pattern = re.compile(r"""\b(tr|translate|msg)\(\s*(?:"[^"]*",\s*)?f["']""")
    offenders = []
    for path in [*ROOT.glob("gui/**/*.py"), *ROOT.glob("core/**/*.py")]:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if pattern.search(line):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []


def test_tr_is_never_aliased() -> None:
    """``tr = self.tr`` hides the context from lupdate: Qt would never find the translation."""
    alias = re.compile(r"^\s*tr\s*=\s*(self\.tr|QCoreApplication\.translate|\w+\.tr)\b")
    offenders = [f"{path.name}:{number}" for path in ROOT.glob("gui/**/*.py")
                 for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                 if alias.search(line)]
    assert offenders == []


def test_lupdate_sees_core_templates_and_template_titles() -> None:
    sources = {source for context, source, _t, _k in rows(ZH_TS) if context == ""}
    from core.model import templates

    assert {t["title"].template for t in templates.TEMPLATES.values()} <= sources
    assert {spec.doc.template for spec in catalogue.LAYERS.values()} <= sources
    assert {title.template for title in catalogue.GROUP_TITLES.values()} <= sources


# -- languages, choices and messages ------------------------------------------------------


@pytest.fixture
def settings_dir(isolated_settings):
    QSettings("LazyInitLab", "LazyInitLab").clear()
    yield isolated_settings
    i18n.install("en")  # later tests expect the English interface


@pytest.mark.parametrize(("given", "expected"), [
    ("zh", "zh_CN"), ("zh-CN", "zh_CN"), ("zh_TW", "zh_CN"), ("简体中文", "zh_CN"),
    ("en_US", "en"), ("English", "en"), ("", "system"), ("system", "system"),
])
def test_language_choices_are_normalized(given: str, expected: str) -> None:
    assert i18n.normalize(given) == expected


def test_an_unknown_language_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="system, en, zh_CN"):
        i18n.normalize("klingon")


def test_core_messages_follow_the_language(qapp, settings_dir) -> None:
    with pytest.raises(LabError) as caught:
        catalogue.layer_spec("Lineer")
    english = str(caught.value.message)
    assert isinstance(caught.value.message, Message)
    assert "Did you mean 'Linear'?" in english
    i18n.install("zh_CN")
    chinese = i18n.translate_message(caught.value.message)
    expected = QCoreApplication.translate("", caught.value.message.template).format(
        shown="'Lineer'", names=", ".join(catalogue.LAYERS),
        hint=QCoreApplication.translate("", " Did you mean {name}?").format(name="'Linear'"))
    assert chinese == expected
    assert CJK.search(chinese) and "'Linear'" in chinese and "LazyLinear" in chinese
    i18n.install("en")
    assert i18n.translate_message(caught.value.message) == english


def test_a_broken_translation_falls_back_to_english(qapp) -> None:
    assert i18n.translate_message(msg("no such {thing} template", thing="x")) == \
        "no such x template"
    assert i18n.translate_message("plain text") == "plain text"


def test_main_takes_a_language_option(tmp_path: Path) -> None:
    script = (
        "import sys; sys.argv = ['main.py', '--language', 'xx']\n"
        "import main\n"
        "main.parse_args(['--language', 'zh_CN'])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    bad = subprocess.run([sys.executable, "main.py", "--language", "klingon"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "zh_CN" in bad.stderr


def test_the_chinese_screenshot_is_in_docs() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    import check_screenshot

    png = ROOT / "docs" / "screenshot-zh.png"
    assert check_screenshot.problems(png) == []
    assert "docs/screenshot-zh.png" in (ROOT / "README.md").read_text("utf-8")


def test_the_ts_files_are_well_formed_linguist_files() -> None:
    for path in (ZH_TS, EN_TS):
        root = ET.parse(path).getroot()
        assert root.tag == "TS"
        assert root.get("language") in ("zh_CN", "en")


def test_without_a_chinese_font_the_interface_stays_english(qapp, settings_dir, monkeypatch,
                                                            capsys) -> None:
    monkeypatch.setattr(i18n.language, "cjk_font_available", lambda: False)
    assert i18n.install("zh_CN") == "en"
    assert i18n.current_language() == "en"
    assert "fonts-wqy-microhei" in capsys.readouterr().err
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert "fonts-wqy-microhei" in i18n.font_hint()  # the window shows it in its status bar
    monkeypatch.setattr(i18n.language, "cjk_font_available", lambda: True)
    assert i18n.install("zh_CN") == "zh_CN" and i18n.font_hint() is None


def test_system_default_follows_the_locale(qapp, settings_dir) -> None:
    from PySide6.QtCore import QLocale

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        assert i18n.system_language() == "zh_CN"
        assert i18n.saved_choice() == "system"
        assert i18n.install_saved() == "zh_CN"
        assert CJK.search(QCoreApplication.translate("MainWindow", "&File"))
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert i18n.install_saved() == "en"
        assert i18n.install_saved("zh_CN") == "zh_CN"  # --language wins over the locale
    finally:
        QLocale.setDefault(before)
