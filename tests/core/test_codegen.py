"""Exported PyTorch scripts are executed and must print what the app's snapshot shows."""

from __future__ import annotations

import contextlib
import io
import json
import runpy
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from torch import nn

import main
from core.errors import LabError
from core.export import codegen
from core.io import scenario
from core.model.lab import Lab
from core.operations import steps as step_ops

ROOT = Path(__file__).resolve().parents[2]
EXTREME = {"low": -3.4028234663852886e37, "high": 3.4028234663852886e37}


def run_session(steps: list[dict], seed: int = 0) -> tuple[Lab, list[tuple[int, ...]]]:
    """Perform steps as a session does (failures skipped); return the lab and forward shapes."""
    torch.manual_seed(seed)
    lab = Lab()
    for step in steps:
        with contextlib.suppress(LabError):
            step_ops.perform(lab, step)
    return lab


def forward_shapes(lab: Lab) -> list[str]:
    """What each recorded forward prints: replayed on a fresh lab, the app's own trace."""
    replay = Lab()
    shapes = []
    for step in lab.version.steps:
        snapshot = step_ops.perform(replay, step)
        if step["op"] == "forward":
            shapes.append(f"net(X): torch.Size({list(snapshot.trace[-1].output_shape)})")
    return shapes


def expected_tail(lab: Lab) -> str:
    lines = [lab.snapshot.repr]
    for param in lab.snapshot.parameters:
        shape = "uninitialized" if param.shape is None else f"torch.Size({list(param.shape)})"
        lines.append(f"{param.name} {shape}")
    return "\n".join(lines) + "\n"


