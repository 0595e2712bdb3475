"""Goal 4, responsiveness: the longest event-loop stall while the big network is worked on.

    xvfb-run -a python benchmarks/bench_responsiveness.py   # the real window on an X server
    python benchmarks/bench_responsiveness.py --small       # width 256 (offscreen w/o display)

A 5 ms heartbeat QTimer in the real window records the largest gap between its
ticks while, through the same steps the buttons send, the reference network
(LazyLinear(4096), ReLU, LazyLinear(4096), ReLU, LazyLinear(10)) is forwarded
with a (2, 4096) input, initialized with orthogonal_, and every parameter's
histogram is plotted at 1000 bins (computed on a worker). Work runs on worker
threads; what the UI thread does with each result is what this measures.
"""

from __future__ import annotations

import argparse
import collections
import sys
import threading
import time
import traceback
from pathlib import Path

from _common import Figure, discard_on_close, emit, prepare_qt

prepare_qt()

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from gui.kit.interpreter import prepare_interpreter  # noqa: E402
from gui.session.session import LabSession  # noqa: E402
from gui.window.main_window import MainWindow  # noqa: E402

discard_on_close()
prepare_interpreter()  # as the app does once its modules are loaded (gc, GIL)

HEARTBEAT_MS = 5


class Heartbeat:
    """The largest gap between ticks of a 5 ms timer, per phase; and how much of that gap
    the UI thread spent computing (its CPU time), the rest waiting: for the GIL, or for a
    core on a busy machine."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.phase = "setup"
        self.worst: dict[str, float] = {}
        self.worst_cpu: dict[str, float] = {}  # the UI thread's CPU seconds in that gap

    def start(self, phase: str) -> None:
        self.phase = phase
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.timer.start()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap, used = now - self.last, cpu - self.last_cpu
        self.last, self.last_cpu = now, cpu
        if gap > self.worst.get(self.phase, 0.0):
            self.worst[self.phase], self.worst_cpu[self.phase] = gap, used

    def described(self, phase: str) -> str:
        """"138 ms (41 ms computing)": the phase's longest gap and the UI thread's part."""
        return (f"{self.worst[phase] * 1000:.0f} ms "
                f"({self.worst_cpu[phase] * 1000:.0f} ms computing)")


class StallSampler:
    """With --why: where the UI thread is while the heartbeat is late (sampled every 5 ms)."""

    def __init__(self, beat: Heartbeat, late_ms: float = 25) -> None:
        self.beat, self.late = beat, late_ms / 1000
        self.main = threading.main_thread().ident
        self.samples: collections.Counter = collections.Counter()
        self.running = True
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while self.running:
            time.sleep(0.005)
            if time.perf_counter() - self.beat.last > self.late:
                frame = sys._current_frames().get(self.main)
                if frame is not None:
                    stack = traceback.extract_stack(frame)[-6:]
                    where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}"
                                       for f in reversed(stack))
                    self.samples[(self.beat.phase, where)] += 1

    def report(self) -> None:
        self.running = False
        print("UI thread while the heartbeat was late (5 ms samples):")
        for (phase, where), count in self.samples.most_common(15):
            print(f"  {count:4d}  [{phase}] {where}")


def wait_idle(session: LabSession) -> None:
    """Until the running step has ended (the event loop keeps running meanwhile)."""
    if not session.busy:
        return
    loop = QEventLoop()
    session.busyChanged.connect(lambda busy: busy or loop.quit())
    loop.exec()


def settle(ms: int = 300) -> None:
    """Let queued updates and paints happen (they count as stalls if they are long)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def perform(window: MainWindow, step: dict) -> None:
    window.perform(step)
    wait_idle(window.session)
    if window.banner.isVisible():
        raise RuntimeError(f"step {step} failed: {window.banner.message.text()}")


def measure(width: int, why: bool = False) -> list[Figure]:
    QApplication.instance() or QApplication([])
    window = MainWindow(LabSession(seed=0))
    window.resize(1600, 1000)
    window.show()
    settle()
    beat = Heartbeat()
    sampler = StallSampler(beat) if why else None
    beat.start("build")
    for layer, args in (("LazyLinear", {"out_features": width}), ("ReLU", None),
                        ("LazyLinear", {"out_features": width}), ("ReLU", None),
                        ("LazyLinear", {"out_features": 10})):
        step = {"op": "add", "layer": layer}
        if args:
            step["args"] = args
        perform(window, step)
    settle()
    beat.phase = "forward"
    perform(window, {"op": "forward", "shape": [2, width]})
    settle()
    beat.phase = "orthogonal_"
    started = time.perf_counter()
    perform(window, {"op": "init", "init": "orthogonal_", "types": ["Linear"]})
    init_seconds = time.perf_counter() - started
    settle()
    beat.phase = "plot"
    window.inspect_tabs.setCurrentWidget(window.params_table)
    window.history_panel.set_bins(1000)
    for info in window.session.snapshot.parameters:
        window.params_table.select(info.name)
        deadline = time.perf_counter() + 60
        while (window.history_panel.histogram.histogram_data()[1].size != 1000
               and time.perf_counter() < deadline):
            settle(20)
    settle()
    beat.timer.stop()
    if sampler is not None:
        sampler.report()
    window.close()
    worst = max(beat.worst.values())
    phases = ", ".join(f"{phase} {gap * 1000:.0f} ms" for phase, gap in beat.worst.items())
    return [Figure("4. responsiveness",
                   f"longest event-loop stall: forward, orthogonal_, plots (width {width})",
                   worst * 1000, "ms", 50.0,
                   detail=f"{HEARTBEAT_MS} ms heartbeat; worst per phase: {phases}; "
                          f"orthogonal_ took {init_seconds:.1f} s on a worker")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="width 256 instead of 4096")
    parser.add_argument("--why", action="store_true",
                        help="also print where the UI thread was during the stalls")
    args = parser.parse_args()
    emit(measure(256 if args.small else 4096, args.why), "Responsiveness")


if __name__ == "__main__":
    main()
