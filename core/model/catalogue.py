"""The layer catalogue: which torch.nn layers a person can add, and their argument schemas.

Argument names and defaults come from the torch signatures themselves, so the
catalogue cannot drift from PyTorch; only kinds, ranges, choices and help text
are written by hand. Bad values are refused here, in plain words, before torch
sees them.
"""

from __future__ import annotations

import difflib
import inspect
from dataclasses import dataclass
from typing import Any

import torch
from torch import nn
from torch.nn.parameter import is_lazy

from core.errors import INVALID_ARGUMENT, UNKNOWN_LAYER, LabError
from core.messages import msg
from core.model import containers, layer_checks, schema
from core.model.layer_groups import activation, lazy, linear_conv, normalization, sequence, shape
from core.model.layer_rules import OVERRIDES, RULES, WINDOW_ARGS
from core.model.schema import ArgSpec

GROUPS = ("lazy", "linear_conv", "normalization", "activation", "shape", "sequence", "blocks")
GROUP_TITLES = {
    "lazy": msg("Lazy"),
    "linear_conv": msg("Linear & convolution"),
    "normalization": msg("Normalization"),
    "activation": msg("Activation"),
    "shape": msg("Pooling, shape & dropout"),
    "sequence": msg("Embedding, recurrent & attention"),
    "blocks": msg("Blocks: nested, residual, parallel"),
}
_ROWS = {
    "lazy": lazy.ROWS, "linear_conv": linear_conv.ROWS, "normalization": normalization.ROWS,
    "activation": activation.ROWS, "shape": shape.ROWS, "sequence": sequence.ROWS,
}

# Signature parameters the catalogue never offers: device/dtype are the lab's business,
# return_indices=True would make MaxPool2d return a tuple, breaking nn.Sequential, and
# Embedding's _weight/_freeze are private ways to pass a ready tensor; its max_norm
# rewrites the weight in place during forward, which would change a committed snapshot.
_SKIPPED = frozenset({
    "self", "device", "dtype", "return_indices", "_weight", "_freeze", "max_norm", "norm_type",
})


@dataclass(frozen=True)
class LayerSpec:
    """One palette entry: a torch.nn class plus the schema a form is built from.

    ``torch_class`` is what is built: ``getattr(nn, name)``, or for layers that return
    a tuple in torch its single-tensor subclass (core.model.sequence_layers).
    ``default_init`` says how PyTorch initializes the layer by default, and why it matters.
    """

    name: str
    group: str
    lazy: bool
    becomes: str
    args: tuple[ArgSpec, ...]
    doc: str
    torch_class: type
    default_init: str = ""

    @property
    def container(self) -> bool:
        """Whether entries of this layer hold child layers (core.model.containers)."""
        return self.group == "blocks"

    @property
    def wrapped(self) -> bool:
        """Whether the built class is the lab's subclass of ``nn.<name>``, not torch's own."""
        return self.torch_class is not getattr(nn, self.name, None)


def _signature_params(cls: type) -> list[inspect.Parameter]:
    """Named parameters of ``cls.__init__`` a person may set (no *args/**kwargs)."""
    params = inspect.signature(cls.__init__).parameters.values()
    named = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    return [p for p in params if p.kind in named and p.name not in _SKIPPED]


def _arg_spec(layer: str, dims: int, param: inspect.Parameter) -> ArgSpec:
    required = param.default is inspect.Parameter.empty
    fields: dict[str, Any] = {"default": None if required else param.default}
    fields.update(RULES[param.name])
    if param.name in WINDOW_ARGS:
        fields["length"] = dims
    transposed = "Transpose" in layer
    if param.name == "padding" and layer.startswith(("Conv", "LazyConv")) and not transposed:
        fields["alt_choices"] = ("same", "valid")
        fields["help"] = msg(
            "{help} 'same' keeps the size (stride 1 only); 'valid' adds none.",
            help=fields["help"],
        )
    fields.update(OVERRIDES.get(layer, {}).get(param.name, {}))
    if fields["default"] is None and not required:
        fields["nullable"] = True
    return ArgSpec(name=param.name, required=required, **fields)


def _make_spec(name: str, group: str, dims: int, doc: str, default_init: str) -> LayerSpec:
    cls = sequence.CLASSES.get(name) or getattr(nn, name)
    params = _signature_params(cls)
    unknown = [p for p in params if p.name not in RULES]
    for param in unknown:
        # A newer torch added an argument: optional ones keep torch's default, required ones
        # cannot be guessed, so fail loudly at import rather than at the first build.
        if param.default is inspect.Parameter.empty:
            raise RuntimeError(f"catalogue: no rule for required argument {name}.{param.name}")
    args = tuple(_arg_spec(name, dims, p) for p in params if p not in unknown)
    becomes = getattr(cls, "cls_to_become", None) or cls
    lazy = issubclass(cls, nn.modules.lazy.LazyModuleMixin)
    return LayerSpec(name, group, lazy, becomes.__name__, args, doc, cls, default_init)


LAYERS: dict[str, LayerSpec] = {
    row[0]: _make_spec(row[0], group, *row[1:]) for group in GROUPS[:-1] for row in _ROWS[group]
}
LAYERS.update({
    name: LayerSpec(name, "blocks", False, containers.CLASSES[name].__name__,
                    containers.ARGS[name], containers.DOCS[name], containers.CLASSES[name],
                    containers.DEFAULT_INIT)
    for name in containers.NAMES
})


