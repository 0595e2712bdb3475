"""One colour kit: every colour of the GUI lives in gui/kit/colors.py, readable and shared."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.io import figures
from gui.kit import colors

GUI = Path(__file__).resolve().parents[2] / "gui"
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
NAMED = re.compile(r"""(color|background)\s*:\s*(?!transparent)[a-z]+\s*[;"}]"""
                   r"""|QColor\(\s*["']|mkPen\(\s*["']|setBackground\(\s*["']|background\s*=\s*["']""")


def test_headless_figures_draw_with_the_guis_series_and_ink():
    assert figures.PALETTE == colors.SERIES
    assert figures.INK == colors.INK
    assert [figures.color(i) for i in range(12)] == [colors.series_color(i) for i in range(12)]


def test_no_gui_module_defines_a_colour_of_its_own():
    found = []
    for path in sorted(GUI.rglob("*.py")):
        if path == GUI / "kit" / "colors.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if HEX.search(line) or NAMED.search(line):
                found.append(f"{path.relative_to(GUI)}:{number}: {line.strip()}")
    assert not found, "colours outside gui/kit/colors.py:\n" + "\n".join(found)


def test_the_kit_holds_one_value_per_role():
    roles = {name: value for name, value in vars(colors).items()
             if name.isupper() and isinstance(value, str)}
    assert all(re.fullmatch(r"#[0-9a-f]{6}", value) for value in roles.values()), roles
    assert len(set(roles.values())) == len(roles), "two roles share a value: merge them"


def _luminance(color: str) -> float:
    """WCAG 2 relative luminance of "#rrggbb"."""
    channels = [int(color[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(ink: str, background: str) -> float:
    light, dark = sorted((_luminance(ink), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize(("ink", "background"), [
    ("INK", "SURFACE"), ("INK", "PANE"), ("INK", "HOVER"), ("INK", "HIGHLIGHT"),
    ("INK", "ERROR_BACKGROUND"), ("MUTED", "SURFACE"), ("MUTED", "PANE"),
    ("ACCENT", "SURFACE"), ("ACCENT", "ACCENT_BACKGROUND"), ("LINK", "SURFACE"),
    ("ERROR", "SURFACE"), ("ERROR", "ERROR_BACKGROUND"), ("WARNING", "SURFACE"),
    ("WARNING", "HIGHLIGHT"), ("GOOD", "SURFACE"), ("GOOD", "GOOD_BACKGROUND"),
])
def test_every_text_colour_is_readable_on_its_background(ink, background):
    """WCAG AA for body text (4.5:1): what a washed-out projector still shows."""
    assert _contrast(getattr(colors, ink), getattr(colors, background)) >= 4.5


@pytest.mark.parametrize("badge", ["BADGE_UNINITIALIZED", "BADGE_MATERIALIZED",
                                   "BADGE_HALF_LAZY", "BADGE_NO_PARAMETERS"])
def test_badge_texts_are_readable_on_their_fill(badge):
    fill, ink = getattr(colors, badge)
    assert _contrast(ink, fill) >= 4.5
