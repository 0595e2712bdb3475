"""Situations an independent comparison with PyTorch found wrong, each rebuilt here in
plain PyTorch to get what PyTorch really does, then checked against the lab."""

from __future__ import annotations

import warnings

import pytest
import torch
from torch import nn

from core.analysis import compare
from core.errors import INVALID_FILE, SHAPE_MISMATCH, LabError
from core.model.initializers import INITIALIZERS, apply_initializer, validate_init_args
from core.model.inputs import input_spec
from core.model.lab import Lab

# -- default init on a half-lazy layer keeps the loaded weights, as PyTorch does ----------


def half_lazy_lab(seed: int = 0) -> tuple[Lab, dict]:
    """LazyLinear(8) holding weights saved from a Linear(5, 8), never fed."""
    torch.manual_seed(seed)
    lab = Lab()
    lab.add("Linear", {"in_features": 5, "out_features": 8})
    state = {k: v.clone() for k, v in lab.state_dict().items()}
    lab.clear()
    lab.add("LazyLinear", {"out_features": 8})
    lab.load_state_dict(state)
    return lab, state


def pytorch_half_lazy(state: dict) -> nn.LazyLinear:
    layer = nn.LazyLinear(8)
    layer.load_state_dict({k.removeprefix("0."): v for k, v in state.items()})
    return layer


@pytest.mark.parametrize("params", ["weight", "bias", "all"])
def test_default_on_a_half_lazy_layer_keeps_the_loaded_weights(params) -> None:
    lab, state = half_lazy_lab()
    assert [m.state for m in lab.snapshot.modules] == ["half_lazy"]
    snapshot = lab.initialize("default", params=params)
    theirs = pytorch_half_lazy(state)
    theirs.reset_parameters()  # PyTorch: skipped, the layer does not know in_features
    mine = lab.state_dict()
    assert torch.equal(mine["0.weight"], theirs.weight) and torch.equal(mine["0.bias"],
                                                                        theirs.bias)
    assert torch.equal(mine["0.weight"], state["0.weight"])
    assert not any(p.changed for p in snapshot.parameters)  # nothing was written


def test_default_on_a_half_lazy_batch_norm_keeps_its_loaded_statistics() -> None:
    torch.manual_seed(1)
    lab = Lab()
    lab.add("BatchNorm1d", {"num_features": 4})
    lab.forward(input_spec([3, 4], fill="normal", seed=2))
    state = {k: v.clone() for k, v in lab.state_dict().items()}
    lab.clear()
    lab.add("LazyBatchNorm1d")
    lab.load_state_dict(state)
    lab.initialize("default", params="all")
    theirs = nn.LazyBatchNorm1d()
    theirs.load_state_dict({k.removeprefix("0."): v for k, v in state.items()})
    theirs.reset_parameters()
    mine = lab.state_dict()
    for key, value in theirs.state_dict().items():
        assert torch.equal(mine["0." + key], value), key


def test_compare_default_on_a_half_lazy_layer_shows_the_loaded_weights_untouched() -> None:
    lab, state = half_lazy_lab()
    result = compare.compare(lab, ["default", "ones_"], seed=0)
    default, ones = result.series("0.weight")
    assert not default.targeted and ones.targeted
    assert torch.equal(default.values, torch.sort(state["0.weight"].reshape(-1)).values)


# Valid arguments and a tensor each initializer accepts.
OVERWRITE_CASES = [
    (name, args, shape)
    for name, args, shape in [
        ("uniform_", {}, (5, 4)), ("normal_", {}, (5, 4)), ("trunc_normal_", {"mean": 3.0},
                                                              (5, 4)),
        ("constant_", {"val": 0.5}, (5, 4)), ("ones_", {}, (5, 4)), ("zeros_", {}, (5, 4)),
        ("eye_", {}, (5, 4)), ("dirac_", {"groups": 2}, (4, 2, 3)),
        ("xavier_uniform_", {}, (5, 4)), ("xavier_normal_", {}, (5, 4)),
        ("kaiming_uniform_", {"a": -0.1}, (5, 4, 3)), ("kaiming_normal_", {}, (5, 4)),
        ("orthogonal_", {"gain": -1.0}, (5, 4)), ("sparse_", {"sparsity": 0.5}, (5, 4)),
        ("kaiming_uniform_", {}, (0, 4)), ("orthogonal_", {}, (0, 4)),
    ]
]


