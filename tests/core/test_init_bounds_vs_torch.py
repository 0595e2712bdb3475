"""Every initializer's boundary values, tried in plain PyTorch inside the test.

The lab accepts what PyTorch accepts and then draws exactly what PyTorch draws. Where
it refuses a value PyTorch takes, the refusal is on purpose and its message says why.
"""

from __future__ import annotations

import math
import warnings

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from torch.nn import init

from core.errors import INVALID_ARGUMENT, LabError
from core.model import trunc_normal
from core.model.initializers import apply_initializer, resolve_gain, validate_init_args

SHAPE = (6, 4, 3)
# (initializer, arguments, shape): each sits on a boundary of what torch takes.
BOUNDARIES = [
    ("uniform_", {"a": 1.0, "b": 1.0}, SHAPE),
    ("uniform_", {"a": 1.0, "b": 0.5}, SHAPE),
    ("uniform_", {"a": -3e38, "b": 3e38}, SHAPE),
    ("normal_", {"std": 0.0}, SHAPE),
    ("normal_", {"std": -1.0}, SHAPE),
    ("normal_", {"mean": 3e38, "std": 3e38}, SHAPE),
    ("trunc_normal_", {"a": 1.0, "b": 1.0}, SHAPE),
    ("trunc_normal_", {"a": 2.0, "b": 1.0}, SHAPE),
    ("trunc_normal_", {"mean": 3.0}, SHAPE),
    ("trunc_normal_", {"mean": -3.5, "std": 1.0}, SHAPE),
    ("trunc_normal_", {"mean": 0.0, "std": 1e-30}, SHAPE),
    ("trunc_normal_", {"mean": 0.0, "std": 1.0, "a": -1e38, "b": 1e38}, SHAPE),
    ("constant_", {"val": -3e38}, SHAPE),
    ("xavier_uniform_", {"gain": 0.0}, SHAPE),
    ("xavier_uniform_", {"gain": -1.0}, SHAPE),
    ("xavier_normal_", {"gain": -1.0}, SHAPE),
    ("xavier_uniform_", {"gain": {"nonlinearity": "leaky_relu", "param": -0.1}}, SHAPE),
    ("orthogonal_", {"gain": -1.0}, SHAPE),
    ("orthogonal_", {"gain": 0.0}, SHAPE),
    ("kaiming_uniform_", {"a": -0.1}, SHAPE),
    ("kaiming_normal_", {"a": -1.0}, SHAPE),
    ("kaiming_normal_", {"a": 1e20, "mode": "fan_out"}, SHAPE),
    ("kaiming_uniform_", {"nonlinearity": "selu"}, SHAPE),
    ("kaiming_uniform_", {"nonlinearity": "conv_transpose3d"}, SHAPE),
    ("sparse_", {"sparsity": 0.0}, (5, 4)),
    ("sparse_", {"sparsity": 1.0, "std": 0.0}, (5, 4)),
    ("sparse_", {"sparsity": 0.5, "std": -1.0}, (5, 4)),
    ("dirac_", {"groups": 2}, SHAPE),
    ("dirac_", {"groups": 4}, SHAPE),
    ("dirac_", {"groups": 6}, SHAPE),
]
# Values PyTorch takes that the lab refuses on purpose, and the reason each message gives.
ON_PURPOSE = [
    ("trunc_normal_", {"mean": 1e30}, "PyTorch itself does not refuse"),
    ("trunc_normal_", {"mean": -40.0}, "can take minutes"),
    ("trunc_normal_", {"std": -1.0}, "as if std were -std"),
    ("sparse_", {"sparsity": 1.5}, "PyTorch does not check it"),
    ("sparse_", {"sparsity": -0.5}, "PyTorch does not check it"),
    ("constant_", {"val": math.inf}, "cannot hold NaN or Infinity"),
    ("normal_", {"mean": math.nan}, "cannot hold NaN or Infinity"),
    ("kaiming_uniform_", {"a": 1e39}, "fits in float32"),
]


