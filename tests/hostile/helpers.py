"""Shared helpers of the hostile-input tests: write a scenario, run the headless runner."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import main

ROOT = Path(__file__).resolve().parents[2]


def write(path: Path, doc: object) -> Path:
    if isinstance(doc, bytes):
        path.write_bytes(doc)
    elif isinstance(doc, str):
        path.write_text(doc, "utf-8")
    else:
        path.write_text(json.dumps(doc), "utf-8")
    return path


def run(capsys, scenario: Path, report: Path, *flags: str) -> tuple[int, str]:
    """``main.py --run`` in-process (the same code path as the command): (exit, stderr)."""
    code = main.main(["--run", str(scenario), "--report", str(report), *flags])
    return code, capsys.readouterr().err


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=180)


def refuse_constant(name: str) -> None:
    raise AssertionError(f"{name} is not strict JSON")


def read_report(directory: Path) -> dict:
    return json.loads((directory / "report.json").read_text("utf-8"),
                      parse_constant=refuse_constant)


def leftovers(directory: Path) -> list[str]:
    """Temporary files a run left behind (there must be none)."""
    return sorted(str(p.relative_to(directory)) for p in directory.rglob("*")
                  if p.name.endswith(".partial"))


def linear(n_in: int = 4, n_out: int = 3, **extra) -> dict:
    return {"op": "add", "layer": "Linear", "args": {"in_features": n_in, "out_features": n_out},
            **extra}


def scenario(*steps: dict, **top) -> dict:
    return {"format": 1, "seed": 0, **top, "steps": list(steps)}
