"""The lab's own layer classes, written into an exported script.

A script that builds ``LSTMOutput``, ``SelfAttention``, ``Residual`` or ``Concat`` must
define them to run on plain PyTorch; their source is copied from
core.model.sequence_layers and core.model.block_layers, which import nothing but torch
for exactly this reason.
"""

from __future__ import annotations

import ast
import inspect

from core.model import block_layers, sequence_layers

SOURCES = (
    (sequence_layers, ["# nn.RNN/LSTM/GRU and nn.MultiheadAttention return tuples; in an",
                       "# nn.Sequential these subclasses pass on the output tensor alone."]),
    (block_layers, ["# Blocks that hold layers, as d2l writes them."]),
)
WRAPPER_NAMES = frozenset(
    cls.__name__ for cls in (*sequence_layers.WRAPPERS, *block_layers.BLOCKS))


def class_lines(names=WRAPPER_NAMES) -> list[str]:
    """The helper functions and the classes ``names`` of those modules, without their
    docstrings, imports and other statements (the script has its own imports)."""
    kept: list[str] = []
    for module, heading in SOURCES:
        found = _definitions(module, names)
        if found:
            kept += ([""] if kept else []) + heading + found
    return kept


def _definitions(module, names) -> list[str]:
    source = inspect.getsource(module)
    tree = ast.parse(source)
    lines = source.splitlines()
    classes = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name in names]
    if not classes:
        return []
    kept: list[str] = []
    for node in tree.body:
        if not isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            continue  # docstring, imports, WRAPPERS
        if isinstance(node, ast.ClassDef) and node.name not in names:
            continue
        start = node.lineno - 1
        if getattr(node, "decorator_list", None):
            start = node.decorator_list[0].lineno - 1
        kept += ["", ""]
        kept += lines[start:node.end_lineno]
    return kept
