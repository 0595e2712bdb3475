"""Tests of core.analysis.compare: histograms equal torch.histc of copies initialized here."""

from __future__ import annotations

import copy
import json
import math

import numpy as np
import pytest
import torch
import torch.nn as nn

from core.analysis import compare
from core.errors import INVALID_ARGUMENT, UNINITIALIZED, UNKNOWN_INITIALIZER, LabError
from core.io import scenario
from core.model.inputs import input_spec
from core.model.lab import Lab
from core.operations import steps

LAYERS = [
    {"layer": "LazyLinear", "args": {"out_features": 64}},
    {"layer": "ReLU"},
    {"layer": "Linear", "args": {"in_features": 64, "out_features": 32}},
    {"layer": "ReLU"},
    {"layer": "Linear", "args": {"in_features": 32, "out_features": 10}},
]
INITS = ["default", "xavier_uniform_",
         {"init": "kaiming_normal_", "args": {"nonlinearity": "relu"}},
         "orthogonal_", {"init": "normal_", "args": {"std": 0.05}}]


@pytest.fixture
def lab() -> Lab:
    torch.manual_seed(0)
    lab = Lab()
    steps.perform(lab, {"op": "build", "layers": LAYERS})
    lab.forward(input_spec([4, 20]))
    return lab


def reference(lab: Lab, init: str, args: dict, seed: int) -> nn.Sequential:
    """The working network copied and initialized by hand, as net.apply would."""
    net = copy.deepcopy(lab.version.net())

    def visit(module: nn.Module) -> None:
        if not isinstance(module, nn.Linear):
            return
        if init == "default":
            module.reset_parameters()
        else:
            getattr(nn.init, init)(module.weight, **args)

    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        net.apply(visit)
    return net


def state(lab: Lab) -> dict:
    return {k: v.clone() for k, v in lab.version.net().state_dict().items()}


def test_overlay_counts_equal_histc_of_copies_initialized_here(lab: Lab) -> None:
    comparison = compare.compare(lab, INITS, seed=7)
    for name in ("0.weight", "2.weight", "4.weight"):
        overlay = comparison.overlay(name, bins=37)
        assert len(overlay.edges) == 38
        assert [s.label for s in overlay.series] == [
            "default", "xavier_uniform_", "kaiming_normal_(nonlinearity=relu)", "orthogonal_",
            "normal_(std=0.05)"]
        for series, candidate in zip(overlay.series, comparison.candidates, strict=True):
            args = dict(candidate.args)
            if "gain" in args:
                args["gain"] = float(args["gain"])
            tensor = reference(lab, candidate.init, args, 7).get_parameter(name).detach()
            expected = torch.histc(tensor, bins=37, min=float(overlay.edges[0]),
                                   max=float(overlay.edges[-1]))
            np.testing.assert_array_equal(series.counts, expected.numpy().astype(np.int64))
            assert series.n == tensor.numel() and series.targeted
            assert series.measured_std == pytest.approx(float(tensor.std()), rel=1e-6)
        # the full range spans every candidate's values
        lows = [float(reference(lab, c.init, {}, 7).get_parameter(name).detach().min())
                for c in comparison.candidates[:2]]
        assert overlay.edges[0] <= min(lows)


def test_working_network_snapshot_history_and_rng_unchanged(lab: Lab) -> None:
    before_snapshot, before_version = lab.snapshot, lab.version
    before_state, undo = state(lab), list(lab.history.undo)
    rng = torch.get_rng_state()
    compare.compare(lab, INITS, seed=3, params="all")
    assert lab.snapshot is before_snapshot and lab.version is before_version
    assert lab.history.undo == undo and not lab.history.redo
    assert torch.equal(rng, torch.get_rng_state())
    after = state(lab)
    assert after.keys() == before_state.keys()
    assert all(torch.equal(after[k], before_state[k]) for k in after)


