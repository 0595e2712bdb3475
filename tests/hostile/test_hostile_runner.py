"""Values inside the documented ranges never end a headless run with a traceback.

Each becomes an explained step error (exit 1), a usable result, or an unusable-file
message (exit 2); a run never leaves an earlier report or a partial file behind.
"""

from __future__ import annotations

import errno
import json
import math
import resource
import signal
import subprocess
import sys

import pytest
import torch

from core.errors import INVALID_ARGUMENT, RUNTIME
from tests.hostile.helpers import ROOT, cli, leftovers, linear, read_report, run, scenario, write

FLOAT32_MAX = torch.finfo(torch.float32).max


def test_constant_near_float32_max_is_histogrammed(tmp_path, capsys) -> None:
    value = float(torch.tensor(3.4e38))
    doc = scenario(linear(), {"op": "init", "init": "constant_", "args": {"val": 3.4e38}},
                   {"op": "init", "init": "constant_", "args": {"val": -3.4e38}})
    code, err = run(capsys, write(tmp_path / "s.json", doc), tmp_path / "out")
    assert code == 0, err
    steps = read_report(tmp_path / "out")["steps"]
    for step, sign in ((steps[1], 1), (steps[2], -1)):
        weight = step["parameters"][0]
        assert weight["min"] == weight["max"] == sign * value
        hist = weight["histogram"]
        assert sum(hist["counts"]) == 12  # every value counted, none lost to overflow
        assert hist["edges"][0] <= sign * value <= hist["edges"][-1]


def test_a_weights_file_of_float32_extremes_loads_and_is_histogrammed(tmp_path, capsys) -> None:
    weight = torch.tensor([[FLOAT32_MAX, -FLOAT32_MAX], [3.4e38, -3.4e38], [0.0, 1.0]])
    torch.save({"0.weight": weight, "0.bias": torch.zeros(3)}, tmp_path / "w.pt")
    doc = scenario(linear(2, 3), {"op": "load_weights", "path": "w.pt"},
                   {"op": "compare", "inits": ["default"], "layers": []})
    code, err = run(capsys, write(tmp_path / "s.json", doc), tmp_path / "out")
    assert code in (0, 1), err  # no traceback: the compare of no layer may be refused
    record = read_report(tmp_path / "out")["steps"][1]["parameters"][0]
    assert record["max"] == float(weight.max()) and record["min"] == float(weight.min())
    assert sum(record["histogram"]["counts"]) == weight.numel()


def test_a_huge_leaky_relu_gain_param_is_explained(tmp_path, capsys) -> None:
    gain = {"nonlinearity": "leaky_relu", "param": 1e200}
    with pytest.raises(OverflowError):  # what PyTorch itself does with it
        torch.nn.init.calculate_gain("leaky_relu", 1e200)
    doc = scenario(linear(), {"op": "init", "init": "xavier_uniform_", "args": {"gain": gain}})
    code, err = run(capsys, write(tmp_path / "s.json", doc), tmp_path / "out")
    assert code == 1 and "Traceback" not in err
    error = read_report(tmp_path / "out")["steps"][1]["error"]
    assert error["kind"] == INVALID_ARGUMENT and "param" in error["message"]


def test_trunc_normal_with_b_a_hair_above_a_compares_without_a_curve(tmp_path, capsys) -> None:
    args = {"mean": 0.0, "std": 1e-30, "a": 0.0, "b": 1e-300}
    doc = scenario(linear(), {"op": "compare", "inits": [{"init": "trunc_normal_", "args": args}]})
    code, err = run(capsys, write(tmp_path / "s.json", doc), tmp_path / "out")
    assert code == 0, err
    series = read_report(tmp_path / "out")["steps"][1]["compare"]["overlays"][0]["series"][0]
    assert series["expected_counts"] is None and "cannot be computed" in series["note"]
    drawn = torch.nn.init.trunc_normal_(torch.empty(3, 4), **args)  # what torch draws
    assert series["measured_mean"] == pytest.approx(float(drawn.mean()), abs=1e-300)


@pytest.mark.parametrize("depth", [40, 985])
def test_a_deeply_nested_argument_is_an_unusable_file(tmp_path, capsys, depth) -> None:
    nested = "[" * depth + "]" * depth
    text = ('{"format": 1, "steps": [{"op": "add", "layer": "Linear", "args": '
            f'{{"in_features": {nested}, "out_features": 3}}}}]}}')
    code, err = run(capsys, write(tmp_path / "s.json", text), tmp_path / "out")
    assert code == 2 and "deep" in err and "Traceback" not in err
    assert len(err) < 600


