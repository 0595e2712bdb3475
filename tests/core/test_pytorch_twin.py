"""Random scenarios run through the lab and, side by side, through plain PyTorch.

Hypothesis draws a network (catalogue layers, lazy and eager, some tied), then a
sequence of forward passes of various widths, initializers (every ``torch.nn.init``
function and ``default``, aimed by layer, type and parameter), weights saved from the
lab or from the PyTorch twin and loaded back, and undo. After every step the lab and
its twin must agree outcome by outcome (success or failure), tensor by tensor
(``torch.equal`` on the bits of every parameter and buffer), in ``print(net)``, in which
positions share a module, and in the random stream they leave behind.

The twin is what a person would write with PyTorch alone. Where the lab differs on
purpose, the twin does what the documentation says the lab does, and the test says so:
a failed step leaves everything as it was (PyTorch leaves a half-changed network), and
initializing a lazy layer that has not seen data is refused (for ``default`` PyTorch's
``reset_parameters()`` would silently skip it).

The strategies, the twin and the comparison are in tests/core/twin_helpers.py.
"""

from __future__ import annotations

import torch
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from torch import nn

from core.errors import LabError
from core.model.lab import Lab
from tests.core.twin_helpers import (
    INIT_ARGS,
    WIDTHS,
    assert_same,
    build_arguments,
    check_explanation,
    clone,
    layer,
    run_lab,
    run_twin,
    save_from,
    step,
)

TWIN = settings(
    max_examples=50,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@TWIN
@given(data=st.data())
def test_the_lab_and_plain_pytorch_agree_step_by_step(data) -> None:
    seed = data.draw(st.integers(0, 2**16), label="seed")
    layers = data.draw(st.lists(layer(), min_size=1, max_size=4), label="layers")
    ties = data.draw(st.lists(st.booleans(), min_size=len(layers), max_size=len(layers)))
    lab, twin = Lab(), nn.Sequential()
    history: list[nn.Sequential] = []  # what undo returns to, as the lab's history holds
    torch.manual_seed(seed)
    for position, (name, args) in enumerate(layers):
        start = torch.get_rng_state()
        lab.add(name, args)
        after_lab = torch.get_rng_state()
        torch.set_rng_state(start)  # the twin draws the same values from the same stream
        history.append(clone(twin))
        twin.add_module(str(position), getattr(nn, name)(**build_arguments(args)))
        assert torch.equal(torch.get_rng_state(), after_lab)
        if ties[position] and position:
            target = data.draw(st.integers(0, position - 1), label="tie to")
            lab.tie(position, target)
            history.append(clone(twin))
            twin[position] = twin[target]
    assert_same(lab, twin, "build")
    files: list[dict] = []
    for index in range(data.draw(st.integers(3, 10), label="steps")):
        current = data.draw(step(len(layers)), label=f"step {index}")
        if current["op"] == "save":
            file = save_from(lab, twin, current)
            if file is not None:
                files.append(file)
            continue
        if current["op"] == "load_fed":
            file = save_from(lab, twin, current)
            if file is None:
                continue
            files.append(file)
            current = {"op": "load"}
        if current["op"] == "load" and not files:
            continue
        start = torch.get_rng_state()
        lab_error = None
        try:
            run_lab(lab, current, files)
        except LabError as error:
            lab_error = error
        after_lab = torch.get_rng_state()
        torch.set_rng_state(start)
        twin_error = None
        before = twin
        try:
            twin = run_twin(twin, current, files, history)
        except Exception as exc:  # PyTorch's refusal: the step fails in the twin too
            twin_error = exc
            torch.set_rng_state(start)
        where = f"step {index} {current}: lab {lab_error!r}, PyTorch {twin_error!r}"
        assert (lab_error is None) == (twin_error is None), where
        assert torch.equal(torch.get_rng_state(), after_lab), where
        assert_same(lab, twin, where)
        if lab_error is not None and current["op"] == "forward" and len(before):
            check_explanation(lab_error, twin_error, before, lab)


LAZY_LAYERS = st.sampled_from([
    ("LazyLinear", {"out_features": 3}),
    ("LazyLinear", {"out_features": 4, "bias": False}),
    ("LazyBatchNorm1d", {}),
    ("LazyBatchNorm1d", {"affine": False}),
    ("ReLU", {}),
])


@settings(TWIN, max_examples=30)
@given(
    layers=st.lists(LAZY_LAYERS, min_size=1, max_size=3),
    width=WIDTHS,
    inits=st.lists(st.tuples(st.sampled_from(["default", *sorted(INIT_ARGS)]),
                             st.sampled_from(["weight", "bias", "all"])), min_size=1, max_size=3),
    seed=st.integers(0, 2**16),
)
def test_half_lazy_networks_initialize_as_pytorch_does(layers, width, inits, seed) -> None:
    """Weights loaded into unfed lazy layers (half-lazy), then initialized, then fed."""
    lab, twin = Lab(), nn.Sequential()
    torch.manual_seed(seed)
    for position, (name, args) in enumerate(layers):
        start = torch.get_rng_state()
        lab.add(name, args)
        torch.set_rng_state(start)
        twin.add_module(str(position), getattr(nn, name)(**args))
    file = save_from(lab, twin, {"from": "fed", "shape": [2, width]})
    steps = [{"op": "load"}]
    steps += [{"op": "init", "init": name, "args": INIT_ARGS[name][0], "layers": None,
               "types": None, "params": params, "seed": None} for name, params in inits]
    steps.append({"op": "forward", "shape": [2, width], "seed": 0, "mode": "train"})
    history: list[nn.Sequential] = []
    for current in steps:
        start = torch.get_rng_state()
        lab_error = twin_error = None
        try:
            run_lab(lab, current, [file])
        except LabError as error:
            lab_error = error
        after_lab = torch.get_rng_state()
        torch.set_rng_state(start)
        try:
            twin = run_twin(twin, current, [file], history)
        except Exception as exc:  # PyTorch refused: so must the lab
            twin_error = exc
            torch.set_rng_state(start)
        where = f"{current}: lab {lab_error!r}, PyTorch {twin_error!r}"
        assert (lab_error is None) == (twin_error is None), where
        assert torch.equal(torch.get_rng_state(), after_lab), where
        assert_same(lab, twin, where)
