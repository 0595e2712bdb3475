"""Open a person's own model: ``my_net.py:make_net`` names a file and a factory in it.

The file is the user's own Python code and runs as such, with every right the
user has (as ``python my_net.py`` would run it): its top-level statements run, its
folder comes first on ``sys.path`` so that its own imports work; only an
``if __name__ == "__main__":`` block stays out (the file is imported, not started).
File ▸ Open never comes here: scenarios and sessions are data, never code.

Whatever goes wrong (no such file, a syntax error, a factory that raises or returns
something that is not an ``nn.Module``) becomes one ``ModelFileError`` whose message
is one line naming the user's own line: ``my_net.py:7: return Net(3)``.
"""

from __future__ import annotations

import importlib.util
import inspect
import linecache
import re
import sys
import sysconfig
import traceback
from dataclasses import dataclass
from pathlib import Path

import torch.nn as nn

from core.messages import msg


class ModelFileError(ValueError):
    """The model cannot be opened; ``str()`` is one line that says why and where."""


@dataclass(frozen=True)
class ModelSource:
    """Where a model came from, for code export (``from my_net import make_net``)."""

    path: Path
    name: str
    called: bool  # True: ``name()`` was called; False: ``name`` is a module-level nn.Module

    @property
    def module_name(self) -> str:
        return _module_name(self.path)

    @property
    def spec(self) -> str:
        return f"{self.path}:{self.name}"


def split_spec(spec: str) -> tuple[Path, str]:
    """``"dir/my_net.py:make_net"`` → (path, "make_net"); a drive letter's colon is kept."""
    path, colon, name = spec.rpartition(":")
    if not colon or not path or not name.isidentifier() or "\\" in name or "/" in name:
        raise ModelFileError(msg(
            "give FILE.py:NAME, the Python file and the name of the function "
            "that returns the network (or of a module-level nn.Module) in it, e.g. "
            "my_net.py:make_net."))
    return Path(path), name


def load_model(spec: str) -> tuple[nn.Module, ModelSource]:
    """Run the file, then call (or take) ``NAME``; the module and where it came from.

    Seeding torch before calling this makes ``make_net()`` draw what it draws after
    ``torch.manual_seed(seed)`` in plain PyTorch.
    """
    path, name = split_spec(spec)
    namespace, undo = run_file(path)
    try:
        return _take(namespace, path, name)
    except BaseException:
        undo()  # a failed open leaves sys.modules and sys.path as they were
        raise


def _take(namespace, path: Path, name: str) -> tuple[nn.Module, ModelSource]:
    if not hasattr(namespace, name):
        found = sorted(k for k, v in vars(namespace).items()
                       if not k.startswith("_") and _offers_model(v))
        listing = ", ".join(found) if found else msg("none")
        raise ModelFileError(msg(
            "{file} has no {name}; functions and nn.Modules defined there: {listing}.",
            file=path.name, name=name, listing=listing))
    target = getattr(namespace, name)
    if isinstance(target, nn.Module):
        return target, ModelSource(path.resolve(), name, called=False)
    if not callable(target):
        raise ModelFileError(msg(
            "{file}:{name} is a {type}, neither a function that returns an nn.Module nor an "
            "nn.Module.", file=path.name, name=name, type=type(target).__name__))
    try:
        module = target()
    except BaseException as exc:  # the user's code: any failure is theirs to read
        if isinstance(exc, KeyboardInterrupt):
            raise
        raise ModelFileError(msg(
            "{name}() in {file} raised {error} at {where}", name=name, file=path.name,
            error=_error_text(exc), where=user_line(exc, path))) from exc
    if not isinstance(module, nn.Module):
        raise ModelFileError(msg(
            "{name}() in {file} returned {type}, not an nn.Module ({where}).", name=name,
            file=path.name, type=type(module).__name__, where=_definition_line(target, path)))
    return module, ModelSource(path.resolve(), name, called=True)


