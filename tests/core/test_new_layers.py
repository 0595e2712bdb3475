"""The layers real networks use (issue 14), against plain PyTorch computed in each test.

For every layer added to the catalogue: the memory guard's count, ``print(net)``,
parameter names, shapes, buffers and seeded values after a forward pass and after each
initializer equal what the same calls give in plain PyTorch.
"""

from __future__ import annotations

import pytest
import torch
from torch import nn
from torch.nn.parameter import is_lazy

from core.errors import LabError
from core.model import memory, sequence_layers
from core.model.catalogue import LAYERS, build_module, parameter_count, validate_args
from core.model.initializers import INITIALIZERS, validate_init_args
from core.model.inputs import input_spec, make_input
from core.model.lab import Lab

# name: (arguments, input shape, extra input_spec fields). Inputs fit the layer.
NEW: dict[str, tuple[dict, list[int], dict]] = {
    "LazyConv3d": ({"out_channels": 4, "kernel_size": 2}, [2, 3, 4, 5, 5], {}),
    "LazyConvTranspose1d": ({"out_channels": 4, "kernel_size": 3, "stride": 2}, [2, 3, 7], {}),
    "LazyConvTranspose2d": ({"out_channels": 4, "kernel_size": 3, "groups": 2}, [2, 4, 5, 5], {}),
    "LazyConvTranspose3d": ({"out_channels": 2, "kernel_size": 2, "output_padding": 1,
                             "stride": 2}, [2, 3, 3, 3, 3], {}),
    "LazyBatchNorm3d": ({}, [2, 3, 2, 3, 3], {}),
    "LazyInstanceNorm1d": ({}, [2, 3, 8], {}),
    "LazyInstanceNorm2d": ({"affine": False}, [2, 3, 4, 4], {}),
    "LazyInstanceNorm3d": ({"track_running_stats": False}, [2, 3, 2, 3, 3], {}),
    "Conv3d": ({"in_channels": 3, "out_channels": 4, "kernel_size": [1, 2, 3]},
               [2, 3, 4, 5, 5], {}),
    "ConvTranspose1d": ({"in_channels": 3, "out_channels": 5, "kernel_size": 3, "stride": 2,
                         "output_padding": 1}, [2, 3, 7], {}),
    "ConvTranspose2d": ({"in_channels": 4, "out_channels": 6, "kernel_size": 4, "stride": 2,
                         "padding": 1, "groups": 2, "bias": False}, [2, 4, 5, 5], {}),
    "ConvTranspose3d": ({"in_channels": 3, "out_channels": 2, "kernel_size": 2},
                        [2, 3, 3, 3, 3], {}),
    "BatchNorm3d": ({"num_features": 3}, [2, 3, 2, 3, 3], {}),
    "InstanceNorm1d": ({"num_features": 3, "affine": True}, [2, 3, 8], {}),
    "InstanceNorm2d": ({"num_features": 3, "track_running_stats": True}, [2, 3, 4, 4], {}),
    "InstanceNorm3d": ({"num_features": 3}, [2, 3, 2, 3, 3], {}),
    "GroupNorm": ({"num_groups": 2, "num_channels": 4}, [3, 4, 5], {}),
    "PReLU": ({"num_parameters": 3, "init": 0.1}, [2, 3, 4], {"low": -1.0}),
    "SELU": ({}, [2, 6], {"fill": "normal"}),
    "MaxPool1d": ({"kernel_size": 2}, [2, 3, 8], {}),
    "MaxPool3d": ({"kernel_size": 2, "stride": 1}, [2, 3, 4, 4, 4], {}),
    "AvgPool1d": ({"kernel_size": 3, "padding": 1}, [2, 3, 8], {}),
    "AvgPool3d": ({"kernel_size": 2, "divisor_override": 3}, [2, 3, 4, 4, 4], {}),
    "AdaptiveMaxPool1d": ({"output_size": 3}, [2, 3, 8], {}),
    "AdaptiveMaxPool2d": ({"output_size": [2, 3]}, [2, 3, 8, 8], {}),
    "AdaptiveMaxPool3d": ({"output_size": 2}, [2, 3, 4, 4, 4], {}),
    "AdaptiveAvgPool1d": ({"output_size": 3}, [2, 3, 8], {}),
    "AdaptiveAvgPool3d": ({"output_size": [1, 2, 3]}, [2, 3, 4, 4, 4], {}),
    "Embedding": ({"num_embeddings": 10, "embedding_dim": 6, "padding_idx": 2}, [3, 5],
                  {"fill": "ids", "low": 0, "high": 10}),
    "RNN": ({"input_size": 6, "hidden_size": 5, "nonlinearity": "relu", "batch_first": True},
            [2, 4, 6], {}),
    "LSTM": ({"input_size": 6, "hidden_size": 5, "num_layers": 2, "proj_size": 3,
              "bidirectional": True}, [4, 2, 6], {}),
    "GRU": ({"input_size": 6, "hidden_size": 5, "batch_first": True, "bias": False},
            [2, 4, 6], {}),
    "MultiheadAttention": ({"embed_dim": 8, "num_heads": 2, "batch_first": True,
                            "add_bias_kv": True}, [2, 3, 8], {}),
    "TransformerEncoderLayer": ({"d_model": 8, "nhead": 2, "dim_feedforward": 16,
                                 "batch_first": True, "activation": "gelu"}, [2, 3, 8], {}),
}
SEED = 7
INPUT_SEED = 11
REQUIRED_INIT_ARGS = {"constant_": {"val": 0.3}, "sparse_": {"sparsity": 0.5}}


