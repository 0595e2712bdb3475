"""What the analyses share: the candidate initializers and the scratch copies they run on.

Compare (core/analysis/compare.py) and Depth (core/analysis/depth.py) both apply each
candidate to a scratch copy of the network (``Lab.scratch``: the working lab's
committed version with its own history), with the same seed, and refuse the same
requests before doing any work.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.errors import INVALID_ARGUMENT, UNINITIALIZED, LabError
from core.messages import msg
from core.model import initializers
from core.model.lab import PARAM_CHOICES, Lab

DEFAULT_CANDIDATES = ("default", "xavier_uniform_", "kaiming_normal_", "orthogonal_")
MAX_CANDIDATES = 12


@dataclass(frozen=True)
class Candidate:
    """One initializer with validated arguments."""

    init: str
    args: dict = field(default_factory=dict)

    @property
    def label(self) -> str:
        return initializers.describe(self.init, self.args)

    def to_json(self) -> dict:
        return {"init": self.init, "args": dict(self.args)}


def parse_candidates(items) -> tuple[Candidate, ...]:
    """Candidates from names or ``{"init": name, "args": {...}}`` objects, each validated."""
    if not isinstance(items, (list, tuple)) or not items:
        raise LabError(INVALID_ARGUMENT, msg(
            "inits must be a non-empty list of initializer names or {{\"init\": name, "
            "\"args\": {{...}}}} objects, got {value!r}.", value=items))
    if len(items) > MAX_CANDIDATES:
        raise LabError(INVALID_ARGUMENT, msg(
            "inits holds {count} initializers; compare at most {limit} at once.",
            count=len(items), limit=MAX_CANDIDATES))
    result = []
    for index, item in enumerate(items):
        if isinstance(item, str):
            name, args = item, None
        elif isinstance(item, dict) and set(item) <= {"init", "args"} and "init" in item:
            name, args = item["init"], item.get("args")
        else:
            raise LabError(INVALID_ARGUMENT, msg(
                "inits[{index}] must be an initializer name or {{\"init\": name, \"args\": "
                "{{...}}}}, got {value!r}.", index=index, value=item))
        spec = initializers.initializer_spec(name)
        if spec.name == "default":
            if args:
                raise LabError(INVALID_ARGUMENT, msg(
                    "inits[{index}]: default takes no arguments, got {args!r}.",
                    index=index, args=args))
            result.append(Candidate("default", {}))
        else:
            result.append(Candidate(spec.name, initializers.validate_init_args(spec.name, args)))
    return tuple(result)


def require_materialized(lab: Lab, what: str) -> None:
    missing = [p.name for p in lab.snapshot.parameters if not p.materialized]
    if missing:
        raise LabError(UNINITIALIZED, msg(
            "{what} needs every parameter to exist, but {names} are still uninitialized (lazy "
            "layers learn their sizes at the first forward pass). Send a sample through the "
            "network first (forward), then try again.",
            what=what, names=", ".join(missing)))
    if not lab.snapshot.parameters:
        raise LabError(INVALID_ARGUMENT, msg(
            "{what} needs a network with parameters; add a Linear or convolution layer first.",
            what=what))


def check_common(lab: Lab, seed, params, layers, types) -> None:
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise LabError(INVALID_ARGUMENT, msg(
            "seed must be a whole number ≥ 0, got {seed!r}.", seed=seed))
    if params not in PARAM_CHOICES:
        raise LabError(INVALID_ARGUMENT, msg(
            "params must be weight, bias or all, got {params!r}.", params=params))
    lab.targets(layers, types)  # unknown layers or types: refused before any work


def initialized_copies(lab: Lab, candidates, seed, params, layers, types, progress=None):
    """Yield (candidate, scratch Lab or None, LabError or None) for each candidate.

    ``progress(done, total, label)``, if given, is called before each one.
    """
    for index, candidate in enumerate(candidates):
        if progress is not None:
            progress(index, len(candidates), candidate.label)
        scratch = lab.scratch()
        try:
            scratch.initialize(candidate.init, candidate.args, layers, types, params, seed)
        except LabError as exc:
            yield candidate, None, exc
            continue
        yield candidate, scratch, None
