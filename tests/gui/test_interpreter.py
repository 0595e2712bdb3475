"""The interpreter set up for a window that never stalls: gc and GIL settings, idle collection."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import weakref
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication

from gui.kit import interpreter
from gui.session.session import LabSession

ROOT = Path(__file__).resolve().parents[2]


def test_prepare_interpreter_freezes_imports_and_leaves_collections_to_idle_time():
    # In a child process: the settings are process-wide and the test run keeps its own.
    probe = ("import gc, json, sys, torch\n"
             "from gui.kit.interpreter import prepare_interpreter\n"
             "before = gc.isenabled()\n"
             "prepare_interpreter()\n"
             "print(json.dumps([before, gc.isenabled(), gc.get_freeze_count(),"
             " sys.getswitchinterval()]))\n")
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, check=True)
    before, after, frozen, switch = json.loads(result.stdout)
    assert before and not after  # no collection on whichever thread allocates
    assert frozen > 10_000  # torch's objects, kept out of every later collection
    assert switch == pytest.approx(interpreter.GIL_SWITCH_SECONDS, abs=1e-6)  # kept in µs
    assert switch < 0.005


class _Node:
    pass


def _old_cycle() -> weakref.ref:
    """A reference cycle that only a full collection frees (it survived into the old one)."""
    node = _Node()
    node.itself = node
    gc.collect()  # survivors move to the oldest generation
    return weakref.ref(node)


def test_idle_collector_collects_once_a_step_has_ended(qtbot, monkeypatch):
    for earlier in QCoreApplication.instance().findChildren(interpreter.IdleCollector):
        shiboken6.delete(earlier)  # earlier tests' windows' collector: its timer with it
    monkeypatch.setattr(interpreter, "IDLE_MS", 50)
    session = LabSession(seed=0)
    collector = interpreter.IdleCollector()
    collector.watch(session)
    enabled = gc.isenabled()
    gc.disable()  # no automatic collection may free the cycle in this test's place
    try:
        node = _old_cycle()
        assert node() is not None
        with qtbot.waitSignal(session.busyChanged, check_params_cb=lambda busy: not busy):
            assert session.submit({"op": "add", "layer": "ReLU"})
            assert not collector.pending  # never while a step runs
        assert collector.pending and node() is not None
        qtbot.waitUntil(lambda: node() is None, timeout=5000)
        assert not collector.pending
    finally:
        if enabled:
            gc.enable()


def test_one_collector_watches_every_window_of_the_application(qtbot):
    first, second = LabSession(seed=0), LabSession(seed=0)
    collector = interpreter.IdleCollector.for_session(first)
    assert interpreter.IdleCollector.for_session(second) is collector
    with qtbot.waitSignal(second.busyChanged, check_params_cb=lambda busy: not busy):
        assert second.submit({"op": "add", "layer": "ReLU"})
    assert collector.pending  # the other session ran nothing either


def test_idle_collector_also_collects_now_and_then_without_steps(qtbot, monkeypatch):
    """What closing a window leaves is collected on the UI thread even if no step runs."""
    monkeypatch.setattr(interpreter, "EVERY_MS", 50)
    collector = interpreter.IdleCollector()
    collector.watch(LabSession(seed=0))
    enabled = gc.isenabled()
    gc.disable()
    try:
        node = _old_cycle()
        qtbot.waitUntil(lambda: node() is None, timeout=5000)
    finally:
        shiboken6.delete(collector)
        if enabled:
            gc.enable()
