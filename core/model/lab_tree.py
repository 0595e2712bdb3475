"""The lab's steps on a network built with blocks: the module tree, as PyTorch sees it.

Once a network holds a block (``nn.Sequential``, ``Residual``, ``Concat``), a forward
pass runs modules inside modules, ``net.apply`` visits children before containers, and
parameters are named ``1.body.0.weight``. The steps a person's own model uses
(``core.model.tree_steps``) do all of that; here they run on the lab's own
``nn.Sequential`` and commit its top-level modules as any version's, by entry.
"""

from __future__ import annotations

from dataclasses import replace

import torch.nn as nn

from core.model import tree_steps, user_capture
from core.model.inputs import InputSpec, make_input
from core.model.network import Network, sequential
from core.model.network_tree import walk
from core.model.schema import to_json_value
from core.model.snapshot import Snapshot


def _modules_of(network: Network, root: nn.Module) -> dict[int, nn.Module]:
    return {entry.uid: module for entry, module in zip(network.entries, root, strict=True)}


def forward(lab, spec: InputSpec, mode: str) -> Snapshot:
    version = lab.version
    net, extra = tree_steps.forward(lab, version.net(), spec, lambda: make_input(spec), mode,
                                    spec.describe())
    return lab._commit(version.network, _modules_of(version.network, net), extra.pop("label"),
                       "forward", **extra)


def initialize(lab, init: str, args, layers, types, params: str, seed) -> Snapshot:
    version = lab.version
    root = version.net()
    net, extra = tree_steps.initialize(lab, root, targets(lab, layers, types, root), init,
                                       args, layers, types, params, seed)
    return lab._commit(version.network, _modules_of(version.network, net), extra.pop("label"),
                       "init", trace=version.trace, input=version.input, **extra)


def targets(lab, layers, types, root: nn.Module | None = None) -> list[str]:
    """Module names an init aims at: the named layers and blocks with all they hold."""
    network, root = lab.network, root if root is not None else lab.version.net()
    modules = {name for name, _ in root.named_modules()}  # "1.body", "1.shortcut" too

    def name_of(ref) -> str:
        if isinstance(ref, str) and ref and ref in modules:
            return ref
        return network.name_of(network.locate(ref))

    return tree_steps.targets(root, name_of, layers, types)


def load(lab, state: dict, label: str, keep_trace: bool) -> Snapshot:
    version = lab.version
    net, extra = tree_steps.load(version.net(), state)
    if keep_trace:
        extra.update(trace=version.trace, input=version.input)
    return lab._commit(version.network, _modules_of(version.network, net), label,
                       "load_weights", **extra)


def snapshot(network: Network, modules: dict, cache, label: str, op: str, records,
             **extra) -> Snapshot:
    """Every module as ``named_modules()`` lists it, each entry's declared layer and
    arguments on its card."""
    entries = {name: entry for name, _, entry in walk(network.entries)}
    taken = user_capture.take(sequential(network, modules), cache, label, op, records=records,
                              declared={name: e.layer for name, e in entries.items()}, **extra)
    described = tuple(
        replace(m, args={k: to_json_value(v) for k, v in entries[m.name].args.items()})
        if m.name in entries else m
        for m in taken.modules)
    return replace(taken, modules=described)
