"""The network as a plain, serializable description: ordered layers, names, ties.

Descriptions are immutable; every edit returns a new one, so an earlier
description can be kept for undo at no cost.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

import torch.nn as nn

from core.errors import INVALID_ARGUMENT, LabError
from core.io.limits import shown
from core.messages import msg
from core.model import catalogue, network_tree
from core.model.network_tree import Path, entry_at, replace_children, siblings, walk
from core.model.schema import to_json_value

MAX_LAYERS = 1000
MAX_NESTING = 8  # blocks inside blocks, at most this deep
_RESERVED_NAMES = frozenset(dir(nn.Sequential()))


@dataclass(frozen=True)
class LayerEntry:
    """One position: a catalogue layer and its arguments, or a tie to another.

    ``uid`` is stable across moves so that ties survive reordering. A tied entry
    (``tie`` set) uses the very module of the entry whose uid it names.
    """

    uid: int
    layer: str
    args: dict
    name: str | None = None
    tie: int | None = None
    children: tuple[LayerEntry, ...] | None = None  # a container's layers (core.model.containers)

    @property
    def owner(self) -> int:
        return self.tie if self.tie is not None else self.uid


@dataclass(frozen=True)
class Network:
    """Ordered layer entries; a tied entry repeats its owner's layer and args."""

    entries: tuple[LayerEntry, ...] = ()
    next_uid: int = 0

    def __len__(self) -> int:
        return len(self.entries)

    def names(self) -> list[str]:
        """Module names as print(net) shows them: the given name or the position."""
        return [e.name if e.name is not None else str(i) for i, e in enumerate(self.entries)]

    def position_of(self, ref: Any) -> int:
        """A position from an int index or a layer name, or ``invalid_argument``."""
        names = self.names()
        if isinstance(ref, bool):
            ref = None
        if isinstance(ref, int) and 0 <= ref < len(self.entries):
            return ref
        if isinstance(ref, str) and ref in names:
            return names.index(ref)
        listing = ", ".join(names) if names else msg("none: the network is empty")
        raise LabError(
            INVALID_ARGUMENT,
            msg("There is no layer {ref}; layers are: {listing}.", ref=shown(ref), listing=listing),
        )

    @cached_property
    def nested(self) -> bool:
        """Whether any entry is a container (then the lab works on the module tree)."""
        return any(e.children is not None for e in self.entries)

    def size(self) -> int:
        """Layers in the network, those inside blocks included."""
        return network_tree.count(self.entries) if self.nested else len(self.entries)

    def paths(self) -> list[str]:
        """Every module's name as ``named_modules()`` gives it, containers first."""
        return [name for name, _, _ in walk(self.entries)]

    def locate(self, ref: Any) -> Path:
        """The path of a layer from a position, a top-level name, or a dotted module name
        ("1.0", "1.body.0"), or ``invalid_argument`` listing what there is."""
        if isinstance(ref, str) and "." in ref:
            for name, path, _ in walk(self.entries):
                if name == ref:
                    return path
            paths = self.paths()
            listing = ", ".join(paths[:40]) + ("…" if len(paths) > 40 else "")
            raise LabError(INVALID_ARGUMENT, msg(
                "There is no layer {ref}; layers are: {listing}.", ref=shown(ref),
                listing=listing))
        return (self.position_of(ref),)

    def entry(self, path: Path) -> LayerEntry:
        return entry_at(self.entries, path)

    def name_of(self, path: Path) -> str:
        """The module name of the entry at ``path``: "1.body.0"."""
        return network_tree.name_at(self.entries, path)

    def owner_position(self, uid: int) -> int:
        return next(i for i, e in enumerate(self.entries) if e.uid == uid)

    # -- edits: each returns a new Network ------------------------------------------
    # A position is a top-level index or a path into blocks (core.model.network_tree).

    def insert(self, position: int, layer: str, args: dict | None, name: str | None,
               into: Path = ()) -> Network:
        if self.size() >= MAX_LAYERS:
            raise LabError(
                INVALID_ARGUMENT, msg("A network holds at most {count} layers.", count=MAX_LAYERS)
            )
        around = self._children_of(into)
        if not 0 <= position <= len(around):
            raise LabError(
                INVALID_ARGUMENT,
                msg(
                    "Cannot insert at position {position}; choose 0 to {last}.",
                    position=position, last=len(around),
                ),
            )
        spec = catalogue.layer_spec(layer)
        valid = catalogue.validate_args(spec.name, args)
        if spec.container and len(into) >= MAX_NESTING:
            raise LabError(INVALID_ARGUMENT, msg(
                "Blocks nest at most {count} deep; this one would be deeper.", count=MAX_NESTING))
        entry = LayerEntry(self.next_uid, spec.name, valid, None,
                           children=() if spec.container else None)
        entries = replace_children(
            self.entries, into, lambda c: c[:position] + (entry,) + c[position:])
        network = Network(entries, self.next_uid + 1)
        network.__dict__["nested"] = self.nested or entry.children is not None  # known: O(1)
        return network.rename(into + (position,), name) if name is not None else network

    def duplicate(self, position: int | Path) -> Network:
        """A fresh copy right after a layer (a block with copies of all its layers)."""
        path = _as_path(position)
        uids = iter(range(self.next_uid, 2**62))

        def fresh(entry: LayerEntry) -> LayerEntry:
            children = None if entry.children is None else tuple(map(fresh, entry.children))
            return LayerEntry(next(uids), entry.layer, dict(entry.args), None, None, children)

        copy = fresh(self.entry(path))
        if self.size() + network_tree.count((copy,)) > MAX_LAYERS:
            raise LabError(
                INVALID_ARGUMENT, msg("A network holds at most {count} layers.", count=MAX_LAYERS)
            )
        index = path[-1] + 1
        entries = replace_children(self.entries, path[:-1],
                                   lambda c: c[:index] + (copy,) + c[index:])
        return Network(entries, next(uids))

    def remove(self, position: int | Path) -> Network:
        path = _as_path(position)
        if len(path) > 1:
            entries = replace_children(self.entries, path[:-1],
                                       lambda c: c[:path[-1]] + c[path[-1] + 1:])
            return Network(entries, self.next_uid)
        position = path[0]
        removed = self.entries[position]
        entries = list(self.entries[:position] + self.entries[position + 1 :])
        tied = [i for i, e in enumerate(entries) if e.tie == removed.uid]
        if removed.tie is None and tied:
            # The first tied position inherits the module; the others now tie to it.
            heir = entries[tied[0]]
            entries[tied[0]] = replace(heir, uid=removed.uid, tie=None)
        return Network(tuple(entries), self.next_uid)

    def move(self, source: int | Path, target: int) -> Network:
        path = _as_path(source)
        around = siblings(self.entries, path)
        if not 0 <= target < len(around):
            raise LabError(
                INVALID_ARGUMENT,
                msg(
                    "Cannot move to position {position}; choose 0 to {last}.",
                    position=target, last=len(around) - 1,
                ),
            )

        def moved(children: tuple) -> tuple:
            items = list(children)
            items.insert(target, items.pop(path[-1]))
            return tuple(items)

        return Network(replace_children(self.entries, path[:-1], moved), self.next_uid)

    def edit(self, position: int | Path, args: dict, layer: str | None = None) -> Network:
        """New arguments for a layer; its tied positions follow, being the same module.

        Given ``layer``, the layer also changes type and ``args`` are all its arguments
        (the old ones may not exist in the new type: LazyLinear has no in_features).
        """
        if not isinstance(args, dict):
            raise LabError(
                INVALID_ARGUMENT, msg("edit: args must be an object, got {args}.", args=repr(args))
            )
        path = _as_path(position)
        entry = self.entry(path)
        spec = catalogue.layer_spec(entry.layer if layer is None else layer)
        if spec.container != (entry.children is not None):
            raise LabError(INVALID_ARGUMENT, msg(
                "{old} cannot become {new}: a block changes only into another block, and a "
                "layer into another layer.", old=entry.layer, new=spec.name))
        merged = args if layer is not None else {**entry.args, **args}
        valid = catalogue.validate_args(spec.name, merged)
        if len(path) > 1:
            return self._replace_at(path, replace(entry, layer=spec.name, args=valid))
        if entry.children is not None:
            return self._replace_at(path, replace(entry, layer=spec.name, args=valid))
        return self._replace_group(entry.owner, layer=spec.name, args=valid)

    def rename(self, position: int | Path, name: str | None) -> Network:
        path = _as_path(position)
        if name is not None:
            _check_name(name)
            names = network_tree.child_names(siblings(self.entries, path))
            clash = [i for i, n in enumerate(names) if n == name and i != path[-1]]
            if clash:
                raise LabError(
                    INVALID_ARGUMENT,
                    msg(
                        "Another layer (position {position}) is already named {name}; "
                        "names must be unique.",
                        position=clash[0], name=shown(name),
                    ),
                )
        return self._replace_at(path, replace(self.entry(path), name=name))

    def _replace_at(self, path: Path, entry: LayerEntry) -> Network:
        index = path[-1]
        entries = replace_children(self.entries, path[:-1],
                                   lambda c: c[:index] + (entry,) + c[index + 1:])
        return Network(entries, self.next_uid)

    def _children_of(self, into: Path) -> tuple:
        if not into:
            return self.entries
        children = self.entry(into).children
        if children is None:
            raise LabError(INVALID_ARGUMENT, msg(
                "Layer {name} ({layer}) is not a block; only blocks (Sequential, Residual, "
                "Concat) hold layers.", name=self.name_of(into), layer=self.entry(into).layer))
        return children

    def tie(self, position: int, target: int) -> Network:
        """Make ``position`` reuse the module at ``target`` (parameter tying)."""
        if any(self.entries[p].children is not None for p in (position, target)):
            raise LabError(INVALID_ARGUMENT, msg(
                "Blocks cannot be tied; tie two layers at the top level."))
        if position == target:
            raise LabError(INVALID_ARGUMENT, msg("A layer cannot be tied to itself."))
        source, owner = self.entries[position], self.entries[target]
        if any(e.tie == source.uid for e in self.entries):
            raise LabError(
                INVALID_ARGUMENT,
                msg(
                    "Other layers are tied to position {position}; untie them first.",
                    position=position,
                ),
            )
        owner_uid = owner.owner
        base = self.entries[self.owner_position(owner_uid)]
        entries = list(self.entries)
        entries[position] = replace(
            source, layer=base.layer, args=dict(base.args), tie=owner_uid
        )
        return Network(tuple(entries), self.next_uid)

    def untie(self, position: int) -> Network:
        """Give a tied position a module of its own (fresh parameters)."""
        entries = list(self.entries)
        entries[position] = replace(entries[position], uid=self.next_uid, tie=None)
        return Network(tuple(entries), self.next_uid + 1)

    def _replace_group(self, owner_uid: int, **changes: Any) -> Network:
        entries = tuple(
            replace(e, **changes) if e.owner == owner_uid else e for e in self.entries
        )
        return Network(entries, self.next_uid)

    # -- JSON -----------------------------------------------------------------------

    def to_json(self) -> list[dict]:
        positions = {e.uid: i for i, e in enumerate(self.entries)}
        return [_entry_json(entry, positions) for entry in self.entries]


