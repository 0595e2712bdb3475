"""Goal 6, scale: the autosave after a step costs the step, not the session's length.

    python benchmarks/bench_autosave.py            # 1000-step sessions
    python benchmarks/bench_autosave.py --small    # 100 steps

Two sessions of the same kind, one of 10 steps and one of 1000 (``--small``: 100), are
played one step at a time (the lab's own session, on this thread) and autosaved after
every step, as the window does (``gui.session.autosave.Autosave``: scheduled, then
waited for until the files are on disk). Then, side by side, each gets one more step
per round, and two writes are timed one after the other:

- **incremental**: what the window writes, the new step appended to the journal
  (plus the tensors not on disk yet, the weights' index and meta.json);
- **whole**: the whole session written anew, steps and weights (what every autosave
  wrote before the journal and the weight store; forced by ``Autosave.rewrite``).

Three kinds: **history**, a fixed network (LazyLinear(64), ReLU, LazyLinear(64),
forwarded) re-initialized step after step, so only the history grows; **layers**,
one ``add`` per step (``bench_scale.py``'s network: lazy layers, never forwarded, so
no tensor is written; what grows is the network to walk); and **weights**, one
initialized ``Linear(64, 64)`` or ``ReLU`` added per step, so the weights grow too
(8 MB at step 1000). Each figure is a ratio of the medians of the rounds; the part of
the incremental write spent on the calling (in the window: the UI) thread is shown too.
A short session is played first and thrown away (imports and first writes).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import Figure, emit, prepare_qt

prepare_qt()

from bench_scale import scenario  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402

from gui.session.autosave import Autosave  # noqa: E402
from gui.session.session import LabSession  # noqa: E402

ROUNDS = 15  # steps added to both sessions, each autosaved and timed; medians kept


def history_steps(count: int) -> list[dict]:
    """A fixed network, then re-initializations until ``count`` steps."""
    steps = [{"op": "add", "layer": "LazyLinear", "args": {"out_features": 64}},
             {"op": "add", "layer": "ReLU"},
             {"op": "add", "layer": "LazyLinear", "args": {"out_features": 64}},
             {"op": "forward", "shape": [2, 32]}]
    while len(steps) < count:
        steps.append({"op": "init", "init": "xavier_uniform_", "layers": ["0"]}
                     if len(steps) % 2 else
                     {"op": "init", "init": "normal_", "args": {"std": 0.1}, "layers": ["2"]})
    return steps


def layer_steps(count: int) -> list[dict]:
    return scenario(count, one_step=False)["steps"][:count]


def weight_steps(count: int) -> list[dict]:
    """A Linear(64, 64) (initialized: its tensors exist) or a ReLU added per step."""
    return [{"op": "add", "layer": "Linear", "args": {"in_features": 64, "out_features": 64}}
            if i % 2 == 0 else {"op": "add", "layer": "ReLU"} for i in range(count)]


def saved(saver: Autosave, whole: bool) -> tuple[float, float]:
    """Seconds of one autosave until it is on disk, and of its part on this (the UI)
    thread; ``whole`` writes the session anew."""
    if whole:
        saver.rewrite()  # nothing known written: the whole document and weights again
    started = time.perf_counter()
    saver.schedule()
    scheduled = time.perf_counter()
    saver.flush()
    return time.perf_counter() - started, scheduled - started


def played(steps: list[dict], root: Path) -> tuple[LabSession, Autosave]:
    """A session of ``steps``, autosaved after each step as in the window."""
    session = LabSession(seed=0)
    saver = Autosave(session, root=root)
    saver.start()
    saver.writeFailed.connect(lambda problem: sys.exit(f"autosave failed: {problem}"))
    for step in steps:
        session.core.submit(step)
        saved(saver, whole=False)
    return session, saver


def measure(make_steps, first: int, last: int, root: Path) -> dict:
    """{(last step, "incremental" | "whole" | "UI thread"): median seconds}: a session of
    ``first`` steps and one of ``last - ROUNDS`` get one more step per round, side by
    side, until they reach ``first + ROUNDS`` and ``last`` ("UI thread": the
    incremental write's part on the calling thread)."""
    steps = make_steps(last)
    sessions = {size: played(steps[:size], root / str(size)) for size in (first, last - ROUNDS)}
    timed: dict[tuple[int, str], list[float]] = {}
    for index in range(ROUNDS):
        for size, (session, saver) in sessions.items():
            session.core.submit(steps[size + index])
            total, calling = saved(saver, whole=False)
            end = size + ROUNDS
            timed.setdefault((end, "incremental"), []).append(total)
            timed.setdefault((end, "UI thread"), []).append(calling)
            timed.setdefault((end, "whole"), []).append(saved(saver, whole=True)[0])
    for _session, saver in sessions.values():
        saver.finish()
    return {key: statistics.median(values) for key, values in timed.items()}


def figures(results: dict[str, dict], first: int, last: int) -> list[Figure]:
    """Each kind of session: the last steps' writes against the early steps'."""
    found = []
    span = f"steps {last - ROUNDS + 1}-{last} / steps {first - ROUNDS + 1}-{first}"
    for session, title, limit in (("history", "a fixed network re-initialized", 1.5),
                                  ("layers", "one layer added per step", None),
                                  ("weights", "one initialized layer added per step", None)):
        times = results[session]
        for kind in ("incremental", "whole"):
            late, early = times[(last, kind)], times[(first, kind)]
            found.append(Figure(
                "6. scale", f"autosave, {title}: {span} ({kind})",
                late / early, "x", limit if kind == "incremental" else None,
                detail=f"{late * 1000:.1f} ms / {early * 1000:.1f} ms"))
        found.append(Figure(
            "6. scale", f"autosave, {title}: its part on the UI thread at step {last}",
            times[(last, "UI thread")] * 1000, "ms", None,
            detail=f"{times[(last, 'UI thread')] * 1000:.2f} ms; the rest (the weights, "
                   "the files) on the autosave thread"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="100-step sessions")
    args = parser.parse_args()
    first, last = 10 + ROUNDS, 100 if args.small else 1000
    QCoreApplication.instance() or QCoreApplication([])
    results = {}
    with tempfile.TemporaryDirectory(prefix="lil-autosave-") as name:
        measure(history_steps, 5, 5 + 2 * ROUNDS, Path(name) / "warm-up")  # first writes
        for session, steps in (("history", history_steps), ("layers", layer_steps),
                               ("weights", weight_steps)):
            results[session] = measure(steps, 10, last, Path(name) / session)
    columns = [(point, kind) for kind in ("incremental", "whole", "UI thread")
               for point in (first, last)]
    print(f"autosave (ms), median of steps {first - ROUNDS + 1}-{first} and "
          f"{last - ROUNDS + 1}-{last}")
    print(" " * 9 + "  ".join(f"{f'{k} to {p}':>18}" for p, k in columns))
    for session, times in results.items():
        print(f"{session:>7}  " + "  ".join(f"{times[c] * 1000:18.1f}" for c in columns))
    emit(figures(results, first, last), "Autosave")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
