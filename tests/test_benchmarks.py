"""The benchmark scripts run at a small size (timings themselves stay out of the test suite)."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> str:
    result = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True,
                            timeout=600, check=True, env=_env())
    return result.stdout


def _env() -> dict:
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    return env


def figures(stdout: str) -> list[dict]:
    line = [line for line in stdout.splitlines() if line.startswith("FIGURES ")][-1]
    return json.loads(line[len("FIGURES "):])


@pytest.mark.parametrize(("script", "count"), [
    ("bench_core.py", 2), ("bench_memory.py", 3), ("bench_histogram.py", 5),
    ("bench_responsiveness.py", 1), ("bench_startup.py", 2), ("bench_train.py", 2),
    ("bench_charts.py", 4), ("bench_train_window.py", 3), ("bench_autosave.py", 9),
])
def test_each_benchmark_runs_small_and_reports_figures_with_goals(script, count):
    stdout = run(f"benchmarks/{script}", "--small")
    rows = figures(stdout)
    assert len(rows) == count
    for row in rows:
        assert row["goal"][0].isdigit() and row["what"]
        assert row["value"] is None or row["value"] >= 0
    assert re.search(r"PASS|FAIL|info|SKIP", stdout)
    if script == "bench_histogram.py":  # measured against matplotlib, or says why not
        versus = [r for r in rows if r["what"].startswith("matplotlib")]
        assert len(versus) == 2
        assert all(r["value"] is not None or "matplotlib not installed" in r["detail"]
                   for r in versus)


def test_run_all_prints_one_table_of_every_figure():
    stdout = run("benchmarks/run_all.py", "--small", "--only", "bench_core.py", "bench_memory.py")
    table = stdout.split("Lazy Init Lab performance", 1)[1]
    assert "2. big network" in table and "5. memory" in table
    assert re.search(r"5 figures, \d+ below their goal", stdout)


def test_scale_benchmark_prints_time_and_memory_beside_plain_pytorch():
    """10 and 100 layers, built at once and a layer per step, and two real networks opened
    as users' models, next to plain PyTorch."""
    stdout = run("benchmarks/bench_scale.py", "--small")
    table = stdout.split("lab, a layer per step", 1)[1].splitlines()[1:5]
    assert [line.split()[0] for line in table] == ["10", "100", "resnet", "deep"]
    assert all(line.count(" s ") == 3 and line.count("MB") == 3 for line in table[:2])
    assert all(line.count(" s ") == 2 and line.count("MB") == 2 for line in table[2:])
    rows = {row["what"]: row for row in figures(stdout)}
    assert len(rows) == 5 and all(row["goal"] == "6. scale" for row in rows.values())
    assert sum("opened with --model" in what for what in rows) == 2
    assert all(row["value"] > 0 and row["limit"] for row in rows.values())
    memory = rows["100 layers, one per step: peak memory"]
    assert 50 < memory["value"] < memory["limit"]  # a Python process with torch, measured


def test_autosave_benchmark_prints_early_and_late_steps_side_by_side():
    """The three kinds of session, the incremental and the whole write, at step 25 and 100."""
    stdout = run("benchmarks/bench_autosave.py", "--small")
    header, *rows = stdout.split("steps 11-25 and 86-100", 1)[1].splitlines()[1:5]
    assert header.split() == ["incremental", "to", "25", "incremental", "to", "100", "whole",
                              "to", "25", "whole", "to", "100", "UI", "thread", "to", "25",
                              "UI", "thread", "to", "100"]
    assert [row.split()[0] for row in rows] == ["history", "layers", "weights"]
    assert all(float(cell) > 0 for row in rows for cell in row.split()[1:])
    ratio = [r for r in figures(stdout) if r["limit"] is not None]
    assert len(ratio) == 1 and "steps 86-100 / steps 11-25 (incremental)" in ratio[0]["what"]
