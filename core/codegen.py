"""Export a session as a PyTorch script, in the style of the lesson's own code.

The script rebuilds the network step by step as the session built it — layers
constructed in the same order, named layers through ``add_module``, one module
object placed at several positions for ties — and replays the session's
forward passes (``X = torch.rand(...)``, the seed's extreme range included) and
initializers (``net.apply(init_fn)`` with ``type(m) == nn.Linear`` filters).
Running it prints the ``print(net)`` and parameter shapes the app shows.

A structural change after a forward pass (edit, move, remove, ...) is replayed
on the live modules, so layers the lab kept keep their materialized shapes and
weights in the script too. With the session's seed the random draws happen in
the lab's order, so the weights match as well, as long as no step was undone
(undo does not rewind the random stream).
"""

from __future__ import annotations

import json
import keyword
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from core import catalogue, initializers
from core.inputs import SEED_EXTREME_HIGH, SEED_EXTREME_LOW
from core.network import LayerEntry, Network, from_json

INDENT = "    "
# Types whose ``weight`` always exists as a tensor: ``m.weight`` is safe to write.
_ALWAYS_WEIGHTED = frozenset(
    {"Linear", "LazyLinear", "Conv1d", "Conv2d", "LazyConv1d", "LazyConv2d"}
)
_RESERVED = frozenset({"net", "X", "Y", "torch", "nn", "OrderedDict", "m", "low", "high"})


def export_script(
    steps: Iterable[dict],
    seed: int | None = None,
    base: Path | None = None,
    title: str | None = None,
) -> str:
    """Python source that replays ``steps`` (a session's successful steps) on PyTorch."""
    writer = _ScriptWriter(base)
    for step in steps:
        writer.step(step)
    return writer.finish(seed, title)


def export_lab(lab: Any, seed: int | None, base: Path | None = None, title: str | None = None):
    """The script for a Lab's current version (the steps that led to it)."""
    return export_script(lab.version.steps, seed, base, title)


