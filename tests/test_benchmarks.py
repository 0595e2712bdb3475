"""The benchmark script runs (timings themselves stay out of the test suite)."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_core_benchmark_runs_on_a_small_size():
    result = subprocess.run(
        [sys.executable, "benchmarks/bench_core.py", "--small", "--repeats", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=True,
    )
    ratios = re.findall(r"lab / plain torch = ([0-9.]+)x", result.stdout)
    assert len(ratios) == 2 and all(float(r) > 0 for r in ratios)