def torch_call(name: str, args: dict) -> dict:
    """The keyword arguments torch takes (a gain given as a name or dict becomes a number)."""
    kwargs = dict(args)
    if isinstance(kwargs.get("gain"), dict):
        form = kwargs["gain"]
        kwargs["gain"] = init.calculate_gain(form["nonlinearity"], form.get("param"))
    return kwargs


def run_torch(name: str, args: dict, shape: tuple, seed: int = 0):
    """(values, None) when PyTorch accepts, (None, error) when it raises."""
    tensor = torch.zeros(shape)
    torch.manual_seed(seed)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            getattr(init, name)(tensor, **torch_call(name, args))
    except Exception as exc:  # PyTorch's refusal, whatever its type
        return None, exc
    return tensor, None


def run_lab(name: str, args: dict, shape: tuple, seed: int = 0):
    tensor = torch.zeros(shape)
    torch.manual_seed(seed)
    try:
        valid = validate_init_args(name, args)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            apply_initializer(name, valid, tensor)
    except LabError as error:
        return None, error
    return tensor, None


def same_bits(a: torch.Tensor, b: torch.Tensor) -> bool:
    return torch.equal(a.view(torch.int32), b.view(torch.int32))  # NaN == NaN, -0 != +0


@pytest.mark.parametrize(("name", "args", "shape"), BOUNDARIES)
def test_the_lab_takes_what_pytorch_takes_and_draws_the_same(name, args, shape) -> None:
    theirs, torch_error = run_torch(name, args, shape)
    mine, lab_error = run_lab(name, args, shape)
    assert (mine is None) == (theirs is None), (lab_error, torch_error)
    if theirs is not None:
        assert same_bits(mine, theirs)
    else:
        assert lab_error.kind == INVALID_ARGUMENT


@pytest.mark.parametrize(("name", "args", "reason"), ON_PURPOSE)
def test_refusals_on_purpose_say_why(name, args, reason) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        kwargs = torch_call(name, args)
        getattr(init, name)(torch.zeros(5, 4), **kwargs)  # PyTorch takes it
    with pytest.raises(LabError) as info:
        validate_init_args(name, args)
    assert reason in info.value.message
    assert name in info.value.message


def test_trunc_normal_std_zero_is_refused_where_pytorch_divides_by_zero() -> None:
    with pytest.raises(ZeroDivisionError):
        init.trunc_normal_(torch.zeros(3, 3), std=0.0)
    with pytest.raises(LabError) as info:
        validate_init_args("trunc_normal_", {"std": 0.0})
    assert "divides by zero" in info.value.message


def test_a_leaky_slope_pytorch_cannot_square_is_refused() -> None:
    with pytest.raises(OverflowError):
        init.calculate_gain("leaky_relu", 1e300)
    with pytest.raises(LabError):
        resolve_gain({"nonlinearity": "leaky_relu", "param": 1e300})


