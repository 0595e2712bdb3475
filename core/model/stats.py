"""Statistics and histograms of tensors, computed with torch in as few passes as possible."""

from __future__ import annotations

import contextlib
import math
import weakref

import numpy as np
import torch

from core.errors import INVALID_ARGUMENT, LabError
from core.messages import msg
from core.model.snapshot import Histogram, TensorStats

DEFAULT_BINS = 100
MAX_BINS = 10_000


def check_bins(bins) -> None:
    """Refuse (LabError) a bin count that is not a whole number from 1 to MAX_BINS."""
    if isinstance(bins, bool) or not isinstance(bins, int) or not 1 <= bins <= MAX_BINS:
        raise LabError(INVALID_ARGUMENT, msg(
            "bins must be a whole number from 1 to {limit}, got {value!r}.",
            limit=MAX_BINS, value=bins))
MAX_REBINNED = 64  # histograms at other bin counts kept (each is a few KiB)
_FLOAT32_MAX = float(torch.finfo(torch.float32).max)
CHUNK = 1 << 20  # values per chunk where a float64 or filtered copy is needed


def tensor_stats(tensor: torch.Tensor, bins: int = DEFAULT_BINS) -> TensorStats:
    """Mean, unbiased std, min, max and a histogram of ``tensor``.

    Statistics cover every value as torch computes them (so a nan shows as nan);
    the histogram covers only finite values, and non-finite ones are counted.
    Beside the tensor itself this needs at most one byte per value (a mask) and
    one chunk of scratch: see ``scratch_bytes``, which the memory guard counts.
    """
    with torch.no_grad():
        flat = tensor.detach().reshape(-1)
        numel = flat.numel()
        if numel == 0:
            return TensorStats(0, float("nan"), float("nan"), float("nan"), float("nan"))
        if not flat.is_floating_point():
            flat = flat.float()
        low, high = torch.aminmax(flat)
        low, high = float(low), float(high)
        # std_mean, unlike var_mean then sqrt, stays finite near float32's largest values
        std, mean = torch.std_mean(flat) if numel > 1 else (torch.tensor(float("nan")), flat[0])
        nan = posinf = neginf = 0
        finite_only = not (math.isfinite(low) and math.isfinite(high))
        shown = low, high  # min and max as torch gives them (nan, inf included)
        if finite_only:
            nan = int(torch.isnan(flat).sum())
            posinf = int(torch.isposinf(flat).sum())
            neginf = int(torch.isneginf(flat).sum())
            low, high = _finite_range(flat, low, high)
        return TensorStats(
            numel=numel,
            mean=float(mean),
            std=float(std),
            min=shown[0],
            max=shown[1],
            nan=nan,
            posinf=posinf,
            neginf=neginf,
            histogram=_histogram(flat, bins, low, high, finite_only),
        )


def scratch_bytes(numel: int) -> int:
    """Bytes ``tensor_stats`` allocates beside a float32 tensor of ``numel`` values."""
    return numel + min(numel, CHUNK) * 8 * 3  # a mask; a float64 chunk, its filtered copy


def _finite_range(flat: torch.Tensor, low: float, high: float) -> tuple[float, float]:
    """Min and max of the finite values, chunk by chunk (no copy of the tensor)."""
    lows, highs = [], []
    for chunk in flat.split(CHUNK):
        finite = chunk[torch.isfinite(chunk)]
        if finite.numel():
            a, b = torch.aminmax(finite)
            lows.append(float(a))
            highs.append(float(b))
    return (min(lows), max(highs)) if lows else (math.nan, math.nan)


def histogram(
    finite: torch.Tensor,
    bins: int = DEFAULT_BINS,
    low: float | None = None,
    high: float | None = None,
) -> Histogram:
    """``bins`` equal bins over [min, max] of finite values, with ``torch.histc``.

    A constant tensor gets a small range around its value so its single bar shows.
    Callers that know min and max pass them, sparing a pass over the data.
    """
    if finite.numel() == 0:
        return _frozen(np.zeros(bins + 1), np.zeros(bins, dtype=np.int64))
    if low is None or high is None:
        low, high = (float(v) for v in torch.aminmax(finite))
    return _histogram(finite, bins, low, high, False)


def _histogram(
    flat: torch.Tensor, bins: int, low: float, high: float, finite_only: bool
) -> Histogram:
    if not (math.isfinite(low) and math.isfinite(high)):  # no finite value at all
        return _frozen(np.zeros(bins + 1), np.zeros(bins, dtype=np.int64))
    if low == high:
        half_width = max(abs(low), 1.0) * 1e-3
        low, high = low - half_width, high + half_width
    return _frozen(edges_of(low, high, bins), histc_counts(flat, bins, low, high, finite_only))


