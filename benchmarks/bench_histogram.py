"""Goal 3: one histogram of 16.7M weights, from selecting the parameter to the plot drawn.

    python benchmarks/bench_histogram.py            # a 4096×4096 weight (16.7M values)
    python benchmarks/bench_histogram.py --small    # a 256×256 weight, one repeat

The lab side is the real window (offscreen unless a display exists): a click
on the weight's row in the Parameters table, then the plot updated with
``setData`` and repainted. At 100 bins, the app's default, the snapshot already
holds the histogram (computed with the operation, which goal 2 measures); at
1000 bins the history panel has asked a worker for every parameter of the step
in the background, as the app does after each step. A third row empties the
caches first: the histogram is computed after the click. Against, interleaved:

* plain: ``torch.aminmax`` + ``torch.histc`` + ``PlotDataItem.setData`` + repaint
  of a same-sized pyqtgraph plot;
* matplotlib (if installed, see benchmarks/requirements.txt): ``ax.hist`` of the
  weights drawn with ``FigureCanvasAgg.draw()``, as a notebook user would.
"""

from __future__ import annotations

import argparse
import time

from _common import Figure, discard_on_close, emit, interleaved, prepare_qt

prepare_qt()

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
import torch  # noqa: E402
from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core.model.lab import Lab  # noqa: E402
from gui.session.session import LabSession  # noqa: E402
from gui.window.main_window import MainWindow  # noqa: E402

discard_on_close()


class LabSide:
    """The real window with one Linear(width, width) layer."""

    def __init__(self, width: int) -> None:
        lab = Lab()  # 100 bins in every snapshot, as in the app
        lab.add("Linear", {"in_features": width, "out_features": width})
        self.lab = lab
        self.window = MainWindow(LabSession(lab, seed=0))
        self.window.resize(1600, 1000)
        self.window.show()
        self.panel = self.window.history_panel
        self.plot = self.panel.histogram.plot_widget
        QApplication.processEvents()

    def _wait_for(self, bins: int, parameter: str) -> None:
        """Until the panel shows ``parameter`` at ``bins`` bins (a worker may compute it).

        Quits on the session's histogramReady, connected after the panel's own slot,
        so the plot has its new data and no paint happened in between.
        """
        view = self.panel.histogram

        numel = self.lab.snapshot.parameter(parameter).numel

        def shown() -> bool:
            counts = view.histogram_data()[1]
            return counts.size == bins and int(counts.sum()) == numel

        if shown():
            return
        loop = QEventLoop()
        session = self.window.session

        def ready(*_args) -> None:
            if shown():
                loop.quit()

        session.histogramReady.connect(ready)
        loop.exec()
        session.histogramReady.disconnect(ready)

    def select_weight(self, bins: int) -> None:
        """Bias first (untimed), caches emptied, then the timed click on the weight."""
        table = self.window.params_table
        table.select("0.bias")
        self._wait_for(bins, "0.bias")
        self.window.session.wait()  # no request in flight
        self.panel._rebinned.clear()  # both caches emptied: other bin counts on demand
        self.lab.cache._rebinned.clear()
        self.elapsed = 0.0
        start = time.perf_counter()
        table.select("0.weight")
        self._wait_for(bins, "0.weight")
        self.plot.viewport().repaint()
        self.elapsed = time.perf_counter() - start


    def select_prefetched(self, bins: int) -> None:
        """As the app runs: the panel asked for every parameter in the background."""
        table = self.window.params_table
        table.select("0.bias")
        self._wait_for(bins, "0.bias")
        self.window.session.wait()  # the background requests have been answered
        start = time.perf_counter()
        table.select("0.weight")
        self._wait_for(bins, "0.weight")
        self.plot.viewport().repaint()
        self.elapsed = time.perf_counter() - start


class PlainSide:
    """A same-sized pyqtgraph plot fed by torch.histc."""

    def __init__(self, weight: torch.Tensor, size) -> None:
        self.weight = weight
        self.plot = pg.PlotWidget(background="w")
        self.curve = pg.PlotDataItem(stepMode="center", fillLevel=0, pen=pg.mkPen("b", width=2),
                                     brush=pg.mkBrush(31, 119, 180, 110))  # as the app's
        self.plot.addItem(self.curve)
        self.plot.resize(size)
        self.plot.show()
        QApplication.processEvents()

    def draw(self, bins: int) -> None:
        low, high = (float(v) for v in torch.aminmax(self.weight))
        counts = torch.histc(self.weight, bins=bins, min=low, max=high).numpy()
        self.curve.setData(x=np.linspace(low, high, bins + 1), y=counts)
        self.plot.viewport().repaint()


def matplotlib_draw(weight: torch.Tensor, bins: int, size) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as MplFigure

    figure = MplFigure(figsize=(size.width() / 100, size.height() / 100), dpi=100)
    canvas = FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.hist(weight.detach().numpy().ravel(), bins=bins)
    canvas.draw()


def _matplotlib_available() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def measure(width: int, repeats: int) -> list[Figure]:
    QApplication.instance() or QApplication([])
    lab_side = LabSide(width)
    weight = lab_side.lab.version.net()[0].weight.detach()
    size = lab_side.plot.size()
    plain = PlainSide(weight, size)
    has_mpl = _matplotlib_available()
    figures = []
    values = f"{width}×{width} = {width * width / 1e6:.1f}M weights"
    for bins, mode in ((100, "snapshot"), (1000, "prefetched"), (1000, "on demand")):
        lab_side.panel.set_bins(bins)
        times: dict[str, list[float]] = {"lab": []}
        select = lab_side.select_weight if mode == "on demand" else lab_side.select_prefetched

        def lab_run(b=bins, store=times["lab"], select=select):
            select(b)
            store.append(lab_side.elapsed)

        runs = {"lab": lab_run, "plain": lambda b=bins: plain.draw(b)}
        if has_mpl and mode != "on demand":
            runs["matplotlib"] = lambda b=bins: matplotlib_draw(weight, b, size)
        medians = interleaved(runs, repeats)
        lab_s = float(np.median(times["lab"]))  # from click to drawn, without the bias setup
        how = {"snapshot": "the snapshot's own histogram",
               "prefetched": "computed in the background after the step, as the app does",
               "on demand": "caches emptied: computed on a worker after the click"}[mode]
        figures.append(Figure(
            "3. histogram",
            f"select → drawn / histc + setData + repaint, {bins} bins"
            + (" (on demand)" if mode == "on demand" else ""),
            lab_s / medians["plain"], "x", None if mode == "on demand" else 1.2,
            detail=f"lab {lab_s * 1000:.0f} ms ({how}), plain "
                   f"{medians['plain'] * 1000:.0f} ms; {values}, medians of {repeats}"))
        if mode == "on demand":
            continue
        limit = 3.0 if bins == 100 else 10.0
        what = f"matplotlib hist + draw / lab select → drawn, {bins} bins"
        if has_mpl:
            figures.append(Figure(
                "3. histogram", what, medians["matplotlib"] / lab_s, "x", limit, kind="min",
                detail=f"matplotlib {medians['matplotlib'] * 1000:.0f} ms, "
                       f"lab {lab_s * 1000:.0f} ms"))
        else:
            figures.append(Figure("3. histogram", what, None, "x", limit, kind="min",
                                  detail="skipped (matplotlib not installed)"))
    lab_side.window.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a 256×256 weight, one repeat")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    width = 256 if args.small else 4096
    emit(measure(width, 1 if args.small else args.repeats), "Histogram")


if __name__ == "__main__":
    main()
