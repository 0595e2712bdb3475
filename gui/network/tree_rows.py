"""Rows of the network view as core addresses layers, once the network holds blocks.

The view has one row per module as ``named_modules()`` lists them, so inside blocks a
row is not a position: core takes a module name (``"1.body.0"``) and, for ``add`` and
``move``, the block (``into``) and the place among its layers. A network without
blocks keeps its positions, as before.
"""

from __future__ import annotations

from core.model import containers
from core.model.snapshot import ModuleInfo, Snapshot


def is_tree(snapshot: Snapshot | None) -> bool:
    return snapshot is not None and any(
        "." in m.name or m.layer in containers.NAMES for m in snapshot.modules)


def addressed(snapshot: Snapshot | None, step: dict, selected: list[int]) -> dict:
    """``step`` (rows, as the view, the palette and the layer editor ask) for core."""
    if not is_tree(snapshot):
        return step
    modules = snapshot.modules
    step = dict(step)
    op = step["op"]
    if op == "add":
        step.update(_place(modules, step.pop("at", None), selected))
        return step
    row = step.get("at")
    if isinstance(row, int) and 0 <= row < len(modules):
        step["at"] = modules[row].name
        if op == "move" and isinstance(step.get("to"), int):
            step["to"] = _sibling_target(modules, row, step["to"])
    return step


def _parent(modules: tuple[ModuleInfo, ...], name: str) -> str | None:
    """The block a module sits in, by the name core knows it by (None: the top level)."""
    parent = name.rpartition(".")[0]
    return _block(modules, parent) if parent else None


def _block(modules, name: str) -> str:
    """The block ``name`` stands for: a Residual's ``body`` is the Residual itself."""
    holder, _, last = name.rpartition(".")
    if last == "body" and any(m.name == holder and m.layer == containers.RESIDUAL
                              for m in modules):
        return holder
    return name


def _siblings(modules, name: str) -> list[str]:
    parent = name.rpartition(".")[0]
    return [m.name for m in modules if m.name.rpartition(".")[0] == parent]


def _place(modules, row: int | None, selected: list[int]) -> dict:
    """Where an added layer goes: before ``row`` (a drop), else after the selected layer,
    or into the selected block (at its end), else at the end of the network."""
    if row is not None:
        if not 0 <= row < len(modules):
            return {}
        name = modules[row].name
        return _inside(modules, name, _siblings(modules, name).index(name))
    if not selected:
        return {}
    module = modules[selected[-1]]
    if module.layer in containers.NAMES:
        return {"into": _block(modules, module.name)}
    return _inside(modules, module.name, _siblings(modules, module.name).index(module.name) + 1)


def _inside(modules, name: str, at: int) -> dict:
    parent = _parent(modules, name)
    return {"at": at} if parent is None else {"into": parent, "at": at}


def _sibling_target(modules, row: int, target_row: int) -> int:
    """Where a move lands among the layers of the same block: the sibling at
    ``target_row``, else one place up or down (a key, or a drop beside another block)."""
    name = modules[row].name
    siblings = _siblings(modules, name)
    if 0 <= target_row < len(modules) and modules[target_row].name in siblings:
        return siblings.index(modules[target_row].name)
    index = siblings.index(name) + (-1 if target_row < row else 1)
    return max(0, min(index, len(siblings) - 1))
