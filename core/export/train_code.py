"""A ``train`` step as plain PyTorch in an exported script (``--export-code``).

The script gets the functions of :mod:`core.training.plain` as their very source, and
a loop that draws in the lab's order (see :mod:`core.training.train`): so it prints
the lab's loss curves, bit for bit, when the network it trains is the lab's (the
script's header says whether the weights come out identical). Each run prints one
line ``train <label as JSON> <losses as JSON>``.

A headless run keeps each successful train step's record with the steps that led to
its network; ``export`` places the training where it happened among those steps.
"""

from __future__ import annotations

from core.export import codegen
from core.export.code_training import RECIPE, train_lines  # noqa: F401 (callers use train_code.*)


def export(lab, seed, base, title, trained) -> tuple[str, list[int]]:
    """The session's script with each train step in place; and the indexes (in
    ``trained``) of train steps left out because a later undo went back past them."""
    final = lab.version.steps
    inserts: dict[int, list[dict]] = {}
    skipped = []
    for number_, (steps, train_record) in enumerate(trained):
        if final.since(steps) is None:
            skipped.append(number_)
            continue
        inserts.setdefault(len(steps), []).append({"op": "train", "record": train_record})
    merged = []
    for position, step in enumerate([*final, None]):
        merged += inserts.get(position, [])
        if step is not None:
            merged.append(step)
    return codegen.export_script(merged, seed, base, title), skipped