def plain_class(name: str) -> type:
    """What plain PyTorch code builds: torch's class, or the single-output subclass the
    exported script defines (the same source as core.model.sequence_layers)."""
    wrappers = {"RNN": "RNNOutput", "LSTM": "LSTMOutput", "GRU": "GRUOutput",
                "MultiheadAttention": "SelfAttention"}
    if name in wrappers:
        return getattr(sequence_layers, wrappers[name])
    return getattr(nn, name)


def plain_kwargs(args: dict) -> dict:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in args.items()}


def plain_input(shape: list[int], extra: dict) -> torch.Tensor:
    generator = torch.Generator().manual_seed(INPUT_SEED)
    fill = extra.get("fill", "uniform")
    if fill == "ids":
        return torch.randint(extra["low"], extra["high"], shape, generator=generator)
    if fill == "normal":
        return torch.empty(shape).normal_(0.0, 1.0, generator=generator)
    low = extra.get("low", 0.0)
    if low == 0.0:
        return torch.rand(shape, generator=generator)
    return torch.empty(shape).uniform_(low, 1.0, generator=generator)


def lab_after_forward(name: str) -> Lab:
    args, shape, extra = NEW[name]
    torch.manual_seed(SEED)
    lab = Lab()
    lab.add(name, args)
    lab.forward(input_spec(shape, seed=INPUT_SEED, **extra))
    return lab


def plain_after_forward(name: str) -> tuple[nn.Sequential, torch.Tensor]:
    args, shape, extra = NEW[name]
    torch.manual_seed(SEED)
    net = nn.Sequential(plain_class(name)(**plain_kwargs(args)))
    net.train()
    with torch.no_grad():
        out = net(plain_input(shape, extra))
    return net, out


def assert_same_state(lab: Lab, net: nn.Module) -> None:
    ours = lab.state_dict()
    theirs = net.state_dict()
    assert list(ours) == list(theirs)
    for key, value in ours.items():
        assert value.shape == theirs[key].shape, key
        assert torch.equal(value, theirs[key]), key


def test_every_new_layer_is_in_the_catalogue() -> None:
    lazy_in_torch = {n for n in dir(nn) if n.startswith("Lazy")}
    assert lazy_in_torch <= set(LAYERS)
    assert {spec.becomes for spec in LAYERS.values() if spec.lazy} <= set(LAYERS)
    assert set(NEW) <= set(LAYERS)


@pytest.mark.parametrize("name", sorted(NEW))
def test_memory_guard_counts_what_the_real_module_holds(name: str) -> None:
    args = NEW[name][0]
    module = plain_class(name)(**plain_kwargs(args))
    real = sum(t.numel() for t in [*module.parameters(), *module.buffers()] if not is_lazy(t))
    assert parameter_count(name, args) == real
    built = build_module(name, validate_args(name, args))
    assert type(built) is type(module)


