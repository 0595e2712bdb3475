"""The memory guard: estimate an allocation and refuse it before it happens.

Estimates are cheap closed forms (or a meta-device construction, which costs
about a millisecond); a meta-device forward pass is avoided on purpose because
its first use imports ``torch._dynamo`` (about a second).
"""

from __future__ import annotations

import math
import os

import torch
import torch.nn as nn
from torch.nn.modules.lazy import LazyModuleMixin

from core.errors import TOO_LARGE, LabError
from core.messages import msg

DEFAULT_FRACTION = 0.5  # of the memory available when the operation starts
FLOAT_BYTES = 4


def available_bytes() -> int:
    """Memory the system can still give us (MemAvailable), or physical memory."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return 8 * 1024**3


def default_limit() -> int:
    return int(available_bytes() * DEFAULT_FRACTION)


def human_bytes(count: float) -> str:
    count = min(count, 2**1000)  # a huge int would overflow the float division below
    for unit in ("bytes", "KiB", "MiB", "GiB", "TiB"):
        if abs(count) < 1024 or unit == "TiB":
            return f"{count:.0f} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1024
    raise AssertionError


def check(nbytes: int, limit: int, what, advice: str, layer: str | None = None) -> None:
    """Refuse with ``too_large`` when ``nbytes`` exceeds ``limit``. ``what`` may be a
    function giving the text, called only then (checks made for every layer of a deep
    network would otherwise word a message a thousand times for nothing)."""
    if nbytes > limit:
        what = what() if callable(what) else what
        raise LabError(
            TOO_LARGE,
            msg(
                "{what} would need about {size}, more than the {limit} this lab allows; {advice}",
                what=what, size=human_bytes(nbytes), limit=human_bytes(limit), advice=advice,
            ),
            layer=layer,
        )


def materialization_elements(module: nn.Module, x: torch.Tensor) -> int:
    """Elements an uninitialized lazy module will allocate when it sees ``x``."""
    if not isinstance(module, LazyModuleMixin) or not module.has_uninitialized_params():
        return 0
    if isinstance(module, nn.LazyLinear):
        in_features = x.shape[-1] if x.dim() else 1
        return module.out_features * (in_features + (module.bias is not None))
    if isinstance(module, nn.modules.conv._LazyConvXdMixin):
        in_channels = _channels(x, len(module.kernel_size))
        per_filter = (in_channels // max(module.groups, 1)) * math.prod(module.kernel_size)
        return module.out_channels * (per_filter + (module.bias is not None))
    if isinstance(module, nn.modules.batchnorm._LazyNormBase):
        features = x.shape[1] if x.dim() > 1 else 1
        return features * (2 * module.affine + 2 * module.track_running_stats)
    return x.numel()  # an unknown lazy module: assume it is as large as its input


def output_elements(module: nn.Module, x: torch.Tensor) -> int:
    """An upper bound on the elements of ``module(x)``, before running it."""
    if isinstance(module, (nn.Linear, nn.LazyLinear)):
        return x.numel() // max(x.shape[-1], 1) * module.out_features if x.dim() else 0
    sequence = _sequence_output_elements(module, x)
    if sequence is not None:
        return sequence
    if isinstance(module, nn.modules.conv._ConvNd) and module.transposed:
        # each side grows to (s - 1)·stride + dilation·(k - 1) + output_padding + 1
        spatial_dims = len(module.kernel_size)
        batch = x.shape[0] if x.dim() == spatial_dims + 2 else 1
        spatial = x.shape[-spatial_dims:] if x.dim() >= spatial_dims else (1,) * spatial_dims
        grown = math.prod(
            (s - 1) * st + d * (k - 1) + op + 1 for s, st, d, k, op in zip(
                spatial, module.stride, module.dilation, module.kernel_size,
                module.output_padding, strict=False))
        return batch * module.out_channels * grown
    if isinstance(module, nn.modules.conv._ConvNd):
        spatial_dims = len(module.kernel_size)
        batch = x.shape[0] if x.dim() == spatial_dims + 2 else 1
        padding = module.padding if isinstance(module.padding, tuple) else (0,) * spatial_dims
        spatial = x.shape[-spatial_dims:] if x.dim() >= spatial_dims else (1,) * spatial_dims
        grown = math.prod(s + 2 * p for s, p in zip(spatial, padding, strict=False))
        return batch * module.out_channels * grown
    adaptive = (nn.modules.pooling._AdaptiveAvgPoolNd, nn.modules.pooling._AdaptiveMaxPoolNd)
    if isinstance(module, adaptive):
        dims = int(type(module).__name__[-2])
        size = module.output_size
        size = (size,) * dims if isinstance(size, int) or size is None else size
        spatial = x.shape[-dims:] if x.dim() >= dims else (1,) * dims
        leading = x.numel() // max(math.prod(spatial), 1)
        return leading * math.prod(s or i for s, i in zip(size, spatial, strict=False))
    return x.numel()


def _sequence_output_elements(module: nn.Module, x: torch.Tensor) -> int | None:
    """Output (and, for attention, the L×L weights per head) of sequence layers."""
    steps = x.numel() // max(x.shape[-1], 1) if x.dim() else 1
    if isinstance(module, nn.Embedding):
        return x.numel() * module.embedding_dim
    if isinstance(module, nn.RNNBase):
        width = module.proj_size or module.hidden_size
        return steps * width * (2 if module.bidirectional else 1) * module.num_layers
    attention = module.self_attn if isinstance(module, nn.TransformerEncoderLayer) else module
    if isinstance(attention, nn.MultiheadAttention):
        length = x.shape[1] if getattr(attention, "batch_first", False) and x.dim() == 3 else (
            x.shape[0] if x.dim() else 1)
        weights = steps * length * attention.num_heads
        wide = steps * module.linear1.out_features if attention is not module else 0
        return 3 * x.numel() + weights + wide
    return None


def _channels(x: torch.Tensor, spatial_dims: int) -> int:
    if x.dim() == spatial_dims + 2:
        return x.shape[1]
    return x.shape[0] if x.dim() else 1


# -- what an operation keeps alive at its peak (docs/errors.md, "Limits") ------------------


def forward_step_bytes(input_elements: int, layer_input: int, output: int, grown: int) -> int:
    """Peak bytes while a layer runs in a traced forward pass.

    The batch itself (the caller holds it to the end), the layer's input, its output,
    the parameters lazy layers have created so far, and the scratch of the output's
    statistics (one byte per value and a few float64 chunks: ``stats.scratch_bytes``).
    """
    from core.model.stats import scratch_bytes

    live = input_elements + (layer_input if layer_input is not None else 0) + output
    return (live + grown) * FLOAT_BYTES + scratch_bytes(output)


KS_CHUNK = 1 << 18  # sorted values per chunk of the KS statistic (core/analysis/goodness.py)
KS_TEMPORARIES = 16  # float64 arrays of one chunk alive at once, generously


def ks_scratch_bytes(numel: int) -> int:
    """Bytes ``goodness.ks_statistic`` allocates beside the sorted values it is given."""
    return min(numel, KS_CHUNK) * 8 * KS_TEMPORARIES


def compare_bytes(total: int, largest: int, candidates: int, targeted: int | None = None) -> int:
    """Peak bytes of comparing ``candidates`` initializers on ``total`` parameter values.

    Kept for every candidate: the sorted finite values (float32). Alive at once: two
    scratch copies of the targeted parameters (the finished candidate's and the next
    one's), and for the largest tensor a finiteness mask, a finite-value copy, the
    sorted values and torch.sort's int64 indices, plus the KS statistic's chunk.
    """
    targeted = total if targeted is None else targeted
    kept = candidates * total * FLOAT_BYTES
    scratch = 2 * targeted * FLOAT_BYTES
    sorting = largest * (1 + FLOAT_BYTES + FLOAT_BYTES + 8)
    return kept + scratch + sorting + ks_scratch_bytes(largest)


def depth_bytes(parameters: int, largest: int, batch: int, outputs: int) -> int:
    """Peak bytes of one candidate of the depth statistics.

    Parameters three times (the initialized scratch copy, the copy that runs backward,
    their gradients), the batch twice (it and the copy that requires grad), every
    layer's output and its gradient (autograd keeps them all), the target G and the
    float64 copies (16 bytes a value) used for second moments of the batch and the
    largest parameter.
    """
    floats = 3 * parameters + 2 * batch + 2 * outputs + outputs
    return floats * FLOAT_BYTES + 16 * max(batch, largest)


def declared_bytes(path: str | os.PathLike, file_size: int) -> int:
    """What loading a weights file unpacks: the uncompressed sizes its zip archive
    declares (read from the central directory, nothing inflated), else its size.

    A 15 MB deflated file may declare 15 GB; torch allocates what is declared.
    """
    import zipfile

    try:
        if not zipfile.is_zipfile(path):
            return file_size
        with zipfile.ZipFile(path) as archive:
            return max(file_size, sum(info.file_size for info in archive.infolist()))
    except (OSError, zipfile.BadZipFile, ValueError, EOFError):
        return file_size


def depth_outputs(snapshot, spec, shape: tuple[int, ...]) -> int:
    """Values of every layer's output for a batch of ``shape``.

    From the last forward pass's trace, scaled to the new batch, when it had the
    same per-sample shape; otherwise four times the batch per layer, a rough bound.
    """
    batch = math.prod(shape)
    trace = snapshot.trace
    if trace and spec is not None and tuple(spec.shape[1:]) == tuple(shape[1:]):
        traced = math.prod(spec.shape)
        return sum(math.prod(t.output_shape) * batch // max(traced, 1) + 1 for t in trace)
    return 4 * batch * max(len(snapshot.modules), 1)
