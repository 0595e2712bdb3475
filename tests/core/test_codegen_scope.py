"""The two export scopes: the network on screen, and the whole session replayed.

Whether a script gives back the lab's weights is checked by a replay; these tests run
the scripts and compare their tensors with the lab's, so the header's claim is proven
in both directions.
"""

from __future__ import annotations

from pathlib import Path

import torch

from core.export import codegen
from core.model import templates
from core.model.lab import Lab
from core.operations import steps as step_ops
from tests.core.test_codegen import execute, expected_tail, run_session

LINEAR = {"layer": "Linear", "args": {"in_features": 4, "out_features": 4}}


def same_weights(lab: Lab, net: torch.nn.Module) -> bool:
    from torch.nn.parameter import is_lazy

    theirs = {k: v for k, v in net.state_dict().items() if not is_lazy(v)}
    ours = lab.state_dict()
    return ours.keys() == theirs.keys() and all(torch.equal(v, theirs[k]) for k, v in ours.items())


def run_export(lab: Lab, tmp_path: Path, scope: str) -> tuple[codegen.Export, str, bool]:
    """The export, the script's output, and whether the script's tensors are the lab's."""
    result = codegen.export(lab, 0, scope=scope)
    stdout, namespace = execute(result.source, tmp_path)
    assert stdout.endswith(expected_tail(lab))  # print(net) and shapes: always the lab's
    return result, stdout, same_weights(lab, namespace["net"])


def two_templates_then_edits() -> Lab:
    return run_session([
        templates.build_step("lazy_mlp"),
        {"op": "forward", "shape": [2, 20]},
        templates.build_step("seed_mlp"),
        {"op": "add", **LINEAR | {"args": {"in_features": 10, "out_features": 4}},
         "name": "head"},
        {"op": "forward", "shape": [3, 20]},
    ])


def test_on_screen_replays_only_the_network_shown_and_says_its_weights_differ(tmp_path):
    lab = two_templates_then_edits()
    result, stdout, identical = run_export(lab, tmp_path, codegen.SCREEN)
    assert result.selection.first == 2 and len(result.selection.steps) == 3
    assert result.source.count("net = nn.Sequential(") == 1  # the lazy MLP is not in it
    assert stdout.count("net(X):") == 1
    # the template drew its weights after the first network's: the replay cannot match
    assert identical is False and result.check.identical is False
    assert "Weights: NOT identical to the lab's" in result.source
    assert "Export the whole session" in result.source


def test_the_whole_session_replays_every_network_with_identical_weights(tmp_path):
    lab = two_templates_then_edits()
    result, stdout, identical = run_export(lab, tmp_path, codegen.SESSION)
    assert result.selection.first == 0 and len(result.selection.steps) == 5
    assert stdout.count("net(X):") == 2
    assert identical is True and result.check.identical is True
    assert "Weights: identical to the lab's" in result.source


def test_a_seeded_network_on_screen_has_identical_weights(tmp_path):
    seeded = {**templates.build_step("seed_mlp"), "seed": 7}
    lab = run_session([templates.build_step("lenet_lazy"), seeded,
                       {"op": "forward", "shape": [2, 20]},
                       {"op": "init", "init": "normal_", "types": ["Linear"]}])
    result, _, identical = run_export(lab, tmp_path, codegen.SCREEN)
    assert result.selection.first == 1
    assert identical is True and result.check.identical is True
    assert "torch.manual_seed(7)" in result.source and "LazyConv2d" not in result.source


def test_after_clear_the_script_starts_from_an_empty_network(tmp_path):
    lab = run_session([templates.build_step("lenet_lazy"), {"op": "clear"},
                       {"op": "add", "layer": "LazyLinear", "args": {"out_features": 3}}])
    result, _, identical = run_export(lab, tmp_path, codegen.SCREEN)
    assert [s["op"] for s in result.selection.steps] == ["add"]
    assert "since it was cleared" in result.source
    assert identical is True  # a lazy layer draws nothing until its first forward pass


def test_without_a_fresh_start_on_screen_is_the_whole_session(tmp_path):
    lab = run_session([{"op": "add", **LINEAR}, {"op": "forward", "shape": [2, 4]}])
    screen = codegen.export(lab, 0, scope=codegen.SCREEN)
    session = codegen.export(lab, 0, scope=codegen.SESSION)
    assert screen.source == session.source and screen.check.identical


def test_after_undo_the_header_says_the_weights_differ(tmp_path):
    torch.manual_seed(0)
    lab = Lab()
    for step in [{"op": "add", **LINEAR}, {"op": "add", **LINEAR}, {"op": "undo"},
                 {"op": "add", **LINEAR}]:
        step_ops.perform(lab, step)
    result, _, identical = run_export(lab, tmp_path, codegen.SESSION)
    assert identical is False and result.check.identical is False
    assert "undo does not rewind the random stream" in result.source


def test_checking_leaves_the_random_stream_as_it_was():
    lab = two_templates_then_edits()
    before = torch.random.get_rng_state()
    codegen.export(lab, 0, scope=codegen.SESSION)
    assert torch.equal(torch.random.get_rng_state(), before)


def test_a_missing_weights_file_is_named_in_the_header(tmp_path):
    weights = tmp_path / "w.pt"
    torch.save(torch.nn.Sequential(torch.nn.Linear(4, 4)).state_dict(), weights)
    lab = run_session([{"op": "add", **LINEAR}, {"op": "load_weights", "path": str(weights)}])
    weights.unlink()
    result = codegen.export(lab, 0, scope=codegen.SESSION)
    assert result.check.identical is False
    assert "a replayed step fails now" in result.source


def test_suggested_file_names_are_safe():
    assert codegen.suggested_file_name("Lazy initialization") == "Lazy_initialization.py"
    assert codegen.suggested_file_name("x", Path("/a/my session.json")) == "my_session.py"
    assert codegen.suggested_file_name("延迟初始化") == "延迟初始化.py"
    assert codegen.suggested_file_name(None) == "network.py"
    hostile = codegen.suggested_file_name("../../etc/passwd\n\u2028.py")
    assert "/" not in hostile and hostile.isprintable() and not hostile.startswith(".")


# -- the header's claim, over random sessions ----------------------------------------------

from hypothesis import HealthCheck, event, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.core.test_codegen_safety import START, STEP  # noqa: E402

FRESH = st.sampled_from([{"op": "clear"}, {"op": "add", **LINEAR},
                         {"op": "build", "layers": [LINEAR, LINEAR]},
                         {"op": "build", "layers": [LINEAR], "seed": 3}])


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(START, st.lists(st.one_of(STEP, FRESH), min_size=1, max_size=10),
       st.sampled_from(codegen.SCOPES))
def test_the_header_says_identical_exactly_when_the_script_gives_back_the_weights(
        tmp_path, start, steps, scope):
    lab = run_session(start + steps)
    result, _, identical = run_export(lab, tmp_path, scope)
    event(f"{scope} identical={identical}")
    assert result.check.identical == identical
    assert ("Weights: identical to the lab's" in result.source) == identical
    if scope == codegen.SESSION:
        assert identical  # no undo in these sessions: the whole replay is exact
