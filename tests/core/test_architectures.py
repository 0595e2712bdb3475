"""The architecture templates are exactly plain PyTorch code, lazy where they say, small.

Each template is built and run next to its twin written in the test
(``reference_architectures``) under the same seed: the same print(net), names,
shapes, buffers and values, before and after a forward pass on the template's example
input.
"""

from __future__ import annotations

import pytest
import torch
from torch import nn
from torch.nn.parameter import is_lazy

from core.messages import Message
from core.model.architectures import ARCHITECTURES, IDS, NORMAL
from tests.core.reference_architectures import TWINS

KEYS = sorted(ARCHITECTURES)
SMALL = 1_000_000  # every template opens at once on a 2-core CPU


def _state(net: nn.Module) -> list[tuple[str, tuple, torch.Tensor]]:
    """Names, shapes and values of the materialized parameters and buffers."""
    return [(name, tuple(t.shape), t.detach().clone())
            for name, t in [*net.named_parameters(), *net.named_buffers()] if not is_lazy(t)]


def _assert_same_state(got, want):
    assert [(n, s) for n, s, _ in got] == [(n, s) for n, s, _ in want]
    for (name, _, a), (_, _, b) in zip(got, want, strict=True):
        assert torch.equal(a, b), name


def _lazy_names(net: nn.Module) -> set[str]:
    return {name for name, p in net.named_parameters() if is_lazy(p)}


def test_every_template_has_a_twin_and_translatable_texts():
    assert set(KEYS) == set(TWINS)
    for key, arch in ARCHITECTURES.items():
        assert arch.key == key
        assert isinstance(arch.title, Message) and isinstance(arch.description, Message)
        assert arch.fill in (NORMAL, IDS)


@pytest.mark.parametrize("key", KEYS)
def test_template_is_the_same_pytorch_code_seeded(key):
    arch = ARCHITECTURES[key]
    torch.manual_seed(7)
    net = arch.build()
    torch.manual_seed(7)
    twin = TWINS[key]()
    assert repr(net) == repr(twin)
    assert [n for n, _ in net.named_parameters()] == [n for n, _ in twin.named_parameters()]
    _assert_same_state(_state(net), _state(twin))  # the eager layers (Embedding, LSTM)

    x = arch.example_input()
    torch.manual_seed(11)  # a forward that draws (dropout) draws the same in both
    y = net(x)
    torch.manual_seed(11)
    y_twin = twin(x.clone())
    assert repr(net) == repr(twin)
    _assert_same_state(_state(net), _state(twin))
    assert torch.equal(y, y_twin)


@pytest.mark.parametrize("key", KEYS)
def test_lazy_parameters_wait_for_the_first_forward(key):
    arch = ARCHITECTURES[key]
    torch.manual_seed(0)
    net = arch.build()
    expected = {f"{module_name}.{name}" if module_name else name
                for module_name, module in net.named_modules()
                if type(module).__name__.startswith("Lazy")
                for name, _ in module.named_parameters(recurse=False)}
    assert expected, "every template has at least one lazy module"
    assert _lazy_names(net) == expected
    with torch.no_grad():
        net(arch.example_input())
    assert not _lazy_names(net)
    assert not any(type(m).__name__.startswith("Lazy") for m in net.modules())


@pytest.mark.parametrize("key", KEYS)
def test_output_shape_and_size_are_as_promised(key):
    arch = ARCHITECTURES[key]
    torch.manual_seed(0)
    net = arch.build()
    with torch.no_grad():
        y = net(arch.example_input())
    assert tuple(y.shape) == arch.output_shape
    assert torch.isfinite(y).all()
    count = sum(p.numel() for p in net.parameters())
    assert count <= arch.max_parameters <= SMALL


def test_resnet_has_four_stages_of_two_residual_blocks_with_1x1_shortcuts_where_needed():
    torch.manual_seed(0)
    net = ARCHITECTURES["resnet18_small"].build()
    stages = [getattr(net, f"stage{i}") for i in range(1, 5)]
    assert [len(stage) for stage in stages] == [2, 2, 2, 2]
    shortcuts = [[block.conv3 is not None for block in stage] for stage in stages]
    assert shortcuts == [[False, False], [True, False], [True, False], [True, False]]
    net(ARCHITECTURES["resnet18_small"].example_input())
    assert [stage[0].conv2.out_channels for stage in stages] == [16, 32, 64, 128]


def test_transformer_layers_start_identical_positions_are_sinusoids_generator_fans_swap():
    """What the descriptions say about PyTorch's defaults, checked against PyTorch."""
    torch.manual_seed(0)
    net = ARCHITECTURES["transformer_classifier"].build()
    first, second = net.encoder.layers
    for (name, a), (_, b) in zip(first.named_parameters(), second.named_parameters(),
                                    strict=True):
        assert torch.equal(a, b), name

    table = net.position.P[0]  # sinusoidal: sin at even, cos at odd features
    position = torch.arange(table.shape[0], dtype=torch.float64)[:, None]
    angle = position / 10000 ** (torch.arange(0, table.shape[1], 2, dtype=torch.float64) / 32)
    assert torch.allclose(table[:, 0::2].double(), angle.sin(), atol=1e-5)
    assert torch.allclose(table[:, 1::2].double(), angle.cos(), atol=1e-5)

    gen_arch = ARCHITECTURES["dcgan_generator"]
    generator = gen_arch.build()
    generator(gen_arch.example_input())
    weight = generator[0].conv2d_trans.weight  # latent 16 in, 32 out
    assert tuple(weight.shape[:2]) == (16, 32)
    fan_in, _ = nn.init._calculate_fan_in_and_fan_out(weight)
    assert fan_in == 32 * 4 * 4


@pytest.mark.parametrize("key", KEYS)
def test_example_input_is_reproducible_and_leaves_the_global_generator_alone(key):
    arch = ARCHITECTURES[key]
    torch.manual_seed(3)
    before = torch.random.get_rng_state()
    x = arch.example_input(seed=5)
    assert torch.equal(torch.random.get_rng_state(), before)
    assert torch.equal(x, arch.example_input(seed=5))
    assert tuple(x.shape) == arch.input_shape
    generator = torch.Generator().manual_seed(5)
    if arch.fill == IDS:
        assert x.dtype == torch.int64
        assert torch.equal(x, torch.randint(0, arch.vocab, arch.input_shape,
                                            generator=generator))
        assert int(x.min()) >= 0 and int(x.max()) < arch.vocab
    else:
        assert x.dtype == torch.float32
        assert torch.equal(x, torch.randn(arch.input_shape, generator=generator))
    assert str(arch.input_shape[0]) in arch.describe_input()
