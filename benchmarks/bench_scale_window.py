"""Goal 6, scale in the window: opening a long session, and working on a deep network.

    xvfb-run -a python benchmarks/bench_scale_window.py   # 1000 layers
    python benchmarks/bench_scale_window.py --small       # 100 layers, once

In the real main window (a 5 ms heartbeat timer records the longest stall):

- **open**: File ▸ Open of the session that adds the layers one per step, then
  forwards and initializes, against the same network built in one step
  (interleaved, medians): the time until the window shows the last step;
- **interaction**, on the network of N layers against 10 layers: scrolling the
  network view a page at a time, selecting every tenth parameter (until its
  histogram is drawn) and switching the inspector tabs, each followed by a repaint.
- **a step on one layer**: the longest stall while ``init zeros_`` on layer 0 of the
  N-layer network runs and its snapshot is shown (views update what changed);
- **autosave**: the session's first autosave write (its whole document and every tensor;
  later writes add what a step changed, `bench_autosave.py`).

As in the app (``gui/app.py``), the interpreter is prepared before the first window
(``gui/kit/interpreter.py``: imports frozen out of the garbage collector, full
collections when idle, a 0.5 ms GIL switch interval).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import Figure, discard_on_close, emit, prepare_qt

prepare_qt()

from bench_responsiveness import Heartbeat, settle  # noqa: E402
from bench_scale import scenario  # noqa: E402
from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from gui.kit.interpreter import prepare_interpreter  # noqa: E402
from gui.session.session import LabSession  # noqa: E402
from gui.window.main_window import MainWindow  # noqa: E402

discard_on_close()
prepare_interpreter()  # as the app does once its modules are loaded


def new_window() -> MainWindow:
    window = MainWindow(LabSession(seed=0))
    window.resize(1600, 1000)
    window.show()
    settle(100)
    return window


def open_session(path: Path, beat: Heartbeat, phase: str) -> tuple[MainWindow, float]:
    """A fresh window opens ``path``; seconds until the window showed its last step."""
    window = new_window()
    loop = QEventLoop()
    window.current.settled.connect(lambda _s: loop.quit())  # after every view showed it
    beat.start(phase)
    started = time.perf_counter()
    if not window.session.open(path):
        raise RuntimeError(f"{path} was not opened")
    loop.exec()
    seconds = time.perf_counter() - started
    settle(200)  # queued paints count as stalls too
    beat.timer.stop()
    if window.banner.isVisible():
        raise RuntimeError(f"{path}: {window.banner.message.text()}")
    return window, seconds


def repainted(window: MainWindow) -> None:
    window.repaint()
    QApplication.processEvents()


def interaction(window: MainWindow) -> dict[str, float]:
    """Seconds per action on the window's network."""
    times: dict[str, list[float]] = {"scroll": [], "select": [], "tabs": []}
    bar = window.network_view.list_view.verticalScrollBar()
    for value in [bar.minimum() + i * bar.pageStep() for i in range(10)]:
        started = time.perf_counter()
        bar.setValue(min(value, bar.maximum()))
        repainted(window)
        times["scroll"].append(time.perf_counter() - started)
    window.inspect_tabs.setCurrentWidget(window.params_table)
    names = [p.name for p in window.session.snapshot.parameters if p.materialized]
    for name in names[:: max(len(names) // 10, 1)][:10]:
        started = time.perf_counter()
        window.params_table.select(name)
        repainted(window)
        times["select"].append(time.perf_counter() - started)
    for _ in range(3):
        for index in range(window.inspect_tabs.count()):
            started = time.perf_counter()
            window.inspect_tabs.setCurrentIndex(index)
            repainted(window)
            times["tabs"].append(time.perf_counter() - started)
    return {action: statistics.median(values) for action, values in times.items()}


def autosave_seconds(window: MainWindow, folder: Path) -> float:
    from gui.session.autosave import Autosave

    saver = Autosave(window.session, root=folder / "autosave")
    saver.start()  # schedules one write of the session as it is
    started = time.perf_counter()
    saver.flush()
    seconds = time.perf_counter() - started
    saver.finish()
    return seconds


def one_layer_step(window: MainWindow, beat: Heartbeat) -> float:
    """The longest stall (s) while a step on one layer runs and its snapshot is shown."""
    loop = QEventLoop()
    window.current.settled.connect(lambda _s: loop.quit())
    beat.start("step on one layer")
    if not window.session.submit({"op": "init", "init": "zeros_", "layers": ["0"]}):
        raise RuntimeError("the init step was not submitted")
    loop.exec()
    settle(200)
    beat.timer.stop()
    return beat.worst["step on one layer"]


def measure(layers: int, repeats: int) -> list[Figure]:
    QApplication.instance() or QApplication([])
    beat = Heartbeat()
    with tempfile.TemporaryDirectory(prefix="lil-scale-window-") as name:
        folder = Path(name)
        paths = {}
        for kind, one_step, size in (("one", True, layers), ("steps", False, layers),
                                     ("small", True, 10)):
            paths[kind] = folder / f"{kind}.json"
            paths[kind].write_text(json.dumps(scenario(size, one_step)), encoding="utf-8")
        opened: dict[str, list[float]] = {"one": [], "steps": []}
        for _ in range(repeats):
            for kind in ("one", "steps"):
                window, seconds = open_session(paths[kind], beat, f"open {kind}")
                opened[kind].append(seconds)
                if kind == "steps":
                    save = autosave_seconds(window, folder)
                window.close()
        stall = max(beat.worst.values()) * 1000
        acted: dict[str, list[dict]] = {"small": [], "one": []}
        windows = {kind: open_session(paths[kind], beat, "interaction setup")[0]
                   for kind in acted}
        step_stall = one_layer_step(windows["one"], beat) * 1000
        for _ in range(repeats):
            for kind in acted:
                acted[kind].append(interaction(windows[kind]))
        for window in windows.values():
            window.close()
    one, steps = statistics.median(opened["one"]), statistics.median(opened["steps"])
    per = {kind: {action: statistics.median(r[action] for r in runs)
                  for action in runs[0]} for kind, runs in acted.items()}
    figures = [
        Figure("6. scale", f"window opens {layers} steps / the same network in one step",
               steps / one, "x", 3.0, detail=f"{steps:.1f} s / {one:.1f} s"),
        Figure("6. scale", f"longest event-loop stall while opening ({layers} layers)",
               stall, "ms", 50.0,
               detail=", ".join(f"{p} {beat.described(p)}" for p in beat.worst
                                if p.startswith("open"))),
        Figure("6. scale", f"longest event-loop stall, a step on one layer ({layers} layers)",
               step_stall, "ms", 50.0, detail="init zeros_ on layer 0, until shown: "
               + beat.described("step on one layer")),
    ]
    for action, what in (("scroll", "scroll the network view a page"),
                         ("select", "select a parameter"), ("tabs", "switch inspector tabs")):
        big, small = per["one"][action], per["small"][action]
        figures.append(Figure("6. scale", f"{what}: {layers} layers / 10 layers",
                              big / small, "x", 1.5,
                              detail=f"{big * 1000:.1f} ms / {small * 1000:.1f} ms"))
    figures.append(Figure("6. scale", f"autosave of the {layers}-step session (one write)",
                          save, "s", None,
                          detail="the first write: the whole document and every tensor"))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="100 layers, once")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    layers = 100 if args.small else 1000
    emit(measure(layers, 1 if args.small else args.repeats), "Scale in the window")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