def _entry_json(entry: LayerEntry, positions: dict[int, int]) -> dict:
    item: dict[str, Any] = {
        "layer": entry.layer,
        "args": {k: to_json_value(v) for k, v in entry.args.items()},
    }
    if entry.name is not None:
        item["name"] = entry.name
    if entry.tie is not None:
        item["tie"] = positions[entry.tie]
    if entry.children is not None:
        item["layers"] = [_entry_json(child, positions) for child in entry.children]
    return item


def _as_path(position: int | Path) -> Path:
    return tuple(position) if isinstance(position, tuple) else (position,)


def _check_name(name: Any) -> None:
    if not isinstance(name, str) or not name:
        raise LabError(
            INVALID_ARGUMENT,
            msg("A layer name must be a non-empty text, got {name}.", name=shown(name)),
        )
    if "." in name or name.isdigit() or not name.isprintable() or len(name) > 64:
        raise LabError(
            INVALID_ARGUMENT,
            msg(
                "Layer name {name} is not allowed: use up to 64 characters, no '.', "
                "and not only digits (digits name unnamed positions).",
                name=shown(name),
            ),
        )
    if name in _RESERVED_NAMES:
        raise LabError(
            INVALID_ARGUMENT,
            msg(
                "Layer name {name} is taken by nn.Sequential itself; choose another.",
                name=shown(name),
            ),
        )


def build_modules(network: Network, keep: dict[int, nn.Module] | None = None,
                  old: Network | None = None) -> dict:
    """Modules for every owner entry: kept ones reused, the others built fresh.

    ``keep`` may hold modules inside blocks too (by uid); a block whose layers changed
    since ``old`` is a new container holding its kept and fresh layers.
    """
    keep = keep or {}
    old_entries = ({e.uid: e for _, _, e in walk(old.entries)}
                   if old is not None and old.nested else {})
    modules = {}
    for entry in network.entries:
        if entry.tie is None:
            kept = keep.get(entry.uid) if entry.children is None else None  # most of them
            modules[entry.uid] = (kept if kept is not None
                                  else network_tree.build(entry, keep, old_entries))
    return modules


def sequential(network: Network, modules: dict[int, nn.Module]) -> nn.Sequential:
    """The live ``nn.Sequential``: tied positions hold the same module object."""
    net = nn.Sequential()
    for name, entry in zip(network.names(), network.entries, strict=False):
        net.add_module(name, modules[entry.owner])
    return net