def test_same_seed_same_draws_and_other_seed_differs(lab: Lab) -> None:
    a = compare.compare(lab, ["xavier_uniform_"], seed=5).overlay("2.weight", 20)
    b = compare.compare(lab, ["xavier_uniform_"], seed=5).overlay("2.weight", 20)
    c = compare.compare(lab, ["xavier_uniform_"], seed=6).overlay("2.weight", 20)
    assert np.array_equal(a.series[0].counts, b.series[0].counts)
    assert not np.array_equal(a.series[0].counts, c.series[0].counts)


def test_percentile_clip_counts_what_it_leaves_out(lab: Lab) -> None:
    comparison = compare.compare(lab, [{"init": "normal_", "args": {"std": 1.0}}], seed=2)
    full = comparison.overlay("0.weight", 50)
    clipped = comparison.overlay("0.weight", 50, clip=90)
    tensor = reference(lab, "normal_", {"std": 1.0}, 2).get_parameter("0.weight").detach()
    low, high = float(clipped.edges[0]), float(clipped.edges[-1])
    sorted_values = torch.sort(tensor.reshape(-1)).values
    assert low == pytest.approx(float(torch.quantile(sorted_values, 0.05)), rel=1e-5)
    assert high == pytest.approx(float(torch.quantile(sorted_values, 0.95)), rel=1e-5)
    series = clipped.series[0]
    assert series.below == int((tensor < low).sum())
    assert series.above == int((tensor > high).sum())
    expected = torch.histc(tensor, bins=50, min=low, max=high)
    np.testing.assert_array_equal(series.counts, expected.numpy().astype(np.int64))
    assert full.edges[0] < low and full.edges[-1] > high
    assert full.series[0].below == full.series[0].above == 0


def test_theory_in_the_overlay_is_the_closed_form(lab: Lab) -> None:
    comparison = compare.compare(lab, ["default", "xavier_uniform_"], seed=1)
    overlay = comparison.overlay("2.weight", 40)
    fan_in, fan_out = 64, 32
    for series, bound in zip(overlay.series, (1 / math.sqrt(fan_in),
                                              math.sqrt(6 / (fan_in + fan_out))), strict=True):
        assert series.expected_std == pytest.approx(bound / math.sqrt(3), rel=1e-9)
        cdf = np.clip((overlay.edges + bound) / (2 * bound), 0, 1)
        np.testing.assert_allclose(series.expected_counts, series.n * np.diff(cdf), atol=1e-6)
        inside = (series.curve_x > -bound * 0.999) & (series.curve_x < bound * 0.999)
        width = overlay.edges[1] - overlay.edges[0]
        np.testing.assert_allclose(series.curve_y[inside], series.n * width / (2 * bound))
        assert series.ks < 1.63 / math.sqrt(series.n) + 0.01
        assert (series.fan_in, series.fan_out) == (fan_in, fan_out)


def test_untargeted_parameters_keep_the_networks_values(lab: Lab) -> None:
    comparison = compare.compare(lab, ["xavier_uniform_"], seed=0, params="weight")
    bias = comparison.overlay("0.bias", 10).series[0]
    assert not bias.targeted and bias.formula == ""
    working = lab.version.net().get_parameter("0.bias").detach()
    edges = comparison.overlay("0.bias", 10).edges
    expected = torch.histc(working, bins=10, min=float(edges[0]), max=float(edges[-1]))
    np.testing.assert_array_equal(bias.counts, expected.numpy().astype(np.int64))


def test_a_candidate_that_cannot_apply_is_reported_the_others_shown(lab: Lab) -> None:
    comparison = compare.compare(lab, ["default", "xavier_uniform_"], seed=0, params="all")
    assert comparison.errors[0] is None
    assert comparison.errors[1].kind == INVALID_ARGUMENT
    assert "2 dimensions" in comparison.errors[1].message
    overlay = comparison.overlay("0.weight")
    assert [s.label for s in overlay.series] == ["default"]
    assert overlay.errors[0][0] == "xavier_uniform_"
    with pytest.raises(LabError):
        compare.compare(lab, ["xavier_uniform_"], params="all")  # every candidate failed