def layer_spec(name: object) -> LayerSpec:
    """The spec for ``name``, or ``unknown_layer`` with a did-you-mean suggestion."""
    if isinstance(name, str) and name in LAYERS:
        return LAYERS[name]
    hint = ""
    if isinstance(name, str):
        close = difflib.get_close_matches(name, LAYERS, n=1)
        if not close:
            lowered = {key.lower(): key for key in LAYERS}
            close = [lowered[m] for m in difflib.get_close_matches(name.lower(), lowered, n=1)]
        if close:
            hint = msg(" Did you mean {name}?", name=repr(close[0]))
    shown = repr(name) if len(repr(name)) <= 60 else repr(name)[:57] + "..."
    raise LabError(
        UNKNOWN_LAYER,
        msg(
            "Unknown layer {shown}.{hint} Available: {names}.",
            shown=shown, hint=hint, names=", ".join(LAYERS),
        ),
    )


def validate_args(name: str, args: dict | None) -> dict:
    """Checked, normalised arguments for ``name`` (defaults filled, lists made tuples).

    Besides the per-field schema, refuses combinations torch would reject
    obscurely, at construction or only at the first forward pass (core.model.layer_checks).
    """
    spec = layer_spec(name)
    valid = schema.validate(spec.args, {} if args is None else args, owner=spec.name)
    layer_checks.check(spec.name, valid)
    return valid


def _explain(exc: BaseException) -> str:
    text = str(exc).lower()
    if isinstance(exc, MemoryError) or "memory" in text or "overflow" in text:
        return msg("its parameters are too large to allocate; use smaller sizes")
    return msg("PyTorch refused these arguments (see PyTorch's message)")


def build_module(name: str, args: dict, device: Any = None) -> nn.Module:
    """A fresh module from validated ``args``; any torch failure becomes a LabError."""
    spec = layer_spec(name)
    kwargs = dict(args)
    if device is not None and "device" in inspect.signature(spec.torch_class.__init__).parameters:
        kwargs["device"] = device
    try:
        return spec.torch_class(**kwargs)
    except Exception as exc:  # torch raises many exception types; all mean bad arguments
        raise LabError(
            INVALID_ARGUMENT,
            msg("{layer}: {reason}.", layer=spec.name, reason=_explain(exc)),
            torch_message=str(exc),
        ) from exc


MEMO_SIZE = 1024  # layers (type and arguments) whose meta-built facts are kept
_counts: dict[tuple, int] = {}
_reprs: dict[tuple, str] = {}


def args_key(name: str, args: dict) -> tuple:
    """A hashable key for a layer and its arguments that tells every value apart (1 from
    1.0 and True, 0.0 from -0.0), for facts that depend on nothing else."""
    return (name, tuple((key, type(value), repr(value)) for key, value in args.items()))


def _remember(memo: dict, key: tuple, value):
    if len(memo) >= MEMO_SIZE:
        memo.clear()
    memo[key] = value
    return value


def parameter_count(name: str, args: dict) -> int:
    """Parameter and buffer elements the layer allocates when built (lazy ones count 0).

    Built on the meta device, so a huge layer is counted without allocating it; once
    per type and arguments (a deep network repeats a few layers many times).
    """
    key = args_key(name, args)
    count = _counts.get(key)
    return count if count is not None else _remember(_counts, key, _count(name, args))


def meta_repr(name: str, valid: dict) -> str:
    """``repr`` of the layer built from validated arguments (on "meta" where it can be),
    once per type and arguments; building draws nothing from the random stream."""
    key = args_key(name, valid)
    text = _reprs.get(key)
    if text is None:
        with torch.random.fork_rng(devices=[]):  # building on "meta" draws nothing that stays
            text = _remember(_reprs, key, repr(build_module(name, valid, device="meta")))
    return text


def _count(name: str, args: dict) -> int:
    spec = layer_spec(name)
    valid = validate_args(spec.name, args)
    if spec.container:  # its children are counted one by one; its shortcut is lazy
        return 0
    try:
        with torch.device("meta"):
            module = spec.torch_class(**valid)
    except Exception as exc:  # same contract as build_module
        raise LabError(
            INVALID_ARGUMENT,
            msg("{layer}: {reason}.", layer=spec.name, reason=_explain(exc)),
            torch_message=str(exc),
        ) from exc
    tensors = [*module.parameters(), *module.buffers()]
    return sum(t.numel() for t in tensors if not is_lazy(t))


def _same(value: Any, default: Any) -> bool:
    """Whether ``value`` means torch's default; (1, 1) means 1 for a window argument."""
    if isinstance(value, (tuple, list)) and type(default) is int:
        return all(type(v) is int and v == default for v in value)
    return type(value) is type(default) and value == default


def code_args(name: str, args: dict) -> str:
    """Constructor arguments as Python source, for exporting runnable PyTorch code.

    Required arguments are positional; others appear as keywords only when they
    differ from torch's own default (so Softmax's catalogue default -1 is written).
    """
    spec = layer_spec(name)
    if spec.container:  # the lab's own arguments of a block, as labels show them
        return ", ".join(f"{a.name}={args[a.name]!r}" for a in spec.args
                         if a.name in args and args[a.name] != a.default)
    defaults = {p.name: p.default for p in _signature_params(spec.torch_class)}
    parts = []
    for arg in spec.args:
        if arg.name not in args:
            continue
        value = args[arg.name]
        if arg.required:
            parts.append(repr(value))
        elif not _same(value, defaults[arg.name]):
            parts.append(f"{arg.name}={value!r}")
    return ", ".join(parts)
