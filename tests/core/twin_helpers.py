"""The PyTorch twin of a lab session, for test_pytorch_twin.py: what hypothesis draws,
the same steps written in plain PyTorch, and the bit-for-bit comparison of the two.
"""

from __future__ import annotations

import copy
import io
import re
import warnings

import torch
from hypothesis import strategies as st
from torch import nn
from torch.nn.modules.lazy import LazyModuleMixin
from torch.nn.parameter import UninitializedBuffer, is_lazy

from core.errors import LabError
from core.model.inputs import input_spec
from core.model.lab import Lab
from core.model.snapshot import HALF_LAZY, MATERIALIZED, NO_PARAMETERS, UNINITIALIZED

WIDTHS = st.sampled_from([2, 3, 4, 6])


# -- what hypothesis draws -------------------------------------------------------------


@st.composite
def layer(draw) -> tuple[str, dict]:
    """One catalogue layer with small, valid arguments."""
    w = draw(WIDTHS)
    choices = [
        ("LazyLinear", {"out_features": w}),
        ("LazyLinear", {"out_features": w, "bias": False}),
        ("Linear", {"in_features": draw(WIDTHS), "out_features": w}),
        ("LazyBatchNorm1d", {}),
        ("LazyBatchNorm1d", {"affine": False}),
        ("LazyBatchNorm1d", {"affine": False, "track_running_stats": False}),
        ("BatchNorm1d", {"num_features": w}),
        ("LazyConv1d", {"out_channels": w, "kernel_size": 1, "groups": 2 if w % 2 == 0 else 1}),
        ("Conv1d", {"in_channels": w, "out_channels": draw(WIDTHS), "kernel_size": 1}),
        ("LayerNorm", {"normalized_shape": [w]}),
        ("GroupNorm", {"num_groups": 1, "num_channels": w}),
        ("PReLU", {"num_parameters": w}),
        ("SELU", {}),
        ("ReLU", {}),
        ("LeakyReLU", {"negative_slope": -0.1}),
        ("Tanh", {}),
        ("Dropout", {"p": 0.5}),
        ("Flatten", {}),
        ("Identity", {}),
    ]
    return draw(st.sampled_from(choices))


INIT_ARGS = {
    "default": [{}],
    "uniform_": [{}, {"a": -0.5, "b": 0.5}, {"a": 1.0, "b": 1.0}],
    "normal_": [{}, {"mean": 1.0, "std": 0.0}],
    "trunc_normal_": [{}, {"mean": 3.0}, {"a": 1.0, "b": 1.0}],
    "constant_": [{"val": 0.3}],
    "ones_": [{}],
    "zeros_": [{}],
    "eye_": [{}],
    "dirac_": [{}, {"groups": 2}],
    "xavier_uniform_": [{}, {"gain": "relu"}],
    "xavier_normal_": [{}, {"gain": {"nonlinearity": "leaky_relu", "param": -0.1}}],
    "kaiming_uniform_": [{}, {"a": -0.1, "mode": "fan_out"}],
    "kaiming_normal_": [{}, {"nonlinearity": "relu"}],
    "orthogonal_": [{}, {"gain": -1.0}],
    "sparse_": [{"sparsity": 0.5}, {"sparsity": 0.0, "std": 0.1}],
}


TYPES = ["Linear", "LazyLinear", "BatchNorm1d", "LazyBatchNorm1d", "Conv1d", "LazyConv1d",
         "LayerNorm", "ReLU", "Sequential"]


