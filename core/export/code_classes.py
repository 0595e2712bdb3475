"""The lab's single-output layer classes, written into an exported script.

A script that builds ``LSTMOutput`` or ``SelfAttention`` must define them to run on
plain PyTorch; their source is copied from core.model.sequence_layers, which imports
nothing but torch for exactly this reason.
"""

from __future__ import annotations

import ast
import inspect

from core.model import sequence_layers


def class_lines() -> list[str]:
    """The module's statements without its docstring and imports (the script has them)."""
    source = inspect.getsource(sequence_layers)
    tree = ast.parse(source)
    lines = source.splitlines()
    kept: list[str] = ["# nn.RNN/LSTM/GRU and nn.MultiheadAttention return tuples; in an",
                       "# nn.Sequential these subclasses pass on the output tensor alone."]
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # the module docstring
        start = node.lineno - 1
        if getattr(node, "decorator_list", None):
            start = node.decorator_list[0].lineno - 1
        kept += ["", ""] if isinstance(node, (ast.FunctionDef, ast.ClassDef)) else [""]
        kept += lines[start:node.end_lineno]
    return kept
