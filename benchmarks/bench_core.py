"""Goal 2: the lab's bookkeeping against the same work in plain torch, measured side by side.

    python benchmarks/bench_core.py            # the reference network (about 33.6M params)
    python benchmarks/bench_core.py --small    # a quick run of the same code

The reference network is LazyLinear(4096), ReLU, LazyLinear(4096), ReLU,
LazyLinear(10) on a (2, 4096) input. Figures are lab time / plain time, the
medians of interleaved repeats: absolute times drift on a busy machine, ratios
measured together hold.
"""

from __future__ import annotations

import argparse

import torch
from _common import Figure, emit, interleaved
from torch import nn

from core.model.inputs import input_spec
from core.model.lab import Lab


def reference_steps(width: int) -> list[tuple[str, dict | None]]:
    return [("LazyLinear", {"out_features": width}), ("ReLU", None),
            ("LazyLinear", {"out_features": width}), ("ReLU", None),
            ("LazyLinear", {"out_features": 10})]


def plain_forward_and_stats(width: int) -> None:
    """What a notebook user writes: build, forward, then histc and stats per parameter."""
    net = nn.Sequential(nn.LazyLinear(width), nn.ReLU(), nn.LazyLinear(width), nn.ReLU(),
                        nn.LazyLinear(10))
    with torch.no_grad():
        net(torch.rand(2, width))
        for param in net.parameters():
            torch.histc(param, bins=100)
            torch.std_mean(param)
            torch.aminmax(param)


def lab_forward_and_snapshot(width: int) -> None:
    """Build, forward: the snapshot holds every histogram and statistic afterwards."""
    lab = Lab()
    for layer, args in reference_steps(width):
        lab.add(layer, args)
    lab.forward(input_spec([2, width]))  # uniform in [0, 1), like torch.rand


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="width 256 instead of 4096")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    width = 256 if args.small else 4096
    repeats = 1 if args.small else args.repeats
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, width {width}")

    times = interleaved({"plain": lambda: plain_forward_and_stats(width),
                         "lab": lambda: lab_forward_and_snapshot(width)}, repeats)
    figures = [Figure(
        "2. big network", f"forward + full snapshot / plain torch (width {width})",
        times["lab"] / times["plain"], "x", 1.1,
        detail=f"lab {times['lab'] * 1000:.0f} ms, plain {times['plain'] * 1000:.0f} ms "
               f"(forward, then torch.histc, std_mean, aminmax per parameter), "
               f"medians of {repeats}")]

    lab = Lab()
    lab.add("Linear", {"in_features": width, "out_features": width})
    weight = torch.empty(width, width)
    times = interleaved({
        "plain": lambda: nn.init.orthogonal_(weight),
        "lab": lambda: lab.initialize("orthogonal_", layers=["0"]),
    }, min(repeats, 3))  # seconds each at 4096: three pairs tell the ratio
    figures.append(Figure(
        "2. big network", f"orthogonal_ on {width}×{width} + snapshot / plain torch",
        times["lab"] / times["plain"], "x",
        detail=f"lab {times['lab'] * 1000:.0f} ms, plain {times['plain'] * 1000:.0f} ms "
               "(the lab adds the weight's histogram and statistics)"))
    emit(figures, "Core")


if __name__ == "__main__":
    main()