def edges_of(low: float, high: float, bins: int) -> np.ndarray:
    """``np.linspace(low, high, bins + 1)`` bit for bit, in a fifth of its time (it is
    called for every parameter and every layer's output): numpy's own steps."""
    step = (high - low) / bins
    if step == 0 or not math.isfinite(step):
        return np.linspace(low, high, bins + 1)  # numpy's path for tiny or huge steps
    edges = np.arange(bins + 1, dtype=np.float64)
    edges *= step
    edges += low
    edges[-1] = high
    return edges


def histc_counts(
    flat: torch.Tensor, bins: int, low: float, high: float, finite_only: bool = False
) -> np.ndarray:
    """``torch.histc`` counts that neither overflow nor copy the whole tensor.

    float32 bin arithmetic overflows near finfo.max (and a bound beyond float32
    cannot even be passed), so such ranges are counted in float64, one chunk at
    a time, as are tensors whose non-finite values must be left out.
    """
    safe = max(abs(low), abs(high), (high - low) * bins) <= _FLOAT32_MAX / 4
    if safe and not finite_only and flat.dtype == torch.float32:
        return torch.histc(flat, bins=bins, min=low, max=high).numpy().astype(np.int64)
    counts = np.zeros(bins, dtype=np.int64)
    for chunk in flat.reshape(-1).split(CHUNK):
        if finite_only:
            chunk = chunk[torch.isfinite(chunk)]
        if chunk.numel():
            part = torch.histc(chunk.double(), bins=bins, min=low, max=high)
            counts += part.numpy().astype(np.int64)
    return counts


def _frozen(edges: np.ndarray, counts: np.ndarray) -> Histogram:
    edges = np.asarray(edges, dtype=np.float64)
    edges.setflags(write=False)
    counts.setflags(write=False)
    return Histogram(edges=edges, counts=counts)


class StatsCache:
    """Statistics of parameters, reused while a tensor is unchanged.

    Keyed on the tensor object and validated by its storage pointer and version
    counter: ``p.data = new`` changes the pointer without bumping ``_version``,
    an in-place op bumps ``_version`` without changing the pointer.
    """

    def __init__(self, bins: int = DEFAULT_BINS) -> None:
        self.bins = bins
        self._entries: dict[int, tuple] = {}  # id(tensor) -> (weakref, key, stats)
        self._rebinned: dict[tuple, tuple] = {}  # (id, bins) -> (weakref, key, histogram)

    def get(self, tensor: torch.Tensor) -> TensorStats:
        key = (tensor.data_ptr(), tensor._version, tuple(tensor.shape), self.bins)
        cached = self._entries.get(id(tensor))
        if cached is not None and cached[0]() is tensor and cached[1] == key:
            return cached[2]
        stats = tensor_stats(tensor, self.bins)
        ident = id(tensor)
        self._entries[ident] = (weakref.ref(tensor, lambda _: self._entries.pop(ident, None)),
                                key, stats)
        return stats

    def histogram(self, tensor: torch.Tensor, bins: int) -> Histogram:
        """``tensor``'s histogram at another bin count, computed once per unchanged tensor.

        The statistics (cached) give the range and say whether non-finite values
        must be left out, so a finite tensor costs one ``torch.histc`` pass.
        """
        stats = self.get(tensor)
        if bins == self.bins and stats.histogram is not None:
            return stats.histogram
        key = (tensor.data_ptr(), tensor._version, tuple(tensor.shape), bins)
        cached = self._rebinned.get((id(tensor), bins))
        if cached is not None and cached[0]() is tensor and cached[1] == key:
            return cached[2]
        with torch.no_grad():
            flat = tensor.detach().reshape(-1)
            if not flat.is_floating_point():
                flat = flat.float()
            if stats.nonfinite:
                low, high = _finite_range(flat, stats.min, stats.max)
                result = _histogram(flat, bins, low, high, True)
            else:
                result = histogram(flat, bins, stats.min, stats.max)
        if len(self._rebinned) >= MAX_REBINNED:
            with contextlib.suppress(RuntimeError, StopIteration, KeyError):  # another worker
                self._rebinned.pop(next(iter(self._rebinned)))  # the oldest
        self._rebinned[(id(tensor), bins)] = (weakref.ref(tensor), key, result)
        return result
