"""Goal 7, chart redraw: Compare and Depth redraw by updating items built once.

    python benchmarks/bench_charts.py            # 12 layers, 4 initializers, 30 repeats
    python benchmarks/bench_charts.py --small    # 4 layers, 3 initializers, 5 repeats

A redraw is what a click asks for: Log counts toggled on the Compare tab (the
overlay of one parameter, theory dashed, legend above), Theory toggled on the
Depth tab (two log plots, measured and theory lines, legend above), each
followed by a repaint of the chart. Against, interleaved in the same run: the
same redraw after the chart's plot items and legend rows have been thrown away,
so that it builds every item anew, as a chart that rebuilds on each redraw does.
"""

from __future__ import annotations

import argparse

from _common import Figure, emit, interleaved, prepare_qt

prepare_qt()

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from gui.analysis.compare_view import CompareView  # noqa: E402
from gui.analysis.depth_view import DepthView  # noqa: E402
from gui.session.session import LabSession  # noqa: E402

INITS = ("kaiming_normal_", "xavier_uniform_", "normal_", "uniform_")


def wait_until(app: QApplication, done) -> None:
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def views(app: QApplication, layers: int, inits: tuple[str, ...]):
    """A Compare and a Depth view that have shown their results."""
    session = LabSession(seed=0)

    def perform(step: dict) -> None:
        assert session.perform(step)
        wait_until(app, lambda: not session.busy)

    stack = [{"layer": "LazyLinear", "args": {"out_features": 256}}, {"layer": "ReLU"}]
    for _ in range(layers - 1):
        stack += [{"layer": "Linear", "args": {"in_features": 256, "out_features": 256}},
                  {"layer": "ReLU"}]
    perform({"op": "build", "layers": stack})
    perform({"op": "forward", "shape": [4, 20]})
    compare = CompareView(session)
    compare.resize(900, 700)
    compare.show()
    compare.chooser.set_checked(list(inits))
    shown: list = []
    compare.comparisonShown.connect(lambda: shown.append(True))
    compare.compare_button.click()
    wait_until(app, lambda: shown)
    depth = DepthView(session, compare.choice)
    depth.resize(900, 700)
    depth.show()
    depth.depthShown.connect(lambda: shown.append(True))
    depth.run_button.click()
    wait_until(app, lambda: len(shown) == 2)
    app.processEvents()
    return session, compare, depth


def discard(plot_of, pools: list[list], legend) -> None:
    """Throw every plot item and legend row away: the next redraw builds them anew."""
    for pool in pools:
        for item in pool:
            plot_of(pool).removeItem(item)
        pool.clear()
    legend.clear()


def compare_redraw(view: CompareView, rebuild: bool):
    chart = view.overlay_chart
    pools = [chart.items.curves, chart.items.theories, chart.items.atoms, chart.history]

    def redraw() -> None:
        if rebuild:
            discard(lambda _pool: chart.plot, pools, chart.legend)
        view.log_box.toggle()
        chart.repaint()

    return redraw


def depth_redraw(view: DepthView, rebuild: bool):
    charts = view.charts
    plots = {"activation": view.activation_plot, "gradient": view.gradient_plot}
    pools = {id(pool): plots[key] for table in (charts.measured, charts.theory)
             for key, pool in table.items()}

    def redraw() -> None:
        if rebuild:
            discard(lambda pool: pools[id(pool)],
                    [*charts.measured.values(), *charts.theory.values()], charts.legend)
        view.theory_box.toggle()
        charts.repaint()

    return redraw


def measure(small: bool) -> list[Figure]:
    app = QApplication.instance() or QApplication([])
    layers, inits, repeats = (4, INITS[:3], 5) if small else (12, INITS, 30)
    _session, compare, depth = views(app, layers, inits)
    figures = []
    for name, view, redraw in (("Compare overlay", compare, compare_redraw),
                               ("Depth", depth, depth_redraw)):
        kept, rebuilt = redraw(view, False), redraw(view, True)
        for _ in range(2):  # warm up both paths
            kept()
            rebuilt()
        times = interleaved({"kept": kept, "rebuilt": rebuilt}, repeats * 2)
        detail = (f"{layers} layers, {len(inits)} initializers; median of {repeats * 2}: "
                  f"kept {times['kept'] * 1000:.1f} ms, rebuilt {times['rebuilt'] * 1000:.1f} ms")
        figures.append(Figure("7. chart redraw", f"{name} redraw, items kept / items rebuilt",
                              times["kept"] / times["rebuilt"], "x", 1.0, detail=detail))
        figures.append(Figure("7. chart redraw", f"{name} redraw and repaint (items kept)",
                              times["kept"] * 1000, "ms"))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="fewer layers and repeats")
    args = parser.parse_args()
    emit(measure(args.small), "Chart redraw: items updated with setData vs rebuilt")


if __name__ == "__main__":
    main()
