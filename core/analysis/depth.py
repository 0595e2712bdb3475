"""How the signal's spread changes through depth under each initializer.

For each candidate a scratch copy of the network is initialized (as in
:mod:`core.analysis.compare`, same seed, working network untouched), a batch x ~ N(0, 1)
goes forward and a simple loss goes backward. Forward hooks record the standard
deviation of every layer's output, and tensor hooks on those outputs record the
standard deviation of the gradient arriving at them. The loss is ⟨y, G⟩ with a
fixed G ~ N(0, 1) of the output's shape, so the gradient reaching the top is G
itself (std 1) whatever the forward scale: vanishing or exploding gradients
then show as they are.

Theory, where it applies (Linear/convolution layers with zero-mean weights, ReLU,
LeakyReLU, PReLU with one slope, Identity, Flatten, Dropout, a first Embedding fed
ids): with q = E[x²],
    q_out = fan_in · E[w²] · q_in + E[b²]            (forward)
    g_in  = fan_out · E[w²] · g_out                   (backward)
and ReLU halves both (its output std is √(q·(1/2 − 1/(2π)))). The chain stops
at the first layer it does not cover; ``DepthResult.notes`` says where and why
(core.analysis.depth_notes).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn as nn
from torch.nn.modules.conv import _ConvNd

from core.analysis import depth_notes, theory
from core.analysis.candidates import (
    DEFAULT_CANDIDATES,
    check_common,
    initialized_copies,
    parse_candidates,
    require_materialized,
)
from core.analysis.layer_stat import LayerStat
from core.analysis.layer_stat import spread as _std
from core.analysis.user_depth import layer_stats as user_layer_stats
from core.errors import INVALID_ARGUMENT, SHAPE_MISMATCH, LabError
from core.messages import msg
from core.model import memory
from core.model.json_form import number
from core.model.lab import Lab
from core.model.module_copies import copy_sharing

DEFAULT_BATCH = 256
MODES = ("train", "eval")
# Layers a reader counts as part of the layer before them: "Linear + ReLU" is one stage.
FOLLOWERS = frozenset(
    name for module in (nn.modules.activation, nn.modules.dropout, nn.modules.batchnorm,
                        nn.modules.normalization)
    for name in module.__all__ if name != "MultiheadAttention"
)


@dataclass(frozen=True)
class Stage:
    """Consecutive positions read as one layer: a layer and the activation (norm, dropout)
    after it. Its values are those of its last position's output."""

    index: int
    first: int
    last: int
    names: tuple[str, ...]
    types: tuple[str, ...]

    @property
    def name(self) -> str:
        """"2–3" for positions named 2 and 3; a single position keeps its own name."""
        return self.names[0] if len(self.names) == 1 else f"{self.names[0]}–{self.names[-1]}"

    @property
    def type(self) -> str:
        return " + ".join(self.types)


def group_stages(layers) -> tuple[Stage, ...]:
    """Stages of ``layers`` (LayerStat-like: name, type): followers join the stage before."""
    groups: list[list] = []
    for layer in layers:
        if groups and layer.type in FOLLOWERS:
            groups[-1].append(layer)
        else:
            groups.append([layer])
    return tuple(
        Stage(i, group[0].position, group[-1].position, tuple(x.name for x in group),
              tuple(x.type for x in group))
        for i, group in enumerate(groups)
    )


@dataclass(frozen=True)
class DepthCurve:
    label: str
    init: str
    args: dict
    layers: tuple[LayerStat, ...]
    error: str | None = None


