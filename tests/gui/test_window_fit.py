"""The first window fits the screen it opens on, from 1024×768 up, with nothing off-screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize

from gui.window import window_layout

PROBE = Path(__file__).with_name("window_fit_probe.py")
SCREENS = ((1024, 768), (1280, 720), (1366, 768), (1920, 1080))


def probe(tmp_path: Path, width: int, height: int, *flags: str) -> dict:
    """The window's geometry on an offscreen screen of width × height (its own process)."""
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "projector", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, str(PROBE), *flags], env=env, capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def inside(inner: list[int], outer: list[int]) -> bool:
    return QRect(*outer).contains(QRect(*inner))


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_the_first_window_lies_wholly_on_the_screen(tmp_path, width, height):
    shown = probe(tmp_path, width, height)
    assert shown["available"] == [0, 0, width, height]
    assert inside(shown["frame"], shown["available"]), shown
    for name, part in shown["parts"].items():
        assert part["visible"], name
        assert inside(part["rect"], shown["window"]), (name, part)
        assert inside(part["on_screen"], shown["available"]), (name, part)
        assert part["rect"][2] > 40 and part["rect"][3] > 20, (name, part)  # not squashed


def test_presenter_mode_at_1024_by_768_keeps_everything_on_screen(tmp_path):
    shown = probe(tmp_path, 1024, 768, "--presenter")
    assert inside(shown["frame"], shown["available"])
    for name, part in shown["parts"].items():
        if part["visible"]:
            assert inside(part["on_screen"], shown["available"]), (name, part)


@pytest.mark.parametrize(("available", "expected"), [
    (QRect(0, 0, 1920, 1080), QSize(1600, 1000)),  # room enough: the preferred size
    (QRect(0, 0, 1280, 720), QSize(1280 - 16, 720 - 40)),  # shrunk, the frame still fits
    (QRect(100, 30, 1024, 738), QSize(1024 - 16, 738 - 40)),  # a panel takes the top 30 px
])
def test_first_geometry_is_never_larger_than_the_available_area(available, expected):
    placed = window_layout.first_geometry(available)
    assert placed.size() == expected
    assert available.contains(placed.marginsAdded(window_layout.FRAME))  # title bar included


def test_a_geometry_saved_on_a_larger_screen_is_not_restored_off_screen(tmp_path):
    shown = probe(tmp_path, 1280, 720, "--saved", "200,150,2200,1300")  # from a 2560×1440
    assert inside(shown["frame"], shown["available"]), shown
    assert shown["frame"][2] >= 1200  # the whole projector is used, not a tiny window


def test_a_saved_geometry_that_fits_is_restored_as_saved(tmp_path):
    shown = probe(tmp_path, 1920, 1080, "--saved", "300,200,1200,700")
    assert shown["window"][2:] == [1200, 700]
    assert inside(shown["frame"], shown["available"])
