"""The train step headless: its record and figures in the report, its loop in the exported
script (run in a real process: same losses), and a person's own data from an .npz."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

import main
from core.errors import INVALID_FILE, SHAPE_MISMATCH, LabError
from core.io import scenario
from core.model.lab import Lab
from core.operations import steps
from core.training import plain

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = {
    "format": 1, "seed": 0, "steps": [
        {"op": "build", "layers": [
            {"layer": "LazyLinear", "args": {"out_features": 16}}, {"layer": "Tanh"},
            {"layer": "Dropout", "args": {"p": 0.1}},
            {"layer": "Linear", "args": {"in_features": 16, "out_features": 2}}]},
        {"op": "train", "inits": ["default", {"init": "kaiming_normal_",
                                              "args": {"nonlinearity": "tanh"}},
                                  {"init": "constant_", "args": {"val": 1e30}}],
         "steps": 25, "batch": 32, "types": ["Linear"]},
        {"op": "forward", "shape": [4, 2]},
        {"op": "init", "init": "orthogonal_"},
        {"op": "train", "task": "teacher", "inits": ["xavier_normal_", "default"], "steps": 10,
         "batch": 16, "optimizer": "adam", "lr": 0.01, "seed": 4, "layers": [3],
         "params": "all"},
    ],
}
BATCHNORM_SCENARIO = {  # with several threads BatchNorm's reductions would round otherwise
    "format": 1, "seed": 0, "steps": [
        {"op": "build", "layers": [
            {"layer": "LazyLinear", "args": {"out_features": 64}},
            {"layer": "BatchNorm1d", "args": {"num_features": 64}}, {"layer": "ReLU"},
            {"layer": "Linear", "args": {"in_features": 64, "out_features": 2}}]},
        {"op": "train", "inits": ["default", "kaiming_normal_"], "steps": 15, "batch": 256,
         "optimizer": "adam", "lr": 0.01, "types": ["Linear"]},
    ],
}


def numbers(values) -> list[float]:
    return [float(v) if isinstance(v, str) else v for v in values]


def same(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(x == y or (math.isnan(x) and math.isnan(y))
                                    for x, y in zip(a, b, strict=True))


@pytest.mark.parametrize("scenario,count,length", [(SCENARIO, 4, 25),
                                                   (BATCHNORM_SCENARIO, 2, 15)])
def test_the_exported_script_prints_the_labs_loss_curves(tmp_path: Path, scenario, count,
                                                         length) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps(scenario), "utf-8")
    script, out = tmp_path / "net.py", tmp_path / "out"
    assert main.run_headless(str(path), str(out), False, str(script)) == 0
    report = json.loads((out / "report.json").read_text("utf-8"))
    lab_curves = [(c["label"], numbers(c["loss"])) for s in report["steps"]
                  if s["op"] == "train" for c in s["train"]["candidates"]
                  if c["loss"]]  # xavier_normal_ on biases (params all) fails: not trained
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    printed = [line.split(" ", 2) for line in done.stdout.splitlines()
               if line.startswith("train ")]
    script_curves = [(json.loads(label), json.loads(losses)) for _, label, losses in printed]
    assert [label for label, _ in script_curves] == [label for label, _ in lab_curves]
    for (_, ours), (_, theirs) in zip(lab_curves, script_curves, strict=True):
        assert same(ours, theirs)
    assert len(lab_curves) == count and len(lab_curves[0][1]) == length


def test_the_report_holds_the_record_and_its_figures(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps(SCENARIO), "utf-8")
    out = tmp_path / "out"
    assert main.run_headless(str(path), str(out), False) == 0
    report = json.loads((out / "report.json").read_text("utf-8"))
    first = report["steps"][1]
    train = first["train"]
    assert train["network_unchanged"] and train["task"]["name"] == "spirals"
    assert [c["init"] for c in train["candidates"]] == ["default", "kaiming_normal_",
                                                         "constant_"]
    assert train["candidates"][1]["args"]["nonlinearity"] == "tanh"
    assert {"loss", "accuracy", "diverged", "error", "layers", "histograms", "boundary"} <= set(
        train["candidates"][0])
    assert first["figures"] == ["figures/step-001-train.svg",
                                "figures/step-001-train-boundary.svg"]
    svg = (out / first["figures"][0]).read_text("utf-8")
    assert svg.startswith("<svg") and svg.count("<polyline") >= 2 and "default" in svg
    assert report["steps"][4]["figures"] == ["figures/step-004-train.svg"]


def small_lab() -> Lab:
    lab = Lab()
    steps.perform(lab, {"op": "build", "layers": [
        {"layer": "Linear", "args": {"in_features": 2, "out_features": 2}}]})
    return lab


def save_npz(path: Path, **arrays) -> Path:
    np.savez(path, **arrays)
    return path


def test_a_persons_npz_trains_like_a_plain_loop(tmp_path: Path) -> None:
    generator = np.random.default_rng(0)
    x = generator.normal(size=(100, 3)).astype(np.float64)
    y = (x[:, 0] > 0).astype(np.int32)
    save_npz(tmp_path / "data.npz", x=x, y=y)
    lab = Lab()
    steps.perform(lab, {"op": "build", "seed": 0, "layers": [
        {"layer": "Linear", "args": {"in_features": 3, "out_features": 2}}]})
    record = steps.analysis_record(lab, {"op": "train", "task": {"npz": "data.npz"},
                                         "inits": ["zeros_"], "steps": 8, "batch": 10},
                                   base=tmp_path)
    model = torch.nn.Linear(3, 2)
    model.load_state_dict({k.removeprefix("0."): v for k, v in lab.state_dict().items()})
    torch.nn.init.zeros_(model.weight)
    inputs, labels = torch.tensor(x, dtype=torch.float32), torch.tensor(y, dtype=torch.int64)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    losses = []
    generator = torch.Generator().manual_seed(0 ^ plain.ORDER_STREAM)
    order = torch.randperm(100, generator=generator)
    for step in range(8):
        index = order[step * 10:(step + 1) * 10]
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(model(inputs[index]), labels[index])
        loss.backward()
        losses.append(loss.item())
        optimizer.step()
    assert record["candidates"][0]["loss"] == losses
    assert record["task"]["classes"] == 2 and record["task"]["size"] == 100


@pytest.mark.parametrize("arrays,words", [
    ({"x": np.zeros((4, 2))}, "arrays named x and y"),
    ({"x": np.zeros((4, 2)), "y": np.zeros(5, dtype=np.int64)}, "must match"),
    ({"x": np.array([[1.0, np.nan]] * 4), "y": np.zeros(4, dtype=np.int64)}, "NaN"),
    ({"x": np.zeros(4), "y": np.zeros(4, dtype=np.int64)}, "shape (examples, features"),
    ({"x": np.array([["a", "b"]] * 4), "y": np.zeros(4, dtype=np.int64)}, "numbers"),
    ({"x": np.zeros((4, 2)), "y": np.array([0, 1, -1, 0])}, "labels are 0, 1, 2"),
])
def test_unusable_npz_files_are_refused_with_an_explanation(tmp_path, arrays, words):
    path = save_npz(tmp_path / "bad.npz", **arrays)
    with pytest.raises(LabError) as caught:
        steps.analysis_record(small_lab(), {"op": "train", "task": {"npz": str(path)}})
    assert caught.value.kind == INVALID_FILE and words in caught.value.message


def test_pickled_arrays_are_never_loaded(tmp_path: Path) -> None:
    path = tmp_path / "pickled.npz"
    np.savez(path, x=np.array([object(), 1], dtype=object), y=np.zeros(2, dtype=np.int64))
    with pytest.raises(LabError) as caught:
        steps.analysis_record(small_lab(), {"op": "train", "task": {"npz": str(path)}})
    assert caught.value.kind == INVALID_FILE and "no objects" in caught.value.message


def test_a_file_that_is_not_an_npz_and_a_regression_of_the_wrong_width(tmp_path: Path):
    (tmp_path / "text.npz").write_text("not a zip")
    with pytest.raises(LabError) as caught:
        steps.analysis_record(small_lab(), {"op": "train",
                                            "task": {"npz": str(tmp_path / "text.npz")}})
    assert caught.value.kind == INVALID_FILE and "numpy.savez" in caught.value.message
    path = save_npz(tmp_path / "reg.npz", x=np.zeros((8, 3), np.float32),
                    y=np.zeros((8, 4), np.float32))
    lab = Lab()
    steps.perform(lab, {"op": "build", "layers": [
        {"layer": "Linear", "args": {"in_features": 3, "out_features": 2}}]})
    with pytest.raises(LabError) as caught:
        steps.analysis_record(lab, {"op": "train", "task": {"npz": str(path)}, "batch": 4})
    assert caught.value.kind == SHAPE_MISMATCH and "width 4" in caught.value.message


def test_the_step_structure_is_checked_like_every_other_step() -> None:
    doc = {"format": 1, "steps": [{"op": "train", "lr": "fast"}]}
    with pytest.raises(scenario.ScenarioError, match="'lr' must be number"):
        scenario.from_document(doc)
    doc = {"format": 1, "steps": [{"op": "train", "epochs": 3}]}
    with pytest.raises(scenario.ScenarioError, match="no field 'epochs'"):
        scenario.from_document(doc)


def test_a_train_step_an_undo_went_back_past_is_left_out_of_the_script() -> None:
    from core.export import train_code as code

    build = SCENARIO["steps"][0]
    doc = {"format": 1, "seed": 0, "steps": [
        build, {"op": "train", "inits": ["default"], "steps": 3, "batch": 8},
        {"op": "forward", "shape": [2, 2]},
        {"op": "train", "inits": ["default"], "steps": 3, "batch": 8},
        {"op": "undo"},
        {"op": "train", "inits": ["zeros_"], "steps": 3, "batch": 8}]}
    trained: list = []
    lab = Lab()
    scenario.run(scenario.from_document(doc), lab=lab, trained=trained)
    source, skipped = code.export(lab, 0, None, "t", trained)
    assert skipped == [1]  # trained after the forward pass, which the undo took back
    assert source.count("# train: each initializer") == 2
    assert source.index('"zeros_"') > source.index('"default"')
    compile(source, "t.py", "exec")