def run_file(path: Path):
    """(the file run as a module named after it and registered in ``sys.modules``, the
    function that unregisters it). A failure (missing file, syntax error, an exception
    at top level) leaves ``sys.modules`` and ``sys.path`` as they were.
    """
    if not path.is_file():
        raise ModelFileError(msg("{file}: no such file.", file=str(path)))
    if path.suffix != ".py":
        raise ModelFileError(msg("{file} is not a Python file (.py).", file=str(path)))
    name = _module_name(path)
    if name in sys.modules and not _same(getattr(sys.modules[name], "__file__", "") or "",
                                         str(path.resolve())):
        name = f"_lab_model_{name}"  # never shadow a loaded module (a file named torch.py)
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    folder = str(path.resolve().parent)
    added = folder not in sys.path
    if added:
        sys.path.insert(0, folder)
    previous = sys.modules.get(name)
    sys.modules[name] = module  # dataclasses and pickle look a class's module up there
    try:
        spec.loader.exec_module(module)
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt):
            raise
        _restore(name, previous, folder if added else None)
        if isinstance(exc, SyntaxError) and exc.filename and Path(exc.filename) == path:
            code = (exc.text or "").strip()
            raise ModelFileError(msg(
                "{file} is not valid Python: {reason} at {file}:{line}: {code}", file=path.name,
                reason=exc.msg, line=exc.lineno, code=code)) from exc
        raise ModelFileError(msg(
            "{file} failed while running: {error} at {where}", file=path.name,
            error=_error_text(exc), where=user_line(exc, path))) from exc
    return module, lambda: _restore(name, previous, folder if added else None)


def user_line(exc: BaseException, path: Path) -> str:
    """``my_net.py:7: return 1 / 0``: the deepest traceback line in the user's own code
    (their file, or a file of theirs it imports; not the lab, Python or a library), as a
    traceback would print it."""
    frames = traceback.extract_tb(exc.__traceback__)
    if isinstance(exc, SyntaxError) and exc.filename:  # a file the model imports
        frames.append(traceback.FrameSummary(exc.filename, exc.lineno or 0, "",
                                             line=(exc.text or "").strip()))
    target = str(path.resolve())
    theirs = [f for f in frames if _same(f.filename, target) or _users(f.filename)]
    chosen = (theirs or frames or [None])[-1]
    if chosen is None:
        return msg("(no traceback)")
    code = (chosen.line or linecache.getline(chosen.filename, chosen.lineno)).strip()
    return f"{Path(chosen.filename).name}:{chosen.lineno}: {code}"


def _users(filename: str) -> bool:
    """A file of the user's: not the lab's, not Python's own, not an installed library."""
    if filename.startswith("<"):
        return False
    installed = {sysconfig.get_paths()[key] for key in ("stdlib", "platstdlib", "purelib",
                                                         "platlib")}
    lab = Path(__file__).resolve().parents[2]
    own = (str(lab / "core"), str(lab / "gui"), str(lab / "main.py"))
    return not any(filename.startswith(folder) for folder in (*installed, *own))


def _definition_line(target, path: Path) -> str:
    try:
        lines, start = inspect.getsourcelines(target)
        where = Path(inspect.getsourcefile(target) or path).name
        return f"{where}:{start}: {lines[0].strip()}"
    except (OSError, TypeError):
        return path.name


def _error_text(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _offers_model(value) -> bool:
    return isinstance(value, nn.Module) or inspect.isfunction(value)


def _module_name(path: Path) -> str:
    stem = re.sub(r"\W", "_", path.stem) or "model"
    return stem if stem.isidentifier() and not stem[0].isdigit() else f"model_{stem}"


def _same(filename: str, target: str) -> bool:
    try:
        return str(Path(filename).resolve()) == target
    except OSError:
        return False


def _restore(name: str, previous, folder: str | None) -> None:
    if previous is None:
        sys.modules.pop(name, None)
    else:
        sys.modules[name] = previous
    if folder is not None and folder in sys.path:
        sys.path.remove(folder)