@dataclass(frozen=True)
class DepthResult:
    shape: tuple[int, ...]
    seed: int
    mode: str
    curves: tuple[DepthCurve, ...]
    notes: tuple[str, ...] = ()  # what cannot be measured or predicted (depth_notes)

    def stages(self) -> tuple[Stage, ...]:
        """The positions grouped as a reader names them (see ``group_stages``)."""
        for curve in self.curves:
            if curve.layers:
                return group_stages(curve.layers)
        return ()

    def names(self) -> tuple[str, ...]:
        for curve in self.curves:
            if curve.layers:
                return tuple(f"{s.name} {s.type}" for s in curve.layers)
        return ()

    def to_json(self) -> dict:
        return {
            "shape": list(self.shape),
            "seed": self.seed,
            "mode": self.mode,
            "loss": "sum(output * G), G ~ N(0, 1)",
            "notes": [str(note) for note in self.notes],
            "curves": [{
                "label": c.label, "init": c.init, "args": dict(c.args), "error": c.error,
                "layers": [{
                    "position": s.position, "name": s.name, "type": s.type,
                    "activation_std": number(s.activation_std),
                    "gradient_std": number(s.gradient_std),
                    "expected_activation_std": number(s.expected_activation_std),
                    "expected_gradient_std": number(s.expected_gradient_std),
                } for s in c.layers],
            } for c in self.curves],
        }


def batch_shape(lab: Lab, shape, batch: int | None) -> tuple[int, ...]:
    """The given shape, else the last forward input's shape with ``batch`` rows."""
    if shape is None:
        spec = lab.version.input
        if spec is None:
            raise LabError(INVALID_ARGUMENT, msg(
                "Depth statistics need an input shape: give shape (e.g. [256, 20]) or run a "
                "forward pass first, whose input shape is then used."))
        shape = [batch or DEFAULT_BATCH, *spec.shape[1:]]
    if (
        not isinstance(shape, (list, tuple)) or not shape
        or not all(isinstance(d, int) and not isinstance(d, bool) and d > 0 for d in shape)
    ):
        raise LabError(INVALID_ARGUMENT, msg(
            "shape must be a list of whole numbers ≥ 1 such as [256, 20], got {shape!r}.",
            shape=shape))
    if shape[0] < 2:
        raise LabError(INVALID_ARGUMENT, msg(
            "shape: the batch (first dimension) must be at least 2 to measure a spread, "
            "got {shape!r}.", shape=list(shape)))
    return tuple(int(d) for d in shape)


def depth_statistics(
    lab: Lab,
    inits=DEFAULT_CANDIDATES,
    seed: int = 0,
    params: str = "weight",
    shape=None,
    layers=None,
    types=None,
    mode: str = "train",
    progress=None,
) -> DepthResult:
    """Per-layer activation and gradient std for each initializer; see the module doc."""
    candidates = parse_candidates(list(inits))
    check_common(lab, seed, params, layers, types)
    if mode not in MODES:
        raise LabError(INVALID_ARGUMENT, msg(
            "mode must be 'train' or 'eval', got {mode!r}.", mode=mode))
    require_materialized(lab, "Depth statistics")
    shape = batch_shape(lab, shape, None)
    elements = math.prod(shape)
    sizes = [p.numel or 0 for p in lab.snapshot.parameters]
    memory.check(
        memory.depth_bytes(sum(sizes), max(sizes, default=0), elements,
                           memory.depth_outputs(lab.snapshot, lab.version.input, shape)),
        lab.limit(),
        msg("Depth statistics on an input of shape {shape}", shape=list(shape)),
        msg("use a smaller batch."),
    )
    curves, notes = [], ()
    with torch.random.fork_rng(devices=[]):
        for candidate, scratch, error in initialized_copies(
            lab, candidates, seed, params, layers, types, progress
        ):
            if scratch is None:
                curves.append(DepthCurve(candidate.label, candidate.init, dict(candidate.args),
                                         (), error.message))
                continue
            net = copy_sharing(scratch.version.net())  # backward and running stats stay here
            if getattr(scratch.network, "user_model", False) or scratch.network.nested:
                # a model of the user's own, or blocks: measured at every layer inside
                x, gradient_seed = make_batch(shape, seed)
                curves.append(DepthCurve(candidate.label, candidate.init, dict(candidate.args),
                                         user_layer_stats(net, x, gradient_seed, mode)))
                continue
            names = scratch.network.names()
            changed = {p.name for p in scratch.snapshot.parameters if p.changed}
            dists = {
                id(param): theory.expected(
                    net.get_submodule(name.rpartition(".")[0]), name.rpartition(".")[2],
                    candidate.init, candidate.args)
                for name, param in net.named_parameters() if name in changed
            }
            x, gradient_seed = make_batch(shape, seed, net)
            expected_a, expected_g = expectation(net, x, mode, dists)
            notes = notes or depth_notes.notes(net, names, expected_a)
            stats = measure(net, x, gradient_seed, mode)
            layer_stats = tuple(
                LayerStat(i, names[i], type(module).__name__, a, g, ea, eg)
                for i, (module, (a, g), ea, eg) in enumerate(
                    zip(net, stats, expected_a, expected_g, strict=True))
            )
            curves.append(DepthCurve(candidate.label, candidate.init, dict(candidate.args),
                                     layer_stats))
    if all(c.error for c in curves):
        raise LabError(INVALID_ARGUMENT, curves[0].error or "")
    return DepthResult(shape, seed, mode, tuple(curves), notes)