@st.composite
def step(draw, size: int) -> dict:
    op = draw(st.sampled_from(["forward", "forward", "init", "init", "init", "save", "load",
                               "load_fed", "load_fed", "undo"]))
    if op == "forward":
        shape = draw(st.sampled_from([[2, draw(WIDTHS)], [2, draw(WIDTHS), 3], [draw(WIDTHS)]]))
        return {"op": op, "shape": shape, "seed": draw(st.integers(0, 3)),
                "mode": draw(st.sampled_from(["train", "train", "eval"]))}
    if op == "load_fed":  # save from a fed PyTorch copy, then load: lazy layers get shapes
        return {"op": op, "from": "fed", "shape": [2, draw(WIDTHS)]}
    if op == "init":
        name = draw(st.sampled_from(["default", *sorted(INIT_ARGS)]))
        layers = draw(st.one_of(st.none(), st.lists(st.integers(0, size - 1), max_size=2)))
        types = draw(st.one_of(st.none(), st.lists(st.sampled_from(TYPES), max_size=2)))
        return {"op": op, "init": name, "args": draw(st.sampled_from(INIT_ARGS[name])),
                "layers": layers, "types": types,
                "params": draw(st.sampled_from(["weight", "bias", "all"])),
                "seed": draw(st.one_of(st.none(), st.integers(0, 3)))}
    if op == "save":
        # "fed": a PyTorch copy of the network after a forward pass of its own, so a lazy
        # network can load weights it has no shapes for yet (and become half-lazy)
        return {"op": op, "from": draw(st.sampled_from(["lab", "twin", "fed", "fed"])),
                "shape": [2, draw(WIDTHS)]}
    return {"op": op}


# -- the twin: the same steps in plain PyTorch --------------------------------------------


def build_arguments(args: dict) -> dict:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in args.items()}


def clone(net: nn.Sequential) -> nn.Sequential:
    """A deep copy (ties kept); an UninitializedBuffer cannot be deep-copied, so each gets
    a fresh one, as it holds nothing."""
    memo: dict[int, object] = {}
    for buffer in net.buffers():
        if isinstance(buffer, UninitializedBuffer):
            memo[id(buffer)] = UninitializedBuffer(buffer.requires_grad)
    return copy.deepcopy(net, memo)


def torch_kwargs(args: dict) -> dict:
    kwargs = dict(args)
    gain = kwargs.get("gain")
    if isinstance(gain, str):
        kwargs["gain"] = nn.init.calculate_gain(gain)
    elif isinstance(gain, dict):
        kwargs["gain"] = nn.init.calculate_gain(gain["nonlinearity"], gain.get("param"))
    return kwargs


def chosen_positions(net: nn.Sequential, step: dict) -> list[int]:
    positions = list(range(len(net)))
    if step["layers"] is not None and any(p >= len(net) for p in step["layers"]):
        raise IndexError("no such layer")  # after an undo, as the lab refuses it too
    if step["layers"] is not None:
        positions = [p for p in positions if p in step["layers"]]
    if step["types"] is not None:
        positions = [p for p in positions if type(net[p]).__name__ in step["types"]]
    return positions


def twin_init(net: nn.Sequential, step: dict) -> None:
    """``net.apply(init_fn)`` as a person writes it, aimed as the step aims."""
    targets = {id(net[p]) for p in chosen_positions(net, step)}
    for module in net:
        if id(module) in targets and isinstance(module, LazyModuleMixin) and (
            module.has_uninitialized_params()
        ):
            # on purpose: the lab refuses a target that has not seen data yet
            raise ValueError("uninitialized target")
    params, name = step["params"], step["init"]

    def init_fn(module: nn.Module) -> None:
        if id(module) not in targets:
            return
        own = dict(module.named_parameters(recurse=False))
        chosen = [n for n in own if params in ("all", n)]
        if not chosen:
            return
        if name == "default":
            kept = {n: p.detach().clone() for n, p in own.items() if n not in chosen}
            module.reset_parameters()
            with torch.no_grad():
                for n, p in kept.items():
                    getattr(module, n).copy_(p)
            return
        for attr in chosen:
            getattr(nn.init, name)(getattr(module, attr), **torch_kwargs(step["args"]))

    if step["seed"] is None:
        net.apply(init_fn)
        return
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(step["seed"])
        net.apply(init_fn)


def twin_forward(net: nn.Sequential, step: dict) -> None:
    if not len(net):
        raise ValueError("empty")  # on purpose: the lab refuses to feed an empty network
    x = torch.empty(step["shape"]).normal_(0.0, 1.0,
                                           generator=torch.Generator().manual_seed(step["seed"]))
    net.train(step["mode"] == "train")
    with torch.no_grad():
        net(x)


def saved(state: dict) -> dict:
    """Through torch.save and torch.load(weights_only=True), as a file would go."""
    buffer = io.BytesIO()
    torch.save({k: v for k, v in state.items() if not is_lazy(v)}, buffer)
    buffer.seek(0)
    return torch.load(buffer, weights_only=True)


