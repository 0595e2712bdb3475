"""What an operation is: its fields, how it applies to the lab, exports as code, reports.

Each operation is one small class (core/operations/structure.py, values.py, history.py,
analyses.py) registered in ``core.operations.registry``. Everything that knows about
a kind of step reads it from there: the structure check and the schema (``fields``),
``perform`` (``apply``), the exported script (``export``, written against the
``CodeWriter`` below so that core/export depends on the operations, never the
reverse) and the run's report (``record``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from core.operations.fields import Field

if TYPE_CHECKING:
    from core.model.lab import Lab
    from core.model.network import LayerEntry, Network
    from core.model.snapshot import Snapshot

# What performing a step does to the lab's history:
EDIT = "edit"  # commits a new version; the session records the step and exports it
HISTORY = "history"  # moves between kept versions (undo, redo); never recorded
ANALYSIS = "analysis"  # reads the network, changes nothing (see Analysis below)


class CodeWriter(Protocol):
    """What an operation's ``export`` may ask of the script writer (core/export)."""

    network: Network  # the description as the script has built it so far
    base: Path | None  # the folder relative paths start from

    def emit(self, line: str) -> None: ...
    def layer_text(self, entry: LayerEntry) -> str: ...
    def append(self, network: Network, entry: LayerEntry) -> bool: ...
    def rebuild(self, new: Network, rebuild: set[int] | None, note: str | None,
                start: bool = False) -> None: ...
    def start_empty(self) -> None: ...
    def close_pending(self) -> None: ...
    def comment(self, text: str) -> None: ...
    def manual_seed(self, seed: int) -> None: ...
    def forward(self, step: dict) -> None: ...
    def apply_init(self, step: dict) -> None: ...
    def load_weights(self, path: Path) -> None: ...
    def train(self, step: dict) -> None: ...


class Operation:
    """One kind of step. Subclasses set the class attributes and override what they do."""

    name: ClassVar[str]  # the step's "op"
    label: ClassVar[str]  # what it does, for people (translated through core.messages)
    fields: ClassVar[tuple[Field, ...]] = ()  # its own fields, besides fields.COMMON
    kind: ClassVar[str] = EDIT
    writes_network_first: ClassVar[bool] = True  # False: its code extends a fresh network

    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)

    def apply(self, lab: Lab, step: dict, base: Path | None) -> Snapshot:
        """Carry out a well-formed step on ``lab``; LabError when it fails."""
        raise NotImplementedError

    def perform(self, lab: Lab, step: dict, base: Path | None) -> Snapshot:
        """``apply``, then remember the step in the lab's step log (sessions replay it)."""
        steps_before = lab.version.steps
        snapshot = self.apply(lab, step, base)
        lab.record_step(steps_before, {k: v for k, v in step.items() if k != "expect"})
        return snapshot

    def export(self, code: CodeWriter, step: dict) -> None:
        """Write the statements that do what ``apply`` did (a recorded, successful step)."""
        raise NotImplementedError(f"op {self.name!r} has no code export")

    def record(self, snapshot: Snapshot) -> dict[str, Any]:
        """The report fields only this op fills, for a step that succeeded."""
        return {}


class HistoryOperation(Operation):
    """Undo and redo: they move between versions the lab kept and are not recorded."""

    kind = HISTORY

    def perform(self, lab: Lab, step: dict, base: Path | None) -> Snapshot:
        return self.apply(lab, step, base)


class Analysis(Operation):
    """Reads the network and changes nothing; its result goes into the report."""

    kind = ANALYSIS

    def run(self, lab: Lab, step: dict, progress=None, base: Path | None = None) -> Any:
        """The result; ``progress(done, total, label)`` is called before each part, after
        the lab's monitor (core/cancel.py) had its say: a cancel stops the analysis there.
        ``base``: the folder relative file names in the step are read from."""

        def report(done: int, total: int, label: str) -> None:
            lab.monitor.step(done, total, label)
            if progress is not None:
                progress(done, total, label)

        return self.analyze(lab, step, report, base)

    def analyze(self, lab: Lab, step: dict, progress, base: Path | None = None) -> Any:
        """The analysis's result; ``progress(done, total, label)`` before each part."""
        raise NotImplementedError

    def report(self, result: Any, step: dict, bins: int) -> dict:
        """The result's report form (strict JSON)."""
        raise NotImplementedError

    def check_record_size(self, lab: Lab, step: dict, bins: int, limit: int) -> None:
        """Refuse (LabError) a step whose record alone would pass the report's ``limit``."""

    def perform(self, lab: Lab, step: dict, base: Path | None) -> Snapshot:
        self.run(lab, step, base=base)  # nothing to commit or record: the network stays
        return lab.snapshot
