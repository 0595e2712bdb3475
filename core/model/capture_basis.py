"""What a snapshot of a flat network was made of, so the next one copies what did not move.

A step changes a few positions of a network; the positions before the first one it
changed are the same module objects under the same entries, so their records, their lines
of ``print(net)`` and their parameters' records carry over as slices of the snapshot
before. Finding that prefix compares objects by identity; the rest is copying lists in
C. Capturing after adding the 1000th layer then builds one module's records, not 1000.
"""

from __future__ import annotations

from collections.abc import Callable


class Basis:
    """One flat capture: per position, its entry, module and ``print(net)`` line;
    its parameters (objects, in the snapshot's order); and how many positions hold each
    parameter, which says both what the version held and what a later position repeats.

    Holds the modules it describes; a Lab keeps only its newest (see ``Records.basis``).
    """

    __slots__ = ("snapshot", "bins", "entries", "owners", "lines", "params",
                 "named", "param_end", "changed", "ties", "holders")

    def __init__(self) -> None:
        self.snapshot = None
        self.bins = None
        self.entries: list = []
        self.owners: list = []
        self.named: list[tuple] = []  # per position: its module's (name, parameter) pairs
        self.lines: list[str] = []
        self.params: list = []  # the snapshot's parameters, as objects
        self.param_end: list[int] = []  # per position: parameters listed up to and with it
        self.changed: list[int] = []  # indices of parameters marked changed
        self.ties: list[int] = []  # positions whose entry is a tie
        self.holders: dict[int, int] = {}  # id(parameter) -> positions holding it

    def prefix(self, entries, owners, tied_to: Callable[[int], int | None]) -> int:
        """How many leading positions are as they were: same entry, same module object,
        and a tie still pointing at the same position."""
        same = 0
        for old_entry, entry, old_module, module in zip(self.entries, entries, self.owners,
                                                        owners, strict=False):
            if old_entry is not entry or old_module is not module:
                break
            same += 1
        for position in self.ties:
            if position < same and tied_to(position) != self.snapshot.modules[position].tied_to:
                same = position
        return same

    def carried(self, same: int) -> Basis:
        """A new basis holding this one's first ``same`` positions."""
        kept = self.param_end[same - 1] if same else 0
        basis = Basis()
        basis.entries = self.entries[:same]
        basis.owners = self.owners[:same]
        basis.named = self.named[:same]
        basis.lines = self.lines[:same]
        basis.params = self.params[:kept]
        basis.param_end = self.param_end[:same]
        basis.ties = [p for p in self.ties if p < same]
        if same * 2 >= len(self.owners):  # take the few positions that follow away
            basis.holders = dict(self.holders)
            for named in self.named[same:]:
                for _, param in named:
                    basis.release(param)
        else:  # count the few positions before again
            for named in basis.named:
                for _, param in named:
                    basis.hold(param)
        return basis

    def hold(self, param) -> None:
        key = id(param)
        self.holders[key] = self.holders.get(key, 0) + 1

    def release(self, param) -> None:
        key = id(param)
        count = self.holders[key] - 1
        if count:
            self.holders[key] = count
        else:
            del self.holders[key]
