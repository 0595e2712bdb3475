"""The lesson "Does it train?" (lessons/does_it_train.json): what its narration claims
is what the lab measures, run headless as ``main.py --run`` does, and what plain
PyTorch measures on the same networks, initialized and trained in the test.

The thresholds are the ones the narration states (ln 2 "near", "below 10⁻⁹",
"above 1,000", "within a factor of 10", "less than half", "below 0.3").
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F

import main
from core.lesson import lesson as lessons
from core.model import templates
from core.operations import steps
from core.session import Session
from core.training import plain
from core.training.record import distinct_units

LESSON = Path(main.LESSONS) / "does_it_train.json"
LN2 = math.log(2)
LAST = 20  # "over the last steps": the mean of the last 20 batch losses


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """The lesson run headless, once for the module (one intra-op thread: faster on a
    shared machine, and the numbers do not depend on it)."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        out = tmp_path_factory.mktemp("does_it_train")
        assert main.run_headless(str(LESSON), str(out), False) == 0
        return json.loads((out / "report.json").read_text("utf-8"))
    finally:
        torch.set_num_threads(threads)


def step_of(report, op: str, inits: list[str], layers: str | None = None) -> dict:
    """The record of the lesson's ``op`` step over these candidate labels (on the network
    the previous build made from template ``layers``)."""
    built = None
    for record, step in zip(report["steps"], json.loads(LESSON.read_text("utf-8"))["steps"],
                            strict=True):
        if step["op"] == "build":
            built = step["layers"]
        if record["op"] != op:
            continue
        body = record[op]
        labels = [c["label"] for c in body["candidates" if op == "train" else "curves"]]
        if labels == inits and (layers is None or built == templates.TEMPLATES[layers]["layers"]):
            return body
    raise AssertionError(f"no {op} step over {inits} on {layers}")


def candidate(body: dict, label: str) -> dict:
    for run in body.get("candidates") or body["curves"]:
        if run["label"] == label:
            return run
    raise AssertionError(label)


def tail(run: dict) -> float:
    return sum(run["loss"][-LAST:]) / LAST


def linear_layers(curve: dict) -> list[dict]:
    return [layer for layer in curve["layers"] if layer["type"] == "Linear"]


def planar_net(key: str) -> nn.Sequential:
    """The template's network built with torch.nn itself."""
    modules = []
    for spec in templates.TEMPLATES[key]["layers"]:
        modules.append(getattr(nn, spec["layer"])(**spec.get("args", {})))
    return nn.Sequential(*modules)


def plain_train(net, init, steps=200, lr=0.1, momentum=0.9, batch=64, seed=0):
    """SGD on the spirals, batches as the lab draws them, every parameter ``init``-ed."""
    x, y = plain.spirals_data(seed)
    for param in net.parameters():
        init(param)
    opt = torch.optim.SGD(net.parameters(), lr=lr, momentum=momentum)
    generator = torch.Generator().manual_seed(seed ^ plain.ORDER_STREAM)
    order, position, losses = torch.randperm(len(x), generator=generator), 0, []
    for _ in range(steps):
        if position + batch > len(x):
            order, position = torch.randperm(len(x), generator=generator), 0
        index = order[position:position + batch]
        position += batch
        opt.zero_grad()
        loss = F.cross_entropy(net(x[index]), y[index])
        loss.backward()
        losses.append(loss.item())
        opt.step()
    return losses


def test_the_lesson_is_listed_and_every_build_is_a_template():
    assert "does_it_train" in main.lesson_names()
    lesson = lessons.load(LESSON)
    layers = [t["layers"] for t in templates.TEMPLATES.values()]
    builds = [s for s in lesson.steps if s["op"] == "build"]
    assert builds and all(step["layers"] in layers for step in builds)
    for step in lesson.steps:  # narrated in both languages
        assert set(step["title"]) == set(step["note"]) == {"en", "zh_CN"}


def test_distinct_units_counts_rows_as_plain_torch_sees_them():
    torch.manual_seed(0)
    rows = torch.randn(3, 5)
    weight = rows[torch.tensor([0, 1, 0, 2, 1, 0])]
    assert distinct_units(weight) == (6, len({tuple(r.tolist()) for r in weight}))
    assert distinct_units(torch.full((16,), 0.5)) == (16, 1)
    assert distinct_units(torch.randn(4, 2, 3, 3)) == (4, 4)  # filters
    assert distinct_units(torch.tensor(1.0)) == (1, 1)