class _ScriptWriter:
    """Tracks the network description as the lab would, and writes code for each step."""

    def __init__(self, base: Path | None) -> None:
        self.base = base
        self.network = Network()
        self.body: list[str] = []
        self.pending: list[LayerEntry] | None = []  # appends to a fresh, empty network
        self.functions: dict[str, str] = {}  # source -> name
        self.uses_ordered_dict = False
        self.variables: set[str] = set()

    # -- steps ------------------------------------------------------------------

    def step(self, step: dict) -> None:
        op = step["op"]
        handler = getattr(self, f"_{op}", None)
        if handler is None:  # undo/redo never reach a session's recorded steps
            raise ValueError(f"cannot export op {op!r}")
        if op not in ("add", "build"):
            self._flush()  # the network built so far, before this step's own code
        if self.body and self.body[-1] != "":
            self._emit("")  # a blank line between steps
        handler(step)

    def _add(self, step: dict) -> None:
        old = self.network
        position = len(old) if step.get("at") is None else step["at"]
        new = old.insert(position, step["layer"], step.get("args"), step.get("name"))
        self.network = new
        entry = new.entries[position]
        if position == len(old):
            if self.pending is not None:
                self.pending.append(entry)
                return
            self._emit(self._append_line(entry, position))
            return
        self._rebuild(old, new, {entry.uid}, f"insert {self._layer_text(entry)} at {position}")

    def _remove(self, step: dict) -> None:
        old = self.network
        position = old.position_of(step["at"])
        self.network = old.remove(position)
        if not any(e.name is not None for e in old.entries):
            self._flush()
            self._emit(f"del net[{position}]  # remove layer {position}")
            return
        self._rebuild(old, self.network, set(), f"remove layer {old.names()[position]}")

    def _move(self, step: dict) -> None:
        old = self.network
        position = old.position_of(step["at"])
        self.network = old.move(position, step["to"])
        self._rebuild(old, self.network, set(), f"move layer {old.names()[position]} to "
                      f"{step['to']}")

    def _duplicate(self, step: dict) -> None:
        position = self.network.position_of(step["at"])
        entry = self.network.entries[position]
        self._add({"op": "add", "layer": entry.layer, "args": dict(entry.args),
                   "at": position + 1})

    def _edit(self, step: dict) -> None:
        old = self.network
        position = old.position_of(step["at"])
        self.network = old.edit(position, step["args"], step.get("layer"))
        entry = self.network.entries[position]
        self._rebuild(old, self.network, {entry.owner},
                      f"edit layer {old.names()[position]}: a fresh {self._layer_text(entry)}")

    def _rename(self, step: dict) -> None:
        old = self.network
        position = old.position_of(step["at"])
        self.network = old.rename(position, step["name"])
        self._rebuild(old, self.network, set(),
                      f"rename layer {old.names()[position]} to "
                      f"{self.network.names()[position]}")

    def _tie(self, step: dict) -> None:
        old = self.network
        position, target = old.position_of(step["at"]), old.position_of(step["to"])
        self.network = old.tie(position, target)
        names = old.names()
        self._rebuild(old, self.network, set(),
                      f"tie layer {names[position]} to {names[target]}: one module, two places")

    def _untie(self, step: dict) -> None:
        old = self.network
        position = old.position_of(step["at"])
        self.network = old.untie(position)
        entry = self.network.entries[position]
        self._rebuild(old, self.network, {entry.uid},
                      f"untie layer {old.names()[position]}: a module of its own")

    def _clear(self, step: dict) -> None:
        self._flush()
        self.network = Network(next_uid=self.network.next_uid)
        self.pending = []

    def _reset(self, step: dict) -> None:
        self._rebuild(self.network, self.network, None,
                      "reset: every layer rebuilt, lazy layers uninitialized again")

    def _build(self, step: dict) -> None:
        if self.pending:
            self._flush()  # what was built before drew random numbers too
        self.pending = None
        old, self.network = self.network, from_json(step["layers"])
        self._emit(f"# {step.get('label', 'build network')}")
        if "seed" in step:
            self._emit(f"torch.manual_seed({step['seed']})")
        self._rebuild(old, self.network, None, None, start=True)

    def _forward(self, step: dict) -> None:
        self._flush()
        self._emit(_input_line(step))
        mode = step.get("mode", "train")
        if mode == "eval":
            self._emit("net.eval()")
        self._emit("Y = net(X)  # forward computation")
        if mode == "eval":
            self._emit("net.train()")
        self._emit('print("net(X):", Y.shape)')

    def _init(self, step: dict) -> None:
        self._flush()
        name = self._init_function(step)
        call = f"net.apply({name})"
        if step.get("seed") is None:
            self._emit(call)
            return
        self._emit("with torch.random.fork_rng(devices=[]):")
        self._emit(f"{INDENT}torch.manual_seed({step['seed']})")
        self._emit(f"{INDENT}{call}")

    def _load_weights(self, step: dict) -> None:
        self._flush()
        path = Path(step["path"])
        if self.base is not None and not path.is_absolute():
            path = self.base / path
        self._emit(f"net.load_state_dict(torch.load({str(path)!r}, weights_only=True))")

    # -- structure ----------------------------------------------------------------

    def _flush(self) -> None:
        """Write the pending fresh network: ``nn.Sequential(...)`` or ``add_module`` calls."""
        pending, self.pending = self.pending, None
        if pending is None:
            return
        if not pending:
            self._emit("net = nn.Sequential()")
            return
        if all(e.name is None for e in pending):
            self._emit("net = nn.Sequential(")
            for entry in pending:
                self._emit(f"{INDENT}{self._constructor(entry)},")
            self._emit(")")
            return
        self._emit("net = nn.Sequential()")
        for position, entry in enumerate(pending):
            self._emit(self._append_line(entry, position))

    def _append_line(self, entry: LayerEntry, position: int) -> str:
        if entry.name is None:
            return f"net.append({self._constructor(entry)})"
        return f"net.add_module({_quoted(entry.name)}, {self._constructor(entry)})"

    def _rebuild(
        self, old: Network, new: Network, rebuild: set[int] | None, comment: str | None,
        start: bool = False,
    ) -> None:
        """``net`` rebuilt from kept modules (``net[i]``) and fresh ones, as the lab does."""
        if not start:
            self._flush()
        self.pending = None
        kept_at = {e.uid: i for i, e in enumerate(old.entries) if e.tie is None}
        owners = {e.uid: e for e in new.entries if e.tie is None}

        def kept(uid: int) -> bool:
            return rebuild is not None and uid not in rebuild and uid in kept_at

        fresh = [e for e in new.entries if e.tie is None and not kept(e.uid)]
        tied_fresh = {e.tie for e in new.entries if e.tie is not None} & {e.uid for e in fresh}
        if comment:
            self._emit(f"# {comment}")
        expression: dict[int, str] = {}
        for entry in fresh:  # constructed in position order, as the lab builds them
            if tied_fresh:  # one object at several places needs a name
                name = self._variable(new, new.entries.index(entry))
                self._emit(f"{name} = {self._constructor(entry)}")
                expression[entry.uid] = name
            else:
                expression[entry.uid] = self._constructor(entry)
        for uid in owners:
            if kept(uid):
                expression[uid] = f"net[{kept_at[uid]}]"
        items = [expression[e.owner] for e in new.entries]
        names = new.names()
        if not items:
            self._emit("net = nn.Sequential()")
        elif all(e.name is None for e in new.entries):
            self._emit(f"net = nn.Sequential({', '.join(items)})")
        else:
            self.uses_ordered_dict = True
            self._emit("net = nn.Sequential(OrderedDict([")
            for name, item in zip(names, items, strict=True):
                self._emit(f"{INDENT}({_quoted(name)}, {item}),")
            self._emit("]))")

    def _variable(self, network: Network, position: int) -> str:
        name = network.names()[position]
        base = name if name.isidentifier() and not keyword.iskeyword(name) else f"layer{name}"
        if base in _RESERVED:
            base = f"layer_{base}"
        candidate, n = base, 2
        while candidate in self.variables:
            candidate, n = f"{base}_{n}", n + 1
        self.variables.add(candidate)
        return candidate

    def _constructor(self, entry: LayerEntry) -> str:
        return f"nn.{catalogue.layer_spec(entry.layer).name}({self._args(entry)})"

    @staticmethod
    def _args(entry: LayerEntry) -> str:
        return catalogue.code_args(entry.layer, entry.args)

    def _layer_text(self, entry: LayerEntry) -> str:
        return f"{entry.layer}({self._args(entry)})"

    # -- initializers -------------------------------------------------------------

    def _init_function(self, step: dict) -> str:
        init = step["init"]
        params = step.get("params", "weight")
        args = {} if init == "default" else initializers.validate_init_args(init, step.get("args"))
        condition = self._target_condition(step.get("layers"), step.get("types"))
        if condition is None:  # nothing targeted: the seed's printing init_weights
            return self._define("init_weights", ['print("Init", m)'])
        body = _init_body(init, args, params, step.get("types"))
        lines = [f"if {condition}:", *(INDENT + line for line in body)] if condition else body
        return self._define(f"init_{init.strip('_')}", lines)

    def _target_condition(self, layers: list | None, types: list | None) -> str | None:
        """The ``if`` of the init function; "" for every layer, None for none."""
        parts = []
        if types is not None:
            classes = [t for t in dict.fromkeys(types) if t != "Sequential"]
            if not classes:
                return None
            if len(classes) == 1:
                parts.append(f"type(m) == nn.{classes[0]}")
            else:
                parts.append(f"type(m) in ({', '.join('nn.' + c for c in classes)})")
        if layers is not None:
            positions = sorted({self.network.position_of(ref) for ref in layers})
            if not positions:
                return None
            refs = [self._layer_ref(p) for p in positions]
            parts.append(f"m is {refs[0]}" if len(refs) == 1 else f"m in ({', '.join(refs)})")
        return " and ".join(parts)

    def _layer_ref(self, position: int) -> str:
        name = self.network.names()[position]
        if name.isidentifier() and not keyword.iskeyword(name) and not name.startswith("_"):
            return f"net.{name}"
        return f"net[{position}]"

    def _define(self, base: str, lines: list[str]) -> str:
        source = "\n".join(lines)
        if source in self.functions:
            return self.functions[source]
        used = set(self.functions.values())
        name, n = base, 2
        while name in used:
            name, n = f"{base}_{n}", n + 1
        self.functions[source] = name
        self._emit(f"def {name}(m):")
        for line in lines:
            self._emit(INDENT + line)
        self._emit("")
        return name

    # -- output ---------------------------------------------------------------------

    def _emit(self, line: str) -> None:
        self.body.append(line)

    def finish(self, seed: int | None, title: str | None) -> str:
        self._flush()
        lazy = any(catalogue.layer_spec(e.layer).lazy for e in self.network.entries)
        heading = title or "A Lazy Init Lab session"
        lines = [
            f'"""{_docstring_text(heading)}, exported as PyTorch code.',
            "",
            "Rebuilds the network step by step as it was built in Lazy Init Lab, replays its",
            "forward passes and initializers, then prints print(net) and the parameter shapes.",
            '"""',
            "",
        ]
        if self.uses_ordered_dict:
            lines += ["from collections import OrderedDict", ""]
        lines += ["import torch", "from torch import nn", ""]
        if seed is not None:  # the session's seed: the app's random draws, in its order
            lines += [f"torch.manual_seed({seed})", ""]
        if not self.body:
            self.body.append("net = nn.Sequential()")
        lines += _spaced(self.body)
        lines += ["", "print(net)", "for name, param in net.named_parameters():"]
        if lazy:
            lines += [
                f"{INDENT}if isinstance(param, nn.parameter.UninitializedParameter):",
                f'{INDENT * 2}print(name, "uninitialized")',
                f"{INDENT}else:",
                f"{INDENT * 2}print(name, param.shape)",
            ]
        else:
            lines.append(f"{INDENT}print(name, param.shape)")
        return "\n".join(lines) + "\n"