def save_from(lab: Lab, twin: nn.Sequential, step: dict) -> dict | None:
    if step["from"] == "lab":
        return saved(lab.state_dict())
    if step["from"] == "twin":
        return saved(twin.state_dict())
    fed = clone(twin)
    with torch.random.fork_rng(devices=[]):
        try:
            with torch.no_grad(), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                fed(torch.ones(step["shape"]))
        except Exception:  # this width does not fit: no file
            return None
    return saved(fed.state_dict())


# -- comparing -----------------------------------------------------------------------


def bits(tensor: torch.Tensor) -> torch.Tensor:
    tensor = tensor.detach()
    return tensor.view(torch.int32) if tensor.dtype == torch.float32 else tensor


def expected_state(module: nn.Module) -> str:
    tensors = [*module.parameters(), *module.buffers()]
    if any(is_lazy(t) for t in tensors):
        return UNINITIALIZED
    if tensors and isinstance(module, LazyModuleMixin):
        return HALF_LAZY
    return MATERIALIZED if tensors else NO_PARAMETERS


def assert_same(lab: Lab, twin: nn.Sequential, where: str) -> None:
    live = lab.version.net()
    assert lab.snapshot.repr == repr(live) == repr(twin), where
    mine, theirs = live.state_dict(keep_vars=True), twin.state_dict(keep_vars=True)
    assert list(mine) == list(theirs), where
    for key, tensor in theirs.items():
        assert is_lazy(mine[key]) == is_lazy(tensor), (where, key)
        if not is_lazy(tensor):
            assert mine[key].shape == tensor.shape, (where, key)
            assert torch.equal(bits(mine[key]), bits(tensor)), (where, key)
    shared = [[j for j in range(len(twin)) if twin[j] is twin[i]] for i in range(len(twin))]
    assert [[j for j in range(len(live)) if live[j] is live[i]] for i in range(len(live))] == (
        shared), where
    assert [m.state for m in lab.snapshot.modules] == [expected_state(m) for m in twin], where


def check_explanation(error: LabError, exc: BaseException, twin_before: nn.Sequential,
                      lab: Lab) -> None:
    """A forward pass's explanation names the layer and says nothing false about it."""
    assert error.torch_message == (str(exc).strip() or type(exc).__name__)
    message = error.message
    assert "LazyLazy" not in message
    assert error.layer is not None and f"layer {error.layer} " in message
    position = lab.network.position_of(error.layer)
    declared_lazy = lab.network.entries[position].layer.startswith("Lazy")
    module = twin_before[position]
    if "materialized by an earlier forward pass" in message:
        assert declared_lazy and not isinstance(module, LazyModuleMixin), message
    if "make it Lazy" in message or "in_features to" in message or "in_channels to" in message:
        assert not declared_lazy, message
    if "loaded from a file" in message:
        assert isinstance(module, LazyModuleMixin) and not module.has_uninitialized_params()
    if "earlier in this forward pass" in message:
        assert sum(m is module for m in twin_before) > 1, message
    for name, kind in re.findall(r"layer (\S+) \(([A-Z]\w+)\)", message):
        # each layer named by the class it has in front of the user (the pass is undone)
        assert kind == type(twin_before[int(name)]).__name__, message


# -- the property ------------------------------------------------------------------------


def run_lab(lab: Lab, step: dict, files: list) -> None:
    op = step["op"]
    if op == "forward":
        spec = input_spec(step["shape"], fill="normal", seed=step["seed"])
        lab.forward(spec, step["mode"])
    elif op == "init":
        lab.initialize(step["init"], step["args"], step["layers"], step["types"],
                       step["params"], step["seed"])
    elif op == "load":
        lab.load_state_dict(files[-1])
    elif op == "undo":
        lab.undo()


def run_twin(twin: nn.Sequential, step: dict, files: list, history: list) -> nn.Sequential:
    op = step["op"]
    if op == "undo":
        if not history:
            raise ValueError("nothing to undo")
        return history.pop()
    work = clone(twin)  # on purpose: a failed step leaves the network as it was
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if op == "forward":
            twin_forward(work, step)
        elif op == "init":
            twin_init(work, step)
        elif op == "load":
            work.load_state_dict(files[-1], strict=True)
    history.append(twin)
    return work
