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

LINE = 88  # a block longer than this is written one layer per line


def container_text(entry: LayerEntry, children: list[str], shortcut: str | None,
                   indent: int = 4) -> str:
    """The constructor of a block holding ``children`` (expressions, in order), on one
    line or, when long, one layer per line below ``indent``; named layers go in an
    ``OrderedDict``, as ``nn.Sequential`` takes them."""
    constructor = "nn.Sequential" if entry.layer == containers.SEQUENTIAL else entry.layer
    named = any(c.name is not None for c in entry.children)
    if named:
        names = [c.name if c.name is not None else str(i) for i, c in enumerate(entry.children)]
        parts = [f"({literal(n)}, {c})" for n, c in zip(names, children, strict=True)]
    else:
        parts = list(children)
    tail = [f"shortcut={shortcut}"] if (
        entry.layer == containers.RESIDUAL and shortcut is not None) else []
    line = (f"{constructor}(OrderedDict([{', '.join(parts)}]){', ' if tail else ''}"
            f"{', '.join(tail)})" if named else f"{constructor}({', '.join(parts + tail)})")
    if indent + len(line) <= LINE and "\n" not in line:
        return line
    inner, outer = " " * (indent + 4), " " * indent
    if named:
        inner2 = inner + "    "
        body = "".join(f"{inner2}{part},\n" for part in parts)
        opened = f"{constructor}(\n{inner}OrderedDict([\n{body}{inner}]),\n"
        return opened + "".join(f"{inner}{t},\n" for t in tail) + f"{outer})"
    return (f"{constructor}(\n" + "".join(f"{inner}{part},\n" for part in parts + tail)
            + f"{outer})")


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


def module_name(network: Network, ref) -> str:
    """The dotted module name an init step's layer reference stands for: a layer's
    position or name, or any module's name ("1.shortcut"), as the lab took it."""
    if isinstance(ref, str) and "." in ref and ref not in network.paths():
        return ref  # a module inside a layer (a Residual's body or shortcut)
    return network.name_of(network.locate(ref))