def execute(source: str, tmp_path: Path) -> tuple[str, dict]:
    """Run the script in this process: its stdout and its globals (for the weights)."""
    path = tmp_path / "exported.py"
    path.write_text(source, encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        namespace = runpy.run_path(str(path), run_name="__main__")
    return out.getvalue(), namespace


def assert_same_weights(lab: Lab, net: nn.Module) -> None:
    ours = lab.state_dict()
    theirs = {k: v for k, v in net.state_dict().items()
              if not isinstance(v, nn.parameter.UninitializedTensorMixin)}
    assert ours.keys() == theirs.keys()
    for key, value in ours.items():
        assert torch.equal(value, theirs[key]), key


def check_export(lab: Lab, tmp_path: Path, seed: int = 0, weights: bool = True) -> str:
    source = codegen.export_lab(lab, seed)
    compile(source, "exported.py", "exec")
    stdout, namespace = execute(source, tmp_path)
    assert stdout.endswith(expected_tail(lab)), source
    printed_forwards = [line for line in stdout.splitlines() if line.startswith("net(X):")]
    assert printed_forwards == forward_shapes(lab)
    assert repr(namespace["net"]) == lab.snapshot.repr
    if weights:
        assert_same_weights(lab, namespace["net"])
    return source


LAZY_MLP = [
    {"op": "add", "layer": "LazyLinear", "args": {"out_features": 256}},
    {"op": "add", "layer": "ReLU"},
    {"op": "add", "layer": "Linear", "args": {"in_features": 256, "out_features": 10}},
]


def test_seed_lesson_script_reads_like_the_chapter(tmp_path):
    lab = run_session([
        *LAZY_MLP,
        {"op": "init", "init": "xavier_uniform_"},  # refused: not recorded
        {"op": "forward", "shape": [2, 20], **EXTREME},
        {"op": "init", "init": "xavier_uniform_", "types": ["Linear"]},
    ])
    source = check_export(lab, tmp_path)
    assert "nn.LazyLinear(256)," in source
    assert "low = torch.finfo(torch.float32).min / 10" in source
    assert "if type(m) == nn.Linear:" in source
    assert "nn.init.xavier_uniform_(m.weight)" in source
    assert "net.apply(init_xavier_uniform)" in source
    assert source.count("net.apply(") == 1  # the refused init is not replayed


def test_named_layers_use_add_module(tmp_path):
    lab = run_session([
        {"op": "add", "layer": "Linear", "args": {"in_features": 20, "out_features": 256},
         "name": "Linear1"},
        {"op": "add", "layer": "Linear", "args": {"in_features": 256, "out_features": 10},
         "name": "Linear2"},
        {"op": "init", "init": "xavier_uniform_", "types": ["Linear"]},
    ])
    source = check_export(lab, tmp_path)
    assert 'net.add_module("Linear1", nn.Linear(20, 256))' in source
    assert "Linear1.weight torch.Size([256, 20])" in execute(source, tmp_path)[0]


def test_the_visit_only_init_prints_the_seed_log(tmp_path):
    lab = run_session([
        {"op": "build", "layers": [
            {"layer": "Linear", "args": {"in_features": 20, "out_features": 256}},
            {"layer": "ReLU"},
            {"layer": "Linear", "args": {"in_features": 256, "out_features": 10}}]},
        {"op": "init", "init": "default", "layers": []},
    ])
    source = check_export(lab, tmp_path)
    stdout = execute(source, tmp_path)[0]
    assert stdout.startswith("\n".join(lab.snapshot.visit_lines) + "\n")
    assert lab.snapshot.visit_lines[-1].startswith("Init Sequential(")
    assert 'print("Init", m)' in source


def test_structural_edits_after_materialization_keep_live_modules(tmp_path):
    lab = run_session([
        *LAZY_MLP,
        {"op": "forward", "shape": [2, 20]},
        {"op": "add", "layer": "LazyLinear", "args": {"out_features": 20}, "at": 0},
        {"op": "move", "at": 3, "to": 1},
        {"op": "duplicate", "at": 2},
        {"op": "rename", "at": 2, "name": "hidden"},
        {"op": "remove", "at": 4},
        {"op": "edit", "at": "hidden", "args": {"out_features": 128}},  # fresh, lazy again
        {"op": "forward", "shape": [3, 7]},
        {"op": "add", "layer": "Linear", "args": {"in_features": 10, "out_features": 4},
         "name": "head"},
        {"op": "forward", "shape": [5, 7]},
    ])
    assert [m.name for m in lab.snapshot.modules] == ["0", "1", "hidden", "3", "head"]
    check_export(lab, tmp_path)


def test_ties_untie_remove_owner_and_reset(tmp_path):
    lab = run_session([
        {"op": "add", "layer": "Linear", "args": {"in_features": 8, "out_features": 8},
         "name": "shared"},
        {"op": "add", "layer": "ReLU"},
        {"op": "add", "layer": "Linear", "args": {"in_features": 8, "out_features": 8}},
        {"op": "add", "layer": "Linear", "args": {"in_features": 8, "out_features": 8}},
        {"op": "tie", "at": 2, "to": "shared"},
        {"op": "tie", "at": 3, "to": "shared"},
        {"op": "forward", "shape": [2, 8]},
        {"op": "init", "init": "orthogonal_", "layers": [3], "args": {"gain": "relu"}},
        {"op": "remove", "at": "shared"},  # position 1 (was 2) inherits the module
        {"op": "untie", "at": 2},
        {"op": "forward", "shape": [2, 8]},
    ])
    check_export(lab, tmp_path)
    lab2 = run_session([
        {"op": "build", "layers": [
            {"layer": "Linear", "args": {"in_features": 4, "out_features": 4}, "tie": 2},
            {"layer": "LazyLinear", "args": {"out_features": 4}},
            {"layer": "Linear", "args": {"in_features": 4, "out_features": 4}, "name": "core"},
        ]},
        {"op": "forward", "shape": [1, 4]},
        {"op": "reset"},
        {"op": "forward", "shape": [1, 4], "seed": 3},
    ])
    source = check_export(lab2, tmp_path)
    assert "core = nn.Linear(4, 4)" in source  # one object, placed twice
    _, namespace = execute(source, tmp_path)
    net = namespace["net"]
    assert net[0] is net[2]
    assert [name for name, _ in net.named_parameters()] == [
        p.name for p in lab2.snapshot.parameters
    ]


def test_every_init_form_replays_exactly(tmp_path):
    lab = run_session([
        {"op": "add", "layer": "LazyConv2d", "args": {"out_channels": 4, "kernel_size": 3}},
        {"op": "add", "layer": "LazyBatchNorm2d"},
        {"op": "add", "layer": "ReLU"},
        {"op": "add", "layer": "MaxPool2d", "args": {"kernel_size": 2}},
        {"op": "add", "layer": "Flatten"},
        {"op": "add", "layer": "Dropout", "args": {"p": 0.3}},
        {"op": "add", "layer": "LazyLinear", "args": {"out_features": 10}, "name": "out"},
        {"op": "forward", "shape": [2, 1, 12, 12], "fill": "normal", "mean": 1.0, "std": 2.0},
        {"op": "init", "init": "kaiming_normal_", "types": ["Conv2d", "Linear"],
         "args": {"nonlinearity": "relu", "mode": "fan_out"}},
        {"op": "init", "init": "default", "params": "bias"},
        {"op": "init", "init": "normal_", "params": "all", "layers": ["out"], "seed": 5,
         "args": {"std": 0.01}},
        {"op": "init", "init": "default", "params": "all", "layers": [1]},
        {"op": "init", "init": "uniform_", "args": {"a": -0.5, "b": 0.5}, "params": "weight"},
        {"op": "forward", "shape": [2, 1, 12, 12], "mode": "eval"},
        {"op": "forward", "shape": [2, 1, 12, 12], "fill": "uniform", "low": -2, "high": 3},
        {"op": "init", "init": "xavier_normal_", "types": ["Linear"],
         "args": {"gain": {"nonlinearity": "leaky_relu", "param": 0.2}}},
    ])
    assert len(lab.version.steps) == 16
    check_export(lab, tmp_path)  # buffers (running stats) included in the weight check


def test_unfed_lazy_layers_print_as_uninitialized(tmp_path):
    lab = run_session(LAZY_MLP)
    stdout = execute(codegen.export_lab(lab, 0), tmp_path)[0]
    assert "0.weight uninitialized" in stdout
    check_export(lab, tmp_path)


def test_undo_keeps_print_and_shapes(tmp_path):
    torch.manual_seed(0)
    lab = Lab()
    for step in [*LAZY_MLP, {"op": "forward", "shape": [2, 20]},
                 {"op": "add", "layer": "Tanh"}, {"op": "undo"}, {"op": "undo"},
                 {"op": "redo"}, {"op": "forward", "shape": [4, 20]}]:
        step_ops.perform(lab, step)
    # undo does not rewind the random stream: shapes and print(net) match, values need not
    check_export(lab, tmp_path, weights=False)


def test_failing_steps_do_not_change_the_replay(tmp_path):
    with_failures = [
        *LAZY_MLP,
        {"op": "forward", "shape": [2, 20]},
        {"op": "forward", "shape": [2, 30]},  # shape_mismatch
        {"op": "edit", "at": 2, "args": {"in_features": -3}},  # invalid
        {"op": "init", "init": "eye_", "types": ["Linear"], "params": "bias"},  # 1-D bias
        {"op": "forward", "shape": [3, 20]},
    ]
    lab = run_session(with_failures)
    assert [s["op"] for s in lab.version.steps] == ["add", "add", "add", "forward", "forward"]
    check_export(lab, tmp_path)


def test_the_script_runs_on_its_own(tmp_path):
    lab = run_session([*LAZY_MLP, {"op": "forward", "shape": [2, 20], **EXTREME}])
    path = tmp_path / "net.py"
    path.write_text(codegen.export_lab(lab, 0), encoding="utf-8")
    done = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith(expected_tail(lab))


def test_headless_runner_writes_the_script(tmp_path):
    target = tmp_path / "net.py"
    code = main.main(["--run", str(ROOT / "examples" / "exercises.json"),
                      "--report", str(tmp_path / "out"), "--export-code", str(target)])
    assert code == 0
    loaded = scenario.load(ROOT / "examples" / "exercises.json")
    lab = Lab()
    torch.manual_seed(loaded.seed)
    scenario.run(loaded, lab=lab)
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["steps"][-1]["repr"] == lab.snapshot.repr
    done = subprocess.run([sys.executable, str(target)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith(expected_tail(lab))
    assert "Exercises: partial, mismatched and varying dimensions" in target.read_text()


def test_export_code_needs_run(capsys):
    with pytest.raises(SystemExit) as stop:
        main.parse_args(["--export-code", "x.py"])
    assert stop.value.code == 2
    assert "--export-code goes with --run" in capsys.readouterr().err


def test_unwritable_target_is_a_clear_error(tmp_path, capsys):
    code = main.main(["--run", str(ROOT / "examples" / "seed_mlp.json"),
                      "--report", str(tmp_path / "out"),
                      "--export-code", str(tmp_path / "missing" / "net.py")])
    assert code == 2
    assert "cannot write" in capsys.readouterr().err


def test_the_built_in_lesson_exports_with_identical_weights(tmp_path):
    loaded = scenario.load(ROOT / "lessons" / "lazy_initialization.json")
    lab = Lab()
    torch.manual_seed(loaded.seed)
    scenario.run(loaded, lab=lab)
    source = check_export(lab, tmp_path, seed=loaded.seed)  # seeded builds replayed too
    assert source.splitlines().count("torch.manual_seed(0)") == 3
    assert "net = nn.Sequential()" not in source  # no empty network before the first build


# -- random sessions -----------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

WIDTH = 4
LAYERS = st.sampled_from([
    {"layer": "Linear", "args": {"in_features": WIDTH, "out_features": WIDTH}},
    {"layer": "LazyLinear", "args": {"out_features": WIDTH}},
    {"layer": "ReLU"},
    {"layer": "Tanh"},
    {"layer": "LazyBatchNorm1d"},
    {"layer": "Dropout", "args": {"p": 0.5}},
])
POSITION = st.integers(0, 5)
NAME = st.one_of(st.none(), st.sampled_from(["a", "b", "hidden"]))
FORWARD = st.builds(lambda batch, mode: {"op": "forward", "shape": [batch, WIDTH], "mode": mode},
                    st.integers(2, 3), st.sampled_from(["train", "eval"]))
STEP = st.one_of(
    FORWARD,
    FORWARD,
    st.builds(lambda layer, name: {"op": "add", **layer, "name": name}, LAYERS, NAME),
    st.builds(lambda layer, at: {"op": "add", **layer, "at": at}, LAYERS, POSITION),
    st.builds(lambda at: {"op": "remove", "at": at}, POSITION),
    st.builds(lambda at, to: {"op": "move", "at": at, "to": to}, POSITION, POSITION),
    st.builds(lambda at: {"op": "duplicate", "at": at}, POSITION),
    st.builds(lambda at, name: {"op": "rename", "at": at, "name": name}, POSITION, NAME),
    st.builds(lambda at, to: {"op": "tie", "at": at, "to": to}, POSITION, POSITION),
    st.builds(lambda at: {"op": "untie", "at": at}, POSITION),
    st.builds(lambda at: {"op": "edit", "at": at, "args": {"out_features": WIDTH}}, POSITION),
    st.builds(lambda batch, mode: {"op": "forward", "shape": [batch, WIDTH], "mode": mode},
              st.integers(2, 3), st.sampled_from(["train", "eval"])),
    st.builds(lambda init, params, types: {"op": "init", "init": init, "params": params,
                                           **({"types": types} if types else {})},
              st.sampled_from(["default", "normal_", "zeros_", "xavier_uniform_"]),
              st.sampled_from(["weight", "bias", "all"]),
              st.sampled_from([None, ["Linear"], ["BatchNorm1d", "Linear"]])),
    st.builds(lambda at: {"op": "init", "init": "uniform_", "layers": [at], "seed": 1},
              POSITION),
    st.just({"op": "reset"}),
)
ADD = st.builds(lambda layer, name: {"op": "add", **layer, "name": name}, LAYERS, NAME)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ADD, min_size=3, max_size=5), st.lists(STEP, min_size=1, max_size=14))
def test_random_sessions_replay_exactly(tmp_path, start, steps):
    lab = run_session(start + steps)
    check_export(lab, tmp_path)
