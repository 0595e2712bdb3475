"""Every performance figure of the README, each a ratio measured side by side, in one table.

    xvfb-run -a -s "-screen 0 1600x1000x24" python benchmarks/run_all.py
    python benchmarks/run_all.py --small     # a quick run at small sizes (the test suite's)

Runs each benchmark in its own process, one after the other (never in parallel:
they would disturb each other's timings), and prints their figures with the
goal of each and PASS or FAIL. Without a display the window is drawn offscreen.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from _common import JSON_PREFIX, ROOT, Figure, print_table

HERE = Path(__file__).resolve().parent
SCRIPTS = ("bench_startup.py", "bench_core.py", "bench_histogram.py",
           "bench_responsiveness.py", "bench_memory.py", "bench_scale.py",
           "bench_scale_window.py", "bench_autosave.py", "bench_train.py",
           "bench_train_window.py", "bench_charts.py")


def run(script: str, small: bool) -> list[Figure]:
    command = [sys.executable, str(HERE / script)] + (["--small"] if small else [])
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=3600)
    seconds = time.perf_counter() - started
    lines = [line for line in result.stdout.splitlines() if line.startswith(JSON_PREFIX)]
    if result.returncode != 0 or not lines:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"{script} failed (exit {result.returncode})")
    print(f"{script}: done in {seconds:.0f} s", flush=True)
    return [Figure(**fields) for fields in json.loads(lines[-1][len(JSON_PREFIX):])]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="small sizes, one repeat")
    parser.add_argument("--only", nargs="*", choices=SCRIPTS, help="run only these")
    args = parser.parse_args()
    figures: list[Figure] = []
    for script in args.only or SCRIPTS:
        figures.extend(run(script, args.small))
    print()
    print_table(figures, "Lazy Init Lab performance" + (" (--small)" if args.small else ""))
    failed = [f for f in figures if f.verdict == "FAIL"]
    print(f"\n{len(figures)} figures, {len(failed)} below their goal")
    return 0


if __name__ == "__main__":
    sys.exit(main())
