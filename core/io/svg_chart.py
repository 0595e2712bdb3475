"""The SVG chart kit of the headless report's figures: palette, plot area, axes, legend.

Shared by :mod:`core.io.figures` (compare and depth) and :mod:`core.io.train_figures`
(training curves and boundaries), so neither imports the other for it. The colour
palette (Okabe–Ito, distinguishable for colour-blind viewers and on a projector) and
the ink are the GUI's too (gui/kit/colors.py; a test keeps them equal).
"""

from __future__ import annotations

import math
from html import escape

PALETTE = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#7F7F7F",
)
INK = "#1a1a1a"
WIDTH, HEIGHT = 1200, 600
MARGIN = {"left": 110, "right": 380, "top": 60, "bottom": 70}
LEGEND_CHARS = 44


def color(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def finite(values) -> list[float]:
    return [v for v in values if isinstance(v, (int, float)) and math.isfinite(v)]


class Chart:
    """A plot area mapping data to SVG coordinates, linear x, linear or log10 y."""

    def __init__(self, x0, x1, y0, y1, box, log_y=False) -> None:
        self.x0, self.x1 = x0, x1 if x1 > x0 else x0 + 1
        self.log_y = log_y
        if log_y:
            y0, y1 = math.log10(y0), math.log10(y1)
        self.y0, self.y1 = y0, y1 if y1 > y0 else y0 + 1
        self.left, self.top, self.width, self.height = box

    def x(self, value: float) -> float:
        return self.left + (value - self.x0) / (self.x1 - self.x0) * self.width

    def y(self, value: float) -> float:
        if self.log_y:
            value = math.log10(value)
        return self.top + self.height - (value - self.y0) / (self.y1 - self.y0) * self.height


def svg_document(body: list[str], title: str) -> str:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif">'
        f'<rect width="100%" height="100%" fill="white"/>'
        f'<text x="{MARGIN["left"]}" y="34" font-size="22" font-weight="bold" '
        f'fill="{INK}">{escape(title)}</text>'
    )
    return head + "".join(body) + "</svg>\n"


def axes(
    chart: Chart, x_label: str, y_label: str, y_ticks: list[float], integer_x: bool = False
) -> list[str]:
    left, top, width, height = chart.left, chart.top, chart.width, chart.height
    parts = [
        f'<rect x="{left}" y="{top}" width="{width}" height="{height}" fill="none" '
        f'stroke="{INK}" stroke-width="1.5"/>',
        f'<text x="{left + width / 2}" y="{top + height + 50}" font-size="16" '
        f'text-anchor="middle">{escape(x_label)}</text>',
        f'<text x="20" y="{top + height / 2}" font-size="16" text-anchor="middle" '
        f'transform="rotate(-90 20 {top + height / 2})">{escape(y_label)}</text>',
    ]
    x_ticks = [chart.x0 + (chart.x1 - chart.x0) * i / 4 for i in range(5)]
    if integer_x:
        x_ticks = list(range(int(chart.x0), int(chart.x1) + 1))
    for value in x_ticks:
        parts.append(f'<text x="{chart.x(value):.1f}" y="{top + height + 22}" font-size="14" '
                     f'text-anchor="middle">{value:.3g}</text>')
    for value in y_ticks:
        parts.append(f'<text x="{left - 8}" y="{chart.y(value) + 5:.1f}" font-size="14" '
                     f'text-anchor="end">{tick(value)}</text>')
    return parts


def tick(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"


def legend_lines(entries: list[tuple[str, str, bool]], x: float, y: float) -> list[str]:
    parts = []
    for i, (label, stroke, dashed) in enumerate(entries):
        row = y + i * 24
        dash = ' stroke-dasharray="6 4"' if dashed else ""
        parts.append(f'<line x1="{x}" y1="{row}" x2="{x + 28}" y2="{row}" stroke="{stroke}" '
                     f'stroke-width="3"{dash}/>')
        if len(label) > LEGEND_CHARS:
            label = label[: LEGEND_CHARS - 1] + "…"
        parts.append(f'<text x="{x + 36}" y="{row + 5}" font-size="14">{escape(label)}</text>')
    return parts
