"""The statements of a forward pass and of an initializer, in the lesson's style.

Every value comes from a step the lab performed successfully, so it was
validated; numbers are still written through ``code_text`` so that a script is
valid Python whatever they are.
"""

from __future__ import annotations

from core.export.code_classes import WRAPPER_NAMES
from core.export.code_text import integer, literal, number
from core.model import initializers
from core.model.inputs import IDS, SEED_EXTREME_HIGH, SEED_EXTREME_LOW

INDENT = "    "
# Types whose ``weight`` always exists as a tensor: ``m.weight`` is safe to write.
ALWAYS_WEIGHTED = frozenset(
    {"Linear", "LazyLinear", "Conv1d", "Conv2d", "LazyConv1d", "LazyConv2d"}
)


def init_body(init: str, args: dict, params: str, types: list | None) -> list[str]:
    """Statements applying the initializer to ``m``, exactly what the lab applies."""
    wanted = "all" if params == "all" else params
    quoted = literal(wanted)
    if init == "default":
        own = "own = dict(m.named_parameters(recurse=False))"
        if wanted == "all":
            return [own, "if own:", f"{INDENT}m.reset_parameters()  # the layer's own default"]
        return [
            own,
            f"if {quoted} in own:  # only the {wanted}: the rest is kept as it was",
            f"{INDENT}kept = {{n: p.detach().clone() for n, p in own.items() if n != {quoted}}}",
            f"{INDENT}m.reset_parameters()  # the layer's own default",
            f"{INDENT}with torch.no_grad():",
            f"{INDENT * 2}for n, p in kept.items():",
            f"{INDENT * 3}getattr(m, n).copy_(p)",
        ]
    always = types is not None and set(types) - {"Sequential"} <= ALWAYS_WEIGHTED
    if wanted == "weight" and always:
        return [initializers.code_call(init, args, "m.weight")]
    call = initializers.code_call(init, args, "param")
    loop = "for name, param in m.named_parameters(recurse=False):"
    if wanted == "all":
        return [loop, INDENT + call]
    return [loop, f"{INDENT}if name == {quoted}:", INDENT * 2 + call]


def type_condition(types: list) -> str | None:
    """``type(m) == nn.Linear`` for the step's types; None when it names none."""
    classes = [t for t in dict.fromkeys(types) if t != "Sequential"]
    for name in classes:  # catalogue class names; anything else is refused, never written
        if not (isinstance(name, str) and name.isidentifier() and name.isascii()):
            raise ValueError(f"not a layer type: {name!r}")
    if not classes:
        return None
    refs = [c if c in WRAPPER_NAMES else f"nn.{c}" for c in classes]  # defined: code_classes
    if len(refs) == 1:
        return f"type(m) == {refs[0]}"
    return f"type(m) in ({', '.join(refs)})"


def input_lines(step: dict) -> list[str]:
    """``X = ...``: the step's input batch, drawn as the lab draws it."""
    shape = list(step["shape"])
    sizes = "[" + ", ".join(integer(size) for size in shape) + "]"  # checked: ints only
    fill = step.get("fill", "uniform")
    extra = ""
    if step.get("seed") is not None:
        extra = f", generator=torch.Generator().manual_seed({integer(step['seed'])})"
    if fill == IDS:  # integer ids in [low, high), as an Embedding takes them
        low, high = integer(int(step["low"])), integer(int(step["high"]))
        return [f"X = torch.randint({low}, {high}, {sizes}{extra})"]
    if fill == "zeros":
        return [f"X = torch.zeros({sizes})"]
    if fill == "ones":
        return [f"X = torch.ones({sizes})"]
    if fill == "normal":
        mean, std = number(step.get("mean", 0.0)), number(step.get("std", 1.0))
        return [f"X = torch.zeros({sizes}).normal_({mean}, {std}{extra})"]
    low, high = float(step.get("low", 0.0)), float(step.get("high", 1.0))
    if (low, high) == (0.0, 1.0):
        return [f"X = torch.rand({tuple(shape)!r}{extra})"]
    if (low, high) == (SEED_EXTREME_LOW, SEED_EXTREME_HIGH):
        return [
            "low = torch.finfo(torch.float32).min / 10",
            "high = torch.finfo(torch.float32).max / 10",
            f"X = torch.zeros({sizes}, dtype=torch.float32).uniform_(low, high{extra})",
        ]
    return [f"X = torch.zeros({sizes}).uniform_({number(low)}, {number(high)}{extra})"]


def forward_lines(step: dict) -> list[str]:
    lines = input_lines(step)
    eval_mode = step.get("mode", "train") == "eval"
    if eval_mode:
        lines.append("net.eval()")
    lines.append("Y = net(X)  # forward computation")
    if eval_mode:
        lines.append("net.train()")
    lines.append('print("net(X):", Y.shape)')
    return lines