def _init_body(init: str, args: dict, params: str, types: list | None) -> list[str]:
    """Statements applying the initializer to ``m``, exactly what the lab applies."""
    wanted = "all" if params == "all" else params
    quoted = _quoted(wanted)
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
    always = types is not None and set(types) - {"Sequential"} <= _ALWAYS_WEIGHTED
    if wanted == "weight" and always:
        return [initializers.code_call(init, args, "m.weight")]
    call = initializers.code_call(init, args, "param")
    loop = "for name, param in m.named_parameters(recurse=False):"
    if wanted == "all":
        return [loop, INDENT + call]
    return [loop, f"{INDENT}if name == {quoted}:", INDENT * 2 + call]


def _input_line(step: dict) -> str:
    shape = list(step["shape"])
    fill = step.get("fill", "uniform")
    generator = ""
    if step.get("seed") is not None:
        generator = f"generator=torch.Generator().manual_seed({step['seed']})"
    if fill in ("zeros", "ones"):
        return f"X = torch.{fill}({shape})"
    if fill == "normal":
        mean, std = float(step.get("mean", 0.0)), float(step.get("std", 1.0))
        extra = f", {generator}" if generator else ""
        return f"X = torch.zeros({shape}).normal_({mean!r}, {std!r}{extra})"
    low, high = float(step.get("low", 0.0)), float(step.get("high", 1.0))
    if (low, high) == (0.0, 1.0):
        extra = f", {generator}" if generator else ""
        return f"X = torch.rand({tuple(shape)!r}{extra})"
    extra = f", {generator}" if generator else ""
    if (low, high) == (SEED_EXTREME_LOW, SEED_EXTREME_HIGH):
        return (
            "low = torch.finfo(torch.float32).min / 10\n"
            "high = torch.finfo(torch.float32).max / 10\n"
            f"X = torch.zeros({shape}, dtype=torch.float32).uniform_(low, high{extra})"
        )
    return f"X = torch.zeros({shape}).uniform_({low!r}, {high!r}{extra})"


def _spaced(body: list[str]) -> list[str]:
    """One statement per line, as written; blank lines kept single."""
    lines: list[str] = []
    for chunk in body:
        for line in chunk.split("\n"):
            if line == "" and (not lines or lines[-1] == ""):
                continue
            lines.append(line)
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def _quoted(text: str) -> str:
    """A Python string literal in double quotes, as the lesson writes names."""
    return json.dumps(text, ensure_ascii=False)


def _docstring_text(text: str) -> str:
    return " ".join(str(text).replace('"""', "'''").replace("\\", "/").split())
