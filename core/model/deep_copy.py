"""``copy.deepcopy`` of modules, the same copy in a fraction of the time.

``copy.deepcopy(module)`` reduces every module and every one of its dozen (mostly empty)
hook dictionaries through ``__reduce_ex__``: about 60 Python calls per layer, which a
1000-layer network pays at every forward pass and initialization (the lab works on
copies). ``deep_copy`` takes the very steps ``deepcopy`` takes for a module (new object,
registered in ``memo``, ``__getstate__``'s entries copied in order, ``__setstate__``)
without the detours, and hands anything else to ``copy.deepcopy`` with the same memo,
so what is shared and what is copied stays exactly as with ``copy.deepcopy``.
"""

from __future__ import annotations

import copy
import copyreg
from collections import OrderedDict
from typing import Any

import torch.nn as nn

_ATOMIC = frozenset({type(None), int, float, bool, complex, str, bytes})
_EMPTY = frozenset({dict, OrderedDict, set})
_MISSING = object()
_plain: dict[type, bool] = {}


def deep_copy(obj: Any, memo: dict[int, Any]) -> Any:
    """``copy.deepcopy(obj, memo)``; quicker for modules ``deepcopy`` copies generically."""
    found = memo.get(id(obj), _MISSING)
    if found is not _MISSING:
        return found
    kind = type(obj)
    if kind in _ATOMIC:
        return obj
    plain = _plain.get(kind)
    if plain is None:
        plain = _plain[kind] = _copied_generically(kind)
    if not plain:
        if kind in _EMPTY and not obj:  # what deepcopy makes of an empty one, memo included
            memo[id(obj)] = new = kind()
            return new
        if kind is dict or (kind is OrderedDict and not vars(obj)):  # hooks: no attributes
            memo[id(obj)] = new = kind()
            for key, value in obj.items():
                new[deep_copy(key, memo)] = deep_copy(value, memo)
            return new
        return copy.deepcopy(obj, memo)
    new = kind.__new__(kind)
    memo[id(obj)] = new
    state = obj.__getstate__()
    new.__setstate__({key: deep_copy(value, memo) for key, value in state.items()})
    return new


def _copied_generically(kind: type) -> bool:
    """A module class that ``deepcopy`` copies through ``object.__reduce_ex__`` and
    ``nn.Module.__getstate__`` (no copy hooks of its own)."""
    return (
        issubclass(kind, nn.Module)
        and getattr(kind, "__deepcopy__", None) is None
        and kind not in copyreg.dispatch_table
        and kind.__reduce_ex__ is object.__reduce_ex__
        and kind.__reduce__ is object.__reduce__
        and kind.__getstate__ is nn.Module.__getstate__
        and kind.__new__ is object.__new__
    )