@pytest.mark.parametrize(("std", "a", "b"), [(1.0, -2.0, 2.0), (1e-3, -2.0, 2.0), (5.0, 0.0, 1.0)])
def test_the_furthest_accepted_trunc_normal_mean_keeps_pytorchs_sampler_quick(
    std, a, b, monkeypatch
) -> None:
    """At the edge of the accepted means PyTorch needs few rounds; well beyond, many."""
    low, high = trunc_normal.mean_range(std, a, b)
    validate_init_args("trunc_normal_", {"mean": high, "std": std, "a": a, "b": b})
    validate_init_args("trunc_normal_", {"mean": low, "std": std, "a": a, "b": b})
    with pytest.raises(LabError):
        validate_init_args("trunc_normal_", {"mean": high + (high - b) + std, "std": std,
                                             "a": a, "b": b})
    rounds = []
    real_where = torch.where

    def counting_where(*args, **kwargs):
        rounds.append(1)
        return real_where(*args, **kwargs)

    monkeypatch.setattr(torch, "where", counting_where)
    values = torch.empty(20_000)
    torch.manual_seed(0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        init.trunc_normal_(values, mean=high, std=std, a=a, b=b)
    assert len(rounds) <= 2 * 3 * math.log(values.numel()) / trunc_normal.MIN_KEPT
    assert bool(((values >= a) & (values <= b)).all())


@pytest.mark.parametrize(
    ("mean", "std", "a", "b"),
    [(3.0, 1.0, -2.0, 2.0), (5.0, 1.0, -2.0, 2.0), (0.0, 1.0, -0.5, 0.5), (2.5, 0.5, 0.0, 2.0)],
)
def test_kept_fraction_matches_pytorchs_first_round(mean, std, a, b) -> None:
    """The share torch keeps at its first round, measured on many values, as computed."""
    values = torch.empty(400_000)
    generator = torch.Generator().manual_seed(1)
    # PyTorch's uniform branch, first round, as torch 2.13 writes it
    inside = trunc_normal._Phi((b - mean) / std) - trunc_normal._Phi((a - mean) / std)
    if inside > 0.3:
        kept = ((values.normal_(mean, std, generator=generator) >= a) & (values <= b)).float()
    else:
        mode = max(a, min(mean, b))
        log_peak = -0.5 * ((mode - mean) / std) ** 2
        values.uniform_(a, b, generator=generator)
        log_pdf = -0.5 * ((values - mean) / std) ** 2 - log_peak
        kept = (torch.empty_like(values).uniform_(generator=generator).log() <= log_pdf).float()
    assert kept.mean().item() == pytest.approx(
        trunc_normal.kept_fraction(mean, std, a, b), abs=0.005)


@settings(max_examples=300, deadline=None)
@given(a=st.sampled_from([0.0, 1.0, -2.5, 1e-3, 123.456, 1e6, -3e7]),
       std=st.sampled_from([1.0, 0.01, 3.7, 1e-4, 250.0]),
       distance=st.floats(0, 1e5), side=st.sampled_from([-1, 1]))
def test_a_point_interval_accepts_only_means_pytorchs_float32_sampler_keeps(
        a, std, distance, side) -> None:
    """With a == b PyTorch keeps a draw when log(u) ≤ x, x its float32 rounding of
    −½((a − mean)/std)² against the double one: computed here with PyTorch's own
    operations, x keeps at least MIN_KEPT wherever the lab accepts the mean."""
    mean = a + side * distance * std
    args = {"mean": mean, "std": std, "a": a, "b": a}
    log_peak = -0.5 * ((a - mean) / std) ** 2
    x = torch.full((1,), a).sub_(mean).div_(std).pow_(2).mul_(-0.5).sub_(log_peak).item()
    kept = 1.0 if math.isnan(x) or x >= 0 else math.exp(x)
    try:
        validate_init_args("trunc_normal_", args)
    except LabError as error:
        assert "for ever" in error.message
        return
    assert kept >= trunc_normal.MIN_KEPT


def test_the_point_interval_that_made_pytorch_draw_for_ever_is_refused() -> None:
    args = {"mean": 971258980098951.0, "std": 1.0, "a": 1.0, "b": 1.0}
    x = torch.full((1,), 1.0).sub_(args["mean"]).pow_(2).mul_(-0.5).sub_(
        -0.5 * (1.0 - args["mean"]) ** 2).item()
    assert x < -1e6  # every draw rejected: PyTorch's loop never ends
    with pytest.raises(LabError) as info:
        validate_init_args("trunc_normal_", args)
    low, high = trunc_normal.mean_range(1.0, 1.0, 1.0)
    validate_init_args("trunc_normal_", {**args, "mean": high})
    validate_init_args("trunc_normal_", {**args, "mean": low})
    assert "for ever" in info.value.message
