"""Weights files: ``.pt`` state_dicts, read with ``weights_only=True``.

Nothing a file contains is ever executed: ``weights_only`` refuses pickled code,
and a file that is not a mapping of names to tensors is refused too.
"""

from __future__ import annotations

import os
import stat
import warnings

import torch
import torch.nn as nn
from torch.nn.modules.batchnorm import _LazyNormBase
from torch.nn.modules.conv import _LazyConvXdMixin
from torch.nn.modules.lazy import LazyModuleMixin
from torch.nn.parameter import is_lazy

from core.errors import INVALID_FILE, LabError
from core.io import files
from core.messages import msg
from core.model import memory

MAX_FILE_BYTES = 8 * 1024**3


def save(state: dict, path: str | os.PathLike) -> None:
    """Write a state_dict (uninitialized entries already left out) atomically.

    Raises OSError, leaving no partial file, when it cannot be written (a full disk).
    """
    files.write_atomic(path, lambda handle: torch.save(state, handle))


def read(path: str | os.PathLike, limit: int | None = None) -> dict:
    """A state_dict from ``path``, or ``invalid_file`` saying what is wrong with it.

    The size is checked before anything is read: a file larger than ``limit``
    (the lab's memory guard) is ``too_large``.
    """
    name = os.path.basename(os.fspath(path)) or os.fspath(path)
    try:
        info = os.stat(path)
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        reason = getattr(exc, "strerror", None) or str(exc)
        raise LabError(
            INVALID_FILE, msg("Cannot open {path}: {reason}.", path=os.fspath(path), reason=reason)
        ) from exc
    if not stat.S_ISREG(info.st_mode):
        raise LabError(
            INVALID_FILE,
            msg("{name} is not a regular file (a folder or a device); choose a .pt file.",
                name=name),
        )
    if info.st_size > MAX_FILE_BYTES:
        raise LabError(
            INVALID_FILE,
            msg("{name} is {size}; weights files up to 8 GiB load.",
                name=name, size=memory.human_bytes(info.st_size)),
        )
    if limit is not None:  # the state read, then the network's copy it is loaded into
        declared = memory.declared_bytes(path, info.st_size)
        memory.check(2 * declared, limit,
                     msg("Loading {name} ({size} of tensors once unpacked)", name=name,
                         size=memory.human_bytes(declared)),
                     msg("build a smaller network or raise the memory limit."))
    try:
        with warnings.catch_warnings():  # e.g. "Detected pickle protocol 4": the message says it
            warnings.simplefilter("ignore")
            state = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as exc:  # any malformed file; weights_only=True never runs its code
        raise LabError(
            INVALID_FILE,
            msg("{name} is not a weights file this lab can read safely (a state_dict saved "
                "with torch.save); it was not loaded.", name=name),
            torch_message=str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
        ) from exc
    problem = _not_a_state_dict(state)
    if problem:
        raise LabError(
            INVALID_FILE,
            msg("{name} is not a state_dict (a mapping of parameter names to tensors): "
                "{problem}; it was not loaded.", name=name, problem=problem),
        )
    return state


