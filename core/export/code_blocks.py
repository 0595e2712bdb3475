"""Blocks in exported code: nested constructors, and references to kept modules.

A block is written as d2l writes it: ``nn.Sequential(...)`` nested in the network,
``Residual(body..., shortcut=nn.LazyConv2d(...))`` and ``Concat(branch, ...)`` with
their classes at the top of the script. A structural change after a forward pass
refers to the modules it keeps where they live (``net[1].body[0]``), so they keep
their shapes and weights, as in the lab.
"""

from __future__ import annotations

from collections.abc import Callable

from core.export.code_text import literal
from core.model import containers
from core.model.network import LayerEntry, Network


def container_text(entry: LayerEntry, children: list[str], shortcut: str | None) -> str:
    """The constructor of a block holding ``children`` (expressions, in order); named
    layers go in an ``OrderedDict``, as ``nn.Sequential`` takes them."""
    parts = list(children)
    if any(c.name is not None for c in entry.children):
        names = [c.name if c.name is not None else str(i) for i, c in enumerate(entry.children)]
        items = ", ".join(f"({literal(n)}, {c})" for n, c in zip(names, children, strict=True))
        parts = [f"OrderedDict([{items}])"]
    if entry.layer == containers.RESIDUAL and shortcut is not None:
        parts.append(f"shortcut={shortcut}")
    constructor = "nn.Sequential" if entry.layer == containers.SEQUENTIAL else entry.layer
    return f"{constructor}({', '.join(parts)})"


def shortcut_text(entry: LayerEntry) -> str | None:
    channels = entry.args.get("shortcut_channels")
    if channels is None:
        return None
    stride = entry.args.get("stride", 1)
    return f"nn.LazyConv2d({channels}, kernel_size=1{'' if stride == 1 else f', stride={stride}'})"


def module_refs(network: Network) -> dict[int, str]:
    """Where each module of ``network`` lives in ``net``: ``net[1]``, ``net[1].body[0]``."""
    refs: dict[int, str] = {}

    def visit(entry: LayerEntry, ref: str) -> None:
        refs[entry.uid] = ref
        if entry.children is not None:
            inside = f"{ref}.body" if entry.layer == containers.RESIDUAL else ref
            for index, child in enumerate(entry.children):
                visit(child, f"{inside}[{index}]")

    for position, entry in enumerate(network.entries):
        if entry.tie is None:
            visit(entry, f"net[{position}]")
    return refs


def expressions(old: Network, new: Network, rebuild: set[int] | None,
                fresh: Callable[[LayerEntry], str]) -> list[str]:
    """Each top-level module of ``new`` as an expression: kept modules by reference (a
    block only when nothing in it changed), fresh ones by ``fresh(entry)``, blocks with
    changed layers built anew around them, as ``core.model.network_tree.build`` does."""
    refs = module_refs(old)
    old_entries = {}

    def remember(entry: LayerEntry) -> None:
        old_entries[entry.uid] = entry
        for child in entry.children or ():
            remember(child)

    for entry in old.entries:
        remember(entry)

    def kept(uid: int) -> bool:
        return rebuild is not None and uid not in rebuild and uid in refs

    def expression(entry: LayerEntry) -> str:
        if kept(entry.uid) and (entry.children is None or old_entries[entry.uid] == entry):
            return refs[entry.uid]
        if entry.children is None:
            return fresh(entry)
        children = [expression(child) for child in entry.children]
        was = old_entries.get(entry.uid)
        same = kept(entry.uid) and was.layer == entry.layer and was.args == entry.args
        shortcut = f"{refs[entry.uid]}.shortcut" if same and was.args.get(
            "shortcut_channels") is not None else shortcut_text(entry)
        return container_text(entry, children, shortcut)

    return [expression(entry) for entry in new.entries]
