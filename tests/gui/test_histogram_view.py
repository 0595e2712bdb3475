"""Tests of gui.analysis.histogram_view: data shown, text, exports, hover, log axis, repaint."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage

from core.model.snapshot import Histogram, TensorStats
from gui.analysis.histogram_view import HistogramView


def make_stats(values: np.ndarray, bins: int = 30) -> TensorStats:
    """TensorStats as core computes them: std unbiased, histogram of finite values only."""
    finite = values[np.isfinite(values)]
    counts, edges = np.histogram(finite, bins=bins)
    return TensorStats(
        numel=int(values.size),
        mean=float(np.mean(values)),
        std=float(np.std(values, ddof=1)),
        min=float(np.min(values)),
        max=float(np.max(values)),
        nan=int(np.isnan(values).sum()),
        posinf=int(np.isposinf(values).sum()),
        neginf=int(np.isneginf(values).sum()),
        histogram=Histogram(edges.astype(np.float64), counts.astype(np.int64)),
    )


@pytest.fixture
def weights() -> np.ndarray:
    return np.random.default_rng(0).normal(0.0, 0.05, size=(256, 20)).ravel()


@pytest.fixture
def view(qtbot) -> HistogramView:
    widget = HistogramView()
    widget.resize(900, 600)
    qtbot.addWidget(widget)
    return widget


def test_set_stats_shows_the_given_histogram(view: HistogramView, weights: np.ndarray) -> None:
    stats = make_stats(weights, bins=40)
    view.set_stats("0.weight  (256, 20)", stats, "after xavier_uniform_")

    expected_counts, expected_edges = np.histogram(weights, bins=40)
    edges, counts = view.histogram_data()
    np.testing.assert_array_equal(edges, expected_edges)
    np.testing.assert_array_equal(counts, expected_counts)
    x, y = view.curve.getData()
    assert len(x) == len(y) + 1 == 41
    np.testing.assert_array_equal(x, expected_edges)
    np.testing.assert_array_equal(y, expected_counts)

    assert view.title_label.full_text() == "0.weight  (256, 20)"
    assert view.subtitle_label.full_text() == "after xavier_uniform_"
    text = view.stats_label.text()
    assert f"mean {np.mean(weights):.4g}" in text
    assert f"std {np.std(weights, ddof=1):.4g}" in text
    assert f"min {weights.min():.4g}" in text and f"max {weights.max():.4g}" in text
    assert "numel 5,120" in text
    assert "non-finite" not in text


def test_non_finite_values_are_reported_not_plotted(view: HistogramView) -> None:
    values = np.concatenate([np.linspace(-1.0, 1.0, 97), [np.nan, np.inf, np.inf]])
    view.set_stats("act", make_stats(values, bins=10))

    text = view.stats_label.text()
    assert "3 non-finite values not shown (nan 1, +inf 2)" in text
    assert "-inf" not in text
    assert "mean nan" in text and "std nan" in text
    assert view.histogram_data()[1].sum() == 97


def test_message_state_empties_the_curve(view: HistogramView, weights: np.ndarray) -> None:
    view.set_stats("0.weight", make_stats(weights))
    assert view.curve.getData()[0] is not None

    message = "0.weight is uninitialized: run a forward pass to materialize it"
    view.set_message(message)
    view.set_stats("0.weight", None)

    assert view.curve.getData() == (None, None)
    edges, counts = view.histogram_data()
    assert edges.size == 0 and counts.size == 0
    assert view.message_label.text() == message
    assert view.message_label.isVisibleTo(view) and not view.plot_widget.isVisibleTo(view)
    assert view.stats_label.text() == ""

    view.set_stats("0.weight", make_stats(weights, bins=12))
    assert len(view.curve.getData()[1]) == 12
    assert view.plot_widget.isVisibleTo(view)


def test_hover_shows_bin_range_and_count(qtbot, view: HistogramView, weights: np.ndarray) -> None:
    stats = make_stats(weights, bins=20)
    view.set_stats("0.weight", stats)
    view.show()
    qtbot.waitExposed(view)
    counts, edges = np.histogram(weights, bins=20)
    box = view.plot_widget.getPlotItem().getViewBox()
    scene = view.plot_widget.scene()
    qtbot.waitUntil(lambda: box.viewRange()[0][0] < edges[0] and box.viewRange()[0][1] > edges[-1])

    def hover(x: float) -> str:
        scene.sigMouseMoved.emit(box.mapViewToScene(QPointF(x, counts.max() / 2)))
        return view.hover_label.full_text()

    assert hover((edges[7] + edges[8]) / 2) == f"[{edges[7]:.4g}, {edges[8]:.4g}): {counts[7]}"
    assert hover(edges[-1]) == f"[{edges[-2]:.4g}, {edges[-1]:.4g}]: {counts[-1]}"
    hint = hover(edges[-1] + 10 * (edges[1] - edges[0]))
    assert "[" not in hint


def test_export_csv_round_trips(tmp_path: Path, view: HistogramView, weights: np.ndarray) -> None:
    view.set_stats("0.weight", make_stats(weights, bins=25))
    path = tmp_path / "hist.csv"
    view.export_csv(str(path))

    with path.open(newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == ["bin_start", "bin_end", "count"]
    counts, edges = np.histogram(weights, bins=25)
    assert len(rows) == 26
    np.testing.assert_array_equal([int(r[2]) for r in rows[1:]], counts)
    np.testing.assert_array_equal([float(r[0]) for r in rows[1:]], edges[:-1])
    np.testing.assert_array_equal([float(r[1]) for r in rows[1:]], edges[1:])


def test_export_png_is_not_blank(tmp_path: Path, view: HistogramView, weights: np.ndarray) -> None:
    view.set_stats("0.weight", make_stats(weights))
    path = tmp_path / "hist.png"
    view.export_png(str(path))

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull() and image.width() > 100 and image.height() > 100
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32)
    assert len(np.unique(pixels)) > 1


def test_log_counts_toggles_the_axis(view: HistogramView) -> None:
    values = np.concatenate([np.full(1000, -1.0), np.linspace(0.5, 1.0, 10)])
    view.set_stats("bias", make_stats(values, bins=8))
    counts, _ = np.histogram(values, bins=8)
    assert (counts == 0).any()
    left = view.plot_widget.getPlotItem().getAxis("left")
    assert not left.logMode

    view.set_log_counts(True)
    assert left.logMode and view.curve.opts["logMode"] == [False, True]
    assert view.log_counts()
    y = view.curve.getData()[1]
    assert np.isfinite(y).all()  # zero counts stay drawable
    np.testing.assert_allclose(y[counts > 0], np.log10(counts[counts > 0]))
    assert (y[counts == 0] < 0).all()  # below a bin of one
    np.testing.assert_array_equal(view.histogram_data()[1], counts)

    view.set_log_counts(False)
    assert not left.logMode
    np.testing.assert_array_equal(view.curve.getData()[1], counts)


def test_survives_a_thousand_repaints(qtbot, view: HistogramView) -> None:
    """Regression: PySide6 6.12 aborted with "Fatal Python error: none_dealloc" after
    about 80 repaints of this view. We pin 6.11.3; keep this test when upgrading."""
    view.show()
    qtbot.waitExposed(view)
    rng = np.random.default_rng(1)
    for i in range(1000):
        values = rng.normal(0.0, 1.0 + i % 7, size=200 + i)
        stats = make_stats(values, bins=10 + i % 30)
        view.set_stats(f"{i}.weight", stats, f"step {i}")
        view.repaint()
        assert not view.grab().isNull()
    counts, edges = np.histogram(values, bins=10 + 999 % 30)
    x, y = view.curve.getData()
    np.testing.assert_array_equal(x, edges)
    np.testing.assert_array_equal(y, counts)
    assert view.title_label.full_text() == "999.weight"
    assert math.isclose(view.histogram_data()[1].sum(), values.size)
