"""Start class in one command: --lesson, --step, --presenter, checked before any window opens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import main

ROOT = Path(__file__).resolve().parents[1]


def refused(capsys, argv: list[str]) -> str:
    with pytest.raises(SystemExit) as exited:
        main.parse_args(argv)
    assert exited.value.code == 2
    return capsys.readouterr().err


def test_an_unknown_lesson_is_refused_naming_the_lessons_there_are(capsys):
    message = refused(capsys, ["--lesson", "lazy_init"])
    assert "no lesson 'lazy_init'" in message and "lazy_initialization" in message


def test_a_step_past_the_end_is_refused_with_the_range(capsys):
    pages = len(__import__("core.lesson.lesson", fromlist=["load"]).load(
        ROOT / "lessons" / "lazy_initialization.json").pages())
    message = refused(capsys, ["--lesson", "lazy_initialization", "--step", str(pages + 1)])
    assert f"steps 1 to {pages}" in message
    assert "steps 1 to" in refused(capsys, ["--lesson", "lazy_initialization", "--step", "0"])
    args = main.parse_args(["--lesson", "lazy_initialization", "--step", str(pages)])
    assert Path(args.lesson) == ROOT / "lessons" / "lazy_initialization.json"


@pytest.mark.parametrize(("argv", "words"), [
    (["--step", "3"], "--step goes with --lesson"),
    (["--lesson", "lazy_initialization", "--load", "examples/seed_mlp.json"], "give one"),
    (["--run", "x.json", "--report", "out", "--presenter"], "--run is headless"),
    (["--lesson", "lazy_initialization", "--step", "seven"], "invalid int value"),
])
def test_flags_that_do_not_go_together_are_refused(capsys, argv, words):
    assert words in refused(capsys, argv)


def test_a_lesson_file_by_path_and_a_broken_one(capsys, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert "is not a lesson file" in refused(capsys, ["--lesson", str(broken)])
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps({"format": 1, "steps": [{"op": "clear"}]}))
    assert main.parse_args(["--lesson", str(mine), "--step", "2"]).lesson == str(mine)
    assert "steps 1 to 2" in refused(capsys, ["--lesson", str(mine), "--step", "3"])


def test_one_command_opens_step_7_in_presenter_mode_and_saves_what_the_class_sees(tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "projector", "x": 0, "y": 0,
                                               "width": 1280, "height": 720,
                                               "logicalDpi": 96, "logicalBaseDpi": 96}]}))
    shot = tmp_path / "step7.png"
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--lesson", "lazy_initialization", "--step",
         "7", "--presenter", "--screenshot", str(shot)],
        env=env, capture_output=True, text=True, timeout=240, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() <= 1280 and image.height() <= 720 and image.width() > 1200


@pytest.mark.parametrize(("given", "expected"), [(None, "PASSIVE"), ("ACTIVE", "ACTIVE")])
def test_the_window_lets_openmps_idle_threads_sleep_unless_told_otherwise(given, expected):
    """Spinning OpenMP threads took the core the UI thread needed to show a step."""
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    if given is not None:
        env["OMP_WAIT_POLICY"] = given
    probe = ("import os, sys, main, gui.app\n"
             "gui.app.run_app = lambda **_: print(os.environ.get('OMP_WAIT_POLICY')) or 0\n"
             "sys.exit(main.main([]))\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [expected]
