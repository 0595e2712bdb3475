"""The architecture's rules hold: the import-linter contracts in pyproject.toml are kept.

core imports no Qt, pyqtgraph or gui (imports inside functions count too); gui imports
torch only through core; the widget kit (gui/kit) imports nothing of core; within core,
lessons and files sit over operations, over analyses, over the model; and inside each of
core's packages no two modules import each other, directly or around a circle.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT = [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
        "sys.exit(lint_imports_command())"]


def lint(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(LINT, cwd=root, capture_output=True, text=True, timeout=120)


def test_every_contract_is_kept() -> None:
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 kept, 0 broken" in result.stdout


def test_a_lazy_qt_import_in_core_breaks_a_contract(tmp_path: Path) -> None:
    """The contracts would notice an offender, even one hidden inside a function."""
    (tmp_path / "core").mkdir()
    (tmp_path / "gui" / "kit").mkdir(parents=True)
    (tmp_path / "core" / "__init__.py").write_text("")
    (tmp_path / "core" / "sneaky.py").write_text(
        "def later():\n    from PySide6.QtCore import QObject\n    return QObject\n")
    (tmp_path / "gui" / "__init__.py").write_text("")
    (tmp_path / "gui" / "kit" / "__init__.py").write_text("import core.sneaky\n")
    (tmp_path / "gui" / "view.py").write_text("import torch\n")
    for package in ("lesson", "io", "export", "operations", "analysis", "training", "model"):
        (tmp_path / "core" / package).mkdir()
        (tmp_path / "core" / package / "__init__.py").write_text("")
    for module in ("recovery", "scenario", "report", "figures"):
        (tmp_path / "core" / "io" / f"{module}.py").write_text("")
    (tmp_path / "core" / "model" / "__init__.py").write_text("import core.operations\n")
    (tmp_path / "core" / "analysis" / "fit.py").write_text("import core.analysis.shapes\n")
    (tmp_path / "core" / "analysis" / "shapes.py").write_text(
        "def later():\n    from core.analysis import fit\n    return fit\n")
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text("utf-8"))
    result = lint(tmp_path)
    assert result.returncode != 0
    assert "0 kept, 5 broken" in result.stdout, result.stdout
    assert "core.model -> core.operations" in result.stdout
    assert "core.sneaky -> PySide6" in result.stdout
    assert "gui.view -> torch" in result.stdout
    assert "No cycles are allowed in core.analysis." in result.stdout
