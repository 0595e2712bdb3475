"""Check a screenshot of the app: ``python tests/check_screenshot.py FILE.png``.

Exit 0 when FILE.png exists, is a readable PNG of at least 800x500 pixels and is not
blank; otherwise print why and exit 1. "Not blank" means the picture has many distinct
colours and no single colour covers nearly all of it, which a window that rendered
nothing (all white, all black, one flat panel) cannot satisfy.

Qt draws offscreen here (QT_QPA_PLATFORM=offscreen), so no display is needed. Not a
pytest module: its name does not start with ``test_``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

MIN_WIDTH, MIN_HEIGHT = 800, 500
MIN_COLOURS = 32  # distinct colours; a real window has text antialiasing, plots, icons
MAX_DOMINANT = 0.97  # share of pixels one colour may cover


def problems(path: Path) -> list[str]:
    """Why ``path`` is not an acceptable screenshot; empty when it is."""
    if not path.is_file():
        return ["it does not exist or is not a file"]
    with open(path, "rb") as handle:
        if handle.read(8) != b"\x89PNG\r\n\x1a\n":
            return ["it is not a PNG file"]

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import numpy as np
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        return ["it cannot be read as an image"]
    found = []
    width, height = image.width(), image.height()
    if width < MIN_WIDTH or height < MIN_HEIGHT:
        found.append(f"{width}x{height} is smaller than {MIN_WIDTH}x{MIN_HEIGHT}")
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    stride = image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
    pixels = raw.reshape(height, stride)[:, : width * 4].copy().view(np.uint32).reshape(-1)
    colours, counts = np.unique(pixels, return_counts=True)
    if len(colours) < MIN_COLOURS:
        found.append(f"only {len(colours)} distinct colours (at least {MIN_COLOURS} expected)")
    share = counts.max() / pixels.size
    if share > MAX_DOMINANT:
        found.append(f"one colour covers {share:.1%} of the picture: it looks blank")
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python tests/check_screenshot.py FILE.png", file=sys.stderr)
        return 1
    path = Path(argv[0])
    found = problems(path)
    if found:
        for problem in found:
            print(f"{path}: {problem}")
        return 1
    print(f"{path}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
