"""core/ is the lab itself: PyTorch only, never Qt (nor the gui package).

Two independent checks: importing each core module in a fresh interpreter loads none of
the GUI libraries, and no core source file imports them, even lazily inside a function.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "core"
FORBIDDEN = {"PySide6", "pyqtgraph", "shiboken6", "gui", "PyQt5", "PyQt6", "PySide2"}
MODULES = sorted(
    "core" if path.stem == "__init__" else f"core.{path.stem}" for path in CORE.glob("*.py")
)

PROBE = """
import importlib, json, sys
importlib.import_module({module!r})
roots = {forbidden!r}
print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in roots)))
"""


def test_core_modules_are_found() -> None:
    assert {"core.lab", "core.scenario", "core.steps", "core.network", "core.capture",
            "core.stats", "core.memory", "core.explain", "core.inputs", "core.weights",
            "core.templates", "core.errors", "core.catalogue", "core.initializers"} <= set(MODULES)


def test_importing_any_core_module_loads_no_gui_library() -> None:
    """One fresh interpreter per module, run two at a time (each imports torch)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    results = {}
    pending = list(MODULES)
    while pending:
        batch, pending = pending[:2], pending[2:]
        running = {
            module: subprocess.Popen(
                [sys.executable, "-c", PROBE.format(module=module, forbidden=FORBIDDEN)],
                cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )
            for module in batch
        }
        for module, process in running.items():
            out, err = process.communicate(timeout=120)
            assert process.returncode == 0, f"import {module} failed:\n{err}"
            results[module] = json.loads(out.strip().splitlines()[-1])
    loaded = {module: found for module, found in results.items() if found}
    assert loaded == {}, f"core modules pulled in GUI libraries: {loaded}"


def imported_roots(tree: ast.AST) -> set[str]:
    """Top-level package names imported anywhere in a module, including dynamic imports."""
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                roots.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call):
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in ("import_module", "__import__") and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    roots.add(first.value.split(".")[0])
    return roots


def test_no_core_source_imports_a_gui_library() -> None:
    offenders = {}
    for path in sorted(CORE.glob("*.py")):
        roots = imported_roots(ast.parse(path.read_text("utf-8"), filename=str(path)))
        bad = roots & FORBIDDEN
        if bad:
            offenders[path.name] = sorted(bad)
    assert offenders == {}


def test_the_scan_would_notice_an_offender() -> None:
    source = (
        "import os\nfrom PySide6.QtCore import QObject\n"
        "def later():\n    import pyqtgraph as pg\n    from gui import app\n"
        "importlib.import_module('shiboken6')\n"
    )
    assert imported_roots(ast.parse(source)) & FORBIDDEN == {
        "PySide6", "pyqtgraph", "gui", "shiboken6"
    }
