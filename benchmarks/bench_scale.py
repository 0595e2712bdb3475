"""Goal 6, scale: a deep network built at once or layer by layer, next to plain PyTorch.

    python benchmarks/bench_scale.py            # 10, 100 and 1000 layers
    python benchmarks/bench_scale.py --small    # 10 and 100 layers, once

The network alternates LazyLinear(64) and ReLU. Three programs do the same work,
each in a fresh process (import included), interleaved, medians of the repeats:

- **plain PyTorch**: build the Sequential, forward a (2, 32) batch, xavier_uniform_ on
  every Linear, then aminmax, std_mean and histc (100 bins) per parameter, and write
  them to a JSON file;
- **lab, one step**: ``main.py --run`` of a scenario that builds the network in one
  step, then forwards and initializes it (and writes report.json);
- **lab, a layer per step**: the same with one ``add`` step per layer (a snapshot,
  an undo version and a report record after every step).

Real networks, opened as users' own models (``main.py --model FILE.py:NAME --run``,
``core.open_model``) next to plain PyTorch building the same module: the
ResNet-18-style template (forward of a 1×3×32×32 N(0, 1) image, ``kaiming_normal_``
on every Conv2d) and a user's plain ``nn.Sequential`` of 1000 ``Linear(64, 64)`` and
``ReLU`` (forward of (2, 64), ``xavier_uniform_`` on every Linear).

Peak memory is each process's own maximum resident size (``os.wait4``). Every process
runs with ``OMP_WAIT_POLICY=PASSIVE``, which the lab's headless runs set for themselves
(``main.py``): plain PyTorch gets the same OpenMP, so the ratio compares the programs,
not OpenMP's spinning threads on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, Figure, emit

MB = 1000**2

PLAIN = r"""
import json, sys
import torch
from torch import nn

layers, path = int(sys.argv[1]), sys.argv[2]
torch.manual_seed(0)
net = nn.Sequential(*(nn.LazyLinear(64) if i % 2 == 0 else nn.ReLU() for i in range(layers)))
with torch.no_grad():
    net(torch.rand(2, 32))
    for module in net:
        if isinstance(module, nn.Linear):
            nn.init.xavier_uniform_(module.weight)
    stats = {}
    for name, param in net.named_parameters():
        flat = param.detach().reshape(-1)
        low, high = torch.aminmax(flat)
        std, mean = torch.std_mean(flat)
        counts = torch.histc(flat, bins=100, min=float(low), max=float(high))
        stats[name] = {"min": float(low), "max": float(high), "mean": float(mean),
                       "std": float(std), "counts": counts.tolist()}
with open(path, "w", encoding="utf-8") as handle:
    json.dump({"repr": repr(net), "parameters": stats}, handle)
"""

REAL_PLAIN = r"""
import json, sys
import torch
from torch import nn

model, path = sys.argv[1], sys.argv[2]
torch.manual_seed(0)
if model == "resnet":
    from core.model.architecture_nets import resnet18_small
    net, shape, kind = resnet18_small(), (1, 3, 32, 32), nn.Conv2d
    init = nn.init.kaiming_normal_
else:
    net = nn.Sequential(*(nn.Linear(64, 64) if i % 2 == 0 else nn.ReLU() for i in range(1000)))
    shape, kind, init = (2, 64), nn.Linear, nn.init.xavier_uniform_
x = torch.empty(shape).normal_(0.0, 1.0, generator=torch.Generator().manual_seed(0))
with torch.no_grad():
    net(x)
    for module in net.modules():
        if isinstance(module, kind):
            init(module.weight)
    stats = {}
    for name, param in net.named_parameters():
        flat = param.detach().reshape(-1)
        low, high = torch.aminmax(flat)
        std, mean = torch.std_mean(flat)
        counts = torch.histc(flat, bins=100, min=float(low), max=float(high))
        stats[name] = {"min": float(low), "max": float(high), "mean": float(mean),
                       "std": float(std), "counts": counts.tolist()}
with open(path, "w", encoding="utf-8") as handle:
    json.dump({"repr": repr(net), "parameters": stats}, handle)
"""

REAL_MODELS = """
import torch.nn as nn

from core.model.architecture_nets import resnet18_small as resnet


def deep():
    return nn.Sequential(*(nn.Linear(64, 64) if i % 2 == 0 else nn.ReLU() for i in range(1000)))
