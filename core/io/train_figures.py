"""SVG figures of a ``train`` step's record, drawn like the report's other figures.

One chart of the loss per step (log scale) per initializer, with the accuracy beside
it where the task has classes; for the 2-D tasks, the decision boundary each
initializer ended with, as small multiples over the task's points.
"""

from __future__ import annotations

import math
from html import escape

from core.io.svg_chart import (
    HEIGHT,
    MARGIN,
    WIDTH,
    Chart,
    axes,
    color,
    finite,
    legend_lines,
    svg_document,
)

BOUNDARY_COLUMNS = 4
BOUNDARY_CELLS = 32  # squares per side drawn of a boundary's grid


def _values(series) -> list[float]:
    return [v if isinstance(v, (int, float)) else math.nan for v in series]


def curves_svg(train: dict) -> str:
    """Loss (left, log scale) and accuracy (right, when the task has classes) per step."""
    runs = [c for c in train["candidates"] if c["loss"]]
    panels = [("loss", "loss (log)", True)]
    if train["task"]["classes"]:
        panels.append(("accuracy", "batch accuracy", False))
    gap = 60
    panel_width = (WIDTH - MARGIN["left"] - MARGIN["right"] - gap * (len(panels) - 1)) / len(
        panels)
    steps = train["steps"]
    body: list[str] = []
    for panel, (key, title, log_y) in enumerate(panels):
        values = finite(v for c in runs for v in _values(c[key] or []))
        if log_y:
            values = [v for v in values if v > 0] or [1.0]
            low, high = min(values) / 1.3, max(values) * 1.3
            ticks = [10.0**e for e in range(math.ceil(math.log10(low)),
                                            math.floor(math.log10(high)) + 1)]
            if len(ticks) < 2:
                ticks = [low * 1.3, math.sqrt(low * high), high / 1.3]
        else:
            low, high, ticks = 0.0, 1.0, [0.0, 0.5, 1.0]
        box = (MARGIN["left"] + panel * (panel_width + gap), MARGIN["top"], panel_width,
               HEIGHT - MARGIN["top"] - MARGIN["bottom"])
        chart = Chart(0, steps, low, high, box, log_y=log_y)
        body += axes(chart, f"step ({title})", title if panel == 0 else "", ticks)
        for i, run in enumerate(runs):
            points = [(chart.x(s), chart.y(min(max(v, low), high)))
                      for s, v in enumerate(_values(run[key] or []))
                      if math.isfinite(v) and (v > 0 or not log_y)]
            if len(points) >= 2:
                path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
                body.append(f'<polyline points="{path}" fill="none" stroke="{color(i)}" '
                            f'stroke-width="2"/>')
            if run["diverged"] and points:
                px, py = points[-1]
                body.append(f'<text x="{px:.1f}" y="{py - 8:.1f}" font-size="14" '
                            f'fill="{color(i)}" text-anchor="middle">✕</text>')
    legend = [(run["label"] + (" (diverged)" if run["diverged"] else ""), color(i), False)
              for i, run in enumerate(runs)]
    body += legend_lines(legend, WIDTH - MARGIN["right"] + 20, MARGIN["top"] + 10)
    task = train["task"]
    return svg_document(body, f"Training on {task['name']}: {train['optimizer']}, "
                        f"lr {train['lr']:g}, batch {train['batch']}, seed {train['seed']}")


def boundary_svg(train: dict) -> str:
    """Each initializer's P(class 1) over the plane (blue 0 → orange 1), points on top."""
    runs = [c for c in train["candidates"] if c.get("boundary")]
    columns = min(BOUNDARY_COLUMNS, max(len(runs), 1))
    rows = max(math.ceil(len(runs) / columns), 1)
    cell = min((WIDTH - 40) / columns, (HEIGHT - 80) / rows) - 20
    body: list[str] = []
    points = train["task"].get("points", [])
    for index, run in enumerate(runs):
        grid = run["boundary"]
        left = 20 + (index % columns) * (cell + 20)
        top = 70 + (index // columns) * (cell + 20)
        (x0, x1), (y0, y1) = grid["x_range"], grid["y_range"]
        every = max(1, grid["size"] // BOUNDARY_CELLS)  # a lighter file: every other point
        shown = [row[::every] for row in grid["probability"][::every]]
        square = cell / len(shown)
        for r, row in enumerate(shown):
            for c, p in enumerate(row):
                body.append(f'<rect x="{left + c * square:.1f}" '
                            f'y="{top + cell - (r + 1) * square:.1f}" width="{square + 0.3:.1f}" '
                            f'height="{square + 0.3:.1f}" fill="{_shade(p)}"/>')
        for px, py, label in points[::2]:
            cx = left + (px - x0) / (x1 - x0) * cell
            cy = top + cell - (py - y0) / (y1 - y0) * cell
            body.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="1.6" '
                        f'fill="{"#D55E00" if label else "#0072B2"}"/>')
        body.append(f'<rect x="{left}" y="{top}" width="{cell:.1f}" height="{cell:.1f}" '
                    f'fill="none" stroke="#1a1a1a"/>')
        body.append(f'<text x="{left}" y="{top - 6}" font-size="14">{escape(run["label"])}</text>')
    return svg_document(
        body, f"Decision boundary after {train['steps']} steps ({train['task']['name']})")


def _shade(p) -> str:
    """White at 0.5, towards blue (class 0) or orange (class 1)."""
    if not isinstance(p, (int, float)) or not math.isfinite(p):
        return "#bbbbbb"
    blue, orange = (0x00, 0x72, 0xB2), (0xD5, 0x5E, 0x00)
    target, amount = (orange, 2 * p - 1) if p >= 0.5 else (blue, 1 - 2 * p)
    amount *= 0.55
    mixed = [round(255 + (t - 255) * amount) for t in target]
    return "#" + "".join(f"{v:02x}" for v in mixed)


def figures(index: int, train: dict) -> list[tuple[str, str]]:
    """(file name, SVG text) of a train step's figures."""
    written = [(f"figures/step-{index:03d}-train.svg", curves_svg(train))]
    if any(c.get("boundary") for c in train["candidates"]):
        written.append((f"figures/step-{index:03d}-train-boundary.svg", boundary_svg(train)))
    return written
