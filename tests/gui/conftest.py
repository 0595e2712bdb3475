"""Fixtures shared by the GUI tests split by concern: the panel tests (test_panels,
test_forward_panel, test_init_panel) and the window reliability tests (test_reliability,
test_autosave_restore).

A test module that needs something else defines its own fixture of the same name
(``lab``, ``autosave_root``), which wins over these.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.model.lab import Lab
from gui import i18n
from gui.session import autosave
from gui.session.session import LabSession


@pytest.fixture(params=["en", "zh_CN"])
def language(request):
    """The window in English, then in Chinese (the CJK font must be installed)."""
    if request.param == "zh_CN" and not i18n.cjk_font_available():
        pytest.fail("no CJK font: install fonts-wqy-microhei to check the Chinese window")
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


@pytest.fixture
def lab() -> Lab:
    lab = Lab()
    lab.add("Linear", {"in_features": 20, "out_features": 256})
    return lab


@pytest.fixture
def autosave_root(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "autosave"
    monkeypatch.setenv(autosave.ROOT_VARIABLE, str(root))
    return root


@pytest.fixture
def make_window(new_window, autosave_root):
    return lambda seed=0: new_window(LabSession(seed=seed))
