"""Properties over random layer stacks, inputs and operation sequences.

Whatever a person (or a scenario file) does, the lab either succeeds with a snapshot that
describes the live network, or raises a LabError of a known kind that changed nothing:
not the snapshot, not the live modules, not the random stream, not the history. And the
report of any scenario is strict JSON.
"""

from __future__ import annotations

import json

import torch
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from core.errors import ERROR_KINDS, LabError
from core.io import scenario
from core.model.catalogue import LAYERS
from core.model.initializers import INITIALIZERS
from core.model.inputs import SEED_EXTREME_HIGH, SEED_EXTREME_LOW, input_spec
from core.model.lab import Lab
from core.model.schema import BOOL, CHOICE, FLOAT, INT, INTS
from core.operations import steps
from tests.core.lab_helpers import fresh_changed, live_view, snapshot_view

# No shrinking: the checks below name the exact failing call, and shrinking these
# step sequences costs close to a minute per failing property.
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MEMORY_LIMIT = 32 * 2**20
FLOAT32_MAX = torch.finfo(torch.float32).max

LAYER_NAMES = [*LAYERS, "Dense"]
TYPE_NAMES = sorted({*LAYERS, *(s.becomes for s in LAYERS.values())}) + ["Sequential", "Dense"]
NAMES = ["a", "b", "Linear1", "Linear2", "1", "x.y", "forward", ""]
INIT_NAMES = [*INITIALIZERS, "xavier", "glorot_"]

SIZES = st.integers(0, 59).flatmap(
    lambda roll: st.integers(1, 6) if roll else st.sampled_from([0, -1, 2**31, 10**6])
)
FLOATS = st.integers(0, 19).flatmap(
    lambda roll: st.sampled_from([0.0, 0.1, 0.5, 1.0, 2.0, -1.0, 1e-5])
    if roll
    else st.sampled_from([float("nan"), float("inf"), 1e300])
)
ODD = st.sampled_from([None, "3", [1, 2], {"x": 1}, True])


def value_for(spec) -> st.SearchStrategy:
    """Mostly valid values for an argument, sometimes wrong ones."""
    if spec.kind == INT:
        good = st.integers(-2, 6) if spec.minimum is None or spec.minimum < 1 else SIZES
    elif spec.kind == FLOAT:
        good = FLOATS
    elif spec.kind == BOOL:
        good = st.booleans()
    elif spec.kind == CHOICE:
        good = st.sampled_from([*spec.choices, "bogus"])
    elif spec.kind == INTS:
        good = st.one_of(SIZES, st.lists(st.integers(0, 4), min_size=1, max_size=3))
    else:
        good = st.none()
    if spec.alt_choices:
        good = st.one_of(good, st.sampled_from(spec.alt_choices))
    return st.integers(0, 19).flatmap(lambda roll: good if roll else ODD)


@st.composite
def layer_args(draw, layer: str) -> dict | None:
    spec = LAYERS.get(layer)
    if spec is None:
        return draw(st.one_of(st.none(), st.just({"out_features": 3})))
    args = {}
    for arg in spec.args:
        include = draw(st.integers(0, 99)) < (97 if arg.required else 20)
        if include:
            args[arg.name] = draw(value_for(arg))
    if draw(st.integers(0, 39)) == 0:
        args["colour"] = 1
    return args


@st.composite
def init_args(draw, init: str) -> dict | None:
    spec = INITIALIZERS.get(init)
    if spec is None:
        return None
    args = {}
    for arg in spec.args:
        if draw(st.integers(0, 99)) < (97 if arg.required else 30):
            args[arg.name] = draw(value_for(arg))
    return args


def refs(lab: Lab) -> st.SearchStrategy:
    """Mostly a position or name that exists, sometimes one that does not."""
    size = len(lab.network)
    wrong = st.one_of(st.sampled_from([-1, size, "nowhere"]), st.booleans())
    if not size:
        return wrong
    right = st.one_of(st.integers(0, size - 1), st.sampled_from(lab.network.names()))
    return st.integers(0, 4).flatmap(lambda roll: right if roll else wrong)


@st.composite
def shapes(draw) -> list:
    dims = draw(st.lists(st.integers(1, 6), min_size=1, max_size=4))
    if draw(st.integers(0, 9)) == 0:
        dims[draw(st.integers(0, len(dims) - 1))] = draw(st.sampled_from([0, -2]))
    return dims


@st.composite
def input_fields(draw) -> dict:
    fields: dict = {"shape": draw(shapes())}
    fill = draw(st.sampled_from(["uniform", "uniform", "normal", "zeros", "ones", "stripes"]))
    fields["fill"] = fill
    bounds = draw(st.sampled_from([
        None, (0.0, 1.0), (SEED_EXTREME_LOW, SEED_EXTREME_HIGH), (-1.0, 1.0), (2.0, 1.0),
        (-FLOAT32_MAX / 2, FLOAT32_MAX / 2), (-FLOAT32_MAX, FLOAT32_MAX),
    ]))
    if bounds is not None:
        fields["low"], fields["high"] = bounds
    if fill == "normal":
        fields["mean"] = draw(st.sampled_from([0.0, 1e30, -3.0]))
        fields["std"] = draw(st.sampled_from([0.0, 1.0, 1e37, -1.0]))
    if draw(st.booleans()):
        fields["seed"] = draw(st.integers(-1, 3))
    return fields


