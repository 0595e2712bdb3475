"""``main.py --model FILE.py:NAME``: headless runs equal plain PyTorch; broken files exit 2.

The plain PyTorch run is computed here: ``torch.manual_seed(seed); net = make_net(); ...``.
"""

from __future__ import annotations

import json
import runpy

import pytest
import torch
import torch.nn as nn
from torch.nn.parameter import is_lazy

import main
from core.model.model_file import ModelFileError, load_model
from tests.core.d2l_models import MODEL_FILE

SEED = 11
STEPS = [
    {"op": "forward", "shape": [2, 3, 8, 8]},
    {"op": "init", "init": "kaiming_normal_", "types": ["Conv2d"]},
    {"op": "init", "init": "xavier_uniform_", "layers": ["2"], "types": ["Conv2d"], "seed": 5},
    {"op": "forward", "shape": [2, 3, 8, 8], "mode": "eval"},
    {"op": "add", "layer": "ReLU", "expect": "error"},
]


@pytest.fixture
def model_file(tmp_path):
    path = tmp_path / "my_net_cli.py"
    path.write_text(MODEL_FILE + "\n\ndef make_net():\n    return resnet()\n", "utf-8")
    return path


def run(tmp_path, spec: str, steps=STEPS, extra=()) -> tuple[int, dict | None]:
    scenario = tmp_path / "steps.json"
    scenario.write_text(json.dumps({"format": 1, "seed": SEED, "steps": steps}), "utf-8")
    report = tmp_path / "out"
    code = main.main(["--model", spec, "--run", str(scenario), "--report", str(report),
                      *extra])
    path = report / "report.json"
    return code, json.loads(path.read_text("utf-8")) if path.exists() else None


def plain_pytorch(path) -> tuple[nn.Module, list[dict], list]:
    """The same steps written by hand; the state after each step and each forward's calls."""
    namespace = runpy.run_path(str(path))
    torch.manual_seed(SEED)
    net = namespace["make_net"]()
    states, calls = [], []

    def forward(mode):
        net.train(mode == "train")
        x = torch.rand(2, 3, 8, 8)
        order = []
        names = {id(m): n for n, m in reversed(list(net.named_modules())[1:])}
        handles = [m.register_forward_pre_hook(lambda m, a: order.append(names[id(m)]))
                   for _, m in list(net.named_modules())[1:]]
        with torch.no_grad():
            net(x)
        for handle in handles:
            handle.remove()
        calls.append(order)

    forward("train")
    states.append({k: v.clone() for k, v in net.state_dict().items()})
    net.apply(lambda m: type(m) is nn.Conv2d and nn.init.kaiming_normal_(m.weight))
    states.append({k: v.clone() for k, v in net.state_dict().items()})
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(5)
        net[2].apply(lambda m: type(m) is nn.Conv2d and nn.init.xavier_uniform_(m.weight))
    states.append({k: v.clone() for k, v in net.state_dict().items()})
    forward("eval")
    states.append({k: v.clone() for k, v in net.state_dict().items()})
    return net, states, calls


def test_a_headless_run_on_your_own_model_equals_plain_pytorch(tmp_path, model_file):
    code, report = run(tmp_path, f"{model_file}:make_net", extra=["--save-weights"])
    assert code == 0 and report["ok"]
    net, states, calls = plain_pytorch(model_file)
    steps = report["steps"]
    for index, state in enumerate(states):
        saved = torch.load(tmp_path / "out" / f"step-{index:03d}.pt", weights_only=True)
        assert list(saved) == [k for k, v in state.items() if not is_lazy(v)]
        for key, value in saved.items():
            assert torch.equal(value, state[key]), (index, key)
    final = steps[3]
    assert final["repr"] == repr(net)
    assert [m["name"] for m in final["modules"]] == [n for n, _ in net.named_modules()][1:]
    assert [(p["name"], p["shape"]) for p in final["parameters"]] == [
        (n, list(p.shape)) for n, p in net.named_parameters()]
    assert [t["name"] for t in steps[0]["trace"]] == calls[0]
    assert [t["name"] for t in final["trace"]] == calls[1]
    refused = steps[4]
    assert not refused["ok"] and refused["expected"]
    assert "structure" in refused["error"]["message"]