def _not_a_state_dict(state: object) -> str | None:
    """What makes ``state`` unusable as a state_dict, in words; None when it is usable."""
    if not isinstance(state, dict):
        return msg("it holds a {type}", type=type(state).__name__)
    for key, value in state.items():
        if not isinstance(key, str):
            return msg("the key {key} is not a name", key=_short(key))
        if not isinstance(value, torch.Tensor):
            return msg("{key} holds a {type}, not a tensor", key=key, type=type(value).__name__)
        if value.layout != torch.strided or value.is_meta:
            return msg("{key} is a sparse or data-less (meta) tensor", key=key)
        if value.is_complex():
            return msg("{key} holds complex numbers ({dtype})", key=key, dtype=str(value.dtype))
    return None


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def load_into(net: nn.Sequential, state: dict) -> None:
    """``net.load_state_dict(state)``, with mismatches explained per parameter."""
    expected = net.state_dict()
    missing = sorted(set(expected) - set(state))
    unexpected = sorted(set(state) - set(expected))
    if missing and not unexpected and all(is_lazy(expected[key]) for key in missing):
        raise LabError(INVALID_FILE, msg(
            "This file has no values for {keys}, parameters of lazy layers still "
            "uninitialized here: a file saved before their first forward pass leaves them "
            "out, as they did not exist yet, and PyTorch's load_state_dict refuses a file "
            "missing any parameter. Run a forward pass before saving, then load that file.",
            keys=_listed(missing)))
    if missing or unexpected:
        parts = []
        if missing:
            parts.append(msg("missing {keys}", keys=_listed(missing)))
        if unexpected:
            parts.append(msg("not in this network {keys}", keys=_listed(unexpected)))
        raise LabError(
            INVALID_FILE,
            msg("These weights are for another architecture ({parts}). Build the network "
                "they were saved from, then load them.", parts="; ".join(parts)),
        )
    wrong = [
        msg("{key} is {theirs} in the file but {mine} here",
            key=key, theirs=str(tuple(state[key].shape)), mine=str(tuple(mine.shape)))
        for key, mine in expected.items()
        if not is_lazy(mine) and tuple(state[key].shape) != tuple(mine.shape)
    ] + lazy_shape_problems(net, state)
    if wrong:
        raise LabError(
            INVALID_FILE,
            msg("These weights do not fit this network's shapes ({wrong}); build the network "
                "they were saved from (same sizes), then load them.",
                wrong="; ".join(wrong[:4]) + ("…" if len(wrong) > 4 else "")),
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            net.load_state_dict(state, strict=True)
    except (RuntimeError, ValueError, TypeError) as exc:
        raise LabError(
            INVALID_FILE,
            msg("These weights do not fit this network's shapes; build the network they were "
                "saved from (same sizes), then load them."),
            torch_message=str(exc),
        ) from exc


def _listed(keys: list[str]) -> str:
    return ", ".join(keys[:6]) + ("…" if len(keys) > 6 else "")


def lazy_shape_problems(net: nn.Sequential, state: dict) -> list[str]:
    """Shapes a lazy layer could never take (a weight of shape (0,), a bias that does
    not match out_features): loaded anyway, every forward pass would then fail."""
    problems = []
    for prefix, module in net.named_modules():
        if not isinstance(module, LazyModuleMixin):
            continue
        for attr, tensor in [*module.named_parameters(recurse=False),
                             *module.named_buffers(recurse=False)]:
            key = f"{prefix}.{attr}" if prefix else attr
            if not is_lazy(tensor) or key not in state:
                continue
            wanted = _lazy_shape(module, attr)
            shape = tuple(state[key].shape)
            fits = wanted is not None and len(shape) == len(wanted) and all(
                s >= 1 and (w is None or s == w) for s, w in zip(shape, wanted, strict=True))
            if not fits:
                problems.append(msg("{key} is {theirs} in the file but must be {mine} here",
                                    key=key, theirs=str(shape), mine=_pattern(wanted)))
    return problems


def _lazy_shape(module: nn.Module, attr: str) -> tuple | None:
    """The shape ``attr`` will take, None standing for the size the first input decides."""
    if attr == "bias" or (attr != "weight" and isinstance(module, _LazyNormBase)):
        if attr == "num_batches_tracked":
            return ()
        out = getattr(module, "out_features", getattr(module, "out_channels", None))
        return (out,)
    if isinstance(module, nn.LazyLinear):
        return (module.out_features, None)
    if isinstance(module, _LazyConvXdMixin):
        return (module.out_channels, None, *module.kernel_size)
    if isinstance(module, _LazyNormBase):
        return (None,)
    return None


def _pattern(wanted: tuple | None) -> str:
    if wanted is None:
        return msg("a shape this layer defines")
    sizes = ["n ≥ 1" if w is None else str(w) for w in wanted]
    return "(" + ", ".join(sizes) + ("," if len(sizes) == 1 else "") + ")"