@st.composite
def step_for(draw, lab: Lab) -> dict:
    """A step dict, as a scenario holds it, aimed at the lab's current network."""
    op = draw(st.sampled_from([
        "add", "add", "add", "add", "remove", "move", "duplicate", "edit", "rename", "tie",
        "untie", "clear", "reset", "forward", "forward", "forward", "init", "init", "undo",
        "redo", "build", "load_weights",
    ]))
    step: dict = {"op": op}
    if op == "add":
        step["layer"] = draw(st.sampled_from(LAYER_NAMES))
        args = draw(layer_args(step["layer"]))
        if args is not None:
            step["args"] = args
        if draw(st.integers(0, 3)) == 0:
            step["name"] = draw(st.sampled_from(NAMES))
        if draw(st.integers(0, 3)) == 0:
            step["at"] = draw(st.integers(-1, len(lab.network) + 1))
    elif op in ("remove", "duplicate", "untie"):
        step["at"] = draw(refs(lab))
    elif op == "move":
        step["at"], step["to"] = draw(refs(lab)), draw(st.integers(-1, len(lab.network)))
    elif op == "edit":
        step["at"] = draw(refs(lab))
        entries = lab.network.entries
        layer = entries[draw(st.integers(0, len(entries) - 1))].layer if entries else "Linear"
        step["args"] = draw(layer_args(layer)) or {}
    elif op == "rename":
        step["at"] = draw(refs(lab))
        step["name"] = draw(st.one_of(st.none(), st.sampled_from(NAMES)))
    elif op == "tie":
        step["at"], step["to"] = draw(refs(lab)), draw(refs(lab))
    elif op == "forward":
        step.update(draw(input_fields()))
        if draw(st.integers(0, 4)) == 0:
            step["mode"] = draw(st.sampled_from(["train", "eval", "inference"]))
    elif op == "init":
        step["init"] = draw(st.sampled_from(INIT_NAMES))
        args = draw(init_args(step["init"]))
        if args:
            step["args"] = args
        if draw(st.integers(0, 2)) == 0:
            step["layers"] = draw(st.lists(refs(lab), max_size=3))
        if draw(st.integers(0, 2)) == 0:
            step["types"] = draw(st.lists(st.sampled_from(TYPE_NAMES), max_size=3))
        if draw(st.integers(0, 2)) == 0:
            step["params"] = draw(st.sampled_from(["weight", "bias", "all", "gamma"]))
        if draw(st.integers(0, 3)) == 0:
            step["seed"] = draw(st.integers(-1, 3))
    elif op == "build":
        layers = []
        for _ in range(draw(st.integers(0, 4))):
            layer = draw(st.sampled_from(LAYER_NAMES))
            item: dict = {"layer": layer}
            args = draw(layer_args(layer))
            if args is not None:
                item["args"] = args
            if layers and draw(st.integers(0, 4)) == 0:
                item["tie"] = draw(st.integers(-1, len(layers)))
            layers.append(item)
        step["layers"] = layers
    elif op == "load_weights":
        step["path"] = "/nonexistent/weights.pt"
    return step


def check_error(error: LabError) -> None:
    assert error.kind in ERROR_KINDS
    assert isinstance(error.message, str) and error.message.strip()
    assert error.layer is None or isinstance(error.layer, str)
    assert error.torch_message is None or isinstance(error.torch_message, str)


def attempt(lab: Lab, action, describe: str) -> bool:
    """Run ``action`` on ``lab``; check the success or the atomic failure. True on success."""
    before = lab.snapshot
    view = snapshot_view(before)
    live = live_view(lab)
    rng = torch.get_rng_state()
    history = ([id(v) for v in lab.history.undo], [id(v) for v in lab.history.redo])
    prior = lab.version
    try:
        action()
    except LabError as error:
        check_error(error)
        assert lab.snapshot is before, describe
        assert snapshot_view(lab.snapshot) == view, describe
        assert live_view(lab) == live, describe
        assert torch.equal(torch.get_rng_state(), rng), describe
        assert ([id(v) for v in lab.history.undo], [id(v) for v in lab.history.redo]) == history
        return False
    except Exception as exc:  # anything but LabError is a bug
        raise AssertionError(f"{describe} raised {type(exc).__name__}: {exc}") from exc
    # Success: the new snapshot describes the live network exactly.
    fresh = live_view(lab)
    del fresh["types"], fresh["tensors"]
    committed = snapshot_view(lab.snapshot, changed=False)
    del committed["trace"], committed["input_shape"]
    assert committed == fresh, describe
    assert lab.snapshot.repr == repr(lab.version.net()), describe
    by_name = list(lab.version.parameters_by_name().items())
    assert [(n, id(p)) for n, p in by_name] == [
        (n, id(p)) for n, p in lab.version.net().named_parameters()], describe
    if lab.history.undo and lab.history.undo[-1] is prior:  # it followed the prior version
        marks = [(p.name, p.changed) for p in lab.snapshot.parameters]
        assert marks == fresh_changed(lab, prior), describe
    return True