def test_an_out_of_range_number_says_so(tmp_path, capsys) -> None:
    text = '{"format": 1, "steps": [{"op": "forward", "shape": [2, 4], "low": -1e400}]}'
    code, err = run(capsys, write(tmp_path / "s.json", text), tmp_path / "out")
    assert code == 2 and "out of range" in err and "-1e400" in err
    assert math.isinf(json.loads(text)["steps"][0]["low"])  # what json alone would make of it


def test_an_unforeseen_exception_is_a_step_error(tmp_path, capsys, monkeypatch) -> None:
    def broken(self):
        raise ZeroDivisionError("float division by zero")

    monkeypatch.setattr("core.model.lab.Lab.reset", broken)
    doc = scenario(linear(), {"op": "reset"}, {"op": "forward", "shape": [2, 4]})
    code, err = run(capsys, write(tmp_path / "s.json", doc), tmp_path / "out")
    assert code == 1 and "failed unexpectedly" in err
    steps = read_report(tmp_path / "out")["steps"]
    assert steps[1]["error"]["kind"] == RUNTIME
    assert steps[2]["ok"]  # the network was left as it was: the next step runs on it


def _fill_disk(state, handle):
    handle.write(b"PK\x03\x04 half a file")
    raise RuntimeError("[enforce fail at inline_container.cc:603] . PytorchStreamWriter "
                       "failed writing file data/0: file write failed")


def test_a_full_disk_during_save_weights_is_exit_2_and_leaves_nothing(tmp_path, capsys,
                                                                     monkeypatch) -> None:
    out = tmp_path / "out"
    doc = scenario(linear(), {"op": "forward", "shape": [2, 4]})
    path = write(tmp_path / "s.json", doc)
    assert run(capsys, path, out, "--save-weights")[0] == 0
    assert (out / "report.json").exists() and (out / "step-001.pt").exists()
    monkeypatch.setattr("core.io.weights.torch.save", _fill_disk)
    code, err = run(capsys, path, out, "--save-weights")
    assert code == 2 and "cannot write" in err and "file write failed" in err
    assert "Traceback" not in err
    assert not (out / "report.json").exists()  # the earlier run's report is gone too
    assert not list(out.glob("step-*.pt")) and leftovers(out) == []


def test_a_full_disk_at_the_report_rename_is_exit_2(tmp_path, capsys, monkeypatch) -> None:
    def no_space(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("core.io.report.os.replace", no_space)
    code, err = run(capsys, write(tmp_path / "s.json", scenario(linear())), tmp_path / "out")
    assert code == 2 and "No space left on device" in err
    assert leftovers(tmp_path / "out") == [] and not (tmp_path / "out/report.json").exists()


def test_an_earlier_report_and_figures_never_outlive_a_run(tmp_path, capsys) -> None:
    out = tmp_path / "out"
    good = write(tmp_path / "good.json", scenario(
        linear(), {"op": "compare", "inits": ["default", "ones_"]}))
    assert run(capsys, good, out)[0] == 0
    assert read_report(out)["ok"] and list((out / "figures").glob("*.svg"))
    failing = write(tmp_path / "bad.json", scenario(linear(), {"op": "forward", "shape": [2, 5]}))
    assert run(capsys, failing, out)[0] == 1
    assert read_report(out)["ok"] is False
    assert not list((out / "figures").glob("*.svg"))  # the first run's figures went with it
    write(tmp_path / "broken.json", "{not json")
    assert run(capsys, tmp_path / "broken.json", out)[0] == 2
    assert not (out / "report.json").exists() and leftovers(out) == []


def test_the_command_itself_exits_1_without_a_traceback(tmp_path) -> None:
    doc = scenario(linear(), {"op": "init", "init": "xavier_normal_",
                              "args": {"gain": {"nonlinearity": "leaky_relu", "param": 1e300}}})
    done = cli("--run", str(write(tmp_path / "s.json", doc)), "--report", str(tmp_path / "o"))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "step 1 (init)" in done.stderr


def _small_disk() -> None:
    """In the child: files may not grow past 100 kB, as on a nearly full disk."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() then fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))


def test_a_really_full_disk_during_save_weights(tmp_path) -> None:
    doc = scenario(linear(300, 300), {"op": "forward", "shape": [2, 300]})
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--run", str(write(tmp_path / "s.json", doc)),
         "--report", str(out), "--save-weights"],
        cwd=ROOT, capture_output=True, text=True, timeout=180, preexec_fn=_small_disk)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "could not be written whole" in done.stderr
    assert list(out.iterdir()) == []  # no report, no weights, no partial file
