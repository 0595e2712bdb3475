"""Start-up: the loading window, the background import, and the failure it can report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from gui import app

ROOT = Path(__file__).resolve().parents[2]


def test_loading_window_shows_the_app_layout_and_a_busy_state(qtbot):
    window = app.LoadingWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.busy.minimum() == window.busy.maximum() == 0  # indeterminate: it moves
    assert window.status.text() == "Loading PyTorch…"
    captions = [label.text() for label in window.findChildren(app.QLabel)]
    assert {"Layers", "Network", "Histograms and parameters"} <= set(captions)
    window.set_stage("plots")
    assert window.status.text() == "Loading the plotting library…"
    with qtbot.waitSignal(window.painted, timeout=2000):
        window.repaint()


def test_a_failed_import_is_reported_with_a_way_out(qtbot, monkeypatch):
    monkeypatch.setattr(app, "HEAVY_MODULES", (("torch", "torch"),
                                               ("core", "no_such_module_for_the_test")))
    loader = app.ModuleLoader()
    stages = []
    loader.stage.connect(stages.append)
    with qtbot.waitSignal(loader.failed, timeout=30_000) as blocker:
        loader.start()
    assert blocker.args[0].startswith("ModuleNotFoundError")
    assert "no_such_module_for_the_test" in blocker.args[0]
    window = app.LoadingWindow()
    qtbot.addWidget(window)
    window.show_failure(blocker.args[0].split("\n\n")[0])
    assert window.busy.isHidden() and not window.quit_button.isHidden()
    assert "pip install -r requirements.txt" in window.status.text()


def test_the_loader_imports_everything_the_window_needs(qtbot):
    loader = app.ModuleLoader()
    stages = []
    loader.stage.connect(stages.append)
    with qtbot.waitSignal(loader.loaded, timeout=60_000):
        loader.start()
    assert all(module in sys.modules for _stage, module in app.HEAVY_MODULES)
    qtbot.waitUntil(lambda: stages[-1:] == ["window"])
    assert stages == ["torch", "plots", "core", "window"]


def test_main_paints_first_then_becomes_interactive(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path),
               LAZY_INIT_LAB_AUTOSAVE_DIR=str(tmp_path), LAZY_INIT_LAB_STARTUP_REPORT="1")
    env.pop("DISPLAY", None)
    result = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, text=True,
                            capture_output=True, timeout=120, check=True)
    times = json.loads(result.stdout.strip().splitlines()[-1])
    assert times["app_created"] <= times["first_paint"] < times["window_paint"]
    assert (times["app_created"] <= times["modules_loaded"] <= times["window_built"]
            <= times["window_paint"] <= times["interactive"])
