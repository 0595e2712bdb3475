"""Figures of the headless report, drawn as SVG from the report's own data.

Core may not use Qt, and the report already holds every number a chart needs,
so the figures are plain SVG written next to ``report.json``: one overlay per
parameter of a ``compare`` step, one two-panel chart per ``depth`` step (a ``train``
step's figures come from :mod:`core.io.train_figures`). The palette, plot area, axes
and legend are :mod:`core.io.svg_chart`'s, shared with the training figures.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from core.io import train_figures
from core.io.svg_chart import (  # noqa: F401 (PALETTE, INK, color: callers use figures.*)
    HEIGHT,
    INK,
    MARGIN,
    PALETTE,
    WIDTH,
    Chart,
    axes,
    color,
    finite,
    legend_lines,
    svg_document,
)
from core.model.snapshot import shape_text


def overlay_svg(overlay: dict) -> str:
    """Step histograms of every candidate on shared bins, expected counts dashed."""
    edges = overlay["edges"]
    series = overlay["series"]
    peak = max([max(s["counts"] or [0]) for s in series] + [
        max(finite(s["expected_counts"] or [0]) or [0]) for s in series] + [1])
    box = (MARGIN["left"], MARGIN["top"], WIDTH - MARGIN["left"] - MARGIN["right"],
           HEIGHT - MARGIN["top"] - MARGIN["bottom"])
    chart = Chart(edges[0], edges[-1], 0, peak * 1.05, box)
    body = axes(chart, "value", "count", [0, peak / 2, peak])
    legend = []
    for i, s in enumerate(series):
        stroke = color(i)
        points = [(chart.x(edges[0]), chart.y(0))]
        for k, count in enumerate(s["counts"]):
            points += [(chart.x(edges[k]), chart.y(count)), (chart.x(edges[k + 1]), chart.y(count))]
        points.append((chart.x(edges[-1]), chart.y(0)))
        path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
        body.append(f'<polyline points="{path}" fill="{stroke}" fill-opacity="0.12" '
                    f'stroke="{stroke}" stroke-width="2"/>')
        legend.append((s["label"], stroke, False))
        expected = s.get("expected_counts")
        if expected:
            centers = [(edges[k] + edges[k + 1]) / 2 for k in range(len(expected))]
            path = " ".join(f"{chart.x(c):.1f},{chart.y(e):.1f}"
                            for c, e in zip(centers, expected, strict=True) if math.isfinite(e))
            body.append(f'<polyline points="{path}" fill="none" stroke="{stroke}" '
                        f'stroke-width="2" stroke-dasharray="6 4"/>')
            legend.append((f"expected {s['formula']}", stroke, True))
    body += legend_lines(legend, WIDTH - MARGIN["right"] + 20, MARGIN["top"] + 10)
    title = f"{overlay['parameter']} {tuple(overlay['shape'])}"
    return svg_document(body, title)


def depth_svg(result: dict) -> str:
    """Activation std (left) and gradient std (right) per layer, log scale, theory dashed."""
    curves = [c for c in result["curves"] if c["layers"]]
    panel_width = (WIDTH - MARGIN["left"] - MARGIN["right"] - 60) / 2
    body: list[str] = []
    legend = []
    for panel, (key, title) in enumerate((("activation_std", "activation std"),
                                          ("gradient_std", "gradient std"))):
        values = finite([s[k] for c in curves for s in c["layers"]
                          for k in (key, "expected_" + key)])
        values = [v for v in values if v > 0] or [1.0]
        low, high = min(values) / 1.5, max(values) * 1.5
        count = max((len(c["layers"]) for c in curves), default=1)
        box = (MARGIN["left"] + panel * (panel_width + 60), MARGIN["top"], panel_width,
               HEIGHT - MARGIN["top"] - MARGIN["bottom"])
        chart = Chart(0, max(count - 1, 1), low, high, box, log_y=True)
        ticks = [10.0**e for e in range(math.ceil(math.log10(low)), math.floor(math.log10(high))
                                        + 1)]
        body += axes(chart, f"layer position ({title})", "std (log)" if panel == 0 else "",
                      ticks, integer_x=True)
        for i, curve in enumerate(curves):
            for field, dashed in ((key, False), ("expected_" + key, True)):
                points = [(chart.x(s["position"]), chart.y(s[field])) for s in curve["layers"]
                          if isinstance(s[field], (int, float)) and s[field] > 0]
                if len(points) < 2:
                    continue
                dash = ' stroke-dasharray="6 4"' if dashed else ""
                path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
                body.append(f'<polyline points="{path}" fill="none" stroke="{color(i)}" '
                            f'stroke-width="2.5"{dash}/>')
            if panel == 0:
                legend.append((curve["label"], color(i), False))
    legend.append(("dashed: theory", INK, True))
    body += legend_lines(legend, WIDTH - MARGIN["right"] + 20, MARGIN["top"] + 10)
    return svg_document(body, f"Signal through depth (batch {shape_text(result['shape'])})")


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name)[:SAFE_CHARS]


SAFE_CHARS = 80  # of a parameter's name in a file name (file names end at 255 bytes)


def figure_names(index: int, parameters: list[str]) -> list[str]:
    """One file name per parameter, unique even where a file system folds names.

    A name made only of ``[A-Za-z0-9_.-]`` is kept as it is; ``a b`` and ``a/b`` (both
    ``a_b``), ``层.weight`` and ``层层.weight``, or ``A`` and ``a`` on a case-insensitive
    disk would otherwise write one file: such names get their position as well.
    """
    chosen: list[str] = []
    taken: set[str] = set()
    for position, parameter in enumerate(parameters):
        stem = _safe(parameter)
        if stem != parameter or stem.lower() in taken:
            stem = f"{position}-{stem}"
        while stem.lower() in taken:
            stem += "_"
        taken.add(stem.lower())
        chosen.append(f"figures/step-{index:03d}-compare-{stem}.svg")
    return chosen


def attach_record(record: dict, directory: Path, account=None) -> None:
    """Write the figures of a compare/depth step's record; list their paths in it.

    Each file is written whole or not at all, never through a planted link;
    ``account(nbytes)``, if given, is told the size of each before it is written.
    """
    from core.io import files

    written = []
    index = record["index"]
    compare = record.get("compare")
    if compare:
        names = figure_names(index, [o["parameter"] for o in compare["overlays"]])
        for name, overlay in zip(names, compare["overlays"], strict=True):
            written.append((name, overlay_svg(overlay)))
    depth = record.get("depth")
    if depth:
        written.append((f"figures/step-{index:03d}-depth.svg", depth_svg(depth)))
    if record.get("train"):
        written += train_figures.figures(index, record["train"])
    if not written:
        return
    folder = directory / "figures"
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        raise OSError(f"{folder} is not a folder (a link or a file stands in its place)")
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in written:
        data = text.encode("utf-8")
        if account is not None:
            account(len(data))
        files.write_atomic(directory / name, lambda handle, data=data: handle.write(data))
    record["figures"] = [name for name, _ in written]


def attach(report: dict, directory: Path) -> None:
    """Write the figures of every compare/depth step of a report built in memory."""
    for record in report.get("steps", []):
        attach_record(record, directory)
