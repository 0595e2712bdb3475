"""The lab's single-output layer classes, written into an exported script.

A script that builds ``LSTMOutput`` or ``SelfAttention`` must define them to run on
plain PyTorch; their source is copied from core.model.sequence_layers, which imports
nothing but torch for exactly this reason.
"""

from __future__ import annotations

import ast
import inspect

from core.model import sequence_layers

WRAPPER_NAMES = frozenset(cls.__name__ for cls in sequence_layers.WRAPPERS)


def class_lines(names=WRAPPER_NAMES) -> list[str]:
    """The helper functions and the classes ``names`` of the module, without its docstring,
    imports and other statements (the script has its own imports)."""
    source = inspect.getsource(sequence_layers)
    tree = ast.parse(source)
    lines = source.splitlines()
    kept: list[str] = ["# nn.RNN/LSTM/GRU and nn.MultiheadAttention return tuples; in an",
                       "# nn.Sequential these subclasses pass on the output tensor alone."]
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
