"""Undo and redo as steps: a lesson or a scenario may take a step back."""

from __future__ import annotations

from core.messages import msg
from core.operations.base import HistoryOperation


class Undo(HistoryOperation):
    name = "undo"
    label = msg("Undo")

    def apply(self, lab, step, base):
        return lab.undo()


class Redo(HistoryOperation):
    name = "redo"
    label = msg("Redo")

    def apply(self, lab, step, base):
        return lab.redo()
