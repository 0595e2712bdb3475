"""The lab's bookkeeping against the same work in plain torch, measured side by side.

    python benchmarks/bench_core.py            # the reference network (about 33.6M params)
    python benchmarks/bench_core.py --small    # a quick run of the same code

Prints ratios (lab time / plain time), the median of interleaved repeats: these
machines are noisy, so absolute times drift but ratios measured together hold.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.inputs import input_spec  # noqa: E402
from core.lab import Lab  # noqa: E402


def plain_forward_and_stats(width: int) -> None:
    """What a notebook user writes: build, forward, then histc and stats per parameter."""
    net = nn.Sequential(nn.LazyLinear(width), nn.ReLU(), nn.LazyLinear(width), nn.ReLU(),
                        nn.LazyLinear(10))
    with torch.no_grad():
        net(torch.rand(2, width))
        for param in net.parameters():
            low, high = torch.aminmax(param)
            torch.histc(param, bins=100, min=float(low), max=float(high))
            torch.std_mean(param)


def lab_forward_and_snapshot(width: int) -> None:
    lab = Lab()
    for out_features in (width, None, width, None, 10):
        if out_features is None:
            lab.add("ReLU")
        else:
            lab.add("LazyLinear", {"out_features": out_features})
    lab.forward(input_spec([2, width]))


def plain_orthogonal(width: int) -> None:
    weight = torch.empty(width, width)
    nn.init.orthogonal_(weight)


def lab_orthogonal(lab: Lab) -> None:
    lab.initialize("orthogonal_", types=["Linear"], layers=["0"])


def ratio(lab_run, plain_run, repeats: int) -> tuple[float, float, float]:
    lab_times, plain_times = [], []
    for _ in range(repeats):  # interleaved, so drift hits both alike
        start = time.perf_counter()
        plain_run()
        plain_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        lab_run()
        lab_times.append(time.perf_counter() - start)
    lab_median, plain_median = statistics.median(lab_times), statistics.median(plain_times)
    return lab_median / plain_median, lab_median, plain_median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="width 256 instead of 4096")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    width = 256 if args.small else 4096
    torch.set_num_threads(max(torch.get_num_threads(), 1))
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, width {width}")

    r, lab_s, plain_s = ratio(lambda: lab_forward_and_snapshot(width),
                              lambda: plain_forward_and_stats(width), args.repeats)
    print(f"forward + full snapshot: lab / plain torch = {r:.2f}x "
          f"(lab {lab_s * 1000:.0f} ms, plain {plain_s * 1000:.0f} ms)")

    lab = Lab()
    lab.add("Linear", {"in_features": width, "out_features": width})
    r, lab_s, plain_s = ratio(lambda: lab_orthogonal(lab), lambda: plain_orthogonal(width),
                              args.repeats)
    print(f"orthogonal_ on {width}x{width} + snapshot: lab / plain torch = {r:.2f}x "
          f"(lab {lab_s * 1000:.0f} ms, plain {plain_s * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