"""

REAL_STEPS = {
    "resnet": [{"op": "forward", "shape": [1, 3, 32, 32], "fill": "normal", "seed": 0},
               {"op": "init", "init": "kaiming_normal_", "types": ["Conv2d"]}],
    "deep": [{"op": "forward", "shape": [2, 64], "fill": "normal", "seed": 0},
             {"op": "init", "init": "xavier_uniform_", "types": ["Linear"]}],
}


def scenario(layers: int, one_step: bool) -> dict:
    """The network built in one ``build`` step or one ``add`` per layer, forwarded, initialized."""
    specs = [{"layer": "LazyLinear", "args": {"out_features": 64}} if i % 2 == 0
             else {"layer": "ReLU"} for i in range(layers)]
    steps = [{"op": "build", "layers": specs}] if one_step else [{"op": "add", **s} for s in specs]
    steps += [{"op": "forward", "shape": [2, 32]},
              {"op": "init", "init": "xavier_uniform_", "types": ["Linear"]}]
    return {"format": 1, "seed": 0, "steps": steps}


def write_scenarios(folder: Path, sizes: list[int]) -> None:
    for layers in sizes:
        for one_step in (True, False):
            path = folder / f"{'one' if one_step else 'steps'}-{layers}.json"
            path.write_text(json.dumps(scenario(layers, one_step)), encoding="utf-8")


def real_commands(folder: Path) -> dict[str, list[str]]:
    """Plain PyTorch and the lab (``--model``) on each real network, by program name."""
    (folder / "real_models.py").write_text(REAL_MODELS, encoding="utf-8")
    python, found = sys.executable, {}
    for model, steps in REAL_STEPS.items():
        path = folder / f"real-{model}.json"
        path.write_text(json.dumps({"format": 1, "seed": 0, "steps": steps}), encoding="utf-8")
        found[f"plain {model}"] = [python, "-c", REAL_PLAIN, model,
                                   str(folder / f"plain-{model}.json")]
        found[f"lab {model}"] = [python, str(ROOT / "main.py"), "--model",
                                 f"{folder / 'real_models.py'}:{model}", "--run", str(path),
                                 "--report", str(folder / f"lab-{model}")]
    return found


def run_child(command: list[str]) -> tuple[float, int]:
    """(seconds, peak resident bytes) of one child process; raises if it failed."""
    started = time.perf_counter()
    env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE"}  # as main.py --run sets it
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{error}")
    return seconds, usage.ru_maxrss * 1024  # ru_maxrss is in KiB on Linux


def commands(folder: Path, layers: int) -> dict[str, list[str]]:
    python = sys.executable
    return {
        "plain": [python, "-c", PLAIN, str(layers), str(folder / f"plain-{layers}.json")],
        "one": [python, str(ROOT / "main.py"), "--run", str(folder / f"one-{layers}.json"),
                "--report", str(folder / f"one-{layers}")],
        "steps": [python, str(ROOT / "main.py"), "--run", str(folder / f"steps-{layers}.json"),
                  "--report", str(folder / f"steps-{layers}")],
    }


def measure(sizes: list[int], repeats: int) -> dict[tuple[str, int], tuple[float, int]]:
    """Median seconds and peak bytes per (program, layers); every program interleaved."""
    import statistics

    with tempfile.TemporaryDirectory(prefix="lil-scale-") as name:
        folder = Path(name)
        write_scenarios(folder, sizes)
        runs: dict[tuple[str, int], list[tuple[float, int]]] = {}
        for _ in range(repeats):
            for layers in sizes:
                for program, command in commands(folder, layers).items():
                    runs.setdefault((program, layers), []).append(run_child(command))
            for program, command in real_commands(folder).items():
                runs.setdefault((program, 0), []).append(run_child(command))
    return {key: (statistics.median(s for s, _ in values), max(m for _, m in values))
            for key, values in runs.items()}


def figures(results: dict, sizes: list[int]) -> list[Figure]:
    big, base = sizes[-1], sizes[-2]
    plain_s, _ = results[("plain", big)]
    one_s, _ = results[("one", big)]
    steps_s, steps_peak = results[("steps", big)]
    base_s, _ = results[("steps", base)]
    table = "; ".join(
        f"{layers} layers: plain {results[('plain', layers)][0]:.1f} s "
        f"{results[('plain', layers)][1] / MB:.0f} MB, one step "
        f"{results[('one', layers)][0]:.1f} s {results[('one', layers)][1] / MB:.0f} MB, "
        f"per step {results[('steps', layers)][0]:.1f} s "
        f"{results[('steps', layers)][1] / MB:.0f} MB" for layers in sizes)
    real = [
        Figure("6. scale", f"{title}, opened with --model, forward, init / plain PyTorch",
               results[(f"lab {model}", 0)][0] / results[(f"plain {model}", 0)][0], "x", 1.5,
               detail=f"{results[(f'lab {model}', 0)][0]:.1f} s "
                      f"{results[(f'lab {model}', 0)][1] / MB:.0f} MB / "
                      f"{results[(f'plain {model}', 0)][0]:.1f} s "
                      f"{results[(f'plain {model}', 0)][1] / MB:.0f} MB")
        for model, title in (("resnet", "ResNet-18-style template"),
                             ("deep", "a user's Sequential of 1000 layers"))]
    return real + [
        Figure("6. scale", f"{big} layers in one step, forward, init / plain PyTorch",
               one_s / plain_s, "x", 1.5, detail=f"{one_s:.1f} s / {plain_s:.1f} s"),
        Figure("6. scale", f"{big} layers, one per step / {base} layers, one per step",
               steps_s / base_s, "x", 15.0 if big >= 10 * base else None,
               detail=f"{steps_s:.1f} s / {base_s:.1f} s"),
        Figure("6. scale", f"{big} layers, one per step: peak memory", steps_peak / MB, "MB",
               1000.0, detail=table),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="10 and 100 layers, once")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    sizes = [10, 100] if args.small else [10, 100, 1000]
    results = measure(sizes, 1 if args.small else args.repeats)
    print("layers  plain PyTorch        lab, one step        lab, a layer per step")
    for layers in sizes:
        cells = [f"{results[(p, layers)][0]:6.2f} s {results[(p, layers)][1] / MB:6.0f} MB"
                 for p in ("plain", "one", "steps")]
        print(f"{layers:6d}  " + "   ".join(cells))
    for model in REAL_STEPS:
        cells = [f"{results[(f'{p} {model}', 0)][0]:6.2f} s "
                 f"{results[(f'{p} {model}', 0)][1] / MB:6.0f} MB" for p in ("plain", "lab")]
        print(f"{model:>6}  " + "   ".join(cells))
    emit(figures(results, sizes), "Scale")


if __name__ == "__main__":
    main()
