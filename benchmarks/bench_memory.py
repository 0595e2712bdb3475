"""Goal 5, memory: materializing the reference network, its snapshot, the undo history's bound.

    python benchmarks/bench_memory.py            # the reference network (about 33.6M params)
    python benchmarks/bench_memory.py --small    # width 256

Measured in a fresh child process from /proc/self/status: VmRSS (resident now)
and VmHWM (the peak, reset through /proc/self/clear_refs before each step), so
a temporary copy shows even when it is freed before the step returns.
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys

from _common import ROOT, Figure, emit

MIB = 1024**2


def _status(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise KeyError(field)


def rss() -> int:
    return _status("VmRSS")


def reset_peak() -> None:
    with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
        clear.write("5")  # resets VmHWM to the current RSS


def peak() -> int:
    return _status("VmHWM")


def child(width: int) -> dict:
    """Runs in the fresh process; returns bytes measured around each step."""
    from core.model import capture
    from core.model.inputs import input_spec
    from core.model.lab import Lab
    from core.model.network import sequential
    from core.model.stats import StatsCache

    warm = Lab()  # torch's allocator, thread pool and kernels warmed on a tiny net
    warm.add("LazyLinear", {"out_features": 8})
    warm.forward(input_spec([2, 8]))
    warm.initialize("orthogonal_", layers=["0"])
    del warm

    lab = Lab()
    for layer, args in (("LazyLinear", {"out_features": width}), ("ReLU", None),
                        ("LazyLinear", {"out_features": width}), ("ReLU", None),
                        ("LazyLinear", {"out_features": 10})):
        lab.add(layer, args)
    gc.collect()
    before = rss()
    reset_peak()
    lab.forward(input_spec([2, width]))
    gc.collect()
    after_forward, forward_peak = rss(), peak()
    param_bytes = sum(p.numel or 0 for p in lab.snapshot.parameters) * 4

    version = lab.version
    net = sequential(version.network, version.modules)
    reset_peak()
    base = rss()
    snapshot = capture.take(version.network, net, StatsCache(), "again", "forward")
    snapshot_peak = peak() - base
    assert snapshot.total_params * 4 == param_bytes

    # Undo history: each orthogonal_ keeps the weights it replaced; a bound drops the oldest.
    limit = 2 * width * width * 4 + width * 4  # room for two replaced first-layer weights
    lab.set_history_limit(limit)
    for _ in range(4):
        lab.initialize("normal_", {"std": 0.02}, layers=["0"])
    gc.collect()
    return {"param_bytes": param_bytes, "before": before, "after_forward": after_forward,
            "forward_peak": forward_peak, "snapshot_peak": snapshot_peak,
            "history_limit": limit, "history_bytes": lab.history_bytes(),
            "history_steps": len(lab.history.undo)}


def measure(width: int) -> list[Figure]:
    out = subprocess.run([sys.executable, __file__, "--child", str(width)], cwd=ROOT,
                         capture_output=True, text=True, check=True, timeout=600)
    m = json.loads(out.stdout.strip().splitlines()[-1])
    params = m["param_bytes"]
    grown = m["after_forward"] - m["before"]
    return [
        Figure("5. memory", f"materializing: resident growth / parameter bytes (width {width})",
               grown / params, "x", 1.2,
               detail=f"{grown / MIB:.0f} MiB for {params / MIB:.0f} MiB of parameters; "
                      f"peak during the forward pass {(m['forward_peak'] - m['before']) / MIB:.0f}"
                      " MiB above the start"),
        Figure("5. memory", "full snapshot: peak extra memory / parameter bytes",
               100 * m["snapshot_peak"] / params, "%", 10.0,
               detail=f"{m['snapshot_peak'] / MIB:.1f} MiB at peak while every histogram and "
                      "statistic is computed again"),
        Figure("5. memory", "undo history kept / its memory bound",
               m["history_bytes"] / m["history_limit"], "x", 1.0,
               detail=f"{m['history_steps']} steps, {m['history_bytes'] / MIB:.0f} MiB kept "
                      f"after 4 re-initializations with a {m['history_limit'] / MIB:.0f} MiB "
                      "bound"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="width 256 instead of 4096")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    emit(measure(256 if args.small else 4096), "Memory")


if __name__ == "__main__":
    main()
