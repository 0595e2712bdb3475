"""English and 简体中文: complete catalogues, and a window that switches language live."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator

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


# -- the window ----------------------------------------------------------------------------


def _menus(win) -> list[str]:
    return [action.text() for action in win.menuBar().actions()]


def _tabs(tabs) -> list[str]:
    return [tabs.tabText(i) for i in range(tabs.count())]


def _expected(context: str, sources: list[str]) -> list[str]:
    return [QCoreApplication.translate(context, s) for s in sources]


MENUS = ["&File", "&Edit", "&Network", "&View", "&Help"]
CONTROL_TABS = ["Forward", "Initialize", "Layer"]
INSPECT_TABS = ["print(net)", "Shape trace", "Parameters"]


@pytest.fixture
def window(qtbot, settings_dir):
    from gui.session.session import LabSession
    from gui.window.main_window import MainWindow

    i18n.install("en")
    win = MainWindow(LabSession(seed=0))
    qtbot.addWidget(win)
    win.show()
    return win


def perform(qtbot, win, step) -> None:
    with qtbot.waitSignal(win.session.busyChanged, check_params_cb=lambda busy: not busy):
        win.perform(step)


def test_switching_language_retranslates_menus_and_panels_in_place(qtbot, window) -> None:
    perform(qtbot, window, {"op": "add", "layer": "LazyLinear", "args": {"out_features": 8}})
    window.forward_panel.set_shape([3, 5])
    positions = {source: _menus(window).index(source) for source in MENUS
                 if source in _menus(window)}
    assert len(positions) >= 4
    english = (_menus(window), _tabs(window.controls), _tabs(window.inspect_tabs),
               window.forward_panel.run_button.text(), window.undo_action.text())

    window.language_actions["zh_CN"].trigger()

    assert i18n.current_language() == "zh_CN"
    for source, position in positions.items():
        shown = _menus(window)[position]
        assert shown == QCoreApplication.translate("MainWindow", source) and CJK.search(shown)
    assert _tabs(window.controls)[:3] == _expected("MainWindow", CONTROL_TABS)
    assert _tabs(window.inspect_tabs)[1:3] == _expected("MainWindow", INSPECT_TABS[1:])
    assert window.forward_panel.run_button.text() == QCoreApplication.translate(
        "ForwardPanel", "Run forward")
    assert window.undo_action.text() == QCoreApplication.translate("MainWindow", "&Undo")
    trace = window.trace_table.model
    assert trace.headerData(trace.TYPE, Qt.Orientation.Horizontal) == \
        QCoreApplication.translate("TraceModel", "Type")
    assert CJK.search(window.status_label.text())
    assert window.language_actions["zh_CN"].isChecked()
    from gui.network.palette import HINT_ROLE

    hint = window.palette_view.item("LazyLinear").data(0, HINT_ROLE)
    assert hint == window.palette_view.hint("LazyLinear") and CJK.search(hint)
    # the session, the panel values and the undo history are kept
    assert window.forward_panel.shape() == [3, 5]
    assert [m.type for m in window.session.snapshot.modules] == ["LazyLinear"]
    assert window.session.can_undo

    window.language_actions["en"].trigger()
    assert (_menus(window), _tabs(window.controls), _tabs(window.inspect_tabs),
            window.forward_panel.run_button.text(), window.undo_action.text()) == english


def _same_state(qtbot, win) -> None:
    """A layer, a forward pass, the compare and depth tabs built: texts of every kind shown."""
    perform(qtbot, win, {"op": "add", "layer": "LazyLinear", "args": {"out_features": 8}})
    win.forward_panel.set_shape([3, 5])
    perform(qtbot, win, {"op": "forward", "shape": [3, 5]})
    win.compare_view  # noqa: B018 (builds the tab)
    win.depth_view  # noqa: B018 (builds the tab)
    win.statusBar().clearMessage()  # passing messages of the steps end at different times


def test_a_window_switched_live_shows_what_a_fresh_window_shows(qtbot, new_window,
                                                               settings_dir) -> None:
    """en -> zh_CN -> en: every text of the window, its menus and tabs, as if built anew."""
    from tests.gui.visible_texts import differences, visible_texts

    i18n.install("en")
    switched = new_window()
    _same_state(qtbot, switched)
    english = visible_texts(switched)
    for language in ("zh_CN", "en"):
        i18n.set_language(language)
        fresh = new_window()
        _same_state(qtbot, fresh)
        shown = visible_texts(switched)
        assert differences(shown, visible_texts(fresh)) == differences(Counter(), Counter())
        fresh.close()
        if language == "zh_CN":
            assert any(CJK.search(text) for _kind, _cls, text in shown)
            assert len(set(shown) & set(english)) < len(english) / 2  # most texts changed
    assert visible_texts(switched) == english


def test_the_choice_persists_into_a_new_window(qtbot, window) -> None:
    from gui.session.session import LabSession
    from gui.window.main_window import MainWindow

    i18n.set_language("zh_CN")
    assert QSettings("LazyInitLab", "LazyInitLab").value("language") == "zh_CN"
    window.close()
    i18n.install("en")  # a fresh start: nothing installed yet
    assert i18n.saved_choice() == "zh_CN"
    assert i18n.install_saved() == "zh_CN"
    again = MainWindow(LabSession(seed=0))
    qtbot.addWidget(again)
    assert _menus(again)[0] == QCoreApplication.translate("MainWindow", "&File") != "&File"
    assert again.language_actions["zh_CN"].isChecked()
    i18n.set_language("system")
    assert i18n.saved_choice() == "system"
    assert i18n.current_language() == i18n.system_language()


def test_an_error_after_switching_is_explained_in_chinese(qtbot, window) -> None:
    perform(qtbot, window, {"op": "add", "layer": "LazyLinear", "args": {"out_features": 8}})
    i18n.set_language("zh_CN")
    with qtbot.waitSignal(window.session.failed) as failed:
        window.perform({"op": "init", "init": "xavier_uniform_"})
    error = failed.args[0]
    chinese = i18n.translate_message(error.message)
    assert chinese != str(error.message) and CJK.search(chinese)
    assert window.banner.isVisible()
    assert chinese in window.banner.message.text()
    assert CJK.search(window.banner.title.text())
    assert window.statusBar().currentMessage() == chinese
    # the banner follows a later switch too
    i18n.set_language("en")
    assert str(error.message) in window.banner.message.text()
    assert not CJK.search(window.banner.message.text())


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


def test_a_temporary_status_message_is_retranslated(qtbot, window, tmp_path,
                                                    monkeypatch) -> None:
    """The status line is made again from its values: the path stays, the words change."""
    path = str(tmp_path / "w.pt")
    monkeypatch.setattr(window, "ask_save_path", lambda *_args: path)
    window.export_weights()
    english = window.statusBar().currentMessage()
    assert english == QCoreApplication.translate("MainWindow", "Weights written to {path}").format(
        path=path)
    i18n.set_language("zh_CN")
    assert window.statusBar().currentMessage() == QCoreApplication.translate(
        "MainWindow", "Weights written to {path}").format(path=path)
    assert CJK.search(window.statusBar().currentMessage()) and path in \
        window.statusBar().currentMessage()
    i18n.set_language("en")
    assert window.statusBar().currentMessage() == english


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


def test_a_translator_installed_directly_also_retranslates_the_window(qtbot, window) -> None:
    app = QCoreApplication.instance()
    for translator in list(i18n.language._translators):  # as if the app had never installed one
        app.removeTranslator(translator)
    QCoreApplication.sendPostedEvents(None, 0)
    translator = QTranslator()
    assert translator.load(str(update.qm_path("zh_CN")))
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: CJK.search(_menus(window)[0]) is not None)
        assert _menus(window)[0] == QCoreApplication.translate("MainWindow", "&File")
        assert i18n.current_language() == "zh_CN"
    finally:
        app.removeTranslator(translator)
        qtbot.waitUntil(lambda: _menus(window)[0] == "&File")