# The batch and G must not reuse the initializers' random stream: with the same seed,
# kaiming_normal_'s weights would be the batch itself, rescaled, and far from independent.
BATCH_STREAM, TARGET_STREAM = 0x5DEECE66D, 0x2545F4914F6C


def make_batch(
    shape: tuple[int, ...], seed: int, net: nn.Sequential | None = None
) -> tuple[torch.Tensor, int]:
    """x ~ N(0, 1) from a stream of its own (ids when ``net`` starts with an Embedding);
    the seed that draws G comes with it."""
    generator = torch.Generator().manual_seed(seed ^ BATCH_STREAM)
    embedding = depth_notes.first_embedding(net) if net is not None else None
    if embedding is not None:
        return depth_notes.ids_batch(embedding, shape, generator), seed ^ TARGET_STREAM
    return torch.randn(shape, generator=generator), seed ^ TARGET_STREAM


def measure(
    net: nn.Sequential, x: torch.Tensor, gradient_seed: int, mode: str = "train"
) -> list[tuple[float, float]]:
    """(output std, gradient std) of every position, from forward hooks and tensor hooks."""
    outputs: list[torch.Tensor] = []
    gradients: dict[int, float] = {}

    def record(module: nn.Module, args: tuple, output: torch.Tensor) -> None:
        index = len(outputs)
        outputs.append(output)
        if output.requires_grad:
            output.register_hook(lambda grad, i=index: gradients.__setitem__(i, _std(grad)))

    handles = [m.register_forward_hook(record) for m in {id(m): m for m in net}.values()]
    try:
        net.train(mode == "train")
        try:
            # integer ids cannot require grad: the gradient then starts at the Embedding
            out = net(x.clone().requires_grad_(True) if x.is_floating_point() else x)
        except Exception as exc:
            raise LabError(SHAPE_MISMATCH, msg(
                "The depth batch of shape {shape} does not fit the network: {error} Give a "
                "shape whose last dimensions match the network's input.",
                shape=list(x.shape), error=str(exc).split("\n")[0]),
                torch_message=str(exc)) from exc
        generator = torch.Generator().manual_seed(gradient_seed)
        target = torch.randn(out.shape, generator=generator)
        (out * target).sum().backward()
    finally:
        for handle in handles:
            handle.remove()
    return [(_std(o), gradients.get(i, math.nan)) for i, o in enumerate(outputs)]


def _mean_square(tensor: torch.Tensor) -> float:
    return float(tensor.detach().double().pow(2).mean())


def _moment(tensor: torch.Tensor, dists: dict) -> tuple[float, float]:
    """(mean, E[x²]): the initializer's distribution's if known, else the tensor's own."""
    dist = dists.get(id(tensor))
    if dist is not None and dist.known:
        return dist.mean, dist.second_moment
    return float(tensor.detach().double().mean()), _mean_square(tensor)