def test_the_exported_script_imports_the_factory_and_gives_back_the_weights(
        tmp_path, model_file):
    script = tmp_path / "exported.py"
    code, _ = run(tmp_path, f"{model_file}:make_net", STEPS[:4], ["--export-code", str(script)])
    assert code == 0
    source = script.read_text("utf-8")
    assert "from my_net_cli import make_net" in source and "class Residual" not in source
    exported = runpy.run_path(str(script))["net"]
    net, states, _ = plain_pytorch(model_file)
    for key, value in states[-1].items():
        assert torch.equal(exported.state_dict()[key], value), key


def test_a_module_level_network_is_taken_as_it_is(tmp_path):
    path = tmp_path / "level.py"
    path.write_text("from torch import nn\nnet = nn.Sequential(nn.LazyLinear(3), nn.ReLU())\n")
    code, report = run(tmp_path, f"{path}:net", [{"op": "forward", "shape": [2, 5]}])
    assert code == 0
    assert [p["shape"] for p in report["steps"][0]["parameters"]] == [[3, 5], [3]]


BROKEN = {
    "syntax": ("import torch\n\ndef make_net(:\n    pass\n", "syntax.py:3: def make_net(:"),
    "raises": ("def helper():\n    return 1 / 0\n\n\ndef make_net():\n    return helper()\n",
               "raises.py:2: return 1 / 0"),
    "returns_int": ("def make_net():\n    return 42\n", "returns_int.py:1: def make_net():"),
    "top_level": ("import torch\nlayer = torch.nn.Linear(2)\n",
                  "top_level.py:2: layer = torch.nn.Linear(2)"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_model_file_exits_2_with_one_line_naming_the_users_line(
        tmp_path, capsys, name):
    text, line = BROKEN[name]
    path = tmp_path / f"{name}.py"
    path.write_text(text, "utf-8")
    code, report = run(tmp_path, f"{path}:make_net")
    err = capsys.readouterr().err.strip()
    assert code == 2 and report is None
    assert len(err.splitlines()) == 1 and line in err
    if name == "returns_int":
        assert "returned int, not an nn.Module" in err
    with pytest.raises(ModelFileError):
        load_model(f"{path}:make_net")
    assert name not in __import__("sys").modules  # a failed file leaves nothing behind


def test_a_missing_name_or_file_is_explained(tmp_path, model_file, capsys):
    assert run(tmp_path, f"{model_file}:nope")[0] == 2
    err = capsys.readouterr().err
    assert "has no nope" in err and "make_net" in err  # the names it does define
    assert run(tmp_path, str(tmp_path / "missing.py") + ":make_net")[0] == 2
    assert "no such file" in capsys.readouterr().err
    assert run(tmp_path, "no_colon_here")[0] == 2
    assert "FILE.py:NAME" in capsys.readouterr().err


def test_in_a_real_process_a_raising_factory_is_one_line_and_exit_2(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    path = tmp_path / "raising_model.py"
    path.write_text("def make_net():\n    raise ValueError('no GPU here')\n", "utf-8")
    scenario = tmp_path / "s.json"
    scenario.write_text('{"format": 1, "steps": []}', "utf-8")
    root = Path(main.__file__).resolve().parent
    done = subprocess.run(
        [sys.executable, str(root / "main.py"), "--model", f"{path}:make_net", "--run",
         str(scenario), "--report", str(tmp_path / "out")],
        capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"main.py: --model {path}:make_net: make_net() in raising_model.py raised "
        "ValueError: no GPU here at raising_model.py:2: raise ValueError('no GPU here')"]


def test_model_with_load_or_lesson_is_a_command_line_mistake(capsys):
    with pytest.raises(SystemExit) as exit_:
        main.parse_args(["--model", "a.py:f", "--load", "s.json"])
    assert exit_.value.code == 2 and "--model" in capsys.readouterr().err


def test_a_failure_in_a_helper_the_model_imports_names_the_helpers_line(tmp_path, capsys):
    (tmp_path / "net_helpers.py").write_text("def build():\n    return {}['missing']\n")
    path = tmp_path / "uses_helpers.py"
    path.write_text("import net_helpers\n\n\ndef make_net():\n    return net_helpers.build()\n")
    assert run(tmp_path, f"{path}:make_net")[0] == 2
    assert "net_helpers.py:2: return {}['missing']" in capsys.readouterr().err
