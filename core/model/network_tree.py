"""Walking and editing a network description whose entries may hold child entries.

A path is a tuple of child indices from the top level: ``(1, 0)`` is the first layer
inside the block at position 1. Its module name, as ``named_modules()`` gives it, is
"1.0" (or "1.body.0" inside a Residual, whose layers sit in its ``body``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from torch import nn

from core.model import catalogue, containers

Path = tuple[int, ...]


def child_names(entries: tuple) -> list[str]:
    """Names as a Sequential shows its children: the given name or the position."""
    return [e.name if e.name is not None else str(i) for i, e in enumerate(entries)]


def walk(entries: tuple, prefix: str = "", path: Path = ()) -> Iterator[tuple[str, Path, object]]:
    """(module name, path, entry) of every entry, each container before its children."""
    for index, (name, entry) in enumerate(zip(child_names(entries), entries, strict=True)):
        full = prefix + name
        yield full, path + (index,), entry
        if entry.children is not None:
            inner = full + "." + containers.child_prefix(entry.layer)
            yield from walk(entry.children, inner, path + (index,))


def name_at(entries: tuple, path: Path) -> str:
    """The module name of the entry at ``path``, walking only along the path."""
    parts = []
    for depth, index in enumerate(path):
        entry = entries[index]
        parts.append(entry.name if entry.name is not None else str(index))
        if depth < len(path) - 1:
            parts.append(containers.child_prefix(entry.layer).rstrip("."))
            entries = entry.children
    return ".".join(part for part in parts if part)


def entry_at(entries: tuple, path: Path):
    entry = entries[path[0]]
    for index in path[1:]:
        entry = entry.children[index]
    return entry


def siblings(entries: tuple, path: Path) -> tuple:
    """The entries beside the one at ``path`` (its parent's children)."""
    return entries if len(path) == 1 else entry_at(entries, path[:-1]).children


def replace_children(entries: tuple, parent: Path, change: Callable[[tuple], tuple]) -> tuple:
    """``entries`` with the children of the entry at ``parent`` (``()``: the top level)
    replaced by ``change(children)``; every entry off that path is kept as it is."""
    if not parent:
        return change(entries)
    from dataclasses import replace

    index = parent[0]
    entry = entries[index]
    if len(parent) == 1:
        new = replace(entry, children=change(entry.children))
    else:
        new = replace(entry, children=replace_children(entry.children, parent[1:], change))
    return entries[:index] + (new,) + entries[index + 1:]


def count(entries: tuple) -> int:
    return sum(1 for _ in walk(entries))


# -- modules -----------------------------------------------------------------------


def modules_by_uid(entries: tuple, modules: dict[int, nn.Module]) -> dict[int, nn.Module]:
    """Every entry's module, nested ones included, from the top-level ``modules``."""
    found: dict[int, nn.Module] = {}

    def visit(entry, module: nn.Module) -> None:
        found[entry.uid] = module
        if entry.children is not None:
            for child, child_module in zip(
                    entry.children, containers.children_of(entry.layer, module), strict=True):
                visit(child, child_module)

    for entry in entries:
        if entry.tie is None and entry.uid in modules:
            visit(entry, modules[entry.uid])
    return found


def build(entry, keep: dict[int, nn.Module], old_entries: dict[int, object]) -> nn.Module:
    """The module of ``entry``: kept when it and everything inside it are unchanged, else
    built fresh from its (kept or fresh) children, in order, as Python evaluates
    ``Residual(child, ..., shortcut=...)``, so that a seeded build draws the same numbers."""
    if entry.uid in keep and (entry.children is None or old_entries.get(entry.uid) == entry):
        return keep[entry.uid]
    if entry.children is None:
        return catalogue.build_module(entry.layer, entry.args)
    children = [(child.name, build(child, keep, old_entries)) for child in entry.children]
    old = old_entries.get(entry.uid)
    same_args = old is not None and old.layer == entry.layer and old.args == entry.args
    kept = keep.get(entry.uid) if same_args else None
    return containers.build(entry.layer, entry.args, children, kept)