@pytest.mark.parametrize("name", sorted(NEW))
def test_memory_guard_bounds_each_output_before_it_is_computed(name: str) -> None:
    args, shape, extra = NEW[name]
    module = plain_class(name)(**plain_kwargs(args))
    x = plain_input(shape, extra)
    bound = memory.output_elements(module, x)
    with torch.no_grad():
        assert module(x).numel() <= bound


@pytest.mark.parametrize("name", sorted(NEW))
def test_forward_equals_plain_pytorch(name: str) -> None:
    lab = lab_after_forward(name)
    net, out = plain_after_forward(name)
    assert lab.snapshot.repr == repr(net)
    assert [(p.name, p.shape) for p in lab.snapshot.parameters] == [
        (n, tuple(p.shape)) for n, p in net.named_parameters()]
    assert_same_state(lab, net)
    trace = lab.snapshot.trace[-1]
    assert trace.output_shape == tuple(out.shape)
    assert trace.output.mean == pytest.approx(float(out.float().mean()), rel=1e-5, abs=1e-6)


def _init_cases() -> list:
    cases = []
    for name, spec in NEW.items():
        if parameter_count(name, spec[0]) == 0 and not LAYERS[name].lazy:
            continue
        for init in INITIALIZERS:
            cases.append((name, init))
    return cases


def plain_init(net: nn.Sequential, init: str, args: dict, params: str) -> None:
    """What the exported script does: ``net.apply`` with the layer's own parameters."""
    target = net[0]

    def visit(module: nn.Module) -> None:
        if module is not target:
            return
        own = dict(module.named_parameters(recurse=False))
        if init == "default":
            if own:  # the layer's own default, as the exported script calls it
                module.reset_parameters()
            return
        for attr, param in own.items():
            if params in ("all", attr):
                with torch.no_grad():
                    getattr(nn.init, init)(param, **args)

    torch.manual_seed(SEED + 1)
    net.apply(visit)


@pytest.mark.parametrize(("name", "init"), _init_cases())
def test_each_initializer_equals_plain_pytorch(name: str, init: str) -> None:
    lab = lab_after_forward(name)
    net, _ = plain_after_forward(name)
    args = {} if init == "default" else validate_init_args(init, REQUIRED_INIT_ARGS.get(init))
    params = "all"
    before = lab.snapshot
    try:
        lab.initialize(init, args or None, params=params, seed=SEED + 1)
    except LabError:
        assert lab.snapshot is before  # refused: nothing changed
        with pytest.raises((ValueError, RuntimeError)):
            plain_init(net, init, args, params)
        return
    plain_init(net, init, args, params)
    assert_same_state(lab, net)


@pytest.mark.parametrize("name", ["RNN", "LSTM", "GRU", "MultiheadAttention"])
def test_single_output_classes_keep_torchs_constructor_defaults(name: str) -> None:
    required = {"RNN": (6, 5), "LSTM": (6, 5), "GRU": (6, 5), "MultiheadAttention": (8, 2)}
    ours, theirs = plain_class(name)(*required[name]), getattr(nn, name)(*required[name])
    assert issubclass(type(ours), getattr(nn, name))
    assert ours.extra_repr() == theirs.extra_repr()
    assert repr(ours).replace(type(ours).__name__, name, 1) == repr(theirs)
    assert [(n, p.shape) for n, p in ours.named_parameters()] == [
        (n, p.shape) for n, p in theirs.named_parameters()]
    torch.manual_seed(0)
    x = torch.rand(3, 2, required[name][0])
    torch.manual_seed(1)
    ours = plain_class(name)(*required[name])
    torch.manual_seed(1)
    theirs = getattr(nn, name)(*required[name])
    expected = theirs(x, x, x)[0] if name == "MultiheadAttention" else theirs(x)[0]
    assert torch.equal(ours(x), expected)