def test_every_initializer_is_covered_below() -> None:
    assert {c[0] for c in OVERWRITE_CASES} == set(INITIALIZERS) - {"default"}


@pytest.mark.parametrize(("name", "args", "shape"), OVERWRITE_CASES)
def test_every_torch_initializer_overwrites_all_it_is_given(name, args, shape) -> None:
    """Why the lab may hand a torch.nn.init function an uninitialized tensor: what was
    there before never shows through (tried with NaN and with zeros, same seed)."""
    valid = validate_init_args(name, args)
    results = []
    for before in (float("nan"), 0.0, -7.0):
        tensor = torch.full(shape, before)
        torch.manual_seed(0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zero-element tensors: "a no-op"
            apply_initializer(name, valid, tensor, scratch=True)
        results.append(tensor.view(torch.int32))
    assert all(torch.equal(results[0], other) for other in results[1:])


# -- explanations true of the network in front of the user --------------------------------


def pytorch_error(net: nn.Module, *inputs: torch.Tensor) -> BaseException:
    """Feed ``inputs`` in turn; the exception PyTorch raises on the last."""
    with torch.no_grad():
        for x in inputs[:-1]:
            net(x)
        with pytest.raises(Exception) as info:
            net(inputs[-1])
    return info.value


def lab_error(lab: Lab, *shapes: list[int]) -> LabError:
    for shape in shapes[:-1]:
        lab.forward(input_spec(shape, fill="ones"))
    with pytest.raises(LabError) as info:
        lab.forward(input_spec(shapes[-1], fill="ones"))
    assert info.value.kind == SHAPE_MISMATCH
    return info.value


def test_grouped_lazy_conv_with_indivisible_channels_says_so() -> None:
    exc = pytorch_error(nn.Sequential(nn.LazyConv1d(4, 1, groups=4)), torch.ones(2, 6, 5))
    lab = Lab()
    lab.add("LazyConv1d", {"out_channels": 4, "kernel_size": 1, "groups": 4})
    error = lab_error(lab, [2, 6, 5])
    assert error.torch_message == str(exc)
    assert "groups = 4" in error.message and "6 channels" in error.message
    assert "LazyLazy" not in error.message and "expects" not in error.message


@pytest.mark.parametrize(("layer", "torch_layer"), [
    ("LazyConv2d", lambda: nn.LazyConv2d(4, 1)),
    ("LazyBatchNorm2d", lambda: nn.LazyBatchNorm2d()),
])
def test_a_lazy_layer_bound_by_an_earlier_pass_is_not_told_to_become_lazy(
    layer, torch_layer
) -> None:
    exc = pytorch_error(nn.Sequential(torch_layer()), torch.ones(2, 3, 5, 5),
                        torch.ones(2, 6, 5, 5))
    lab = Lab()
    lab.add(layer, {"out_channels": 4, "kernel_size": 1} if "Conv" in layer else {})
    error = lab_error(lab, [2, 3, 5, 5], [2, 6, 5, 5])
    assert error.torch_message == str(exc)
    message = error.message
    assert "earlier forward pass with 3 channels" in message and "gives it 6" in message
    assert "make it Lazy" not in message and "set its" not in message
    assert "in_channels to" not in message and "num_features to" not in message


def test_a_tied_lazy_layer_binding_and_failing_in_one_pass_is_not_called_earlier() -> None:
    shared = nn.LazyLinear(4)
    exc = pytorch_error(nn.Sequential(shared, shared), torch.ones(2, 5))
    lab = Lab()
    lab.add("LazyLinear", {"out_features": 4})
    lab.add("LazyLinear", {"out_features": 4})
    lab.tie(1, 0)
    error = lab_error(lab, [2, 5])
    assert error.torch_message == str(exc)
    assert "earlier forward pass" not in error.message.replace("earlier in this forward pass",
                                                               "")
    assert "tied" in error.message and "5 input features" in error.message
    assert error.layer == "1"


def test_a_loaded_unfed_lazy_layer_fed_another_width_says_the_weights_fixed_it() -> None:
    lab, state = half_lazy_lab()
    exc = pytorch_error(pytorch_half_lazy(state), torch.ones(2, 7))
    error = lab_error(lab, [2, 7])
    assert error.torch_message == str(exc)
    assert "loaded" in error.message and "5 input features" in error.message
    assert "gives it 7" in error.message


def test_a_one_dimensional_input_to_lazy_batch_norm_asks_for_a_batch() -> None:
    exc = pytorch_error(nn.LazyBatchNorm1d(), torch.ones(4))
    lab = Lab()
    lab.add("LazyBatchNorm1d")
    error = lab_error(lab, [4])
    assert error.torch_message == str(exc)
    assert "dimension 1" in error.message and "(2, 4)" in error.message
    torch.manual_seed(0)
    lab.forward(input_spec([2, 4]))  # the suggested shape works


def test_a_one_dimensional_input_to_lazy_batch_norm_2d_asks_for_images() -> None:
    exc = pytorch_error(nn.LazyBatchNorm2d(), torch.ones(4))
    lab = Lab()
    lab.add("LazyBatchNorm2d")
    error = lab_error(lab, [4])
    assert error.torch_message == str(exc)
    assert "(N, C, H, W), such as (2, 3, 8, 8)" in error.message
    torch.manual_seed(0)
    lab.forward(input_spec([2, 3, 8, 8]))  # the suggested shape works


def test_a_one_dimensional_input_to_batch_norm_asks_for_a_batch() -> None:
    exc = pytorch_error(nn.BatchNorm1d(4), torch.ones(4))
    lab = Lab()
    lab.add("BatchNorm1d", {"num_features": 4})
    error = lab_error(lab, [4])
    assert error.torch_message == str(exc)
    assert "Flatten" not in error.message and "(2, 4)" in error.message


def test_an_eager_mismatch_still_suggests_the_lazy_layer() -> None:
    lab = Lab()
    lab.add("Linear", {"in_features": 5, "out_features": 3})
    error = lab_error(lab, [2, 6])
    assert "set layer 0's in_features to 6 or make it LazyLinear" in error.message


# -- weights and states --------------------------------------------------------------------


def test_a_file_saved_before_the_lazy_layers_saw_data_is_not_another_architecture() -> None:
    lab = Lab()
    lab.add("Linear", {"in_features": 5, "out_features": 8})
    lab.add("LazyLinear", {"out_features": 3})
    state = lab.state_dict()
    net = nn.Sequential(nn.Linear(5, 8), nn.LazyLinear(3))
    with pytest.raises(RuntimeError, match="Missing key"):
        net.load_state_dict(state, strict=True)  # PyTorch refuses it too
    with pytest.raises(LabError) as info:
        lab.load_state_dict(state)
    assert info.value.kind == INVALID_FILE
    assert "another architecture" not in info.value.message
    assert "1.weight" in info.value.message and "forward pass" in info.value.message


@pytest.mark.parametrize(("args", "state"), [
    ({"affine": False, "track_running_stats": False}, "none"),
    ({"affine": False}, "uninitialized"),
    ({}, "uninitialized"),
])
def test_an_unfed_lazy_batch_norm_is_never_half_lazy(args, state) -> None:
    module = nn.LazyBatchNorm1d(**args)
    holds = list(module.parameters()) + list(module.buffers())
    assert bool(holds) == (state != "none")  # PyTorch: nothing to load or infer
    lab = Lab()
    lab.add("LazyBatchNorm1d", args)
    assert lab.snapshot.modules[0].state == state
