"""Values derived from objects that never change while they live, kept per object.

Committed modules are never mutated (see ``core/model/lab.py``), so what a snapshot says
about a module — its ``repr``, state and parameters — and the record of a parameter
stay true as long as the object lives. A snapshot after adding one layer to a
1000-layer network then rebuilds one module's record and reuses 999, instead of
asking torch about every module again.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any


class IdentityMemo:
    """``derive(obj)`` computed once per live object (keyed on identity, checked by a
    weak reference, forgotten when the object is collected)."""

    def __init__(self) -> None:
        self._entries: dict[int, tuple[weakref.ref, Any]] = {}

    def get(self, obj: object, derive: Callable[[Any], Any]) -> Any:
        cached = self._entries.get(id(obj))
        if cached is not None and cached[0]() is obj:
            return cached[1]
        value = derive(obj)
        self._entries[id(obj)] = (weakref.ref(obj, self._forget(id(obj))), value)
        return value

    def _forget(self, ident: int) -> Callable[[weakref.ref], None]:
        entries = self._entries

        def forget(ref: weakref.ref) -> None:
            entry = entries.get(ident)
            if entry is not None and entry[0] is ref:  # not a newer object with the same id
                del entries[ident]

        return forget

    def __len__(self) -> int:
        return len(self._entries)
