"""Goal 1, start-up: first paint and time-to-interactive against a bare import process.

    python benchmarks/bench_startup.py               # 7 interleaved pairs
    python benchmarks/bench_startup.py --repeats 1   # a quick run

Both are child processes started the same way, alternating: the bare one is
``import torch, PySide6.QtWidgets, pyqtgraph`` and prints the wall clock when
done; the app (``main.py`` with ``LAZY_INIT_LAB_STARTUP_REPORT=1``) prints the
wall clock of its first paint and of the moment its full window was painted and
the event loop free again. Times count from just before the child is spawned.
Runs offscreen unless a display exists (use ``xvfb-run -a`` for a real X server).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time

from _common import ROOT, Figure, emit, qt_platform_env

BARE = "import torch, PySide6.QtWidgets, pyqtgraph, time; print(repr(time.time()))"


def bare_seconds(env: dict) -> float:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", BARE], env=env, capture_output=True,
                         text=True, check=True, timeout=120)
    return float(out.stdout.strip().splitlines()[-1]) - start


def app_seconds(env: dict) -> tuple[float, float]:
    start = time.time()
    out = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True, timeout=120)
    times = json.loads(out.stdout.strip().splitlines()[-1])
    return times["first_paint"] - start, times["interactive"] - start


def measure(repeats: int) -> list[Figure]:
    env = qt_platform_env()
    with tempfile.TemporaryDirectory() as config:
        env["XDG_CONFIG_HOME"] = config  # the user's saved settings stay out of it
        env["LAZY_INIT_LAB_AUTOSAVE_DIR"] = config
        app_env = dict(env, LAZY_INIT_LAB_STARTUP_REPORT="1")
        bare_seconds(env)  # warm the file cache for both
        app_seconds(app_env)
        bare, paint, ready = [], [], []
        for _ in range(repeats):
            bare.append(bare_seconds(env))
            first, interactive = app_seconds(app_env)
            paint.append(first)
            ready.append(interactive)
    bare_m, paint_m, ready_m = (statistics.median(v) for v in (bare, paint, ready))
    platform = env.get("QT_QPA_PLATFORM") or "X display"
    return [
        Figure("1. start-up", "process start → first paint (loading PyTorch shown)", paint_m, "s",
               0.6, detail=f"median of {repeats}, {platform}; bare import {bare_m:.2f} s"),
        Figure("1. start-up", "fully interactive / bare `import torch, PySide6, pyqtgraph`",
               ready_m / bare_m, "x", 1.25,
               detail=f"app {ready_m:.2f} s, bare import {bare_m:.2f} s (medians of {repeats})"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--small", action="store_true", help="same as --repeats 1")
    args = parser.parse_args()
    emit(measure(1 if args.small else args.repeats), "Start-up")


if __name__ == "__main__":
    main()
