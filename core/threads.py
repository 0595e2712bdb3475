"""How many threads torch computes with while a window must stay responsive."""

from __future__ import annotations

import os
from contextlib import contextmanager

import torch

_ENV = ("OMP_NUM_THREADS", "MKL_NUM_THREADS")


def available_cores() -> int:
    """Cores this process may run on (its affinity), at least 1."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def reserve_ui_core() -> int:
    """Leave one core to the UI thread: torch's intra-op threads get the others (at least 1).

    With as many torch threads as cores, a long operation on a worker (orthogonal_
    on 4096×4096, a big forward pass) keeps every core busy and the event loop
    waits for one: stalls of 100 ms and more were measured on 2 cores, under 50 ms
    with one thread left free, and orthogonal_ was not slower. A thread count the
    user set through OMP_NUM_THREADS or MKL_NUM_THREADS is kept. Returns the count.
    """
    if any(os.environ.get(name) for name in _ENV):
        return torch.get_num_threads()
    threads = max(1, available_cores() - 1)
    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)
    return threads


@contextmanager
def one_thread():
    """Run the block with one intra-op thread, then restore the count (also on error).

    Training uses it so its curves are the same bit for bit in the window (cores − 1
    threads), headless (torch's default) and in an exported script: with several threads
    a reduction (BatchNorm's statistics, a matmul) is split differently and rounds
    differently. Tiny networks also train 10–30 times faster on one thread than on two.
    """
    previous = torch.get_num_threads()
    if previous != 1:
        torch.set_num_threads(1)
    try:
        yield
    finally:
        if torch.get_num_threads() != previous:
            torch.set_num_threads(previous)