def lab_call(lab: Lab, step: dict):
    """The Lab API call a step stands for (the same values, not through steps.perform)."""
    op = step["op"]
    if op == "add":
        return lambda: lab.add(step["layer"], step.get("args"), step.get("name"), step.get("at"))
    if op in ("remove", "duplicate", "untie"):
        return lambda: getattr(lab, op)(step["at"])
    if op == "move":
        return lambda: lab.move(step["at"], step["to"])
    if op == "edit":
        return lambda: lab.edit(step["at"], step["args"])
    if op == "rename":
        return lambda: lab.rename(step["at"], step["name"])
    if op == "tie":
        return lambda: lab.tie(step["at"], step["to"])
    if op in ("clear", "reset", "undo", "redo"):
        return getattr(lab, op)
    if op == "forward":
        fields = {k: step[k] for k in ("fill", "low", "high", "mean", "std", "seed") if k in step}
        return lambda: lab.forward(input_spec(step["shape"], **fields), step.get("mode", "train"))
    if op == "init":
        return lambda: lab.initialize(
            step["init"], step.get("args"), step.get("layers"), step.get("types"),
            step.get("params", "weight"), step.get("seed"),
        )
    if op == "load_weights":
        return lambda: lab.load_state_dict(perturbed(lab.state_dict(), step))
    if op == "build":
        return lambda: steps.perform(lab, step)
    raise AssertionError(op)


def perturbed(state: dict, step: dict) -> dict:
    """The lab's own weights (loads fine), or with one entry dropped or reshaped."""
    variant = len(str(step)) % 3
    if variant == 0 or not state:
        return state
    key = sorted(state)[0]
    if variant == 1:
        return {k: v for k, v in state.items() if k != key}
    return {**state, key: torch.zeros(1, 2, 3)}


@SETTINGS
@given(data=st.data())
def test_random_operations_through_the_lab_api(data) -> None:
    lab = Lab(memory_limit=MEMORY_LIMIT)
    for _ in range(data.draw(st.integers(1, 12), label="length")):
        step = data.draw(step_for(lab), label="step")
        attempt(lab, lab_call(lab, step), f"Lab call for {step!r}")


@SETTINGS
@given(data=st.data())
def test_random_steps_through_perform_and_a_strict_report(data) -> None:
    lab = Lab(memory_limit=MEMORY_LIMIT)
    taken = []
    for _ in range(data.draw(st.integers(1, 12), label="length")):
        step = data.draw(step_for(lab), label="step")
        if data.draw(st.integers(0, 5), label="expect?") == 0:
            step["expect"] = data.draw(
                st.sampled_from(["ok", "error", *({"error": k} for k in ERROR_KINDS)])
            )
        try:
            steps.check_structure(step, "step")
        except steps.StepFormatError:
            continue  # e.g. a boolean position: a file with it is refused as a whole
        attempt(lab, lambda step=step: steps.perform(lab, step), f"perform {step!r}")
        taken.append(step)
    seed = data.draw(st.one_of(st.none(), st.integers(0, 2**32)), label="seed")
    document = {"format": 1, "steps": taken, **({} if seed is None else {"seed": seed})}
    try:
        text = json.dumps(document, allow_nan=False)
    except ValueError:
        return  # a step with a NaN argument cannot be written as a scenario file
    parsed = scenario.parse(text.encode())
    report = scenario.run(parsed, Lab(memory_limit=MEMORY_LIMIT))
    out = json.dumps(report, allow_nan=False)  # raises on NaN or Infinity
    back = json.loads(out, parse_constant=lambda name: (_ for _ in ()).throw(ValueError(name)))
    assert len(back["steps"]) == len(taken)
    assert back["ok"] == all(s["expected"] for s in back["steps"])
    for record in back["steps"]:
        assert record["ok"] == (record["error"] is None)
        if record["error"]:
            assert record["error"]["kind"] in ERROR_KINDS and record["error"]["message"]


@SETTINGS
@given(
    layers=st.lists(st.sampled_from(LAYER_NAMES), min_size=1, max_size=5).flatmap(
        lambda names: st.tuples(*(st.tuples(st.just(n), layer_args(n)) for n in names))
    ),
    shape=shapes(),
)
def test_random_stacks_and_inputs(layers, shape) -> None:
    """Build a random stack layer by layer, then feed a random input twice."""
    lab = Lab(memory_limit=MEMORY_LIMIT)
    for layer, args in layers:
        attempt(lab, lambda layer=layer, args=args: lab.add(layer, args), f"add {layer} {args}")
    for _ in range(2):
        attempt(lab, lambda: lab.forward(input_spec(shape)), f"forward {shape} into "
                f"{[m.repr for m in lab.snapshot.modules]}")
