"""What every benchmark shares: interleaved timing, medians, figures against goals, the table.

These machines are noisy: absolute times drift with load, so each figure is a
ratio of two medians measured interleaved in the same run (drift hits both
sides alike), or, where the goal itself is absolute, a median of repeats.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

JSON_PREFIX = "FIGURES "  # run_all.py collects the lines that start with this


@dataclass(frozen=True)
class Figure:
    """One measured figure and its goal: ``value <= limit`` ("max") or ``>= limit`` ("min")."""

    goal: str  # "1. start-up", ...
    what: str
    value: float | None  # None: skipped
    unit: str  # "x" (a ratio), "s", "ms", "%"
    limit: float | None = None  # None: reported, no goal
    kind: str = "max"
    detail: str = ""

    @property
    def verdict(self) -> str:
        if self.value is None:
            return "SKIP"
        if self.limit is None:
            return "info"
        ok = self.value <= self.limit if self.kind == "max" else self.value >= self.limit
        return "PASS" if ok else "FAIL"

    def value_text(self) -> str:
        if self.value is None:
            return "skipped"
        return _number(self.value, self.unit)

    def goal_text(self) -> str:
        if self.limit is None:
            return "—"
        return ("≤ " if self.kind == "max" else "≥ ") + _number(self.limit, self.unit)


def _number(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}×"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "%":
        return f"{value:.1f} %"
    return f"{value:.0f} {unit}"


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def interleaved(runs: dict[str, Callable[[], object]], repeats: int) -> dict[str, float]:
    """Median seconds of each run, the runs alternating so drift hits them alike."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeats):
        for name, run in runs.items():
            times[name].append(timed(run))
    return {name: statistics.median(values) for name, values in times.items()}


def print_table(figures: list[Figure], title: str = "") -> None:
    rows = [("goal", "figure", "measured", "goal", ""), *(
        (f.goal, f.what, f.value_text(), f.goal_text(), f.verdict) for f in figures)]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    if title:
        print(title)
    for index, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            print("  ".join("-" * width for width in widths))
    for figure in figures:
        if figure.detail:
            print(f"  {figure.what}: {figure.detail}")


def emit(figures: list[Figure], title: str = "") -> None:
    """The human table, then one machine-readable line for run_all.py."""
    print_table(figures, title)
    print(JSON_PREFIX + json.dumps([asdict(f) for f in figures]), flush=True)


def qt_platform_env() -> dict:
    """The environment for a Qt child: offscreen unless a display (e.g. xvfb-run) exists."""
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def prepare_qt() -> None:
    """In this process, before Qt starts: offscreen unless a display exists, and settings
    and autosaves in a throw-away folder (the user's saved choices neither change the
    figures nor get changed by them); OpenMP's idle threads sleep, as ``main.py`` has
    them (before torch is imported)."""
    import tempfile

    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = tempfile.mkdtemp(prefix="lil-bench-")
    os.environ["XDG_CONFIG_HOME"] = scratch
    os.environ["LAZY_INIT_LAB_AUTOSAVE_DIR"] = scratch


def discard_on_close() -> None:
    """Benchmark windows are throw-away: closing one discards its work instead of asking
    "Save changes?" in a modal box that nobody would answer."""
    from gui.window import unsaved

    unsaved.ask_save_changes = lambda *args, **kwargs: unsaved.Button.Discard
