"""Text that reaches an exported script: always data, never code.

Everything a file can carry — layer names, step labels, titles, file names —
reaches the script only through these functions: as a string literal (which
Python reads back as exactly that text), as a comment or docstring line that
cannot end early (no character ``str.splitlines`` splits on survives, nor an
unescaped quote or backslash), or as an identifier made up here that is always
valid and never one of the script's own names.
"""

from __future__ import annotations

import builtins
import keyword
import math
import re
import unicodedata

# Names the script itself defines or uses: a layer variable must never shadow them.
SCRIPT_NAMES = frozenset({
    "net", "X", "Y", "torch", "nn", "OrderedDict", "m", "low", "high", "own", "kept",
    "n", "p", "name", "param", "collections",
    # a train step's loop (core/export/train_code.py)
    "copy", "gzip", "json", "math", "np", "x", "y", "shaped", "model", "optimizer", "losses",
    "index", "loss", "label", "init_fn", "first", "module", "DATA_STREAM", "ORDER_STREAM",
    "TEACHER_STREAM", "DIVERGED_FACTOR", "spirals_data", "checkerboard_data", "teacher_data",
    "sequence_data", "digits_data", "npz_data", "npz_tensors", "batch_order",
    "make_optimizer", "loss_of", "diverges",
})
_TAKEN = SCRIPT_NAMES | frozenset(dir(builtins)) | frozenset(keyword.kwlist) | frozenset(
    keyword.softkwlist
)
_NOT_IDENTIFIER_RUN = re.compile(r"_+")


def literal(text: str) -> str:
    """A Python string literal of ``text``: double quotes as the lesson writes names, or repr."""
    text = str(text)
    if text.isprintable() and '"' not in text and "\\" not in text:
        return f'"{text}"'
    return repr(text)


def escaped(text: str) -> str:
    """``text`` on one line, safe inside a comment or a ``\"\"\"`` docstring.

    Printable characters stay as they are (Chinese included); a backslash, a
    double quote and every unprintable character (newlines, \\u2028, \\x0b, \\x85, ...)
    become escape sequences, so nothing can end the comment or the string early.
    """
    parts = []
    for char in str(text):
        if char == "\\":
            parts.append("\\\\")
        elif char == '"':
            parts.append('\\"')
        elif not char.isprintable():
            parts.append(repr(char)[1:-1])
        else:
            parts.append(char)
    return "".join(parts)


def comment(text: str) -> str:
    """A one-line comment; the text cannot end it early."""
    return f"# {escaped(text)}"


def number(value: float) -> str:
    """A float literal, with ``float("inf")`` and ``float("nan")`` for the non-finite."""
    value = float(value)
    if math.isfinite(value):
        return repr(value)
    return f'float("{value!r}")'


def integer(value: int) -> str:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"expected an integer, got {value!r}")
    return repr(value)


def attribute_name(name: str) -> bool:
    """True when ``net.<name>`` reaches the submodule registered under ``name``."""
    return (
        name.isidentifier()
        and not keyword.iskeyword(name)
        and not name.startswith("_")
        and unicodedata.normalize("NFKC", name) == name  # Python reads identifiers as NFKC
    )


class Identifiers:
    """Hands out identifiers for the script: valid, unique, never one of its own names."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def variable(self, layer_name: str) -> str:
        """A readable variable for a layer: ``shared``, ``my_layer``, ``layer3``, ``layer_net``."""
        return self._unique(_variable_base(layer_name))

    def function(self, base: str) -> str:
        """A function name such as ``init_normal`` (``init_normal_2`` when taken)."""
        if not base.isidentifier() or base in _TAKEN:
            raise ValueError(f"not a usable function name: {base!r}")
        return self._unique(base)

    def _unique(self, base: str) -> str:
        candidate, n = base, 2
        while candidate in self.used:
            candidate, n = f"{base}_{n}", n + 1
        self.used.add(candidate)
        return candidate


def _variable_base(layer_name: str) -> str:
    text = unicodedata.normalize("NFKC", str(layer_name))
    if text.isdigit():
        return f"layer{text}" if text.isascii() else "layer"
    chars = [c if (f"a{c}").isidentifier() else "_" for c in text]
    base = _NOT_IDENTIFIER_RUN.sub("_", "".join(chars)).strip("_")
    if base and base[0].isdigit():
        base = f"layer_{base}"
    if unicodedata.normalize("NFKC", base) != base or not base.isidentifier():
        base = ""  # a character that changes under NFKC: fall back to a plain name
    if not base or base in _TAKEN or base.startswith("init_"):
        return f"layer_{base}" if base else "layer"
    return base
