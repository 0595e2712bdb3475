"""Every colour of the window, one value per role, as "#rrggbb" text.

Text works in style sheets, in ``QColor(...)`` and in pyqtgraph alike. Chosen
for a washed-out classroom projector: dark inks on light backgrounds, and the
chart series in the Okabe–Ito palette, which colour-blind readers tell apart.
``core.io.figures`` draws the headless SVG figures with the same series and ink
(a test checks that both stay equal; this kit imports nothing from core).
"""

from __future__ import annotations

# Text and lines
INK = "#1a1a1a"  # body text, axes, chart titles
MUTED = "#505050"  # secondary text: hints, captions, subtitles
ACCENT = "#1f4e9c"  # headings, the selection ring, the drop line, histogram bars, lesson frame
LINK = "#7b1fa2"  # tied and shared parameters
ERROR = "#b00020"  # refusals and failures: their text and frames
WARNING = "#8a3c00"  # what changed, cautions, remedies, charts of an earlier network
GOOD = "#1e6b34"  # success: a solved lesson step, a materialized layer

# Backgrounds and frames
SURFACE = "#ffffff"  # cards, charts, panels
PANE = "#eef0f3"  # behind the cards, code boxes, the start-up columns
HOVER = "#f5f8fc"  # a card under the mouse
BORDER = "#aab2bd"  # card and box outlines, empty-chart placeholders
HIGHLIGHT = "#fff3dc"  # behind what just changed, cautions and remedies (with WARNING ink)
HIGHLIGHT_BORDER = "#e07000"
ERROR_BACKGROUND = "#fdecea"  # behind an error (with ERROR ink)
GOOD_BACKGROUND = "#e6f4ea"  # behind a success (with GOOD ink)
ACCENT_BACKGROUND = "#e8f0fe"  # behind a task to try (with ACCENT ink)

# A layer's state badge: (fill, text)
BADGE_UNINITIALIZED = ("#f5b400", INK)
BADGE_MATERIALIZED = (GOOD, SURFACE)
BADGE_HALF_LAZY = ("#3b6fd8", SURFACE)
BADGE_NO_PARAMETERS = ("#d5d8dc", INK)

# Charts
SERIES = (  # Okabe–Ito: one colour per initializer, in order
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#7F7F7F",
)
HISTORY_SERIES = ("#444444", "#8c564b", "#17becf", "#bcbd22")  # earlier snapshots, dotted
HISTOGRAM_FILL = (31, 119, 180, 110)  # RGBA under the histogram's ACCENT outline
BEFORE_TRAINING = "#7a7a7a"  # a parameter's histogram before training, under the after one
BEFORE_TRAINING_FILL = (120, 120, 120, 70)  # RGBA
CLASSES = ("#1f5fbf", "#d9661f")  # a decision boundary's two ends: class 0, class 1


def series_color(index: int) -> str:
    """The colour of the ``index``-th series; the palette repeats after eight."""
    return SERIES[index % len(SERIES)]
