"""Issue 17 in the window: training with the Train tab's live charts, stalls and slow-down.

    xvfb-run -a -s "-screen 0 1280x720x24" python benchmarks/bench_train_window.py
    python benchmarks/bench_train_window.py --small     # 100 steps, one repeat

In the real main window (1280×720) the Train tab's "Train and compare" button is
clicked: three initializers train a copy of an MLP 2→64→64→2 on the spirals (SGD with
momentum, batch 64) on the session's worker, the progress and loss chart redrawn live.
Each repeat runs, one after the other:

- **headless**: the same ``train`` step through core (``analyze``) on this thread, no
  events (printed for reference);
- **charts off**: the same step submitted to the same window's session, the Train tab
  not following it (it draws only the finished result);
- **live charts**: the button clicked, the tab drawing while it trains;
- the button clicked again with a 5 ms heartbeat QTimer: the longest gap between its
  ticks while the step trains, and while the finished result is drawn. (The heartbeat
  wakes the UI thread 200 times a second and slows training itself, so the timed runs
  go without it.)

Times are wall clock from the start until the worker's result is back on the UI thread
(drawing the result is not training), medians of the repeats; the figure is live
charts / charts off (goal ≤ 1.05×). Both sides train from the same seed, and the
benchmark checks that the window's losses are headless's, bit for bit.
"""

from __future__ import annotations

import argparse
import statistics
import time

from _common import Figure, discard_on_close, emit, prepare_qt

prepare_qt()

from bench_responsiveness import Heartbeat, StallSampler, settle  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core.operations import steps as step_ops  # noqa: E402
from gui.kit.interpreter import prepare_interpreter  # noqa: E402
from gui.session.session import LabSession  # noqa: E402
from gui.window.main_window import MainWindow  # noqa: E402

discard_on_close()
prepare_interpreter()  # as the app does once its modules are loaded (gc, GIL)

INITS = ["default", "xavier_uniform_", "kaiming_normal_"]
LAYERS = [{"layer": "Linear", "args": {"in_features": 2, "out_features": 64}}, {"layer": "Tanh"},
          {"layer": "Linear", "args": {"in_features": 64, "out_features": 64}}, {"layer": "ReLU"},
          {"layer": "Linear", "args": {"in_features": 64, "out_features": 2}}]


def wait_for(signal, start) -> None:
    """Call ``start``, then run the event loop until ``signal`` is emitted."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    try:
        start()
        loop.exec()
    finally:
        signal.disconnect(loop.quit)


def window_with_network(steps: int) -> MainWindow:
    window = MainWindow(LabSession(seed=0))
    window.resize(1280, 720)
    window.show()
    settle(100)
    wait_for(window.session.snapshotChanged,
             lambda: window.perform({"op": "build", "layers": LAYERS, "seed": 0}))
    view = window.train_view  # built on first use, like the tab
    window.chart_tabs.setCurrentWidget(view)
    view.controls.choice.set_checked(INITS)
    view.controls.set_values({"task": "spirals", "steps": steps, "batch": 64,
                              "optimizer": "sgd", "lr": 0.05, "momentum": 0.9, "seed": 0})
    settle(200)
    return window


class WindowRun:
    """One training in the window: seconds from the start until the worker's result is
    back on the UI thread, and the longest stalls while it trained and while its result
    was drawn (with a heartbeat)."""

    def __init__(self, window: MainWindow, beat: Heartbeat) -> None:
        self.window, self.beat = window, beat
        self.view = window.train_view
        self.redraws = 0
        self.view.live.updated.connect(self._redrawn)

    def _redrawn(self, *_args) -> None:
        self.redraws += 1

    def click(self) -> None:
        """The Train tab's button: live charts."""
        QTest.mouseClick(self.view.run_button, Qt.MouseButton.LeftButton)

    def submit(self) -> None:
        """The same step from the same window, live charts off: the tab draws only the result."""
        if not self.window.session.submit(self.view.controls.step()):
            raise RuntimeError("the session is busy")

    def __call__(self, start, heartbeat: bool = False) -> tuple[float, float, float]:
        session, view = self.window.session, self.view
        ended: list[float] = []

        def busy_changed(busy: bool) -> None:
            if not busy:
                ended.append(time.perf_counter())
                if heartbeat:
                    self.beat.phase = "result"

        session.busyChanged.connect(busy_changed)
        self.beat.worst.clear()
        self.redraws = 0
        if heartbeat:
            self.beat.start("training")
        started = time.perf_counter()
        try:
            wait_for(view.trainingShown, start)
        finally:
            session.busyChanged.disconnect(busy_changed)
        settle(150)  # the result's queued paints count as stalls too
        self.beat.timer.stop()
        self.beat.phase = "off"  # (for --why: no samples while the heartbeat is off)
        if not ended or view.result() is None:
            raise RuntimeError("training did not finish: " + view.status_label.text())
        return (ended[0] - started, self.beat.worst.get("training", 0.0),
                self.beat.worst.get("result", 0.0))


