"""Refresh the Qt Linguist files from the sources, then compile them to .qm.

    python translations/update.py                  lupdate gui/ core/ main.py, then lrelease
    python translations/update.py --unfinished     list zh_CN messages still to translate
    python translations/update.py --fill zh.json   apply {"source": "译文"} (or
                                                   {"Context\\u0004source": "译文"}), then update

``lupdate`` keeps every existing translation and marks new source texts
unfinished; core's ``msg("...")`` templates are found because ``msg`` is declared
an alias of ``QT_TR_NOOP`` (they land in the empty context ""). The English file
translates every text to itself, so it is complete too. ``tests/test_i18n.py``
fails while any zh_CN message is unfinished or a .qm is stale.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "translations"
LANGUAGES = ("zh_CN", "en")
SOURCES = ("gui", "core", "main.py")
ALIAS = "QT_TR_NOOP+=msg"


def ts_path(language: str) -> Path:
    return HERE / f"lazyinitlab_{language}.ts"


def qm_path(language: str) -> Path:
    return HERE / f"lazyinitlab_{language}.qm"


def tool(name: str) -> str:
    """``pyside6-lupdate``/``pyside6-lrelease`` next to this Python, else on PATH."""
    local = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(local) if local.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"update.py: pyside6-{name} not found; pip install PySide6-Essentials")
    return found


def source_files() -> list[str]:
    files: list[str] = []
    for entry in SOURCES:
        path = ROOT / entry
        files += sorted(str(p.relative_to(ROOT)) for p in path.rglob("*.py")) if path.is_dir() \
            else [entry]
    return files


def lupdate(ts_file: Path, language: str, extra: tuple[str, ...] = ()) -> None:
    command = [tool("lupdate"), *source_files(), "-tr-function-alias", ALIAS,
               "-target-language", language, *extra, "-ts", str(ts_file)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("lrelease"), str(ts_file), "-qm", str(qm_file)], cwd=ROOT, check=True,
                   capture_output=True, text=True)


def messages(ts_file: Path):
    """(context, source, translation element) for every message of a .ts file."""
    tree = ET.parse(ts_file)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.find("translation")


def translated_text(translation) -> str:
    """The translation's text; for a %n message its plural forms joined by newlines."""
    forms = translation.findall("numerusform")
    if forms:
        return "\n".join(form.text or "" for form in forms) if all(f.text for f in forms) else ""
    return translation.text or ""


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """Messages without a finished, non-empty translation (obsolete ones do not count)."""
    return [(context, source) for context, source, translation in messages(ts_file)
            if translation is None or translation.get("type") == "unfinished"
            or not translated_text(translation)]


def fill(ts_file: Path, mapping: dict[str, str], identity: bool = False) -> int:
    """Write translations from ``mapping`` (or the source itself) and mark them finished."""
    tree = ET.parse(ts_file)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            text = source if identity else mapping.get(f"{name}\x04{source}",
                                                       mapping.get(source))
            if text is None:
                continue
            forms = translation.findall("numerusform")
            if forms:  # a %n message: each plural form gets the text
                for form in forms:
                    form.text = text
            elif translation.text != text:
                translation.text = text
            elif translation.get("type") != "unfinished":
                continue
            translation.attrib.pop("type", None)
            count += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return count


def drop_vanished(ts_file: Path) -> None:
    """Remove messages the sources no longer contain, so the files stay small."""
    tree = ET.parse(ts_file)
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                context.remove(message)
        if context.find("message") is None:
            root.remove(context)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def update(mapping: dict[str, str] | None = None) -> None:
    HERE.mkdir(exist_ok=True)
    for language in LANGUAGES:
        ts_file = ts_path(language)
        lupdate(ts_file, language)
        drop_vanished(ts_file)
        if language == "en":
            fill(ts_file, {}, identity=True)
        elif mapping:
            fill(ts_file, mapping)
        lupdate(ts_file, language)  # back to lupdate's own layout
        lrelease(ts_file, qm_path(language))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unfinished", action="store_true", help="list untranslated zh_CN text")
    parser.add_argument("--fill", metavar="JSON", help="apply translations, then update")
    args = parser.parse_args(argv)
    if args.unfinished:
        missing = unfinished(ts_path("zh_CN"))
        print(json.dumps({source: "" for _context, source in missing}, ensure_ascii=False,
                         indent=1))
        print(f"{len(missing)} unfinished", file=sys.stderr)
        return 1 if missing else 0
    mapping = json.loads(Path(args.fill).read_text("utf-8")) if args.fill else None
    update(mapping)
    left = unfinished(ts_path("zh_CN"))
    print(f"updated {', '.join(LANGUAGES)}; {len(left)} zh_CN messages unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
