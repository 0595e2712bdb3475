"""``python -m gui.i18n --update``: the same as ``python translations/update.py``."""

from __future__ import annotations

import runpy
import sys

from gui.i18n.language import TRANSLATIONS_DIR


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    sys.argv = ["update.py", *[a for a in args if a != "--update"]]
    runpy.run_path(str(TRANSLATIONS_DIR / "update.py"), run_name="__main__")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
