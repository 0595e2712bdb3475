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


def check(nbytes: int, limit: int, what: str, advice: str, layer: str | None = None) -> None:
    """Refuse with ``too_large`` when ``nbytes`` exceeds ``limit``."""
    if nbytes > limit:
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
    if isinstance(module, nn.modules.conv._ConvNd):
        spatial_dims = len(module.kernel_size)
        batch = x.shape[0] if x.dim() == spatial_dims + 2 else 1
        padding = module.padding if isinstance(module.padding, tuple) else (0,) * spatial_dims
        spatial = x.shape[-spatial_dims:] if x.dim() >= spatial_dims else (1,) * spatial_dims
        grown = math.prod(s + 2 * p for s, p in zip(spatial, padding, strict=False))
        return batch * module.out_channels * grown
    if isinstance(module, nn.AdaptiveAvgPool2d):
        size = module.output_size
        size = (size, size) if isinstance(size, int) else size
        leading = x.numel() // max(math.prod(x.shape[-2:]), 1) if x.dim() >= 2 else 1
        return leading * math.prod(s or 1 for s in size)
    return x.numel()


def _channels(x: torch.Tensor, spatial_dims: int) -> int:
    if x.dim() == spatial_dims + 2:
        return x.shape[1]
    return x.shape[0] if x.dim() else 1