def test_constant_initialization_keeps_every_hidden_unit_equal(report):
    body = step_of(report, "train", ["default", "constant_(val=0.5)", "zeros_"])
    units = {c["label"]: {h["parameter"]: (h["units"], h["distinct_units_after"])
                          for h in c["histograms"]} for c in body["candidates"]}
    assert units["constant_(val=0.5)"]["0.weight"] == (16, 1)
    assert units["constant_(val=0.5)"]["0.bias"] == (16, 1)
    assert units["default"]["0.weight"] == (16, 16)
    # Plain PyTorch: the same network, constant_(0.5) everywhere, the same batches.
    net = planar_net("small_tanh_planar")
    losses = plain_train(net, lambda p: nn.init.constant_(p, 0.5))
    assert torch.equal(net[0].weight, net[0].weight[:1].expand(16, 2))
    assert distinct_units(net[0].weight.detach()) == (16, 1)
    assert candidate(body, "constant_(val=0.5)")["loss"] == pytest.approx(losses, rel=1e-5)


def test_zeros_leave_the_hidden_weights_zero_and_the_loss_at_ln_2(report):
    run = candidate(step_of(report, "train", ["default", "constant_(val=0.5)", "zeros_"]),
                    "zeros_")
    assert max(abs(loss - LN2) for loss in run["loss"]) < 0.05
    net = planar_net("small_tanh_planar")
    plain_train(net, nn.init.zeros_)
    assert not net[0].weight.any() and not net[2].weight.any() and not net[0].bias.any()
    for name in ("0.weight", "2.weight"):  # the lab's "after": every value in zero's bin
        hist = next(h for h in run["histograms"] if h["parameter"] == name)
        zero_bin = next(i for i in range(len(hist["after"]))
                        if hist["edges"][i] <= 0 < hist["edges"][i + 1])
        assert hist["after"][zero_bin] == sum(hist["after"]) == math.prod(hist["shape"])


def plain_depth(key: str, init, seed: int = 0) -> tuple[list[float], list[float]]:
    """Activation and gradient std after each Linear, as the Depth chart measures them:
    x ~ N(0, 1) of shape [64, 2], loss sum(output · G) with G ~ N(0, 1)."""
    torch.manual_seed(seed)
    net = planar_net(key)
    for module in net:
        if isinstance(module, nn.Linear):
            init(module.weight)
    outputs = []

    def keep(module, inputs, output):
        output.retain_grad()
        outputs.append(output)

    for module in net:
        if isinstance(module, nn.Linear):
            module.register_forward_hook(keep)
    out = net(torch.randn(64, 2))
    (out * torch.randn_like(out)).sum().backward()
    return [o.std().item() for o in outputs], [o.grad.std().item() for o in outputs]


def normal(std):
    return lambda w: nn.init.normal_(w, std=std)


def test_too_small_vanishes_too_large_explodes_kaiming_holds(report):
    body = step_of(report, "depth", ["normal_(std=0.01)", "normal_", "kaiming_normal_"])
    small, large, kaiming = (linear_layers(c) for c in body["curves"])
    for grads_first, acts_last, acts, grads in (
        (small[0]["gradient_std"], large[-1]["activation_std"],
         [x["activation_std"] for x in kaiming], [x["gradient_std"] for x in kaiming]),
        (plain_depth("deep_relu_planar", normal(0.01))[1][0],
         plain_depth("deep_relu_planar", normal(1.0))[0][-1],
         *plain_depth("deep_relu_planar", nn.init.kaiming_normal_)),
    ):
        assert grads_first < 1e-9
        assert acts_last > 1e3
        assert max(acts) / min(acts) < 10 and max(grads) / min(grads) < 10


def test_too_small_stays_at_ln_2_and_too_large_diverges_at_its_second_step(report):
    body = step_of(report, "train", ["normal_(std=0.01)", "normal_"], "deep_relu_planar")
    small, large = body["candidates"]
    assert max(abs(loss - LN2) for loss in small["loss"]) < 0.05 and len(small["loss"]) == 200
    assert large["diverged"] and large["diverged_at"] == 1 and large["loss"][0] > 1e4
    torch.manual_seed(0)
    net = planar_net("deep_relu_planar")
    for module in net:
        if isinstance(module, nn.Linear):
            nn.init.normal_(module.weight)
    x, y = plain.spirals_data(0)
    first = torch.randperm(len(x), generator=torch.Generator().manual_seed(
        plain.ORDER_STREAM))[:64]  # the first batch, as the lab draws it with seed 0
    assert F.cross_entropy(net(x[first]), y[first]).item() > 1e4


