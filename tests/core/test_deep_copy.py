"""``deep_copy`` makes the copy ``copy.deepcopy`` makes: the same objects shared, the same
objects new, the same values, for every catalogue layer (lazy ones before and after their
first forward pass), blocks, real architectures, hooks and a user's own module class."""

from __future__ import annotations

import copy
import weakref

import pytest
import torch
from torch import nn
from torch.utils.hooks import RemovableHandle

from core.model import catalogue
from core.model.architecture_nets import resnet18_small
from core.model.deep_copy import deep_copy
from core.model.module_copies import materialized
from tests.core.catalogue_helpers import MINIMAL
from tests.core.d2l_models import rgnet
from tests.core.reference_architectures import dcgan_twin, lenet_twin


def _same(a, b, originals: set[int], pairs: dict[int, int]) -> None:
    """``a`` (from deepcopy) and ``b`` (from deep_copy) are the same graph: an original
    object (``originals``: ids) where the other has the very same, new objects alike
    everywhere else."""
    if id(a) in originals or id(b) in originals:
        assert a is b, (type(a), type(b))
        return
    if id(a) in pairs:
        assert pairs[id(a)] == id(b), type(a)
        return
    assert type(a) is type(b)
    if isinstance(a, (int, float, str, bytes, type(None), torch.dtype, torch.device)):
        assert a == b
        return
    pairs[id(a)] = id(b)
    if isinstance(a, torch.Tensor):
        assert a is not b and a.requires_grad == b.requires_grad and a.dtype == b.dtype
        if isinstance(a, nn.parameter.UninitializedTensorMixin):
            return
        assert a.shape == b.shape and torch.equal(a, b)
        assert a.untyped_storage().data_ptr() != b.untyped_storage().data_ptr() or not a.numel()
        return
    if isinstance(a, (list, tuple)):
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            _same(x, y, originals, pairs)
        return
    if isinstance(a, (set, frozenset)):
        assert a == b
        return
    if isinstance(a, dict):
        assert list(a) == list(b)
        for key in a:
            _same(a[key], b[key], originals, pairs)
        return
    if isinstance(a, weakref.ref):
        _same(a(), b(), originals, pairs)
        return
    if hasattr(a, "__func__"):  # a bound method: the same function on matching objects
        assert a.__func__ is b.__func__
        _same(a.__self__, b.__self__, originals, pairs)
        return
    if isinstance(a, RemovableHandle):
        _same(a.__getstate__(), b.__getstate__(), originals, pairs)
        return
    _same(vars(a), vars(b), originals, pairs)


def _objects(module: nn.Module) -> set[int]:
    """ids of what ``module`` holds (modules, their dicts, tensors, lists): a copy reuses
    only what its memo gave."""
    found: set[int] = set()

    def walk(value) -> None:
        if id(value) in found or isinstance(value, (int, float, str, type(None))):
            return
        found.add(id(value))
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, nn.Module):
            walk(vars(value))
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    walk(module)
    return found


def check(module: nn.Module, shared=()) -> None:
    """Copied both ways with ``shared`` tensors kept: the same result."""
    memo_a = {id(t): t for t in shared}
    for buffer in module.buffers():  # deepcopy refuses these: the lab gives fresh ones
        if isinstance(buffer, nn.parameter.UninitializedBuffer):
            memo_a[id(buffer)] = nn.parameter.UninitializedBuffer()
    memo_b = dict(memo_a)
    originals = _objects(module) | {id(t) for t in memo_a.values()}
    expected = copy.deepcopy(module, memo_a)
    got = deep_copy(module, memo_b)
    _same(expected, got, originals, {})
    assert repr(got) == repr(module)
    for key, value in module.state_dict().items():
        if not isinstance(value, nn.parameter.UninitializedTensorMixin):
            assert torch.equal(got.state_dict()[key], value)


def built(name: str) -> nn.Module:
    return catalogue.build_module(name, catalogue.validate_args(name, MINIMAL.get(name, {})))


@pytest.mark.parametrize("name", [n for n in catalogue.LAYERS
                                  if not catalogue.layer_spec(n).container])
def test_every_catalogue_layer_is_copied_as_deepcopy_copies_it(name) -> None:
    torch.manual_seed(0)
    module = built(name)
    check(module)
    check(module, materialized(module))  # the lab's way: materialized tensors shared


@pytest.mark.parametrize("name", ["LazyLinear", "LazyConv2d", "LazyBatchNorm1d"])
def test_lazy_layers_before_and_after_their_first_forward_pass(name) -> None:
    torch.manual_seed(0)
    module = built(name)
    check(module)
    x = torch.rand(4, 3, 8, 8) if "Conv" in name else torch.rand(4, 3)
    module(x)
    check(module, materialized(module))


def test_networks_blocks_ties_hooks_and_a_users_own_class() -> None:
    torch.manual_seed(0)

    class Mine(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.body = nn.Sequential(nn.Linear(3, 3), nn.ReLU())
            self.tied = self.body[0]
            self.scale = torch.ones(3)  # a plain tensor attribute
            self.notes = {"kind": ["a", "b"]}

        def forward(self, x):
            return self.tied(self.body(x)) * self.scale

    mine = Mine()
    mine.body[0].register_forward_hook(lambda *args: None)
    mine.register_forward_pre_hook(mine.forward)
    mine.removed = mine.register_forward_hook(lambda *args: None)  # refers to an empty dict
    mine.removed.remove()
    for net in (mine, resnet18_small(), lenet_twin(), dcgan_twin(), rgnet(),
                nn.Sequential(nn.LazyLinear(4), nn.ReLU(), nn.LazyLinear(2))):
        check(net)
        check(net, materialized(net))