def _moments(module: nn.Module, dists: dict) -> tuple[float, float, float, int, int] | None:
    """(E[w²], E[b], E[b²], fan_in, fan_out) of a Linear/conv layer with zero-mean weights."""
    weight = module.weight
    fan = theory.fans(tuple(weight.shape))
    weight_mean, weight_square = _moment(weight, dists)
    if fan is None or abs(weight_mean) > 0.1 * math.sqrt(weight_square):
        return None  # ones_, constant_ ...: not a zero-mean random matrix
    bias = getattr(module, "bias", None)
    bias_mean, bias_square = _moment(bias, dists) if bias is not None else (0.0, 0.0)
    return weight_square, bias_mean, bias_square, fan[0], fan[1]


def expectation(
    net: nn.Sequential, x: torch.Tensor, mode: str = "train", dists: dict | None = None
) -> tuple[list[float], list[float]]:
    """Expected output std and gradient std per position; nan where theory stops.

    ``dists`` maps id(parameter) to the distribution its initializer draws from;
    E[w²] and E[b²] come from it, or else from the tensor's own mean square.
    """
    dists = dists or {}
    count = len(net)
    q, mean, symmetric = _mean_square(x), float(x.double().mean()), True
    activation = [math.nan] * count
    factors: list[tuple[str, float] | None] = [None] * count  # how each layer scales g
    broken = False
    for i, module in enumerate(net):
        if broken:
            break
        step = _forward_step(module, q, mean, symmetric, mode, dists)
        if step is None:
            broken = True
            break
        q, mean, symmetric, factors[i] = step
        activation[i] = math.sqrt(max(q - mean * mean, 0.0))
    gradient = [math.nan] * count
    g = 1.0  # E[G²] of the gradient that reaches the top
    for i in range(count - 1, -1, -1):
        gradient[i] = math.sqrt(g)
        if factors[i] is None:
            break
        g *= factors[i][1]
    return activation, gradient


def _forward_step(module, q, mean, symmetric, mode, dists):
    """(q, mean, symmetric, (kind, backward factor)) after ``module``; None: no theory."""
    if isinstance(module, nn.Embedding):
        # uniform ids pick rows uniformly: the output's moments are the weight's
        weight_mean, weight_square = _moment(module.weight, dists)
        return weight_square, weight_mean, abs(weight_mean) < 1e-12, ("embedding", 0.0)
    if isinstance(module, nn.PReLU):
        slopes = module.weight.detach()
        if not bool((slopes == slopes.reshape(-1)[0]).all()):
            return None  # one slope per channel: no single factor
        module = nn.LeakyReLU(float(slopes.reshape(-1)[0]))
    if isinstance(module, _ConvNd) and module.transposed:
        return None  # the terms per output vary with borders and stride (depth_notes)
    if isinstance(module, (nn.Linear, _ConvNd)):
        moments = _moments(module, dists)
        if moments is None:
            return None
        w2, bias_mean, b2, fan_in, fan_out = moments
        return fan_in * w2 * q + b2, bias_mean, True, ("linear", fan_out * w2)
    if isinstance(module, (nn.ReLU, nn.LeakyReLU)):
        slope = module.negative_slope if isinstance(module, nn.LeakyReLU) else 0.0
        if not symmetric:
            return (q, mean, False, ("identity", 1.0)) if slope == 0 and mean >= 0 else None
        out_q = q * (1 + slope * slope) / 2
        out_mean = (1 - slope) * math.sqrt(q) / math.sqrt(2 * math.pi)
        return out_q, out_mean, False, ("relu", (1 + slope * slope) / 2)
    if isinstance(module, (nn.Identity, nn.Flatten)):
        return q, mean, symmetric, ("identity", 1.0)
    if isinstance(module, nn.Dropout):
        if mode == "eval" or module.p == 0:
            return q, mean, symmetric, ("identity", 1.0)
        if module.p >= 1:
            return None
        keep = 1 - module.p
        return q / keep, mean, symmetric, ("dropout", 1 / keep)
    return None