def test_float_input_into_embedding_is_refused_and_changes_nothing() -> None:
    lab = Lab()
    lab.add("Embedding", {"num_embeddings": 10, "embedding_dim": 4})
    before = lab.snapshot
    with pytest.raises(LabError) as error:
        lab.forward(input_spec([2, 3]))
    assert "ids" in error.value.message and "[0, 10)" in error.value.message
    assert lab.snapshot is before
    with pytest.raises(RuntimeError):  # PyTorch itself refuses floats
        nn.Embedding(10, 4)(torch.rand(2, 3))


def test_ids_beyond_num_embeddings_are_refused_with_the_range() -> None:
    lab = Lab()
    lab.add("Embedding", {"num_embeddings": 10, "embedding_dim": 4})
    before = lab.snapshot
    with pytest.raises(LabError) as error:
        lab.forward(input_spec([2, 30], "ids", low=0, high=1000, seed=0))
    assert "from 0 to 9" in error.value.message
    assert lab.snapshot is before


def test_ids_fill_draws_every_id_in_range_as_torch_randint() -> None:
    spec = input_spec([4, 500], "ids", low=0, high=7, seed=3)
    ids = make_input(spec)
    expected = torch.randint(0, 7, (4, 500), generator=torch.Generator().manual_seed(3))
    assert ids.dtype == torch.int64 and torch.equal(ids, expected)
    assert int(ids.min()) == 0 and int(ids.max()) == 6  # every id in [0, 7), no other
    assert set(ids.unique().tolist()) == set(range(7))
    lab = Lab()
    lab.add("Embedding", {"num_embeddings": 7, "embedding_dim": 2})
    lab.forward(spec)
    assert lab.snapshot.trace[0].input_shape == (4, 500)
    assert spec.describe() == "(4, 500) ids in [0, 7)"


@pytest.mark.parametrize(("low", "high"), [(0.5, 4), (3, 3), (-1, 4), (0, 2**40)])
def test_ids_fill_needs_whole_numbers_in_order(low, high) -> None:
    with pytest.raises(LabError) as error:
        input_spec([2, 3], "ids", low=low, high=high)
    assert "whole numbers" in error.value.message


@pytest.mark.parametrize("layer", ["LSTM", "GRU", "RNN", "MultiheadAttention"])
def test_a_two_dimensional_input_into_a_sequence_layer_is_refused(layer: str) -> None:
    args = {"input_size": 4, "hidden_size": 3} if layer != "MultiheadAttention" else {
        "embed_dim": 4, "num_heads": 2}
    lab = Lab()
    lab.add(layer, args)
    before = lab.snapshot
    with pytest.raises(LabError) as error:
        lab.forward(input_spec([2, 4]))
    assert "3-D" in error.value.message and "(sequence, batch, features)" in error.value.message
    assert lab.snapshot is before
    # plain torch would have run it as ONE unbatched sequence of length 2
    torch_module = {"LSTM": nn.LSTM, "GRU": nn.GRU, "RNN": nn.RNN}.get(layer)
    if torch_module is not None:
        assert torch_module(4, 3)(torch.rand(2, 4))[0].shape == (2, 3)


@pytest.mark.parametrize(("layer", "args", "word"), [
    ("GroupNorm", {"num_groups": 3, "num_channels": 4}, "num_groups"),
    ("MultiheadAttention", {"embed_dim": 6, "num_heads": 4}, "num_heads"),
    ("TransformerEncoderLayer", {"d_model": 6, "nhead": 4}, "nhead"),
    ("Embedding", {"num_embeddings": 5, "embedding_dim": 2, "padding_idx": 5}, "padding_idx"),
    ("LSTM", {"input_size": 3, "hidden_size": 4, "proj_size": 4}, "proj_size"),
    ("ConvTranspose1d", {"in_channels": 2, "out_channels": 2, "kernel_size": 3,
                         "output_padding": 1}, "output_padding"),
    ("MaxPool1d", {"kernel_size": 2, "padding": 2}, "padding"),
])
def test_combinations_torch_rejects_are_refused_by_name(layer, args, word) -> None:
    with pytest.raises(LabError) as error:
        validate_args(layer, args)
    assert word in error.value.message
    with pytest.raises((ValueError, RuntimeError, AssertionError)):  # torch rejects them too
        module = plain_class(layer)(**args)
        sample = torch.rand(2, args.get("in_channels", 2), 6)
        module(sample.long() if layer == "Embedding" else sample)
