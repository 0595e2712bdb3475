"""Switching language live (View ▸ Language): every text follows, nothing else changes.

The strongest check: after en -> zh_CN -> en, a window switched live shows exactly
the texts a fresh window built in that language shows (tests/gui/visible_texts.py).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator

from gui import i18n
from tests.gui.visible_texts import differences, visible_texts

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def settings_dir(isolated_settings):
    QSettings("LazyInitLab", "LazyInitLab").clear()
    yield isolated_settings
    i18n.install("en")  # later tests expect the English interface


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
               window.forward_panel.run_button.text(), window.action_table["undo"].text())

    window.language_actions["zh_CN"].trigger()

    assert i18n.current_language() == "zh_CN"
    for source, position in positions.items():
        shown = _menus(window)[position]
        assert shown == QCoreApplication.translate("MainWindow", source) and CJK.search(shown)
    assert _tabs(window.controls)[:3] == _expected("MainWindow", CONTROL_TABS)
    assert _tabs(window.inspect_tabs)[1:3] == _expected("MainWindow", INSPECT_TABS[1:])
    assert window.forward_panel.run_button.text() == QCoreApplication.translate(
        "ForwardPanel", "Run forward")
    assert window.action_table["undo"].text() == QCoreApplication.translate("MainWindow", "&Undo")
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
            window.forward_panel.run_button.text(), window.action_table["undo"].text()) == english


def _same_state(qtbot, win) -> None:
    """A layer, a forward pass, a refused step with its banner, a layer selected, the
    compare and depth tabs built: texts of every kind shown."""
    perform(qtbot, win, {"op": "add", "layer": "LazyLinear", "args": {"out_features": 8}})
    win.forward_panel.set_shape([3, 5])
    perform(qtbot, win, {"op": "forward", "shape": [3, 5]})
    with qtbot.waitSignal(win.session.failed):  # xavier needs 2 dimensions; a bias has one
        win.perform({"op": "init", "init": "xavier_uniform_", "params": "bias"})
    win.network_view.select(0)
    win.compare_view  # noqa: B018 (builds the tab)
    win.depth_view  # noqa: B018 (builds the tab)
    assert win.banner.isVisible() and win.layer_editor.position == 0


def test_a_window_switched_live_shows_what_a_fresh_window_shows(qtbot, new_window,
                                                               settings_dir) -> None:
    """en -> zh_CN -> en: every text of the window, its menus and tabs, as if built anew."""
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


def test_a_temporary_status_message_is_retranslated(qtbot, window, tmp_path,
                                                    monkeypatch) -> None:
    """The status line is made again from its values: the path stays, the words change."""
    path = str(tmp_path / "w.pt")
    monkeypatch.setattr(window, "ask_save_path", lambda *_args: path)
    window.export_weights()
    english = window.statusBar().currentMessage()
    assert english == QCoreApplication.translate(
        "FileMenuMixin", "Weights written to {path}").format(path=path)
    i18n.set_language("zh_CN")
    assert window.statusBar().currentMessage() == QCoreApplication.translate(
        "FileMenuMixin", "Weights written to {path}").format(path=path)
    assert CJK.search(window.statusBar().currentMessage()) and path in \
        window.statusBar().currentMessage()
    i18n.set_language("en")
    assert window.statusBar().currentMessage() == english


def test_a_translator_installed_directly_also_retranslates_the_window(qtbot, window) -> None:
    app = QCoreApplication.instance()
    for translator in list(i18n.language._translators):  # as if the app had never installed one
        app.removeTranslator(translator)
    QCoreApplication.sendPostedEvents(None, 0)
    translator = QTranslator()
    assert translator.load(str(i18n.qm_file("zh_CN")))
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: CJK.search(_menus(window)[0]) is not None)
        assert _menus(window)[0] == QCoreApplication.translate("MainWindow", "&File")
        assert i18n.current_language() == "zh_CN"
    finally:
        app.removeTranslator(translator)
        qtbot.waitUntil(lambda: _menus(window)[0] == "&File")
