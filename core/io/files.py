"""Writing files safely: whole or not at all, and never through a planted link.

Every file the lab writes (reports, figures, weights, exported code) is first
written to a fresh temporary file created exclusively in the target's own
folder (``tempfile.mkstemp``: ``O_CREAT | O_EXCL | O_NOFOLLOW``, a random name),
then renamed over the target with ``os.replace``. A symlink planted at the
target or at a guessable temporary name is never followed: the rename replaces
the link itself. On any failure the temporary file is removed and the error is
re-raised as ``OSError``, so a reader never sees half a file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

PARTIAL = ".partial"


def _file_mode() -> int:
    """The mode ``open()`` would give a new file (mkstemp's own is 0600)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


FILE_MODE = _file_mode()


def write_atomic(path: str | os.PathLike, write: Callable[[IO[bytes]], None]) -> None:
    """Call ``write(handle)`` on a new temporary file beside ``path``, then rename it."""
    path = Path(path)
    descriptor, temporary = new_partial(path.parent, path.name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            write(handle)
        os.replace(temporary, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError) or not isinstance(exc, Exception):
            raise
        # torch.save reports a full disk as RuntimeError("... file write failed")
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise OSError(f"{path.name} could not be written whole (is the disk full?): "
                      f"{reason[:200]}") from exc


def new_partial(directory: str | os.PathLike, name: str) -> tuple[int, str]:
    """A new temporary file in ``directory`` for ``name``: (descriptor, path)."""
    descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=f".{name[:100]}.",
                                             suffix=PARTIAL)
    os.fchmod(descriptor, FILE_MODE)
    return descriptor, temporary


def write_text(path: str | os.PathLike, text: str) -> None:
    write_atomic(path, lambda handle: handle.write(text.encode("utf-8")))


def is_partial(name: str) -> bool:
    return name.endswith(PARTIAL)


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """True when ``a`` and ``b`` name one file (links and ``..`` resolved)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        try:
            return Path(a).resolve() == Path(b).resolve()
        except (OSError, RuntimeError, ValueError):
            return False
