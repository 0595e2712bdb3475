"""The body of an exported script: one block of statements per session step.

The writer tracks the network description as the lab does and writes code for
each step: layers constructed in the same order, named layers through
``add_module``, one module object placed at several positions for ties, and a
structural change after a forward pass replayed on the live modules (``net[i]``)
so kept layers keep their shapes and weights. Text from the session reaches the
code only through ``core.export.code_text``.
"""

from __future__ import annotations

from pathlib import Path

from core.export.code_classes import WRAPPER_NAMES
from core.export.code_statements import INDENT, forward_lines, init_body, type_condition
from core.export.code_text import Identifiers, attribute_name, comment, integer, literal
from core.model import catalogue, initializers
from core.model.network import LayerEntry, Network, from_json


class ScriptWriter:
    """Statements for a sequence of steps; ``lines()`` once they are all written."""

    def __init__(self, base: Path | None, names: Identifiers) -> None:
        self.base = base
        self.names = names
        self.network = Network()
        self.body: list[str] = []
        self.pending: list[LayerEntry] | None = []  # appends to a fresh, empty network
        self.functions: dict[str, str] = {}  # source -> name
        self.uses_ordered_dict = False
        self.wrapped: set[str] = set()  # core.model.sequence_layers classes the code names

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
            self._emit(self._append_line(entry))
            return
        self._rebuild(old, new, {entry.uid}, f"insert {self._layer_text(entry)} at {position}")

    def _remove(self, step: dict) -> None:
        old = self.network
        position = old.position_of(step["at"])
        self.network = old.remove(position)
        if not any(e.name is not None for e in old.entries):
            self._emit(f"del net[{position}]  # remove layer {position}")
            return
        self._rebuild(old, self.network, set(), f"remove layer {old.names()[position]}")

    def _move(self, step: dict) -> None:
        old = self.network
        position = old.position_of(step["at"])
        self.network = old.move(position, step["to"])
        self._rebuild(old, self.network, set(),
                      f"move layer {old.names()[position]} to {step['to']}")

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
        self._rebuild(old, self.network, set(), f"rename layer {old.names()[position]} to "
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
        self._emit(comment(step.get("label", "build network")))
        if "seed" in step:
            self._emit(f"torch.manual_seed({integer(step['seed'])})")
        self._rebuild(old, self.network, None, None, start=True)

    def _forward(self, step: dict) -> None:
        for line in forward_lines(step):
            self._emit(line)

    def _init(self, step: dict) -> None:
        name = self._init_function(step)
        call = f"net.apply({name})"
        if step.get("seed") is None:
            self._emit(call)
            return
        self._emit("with torch.random.fork_rng(devices=[]):")
        self._emit(f"{INDENT}torch.manual_seed({integer(step['seed'])})")
        self._emit(f"{INDENT}{call}")

    def _load_weights(self, step: dict) -> None:
        path = Path(step["path"])
        if self.base is not None and not path.is_absolute():
            path = self.base / path
        self._emit(f"net.load_state_dict(torch.load({literal(str(path))}, weights_only=True))")

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
        for entry in pending:
            self._emit(self._append_line(entry))

    def _append_line(self, entry: LayerEntry) -> str:
        if entry.name is None:
            return f"net.append({self._constructor(entry)})"
        return f"net.add_module({literal(entry.name)}, {self._constructor(entry)})"

    def _rebuild(
        self, old: Network, new: Network, rebuild: set[int] | None, note: str | None,
        start: bool = False,
    ) -> None:
        """``net`` rebuilt from kept modules (``net[i]``) and fresh ones, as the lab does."""
        if not start:
            self._flush()
        self.pending = None
        kept_at = {e.uid: i for i, e in enumerate(old.entries) if e.tie is None}

        def kept(uid: int) -> bool:
            return rebuild is not None and uid not in rebuild and uid in kept_at

        if note:
            self._emit(comment(note))
        expression = self._fresh_modules(new, kept)
        for entry in new.entries:
            if entry.tie is None and kept(entry.uid):
                expression[entry.uid] = f"net[{kept_at[entry.uid]}]"
        self._assign_net(new, [expression[e.owner] for e in new.entries])

    def _fresh_modules(self, new: Network, kept) -> dict[int, str]:
        """Constructors of the new modules, in position order as the lab builds them.

        A fresh module placed at several positions (a tie) is bound to a variable first.
        """
        fresh = [e for e in new.entries if e.tie is None and not kept(e.uid)]
        tied = {e.tie for e in new.entries if e.tie is not None}
        needs_variable = bool(tied & {e.uid for e in fresh})
        expression: dict[int, str] = {}
        for entry in fresh:
            if needs_variable:
                variable = self.names.variable(new.names()[new.entries.index(entry)])
                self._emit(f"{variable} = {self._constructor(entry)}")
                expression[entry.uid] = variable
            else:
                expression[entry.uid] = self._constructor(entry)
        return expression

    def _assign_net(self, new: Network, items: list[str]) -> None:
        if not items:
            self._emit("net = nn.Sequential()")
        elif all(e.name is None for e in new.entries):
            self._emit(f"net = nn.Sequential({', '.join(items)})")
        else:
            self.uses_ordered_dict = True
            self._emit("net = nn.Sequential(OrderedDict([")
            for name, item in zip(new.names(), items, strict=True):
                self._emit(f"{INDENT}({literal(name)}, {item}),")
            self._emit("]))")

    def _constructor(self, entry: LayerEntry) -> str:
        spec = catalogue.layer_spec(entry.layer)
        if spec.wrapped:  # defined at the top of the script (code_classes)
            self.wrapped.add(spec.becomes)
            return f"{spec.becomes}({self._args(entry)})"
        return f"nn.{spec.name}({self._args(entry)})"

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
        body = init_body(init, args, params, step.get("types"))
        lines = [f"if {condition}:", *(INDENT + line for line in body)] if condition else body
        return self._define(f"init_{initializers.initializer_spec(init).name.strip('_')}", lines)

    def _target_condition(self, layers: list | None, types: list | None) -> str | None:
        """The ``if`` of the init function; "" for every layer, None for none."""
        parts = []
        if types is not None:
            self.wrapped.update(set(types) & WRAPPER_NAMES)  # the condition names them
            condition = type_condition(types)
            if condition is None:
                return None
            parts.append(condition)
        if layers is not None:
            positions = sorted({self.network.position_of(ref) for ref in layers})
            if not positions:
                return None
            refs = [self._layer_ref(p) for p in positions]
            parts.append(f"m is {refs[0]}" if len(refs) == 1 else f"m in ({', '.join(refs)})")
        return " and ".join(parts)

    def _layer_ref(self, position: int) -> str:
        name = self.network.names()[position]
        return f"net.{name}" if attribute_name(name) else f"net[{position}]"

    def _define(self, base: str, lines: list[str]) -> str:
        source = "\n".join(lines)
        if source in self.functions:
            return self.functions[source]
        name = self.names.function(base)
        self.functions[source] = name
        self._emit(f"def {name}(m):")
        for line in lines:
            self._emit(INDENT + line)
        self._emit("")
        return name

    # -- output ---------------------------------------------------------------------

    def _emit(self, line: str) -> None:
        self.body.append(line)

    def lines(self) -> list[str]:
        """The statements, blank lines kept single, the network written out."""
        self._flush()
        lines: list[str] = []
        for line in self.body or ["net = nn.Sequential()"]:
            if line == "" and (not lines or lines[-1] == ""):
                continue
            lines.append(line)
        while lines and lines[-1] == "":
            lines.pop()
        return lines

    def lazy(self) -> bool:
        return any(catalogue.layer_spec(e.layer).lazy for e in self.network.entries)