def measure(steps: int, repeats: int, why: bool = False) -> list[Figure]:
    QApplication.instance() or QApplication([])
    window = window_with_network(steps)
    in_window = WindowRun(window, Heartbeat())
    in_window.beat.phase = "off"
    sampler = StallSampler(in_window.beat) if why else None
    step = in_window.view.controls.step()
    lab = window.session.lab

    def headless() -> float:
        started = time.perf_counter()
        headless.result = step_ops.analyze(lab, step)
        return time.perf_counter() - started

    runs = {  # name: () -> seconds training; each pass runs them all, in this order
        "headless": headless,
        "charts off": lambda: in_window(in_window.submit)[0],
        "live charts": lambda: in_window(in_window.click)[0],
    }
    for run in runs.values():  # warm up (the task's data, the optimizer, the charts' items)
        run()
    seconds: dict[str, list[float]] = {name: [] for name in runs}
    stalls, result_stalls, rates = [], [], []
    for _ in range(repeats):
        for name, run in runs.items():
            seconds[name].append(run())
            if name == "live charts":
                rates.append(in_window.redraws / seconds[name][-1])
        _trained, stall, result_stall = in_window(in_window.click, heartbeat=True)
        stalls.append(stall)
        result_stalls.append(result_stall)
    if sampler is not None:
        for key in [key for key in sampler.samples if key[0] == "off"]:
            del sampler.samples[key]
        sampler.report()
    same = [run.curves.loss for run in in_window.view.result().candidates] == [
        run.curves.loss for run in headless.result.candidates]
    window.close()
    median = {name: statistics.median(values) for name, values in seconds.items()}
    paired = statistics.median(live / off for live, off in zip(
        seconds["live charts"], seconds["charts off"], strict=True))
    total = steps * len(INITS)

    def rate(name: str) -> str:
        each = ", ".join(f"{value:.2f}" for value in seconds[name])
        return f"{name} {median[name]:.2f} s ({total / median[name]:.0f} steps/s; {each})"

    setting = (f"{len(INITS)} initializers × {steps} steps of batch 64, MLP 2→64→64→2 on "
               f"spirals; wall clock, medians of {repeats} interleaved repeats")
    return [
        Figure("17. training", "longest UI stall while training, live charts in the window",
               statistics.median(stalls) * 1000, "ms", 50.0,
               detail=f"5 ms heartbeat, median of the repeats: "
                      f"{', '.join(f'{s * 1000:.0f}' for s in stalls)} ms; then drawing the "
                      f"finished result (histograms, boundaries): "
                      f"{statistics.median(result_stalls) * 1000:.0f} ms (max "
                      f"{max(result_stalls) * 1000:.0f} ms)"),
        Figure("17. training", "training with live charts / the same, charts off (window)",
               median["live charts"] / median["charts off"], "x", 1.05,
               detail=f"{setting}: {rate('live charts')}, {rate('charts off')}; median of the "
                      f"paired ratios {paired:.2f}×; the chart redrawn "
                      f"{statistics.median(rates):.1f} times a second"),
        Figure("17. training", "training with live charts in the window / headless core",
               median["live charts"] / median["headless"], "x",
               detail=f"{rate('headless')} (core's analyze on the main thread, no events); "
                      f"losses {'identical' if same else 'DIFFER'} in the window and headless"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="100 steps, one repeat")
    parser.add_argument("--steps", type=int, default=2000, help="steps per initializer")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--why", action="store_true",
                        help="also print where the UI thread was during the stalls")
    args = parser.parse_args()
    steps, repeats = (100, 1) if args.small else (args.steps, args.repeats)
    emit(measure(steps, repeats, args.why), "Training in the window, live charts against headless")


if __name__ == "__main__":
    main()
