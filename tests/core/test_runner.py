"""The headless runner: ``python main.py --run SCENARIO --report DIR [--save-weights]``.

A few runs go through a real subprocess (exit codes, stderr, files on disk); the many
"unusable scenario" cases call ``main.main`` in-process, which is the same code path.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from torch import nn

import main
from tests.core.lab_helpers import linear

ROOT = Path(__file__).resolve().parents[2]
LOW = torch.finfo(torch.float32).min / 10
HIGH = torch.finfo(torch.float32).max / 10


def refuse_constant(name: str) -> None:
    raise AssertionError(f"{name} is not strict JSON")


def write(path: Path, doc: object) -> Path:
    """Bytes and text are written as they are; anything else as JSON."""
    if isinstance(doc, bytes):
        path.write_bytes(doc)
    elif isinstance(doc, str):
        path.write_text(doc, "utf-8")
    else:
        path.write_text(json.dumps(doc), "utf-8")
    return path


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )


def read_report(directory: Path) -> dict:
    text = (directory / "report.json").read_text("utf-8")
    assert "NaN" not in text.replace('"NaN"', "")
    assert "Infinity" not in text.replace('"Infinity"', "").replace('"-Infinity"', "")
    return json.loads(text, parse_constant=refuse_constant)


LAZY = {
    "format": 1,
    "seed": 5,
    "steps": [
        {"op": "add", "layer": "LazyLinear", "args": {"out_features": 256}},
        {"op": "add", "layer": "ReLU"},
        {"op": "add", "layer": "Linear", "args": linear(256, 10)},
        {"op": "init", "init": "xavier_uniform_", "expect": {"error": "uninitialized"}},
        {"op": "forward", "shape": [2, 20], "low": LOW, "high": HIGH},
        {"op": "init", "init": "xavier_uniform_", "types": ["Linear"]},
    ],
}


def test_exit_0_report_and_saved_weights(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = cli("--run", str(write(tmp_path / "lazy.json", LAZY)), "--report", str(out),
                 "--save-weights")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "report" in result.stdout
    report = read_report(out)
    assert report["ok"] and len(report["steps"]) == len(LAZY["steps"])
    files = sorted(p.name for p in out.glob("step-*.pt"))
    assert files == [f"step-{i:03d}.pt" for i in range(len(LAZY["steps"]))]
    saved = [torch.load(out / name, weights_only=True) for name in files]
    assert saved[0] == {}  # LazyLinear alone: its uninitialized parameters are left out
    assert sorted(saved[2]) == ["2.bias", "2.weight"]
    assert sorted(saved[-1]) == ["0.bias", "0.weight", "2.bias", "2.weight"]
    # The final weights are what plain PyTorch gives with the same seed and steps.
    torch.manual_seed(5)
    net = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.Linear(256, 10))
    net(torch.zeros([2, 20]).uniform_(LOW, HIGH))
    net.apply(lambda m: nn.init.xavier_uniform_(m.weight) if type(m) is nn.Linear else None)
    for name, tensor in net.state_dict().items():
        assert torch.equal(saved[-1][name], tensor), name
    # step 3 failed: its file holds the same weights as step 2
    assert all(torch.equal(saved[3][k], saved[2][k]) for k in saved[2])


def test_exit_1_names_the_unexpected_step(tmp_path: Path) -> None:
    doc = {"format": 1, "steps": [
        {"op": "add", "layer": "Linear", "args": linear(20, 5)},
        {"op": "forward", "shape": [2, 30]},
        {"op": "add", "layer": "ReLU", "expect": "error"},
    ]}
    out = tmp_path / "out"
    result = cli("--run", str(write(tmp_path / "bad.json", doc)), "--report", str(out))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("step 1 (forward)") and lines[1].startswith("step 2 (add)")
    report = read_report(out)
    assert not report["ok"]
    assert [s["expected"] for s in report["steps"]] == [True, False, False]
    assert not list(out.glob("*.pt"))


def test_exit_2_in_a_real_process_has_no_traceback(tmp_path: Path) -> None:
    doc = {"format": 1, "steps": [{"op": "add", "layer": 7}]}
    result = cli("--run", str(write(tmp_path / "s.json", doc)), "--report", str(tmp_path / "o"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "step 0" in lines[0] and "'layer'" in lines[0]
    assert not (tmp_path / "o" / "report.json").exists()


UNUSABLE = [
    ("bad-json", '{"format": 1, "steps": [', ["JSON"]),
    ("not-utf8", b"\xff\xfe\x00{", ["UTF-8"]),
    ("layer-int", {"format": 1, "steps": [{"op": "add", "layer": 7}]}, ["step 0", "'layer'"]),
    ("shape-text", {"format": 1, "steps": [
        {"op": "add", "layer": "ReLU"}, {"op": "forward", "shape": "2x20"}]},
     ["step 1", "'shape'"]),
    ("unknown-op", {"format": 1, "steps": [{"op": "jump"}]}, ["step 0", "'jump'"]),
    ("unknown-field", {"format": 1, "steps": [{"op": "clear", "all": True}]},
     ["step 0", "'all'"]),
    ("format", {"format": 9, "steps": []}, ["format"]),
    ("too-many", {"format": 1, "steps": [{"op": "clear"}] * 10_001}, ["10001", "steps"]),
    ("nan", '{"format": 1, "steps": [{"op": "forward", "shape": [1], "low": NaN}]}', ["NaN"]),
]


@pytest.mark.parametrize(("name", "content", "words"), UNUSABLE, ids=[u[0] for u in UNUSABLE])
def test_exit_2_unusable_scenarios(tmp_path: Path, capsys, name, content, words) -> None:
    path = write(tmp_path / f"{name}.json", content)
    code = main.main(["--run", str(path), "--report", str(tmp_path / "out")])
    captured = capsys.readouterr()
    assert code == 2
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err
    for word in words:
        assert word in lines[0]
    assert not (tmp_path / "out" / "report.json").exists()


def test_exit_2_missing_file_and_unusable_report_dir(tmp_path: Path, capsys) -> None:
    assert main.main(["--run", str(tmp_path / "nope.json"), "--report", str(tmp_path)]) == 2
    assert "nope.json" in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    scenario_path = write(tmp_path / "ok.json", {"format": 1, "steps": []})
    assert main.main(["--run", str(scenario_path), "--report", str(blocker / "sub")]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize(
    "doc",
    [
        {"op": "add", "layer": "Linear", "args": {"in_features": -4, "out_features": 2}},
        {"op": "add", "layer": "Linear", "args": {"in_features": "20", "out_features": 2}},
        {"op": "add", "layer": "Dense"},
        {"op": "init", "init": "glorot_"},
        {"op": "forward", "shape": [2, 0]},
    ],
)
def test_value_errors_exit_1_with_a_report(tmp_path: Path, capsys, doc: dict) -> None:
    path = write(tmp_path / "v.json", {"format": 1, "steps": [{"op": "add", "layer": "ReLU"},
                                                              doc]})
    code = main.main(["--run", str(path), "--report", str(tmp_path / "out")])
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("step 1 (") and "Traceback" not in err
    report = read_report(tmp_path / "out")
    assert report["steps"][1]["error"]["kind"] in (
        "invalid_argument", "unknown_layer", "unknown_initializer"
    )
    # Declared as expected, the same step makes the run succeed.
    doc = {**doc, "expect": {"error": report["steps"][1]["error"]["kind"]}}
    path = write(tmp_path / "v.json", {"format": 1, "steps": [doc]})
    assert main.main(["--run", str(path), "--report", str(tmp_path / "out2")]) == 0


def test_argument_errors(capsys) -> None:
    for argv in (["--run", "x.json"], ["--report", "out"], ["--save-weights"],
                 ["--run", "x.json", "--report", "o", "--screenshot", "a.png"]):
        with pytest.raises(SystemExit) as info:
            main.main(argv)
        assert info.value.code == 2
    capsys.readouterr()