def test_xavier_holds_the_tanh_network_and_trains_it(report):
    body = step_of(report, "depth", ["normal_(std=0.01)", "normal_", "xavier_uniform_"])
    small, large, xavier = (linear_layers(c) for c in body["curves"])
    assert small[0]["gradient_std"] < 1e-9
    assert all(layer["activation_std"] > 3 for layer in large[1:-1])  # tanh saturated
    grads = [layer["gradient_std"] for layer in xavier]
    assert max(grads) / min(grads) < 10
    _, plain_grads = plain_depth("deep_tanh_planar", nn.init.xavier_uniform_)
    assert max(plain_grads) / min(plain_grads) < 10
    runs = step_of(report, "train", ["normal_(std=0.01)", "normal_", "xavier_uniform_"])
    small, large, xavier = runs["candidates"]
    assert tail(xavier) < min(tail(small), tail(large))
    assert max(abs(loss - LN2) for loss in small["loss"]) < 0.05
    assert tail(large) > LN2 - 0.02  # saturated: "ends no lower than that"


def test_kaiming_holds_the_relu_network_and_trains_it_faster(report):
    body = step_of(report, "depth", ["xavier_uniform_", "kaiming_normal_"])
    xavier, kaiming = (linear_layers(c) for c in body["curves"])
    assert xavier[-1]["activation_std"] < 0.5 * xavier[0]["activation_std"]
    assert 0.5 < kaiming[-1]["activation_std"] / kaiming[0]["activation_std"] < 2
    plain_xavier, _ = plain_depth("deep_relu_planar", nn.init.xavier_uniform_)
    assert plain_xavier[-1] < 0.5 * plain_xavier[0]
    runs = step_of(report, "train", ["xavier_uniform_", "kaiming_normal_"])
    xavier_run, kaiming_run = runs["candidates"]
    assert tail(kaiming_run) < 0.5 * tail(xavier_run)


def test_batch_normalization_makes_the_scale_of_the_weights_matter_little(report):
    body = step_of(report, "depth", ["normal_(std=0.01)", "normal_"], "deep_relu_bn_planar")
    for curve in body["curves"]:
        assert linear_layers(curve)[0]["gradient_std"] > 1
        norms = [x["activation_std"] for x in curve["layers"] if x["type"] == "BatchNorm1d"]
        assert norms and all(0.8 < std < 1.2 for std in norms)
    _, plain_grads = plain_depth("deep_relu_bn_planar", normal(0.01))
    assert plain_grads[0] > 1
    runs = step_of(report, "train", ["normal_(std=0.01)", "normal_", "kaiming_normal_"],
                   "deep_relu_bn_planar")
    tails = [tail(run) for run in runs["candidates"]]
    assert max(tails) < 0.3 and max(tails) - min(tails) < 0.1


def test_a_lesson_page_hands_its_depth_result_to_the_charts_as_the_window_would():
    """Next to a depth page carries the very result a depth step of the window makes
    (the Depth chart shows it); Back and Next again bring it once more."""
    build = {**templates.build_step("deep_relu_planar"), "seed": 0}
    depth = {"op": "depth", "inits": ["kaiming_normal_"], "shape": [8, 2], "seed": 0}
    lesson = lessons.parse(json.dumps({"format": 1, "seed": 0,
                                       "steps": [build, depth]}).encode())
    session = Session(seed=0)
    session.start_lesson(lesson)
    assert session.lesson_next().analysis is None  # the build page
    shown = session.lesson_next().analysis
    assert shown is not None and shown.step["op"] == "depth"
    assert session.lab.snapshot is shown.snapshot  # the network did not move
    expected = steps.analyze(session.lab, depth)  # the same step, run as the window does
    assert shown.result.to_json() == expected.to_json()
    assert session.lesson_back().analysis is None
    assert session.lesson_next().analysis.result is shown.result
