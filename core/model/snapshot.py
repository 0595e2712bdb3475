"""Immutable records of the network after an operation.

A snapshot holds what a person looks at — the ``print(net)`` text, module
states, parameter shapes, statistics and histograms, the shape trace of a
forward pass — and never a tensor, so keeping many is cheap. The GUI renders
snapshots; it never reaches into torch modules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

UNINITIALIZED = "uninitialized"
MATERIALIZED = "materialized"
HALF_LAZY = "half_lazy"  # parameters loaded, module still Lazy* until a forward pass
NO_PARAMETERS = "none"
MODULE_STATES = (UNINITIALIZED, MATERIALIZED, HALF_LAZY, NO_PARAMETERS)


def shape_text(shape: tuple[int, ...] | None) -> str:
    """A shape as people write it: "(2, 20)", a one-dimensional one "(256)", "?" if unknown.

    The one spelling of a shape: messages, cards, tables, chart titles and reports use it.
    """
    return "?" if shape is None else "(" + ", ".join(str(s) for s in shape) + ")"


@dataclass(frozen=True, eq=False)
class Histogram:
    """Counts of the finite values in ``len(edges) - 1`` equal bins."""

    edges: np.ndarray  # float64, read-only
    counts: np.ndarray  # int64, read-only

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Histogram)
            and np.array_equal(self.edges, other.edges)
            and np.array_equal(self.counts, other.counts)
        )

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True)
class TensorStats:
    """Statistics as torch computes them (``std`` unbiased), over all values.

    Non-finite values are counted separately and left out of the histogram.
    """

    numel: int
    mean: float
    std: float
    min: float
    max: float
    nan: int = 0
    posinf: int = 0
    neginf: int = 0
    histogram: Histogram | None = None

    @property
    def nonfinite(self) -> int:
        return self.nan + self.posinf + self.neginf


@dataclass(frozen=True)
class ParamInfo:
    """One parameter as ``named_parameters()`` lists it."""

    name: str  # "0.weight"
    module: str  # "0": the owning module's name in print(net)
    attr: str  # "weight"
    shape: tuple[int, ...] | None  # None while uninitialized
    materialized: bool
    numel: int | None
    stats: TensorStats | None
    changed: bool = False  # changed by the operation that made this snapshot


@dataclass(frozen=True)
class ModuleInfo:
    """One position of the Sequential."""

    position: int
    name: str  # as print(net) shows it: "0", "Linear1"
    layer: str  # catalogue type it was declared as: "LazyLinear"
    type: str  # class now: a materialized LazyLinear is "Linear"
    state: str  # one of MODULE_STATES
    repr: str  # its own line in print(net): "Linear(in_features=20, ...)"
    args: dict  # the declared arguments (JSON-ready)
    tied_to: int | None  # position whose module this one is, or None
    parameters: tuple[str, ...]  # parameter attribute names: ("weight", "bias")
    numel: int | None  # parameter count, None while uninitialized


@dataclass(frozen=True)
class TraceEntry:
    """What one layer did in a forward pass."""

    position: int
    name: str
    type: str
    input_shape: tuple[int, ...]
    output_shape: tuple[int, ...]
    output: TensorStats


@dataclass(frozen=True)
class Change:
    """A visible change a forward pass or load made: "in_features: 0 → 20"."""

    position: int
    name: str
    text: str


@dataclass(frozen=True)
class Snapshot:
    """The whole network after one operation."""

    label: str  # the operation that produced it, in words: "forward (2, 20)"
    op: str  # the operation's name: "add", "forward", "init", ...
    repr: str  # print(net), exactly
    modules: tuple[ModuleInfo, ...]
    parameters: tuple[ParamInfo, ...]
    trace: tuple[TraceEntry, ...] | None = None  # the last forward pass, if still valid
    input_shape: tuple[int, ...] | None = None  # its input
    visits: tuple[str, ...] | None = None  # init: module types in Module.apply order
    visit_lines: tuple[str, ...] | None = None  # "Init Linear(in_features=20, ...)"
    changes: tuple[Change, ...] = field(default=())

    @property
    def total_params(self) -> int:
        """Parameters that exist now (uninitialized ones have no count)."""
        return sum(p.numel or 0 for p in self.parameters)

    @property
    def uninitialized_params(self) -> int:
        return sum(1 for p in self.parameters if not p.materialized)

    def parameter(self, name: str) -> ParamInfo | None:
        return self._parameters_by_name.get(name)

    def index_parameters(self) -> None:
        """Build the look-up ``parameter`` uses now (kept afterwards) rather than at its
        first call."""
        _ = self._parameters_by_name

    @cached_property
    def _parameters_by_name(self) -> dict[str, ParamInfo]:
        """Built on the first look-up: a parameter's history asks every kept snapshot."""
        return {info.name: info for info in self.parameters}