@pytest.mark.parametrize("inits,kind,words", [
    ([], INVALID_ARGUMENT, "non-empty"),
    (["xavier_unifrom_"], UNKNOWN_INITIALIZER, "xavier_uniform_"),
    ([{"init": "normal_", "args": {"std": -1}}], INVALID_ARGUMENT, "std"),
    ([{"init": "default", "args": {"gain": 1}}], INVALID_ARGUMENT, "default takes no"),
    ([42], INVALID_ARGUMENT, "inits[0]"),
])
def test_bad_candidates_are_refused_with_the_field(lab: Lab, inits, kind, words) -> None:
    with pytest.raises(LabError) as info:
        compare.compare(lab, inits)
    assert info.value.kind == kind and words in info.value.message


def test_bad_options_are_refused(lab: Lab) -> None:
    for kwargs, words in (({"seed": -1}, "seed"), ({"params": "weights"}, "params"),
                          ({"layers": ["9"]}, "9")):
        with pytest.raises(LabError) as info:
            compare.compare(lab, ["default"], **kwargs)
        assert words in info.value.message
    comparison = compare.compare(lab, ["default"])
    for kwargs, words in (({"bins": 0}, "bins"), ({"clip": 0}, "clip"),
                          ({"clip": 120}, "clip")):
        with pytest.raises(LabError) as info:
            comparison.overlay("0.weight", **kwargs)
        assert words in info.value.message
    with pytest.raises(LabError, match="Unknown parameter"):
        comparison.overlay("9.weight")


def test_uninitialized_network_is_refused() -> None:
    lab = Lab()
    lab.add("LazyLinear", {"out_features": 4})
    with pytest.raises(LabError) as info:
        compare.compare(lab)
    assert info.value.kind == UNINITIALIZED and "forward" in info.value.message


def test_compare_step_in_a_scenario_report(tmp_path) -> None:
    document = {"format": 1, "seed": 0, "bins": 30, "steps": [
        {"op": "build", "layers": LAYERS},
        {"op": "compare", "expect": {"error": "uninitialized"}},
        {"op": "forward", "shape": [4, 20]},
        {"op": "compare", "inits": INITS, "seed": 4, "clip": 99.0},
        {"op": "depth", "inits": ["default", "xavier_uniform_"], "shape": [64, 20]},
    ]}
    report = scenario.run(scenario.from_document(document))
    assert report["ok"], [s["error"] for s in report["steps"]]
    forward, step, depth = report["steps"][2], report["steps"][3], report["steps"][4]
    assert step["repr"] == forward["repr"] and step["parameters"] == forward["parameters"]
    assert step["compare"]["network_unchanged"] and depth["depth"]["network_unchanged"]
    overlays = {o["parameter"]: o for o in step["compare"]["overlays"]}
    assert set(overlays) == {"0.weight", "0.bias", "2.weight", "2.bias", "4.weight", "4.bias"}
    assert len(overlays["0.weight"]["edges"]) == 31 and len(overlays["0.weight"]["series"]) == 5
    path = scenario.write_report(report, tmp_path)
    text = path.read_text(encoding="utf-8")
    json.loads(text, parse_constant=lambda name: pytest.fail(f"non-strict JSON: {name}"))
    written = json.loads(text)["steps"][3]["figures"]
    assert "figures/step-003-compare-0.weight.svg" in written
    assert (tmp_path / "figures/step-004-depth.svg").read_text().startswith("<svg")
    assert "kaiming_normal_(nonlinearity=relu)" in (tmp_path / written[0]).read_text()


def test_performing_a_compare_step_records_nothing(lab: Lab) -> None:
    before_steps, snapshot = lab.version.steps, lab.snapshot
    assert steps.perform(lab, {"op": "compare", "inits": ["default"]}) is snapshot
    assert lab.version.steps == before_steps
    with pytest.raises(steps.StepFormatError):
        steps.check_structure({"op": "compare", "inits": [1]}, "step")
