"""The body of an exported script: one block of statements per session step.

The writer tracks the network description as the lab does; each step's operation
(core/operations/) writes its code through the writer's methods (the
``CodeWriter`` of core/operations/base.py): layers constructed in the same order,
named layers through ``add_module``, one module object placed at several
positions for ties, and a structural change after a forward pass replayed on the
live modules (``net[i]``) so kept layers keep their shapes and weights. Text from
the session reaches the code only through ``core.export.code_text``.
"""

from __future__ import annotations

from pathlib import Path

from core.export import code_blocks
from core.export.code_classes import WRAPPER_NAMES
from core.export.code_statements import INDENT, forward_lines, init_body, type_condition
from core.export.code_text import Identifiers, attribute_name, comment, integer, literal
from core.export.code_training import train_lines  # a train step's loop
from core.model import catalogue, initializers
from core.model.network import LayerEntry, Network
from core.model.network_tree import walk
from core.operations import registry
from core.operations.base import EDIT


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
        """Write one recorded step: its operation (core/operations/) says what code."""
        operation = registry.find(step["op"])
        # undo, redo and analyses never reach a session's recorded steps; a train step
        # is written from the record its run produced (core/export/train_code.py)
        exported = operation is not None and (operation.kind == EDIT or "record" in step
                                                and operation.name == "train")
        if not exported:
            raise ValueError(f"cannot export op {step['op']!r}")
        if operation.writes_network_first:
            self._flush()  # the network built so far, before this step's own code
        if self.body and self.body[-1] != "":
            self.emit("")  # a blank line between steps
        operation.export(self, step)

    # -- what operations write (core.operations.base.CodeWriter) ---------------------

    def append(self, network: Network, entry: LayerEntry) -> bool:
        """``network`` is the current one with ``entry`` added: write it as an append when
        it is the last module built (so construction order, and the random stream, stay
        as in the lab), and say whether it could."""
        if next(reversed(list(walk(network.entries))))[2] is not entry:
            return False
        if self.pending is not None:
            self.network, self.pending = network, list(network.entries)
            return True
        if network.entries[-1] is not entry:
            return False
        self.network = network
        self.emit(self._append_line(entry))
        return True

    def start_empty(self) -> None:
        """The network was cleared: what follows builds a fresh one."""
        self.pending = []

    def close_pending(self) -> None:
        """Write the fresh network built so far, if any, and start no new one."""
        if self.pending:
            self._flush()  # what was built before drew random numbers too
        self.pending = None

    def comment(self, text: str) -> None:
        self.emit(comment(text))

    def manual_seed(self, seed: int) -> None:
        self.emit(f"torch.manual_seed({integer(seed)})")

    def forward(self, step: dict) -> None:
        for line in forward_lines(step):
            self.emit(line)

    def apply_init(self, step: dict) -> None:
        name = self._init_function(step)
        call = f"net.apply({name})"
        if step.get("seed") is None:
            self.emit(call)
            return
        self.emit("with torch.random.fork_rng(devices=[]):")
        self.emit(f"{INDENT}torch.manual_seed({integer(step['seed'])})")
        self.emit(f"{INDENT}{call}")

    def train(self, step: dict) -> None:
        for line in train_lines(step["record"], self):
            self.emit(line)

    def load_weights(self, path: Path) -> None:
        self.emit(f"net.load_state_dict(torch.load({literal(str(path))}, weights_only=True))")

    # -- structure ----------------------------------------------------------------

    def _flush(self) -> None:
        """Write the pending fresh network: ``nn.Sequential(...)`` or ``add_module`` calls."""
        pending, self.pending = self.pending, None
        if pending is None:
            return
        if not pending:
            self.emit("net = nn.Sequential()")
            return
        if all(e.name is None for e in pending):
            self.emit("net = nn.Sequential(")
            for entry in pending:
                self.emit(f"{INDENT}{self._constructor(entry)},")
            self.emit(")")
            return
        self.emit("net = nn.Sequential()")
        for entry in pending:
            self.emit(self._append_line(entry))

    def _append_line(self, entry: LayerEntry) -> str:
        if entry.name is None:
            return f"net.append({self._constructor(entry)})"
        return f"net.add_module({literal(entry.name)}, {self._constructor(entry)})"

    def rebuild(
        self, new: Network, rebuild: set[int] | None, note: str | None, start: bool = False,
    ) -> None:
        """``net`` becomes ``new``, from kept modules (``net[i]``) and fresh ones as the lab
        builds them: ``rebuild`` owners (None: all) fresh. ``start``: nothing to write first."""
        if not start:
            self._flush()
        self.pending = None
        old, self.network = self.network, new
        if note:
            self.emit(comment(note))
        if old.nested or new.nested:  # no ties beside blocks (the lab refuses them)
            self.uses_ordered_dict |= any(e.name is not None for _, _, e in walk(new.entries))
            self._assign_net(new, code_blocks.expressions(old, new, rebuild, self._constructor))
            return
        kept_at = {e.uid: i for i, e in enumerate(old.entries) if e.tie is None}

        def kept(uid: int) -> bool:
            return rebuild is not None and uid not in rebuild and uid in kept_at

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
                self.emit(f"{variable} = {self._constructor(entry)}")
                expression[entry.uid] = variable
            else:
                expression[entry.uid] = self._constructor(entry)
        return expression

    def _assign_net(self, new: Network, items: list[str]) -> None:
        if not items:
            self.emit("net = nn.Sequential()")
        elif all(e.name is None for e in new.entries):
            self.emit(f"net = nn.Sequential({', '.join(items)})")
        else:
            self.uses_ordered_dict = True
            self.emit("net = nn.Sequential(OrderedDict([")
            for name, item in zip(new.names(), items, strict=True):
                self.emit(f"{INDENT}({literal(name)}, {item}),")
            self.emit("]))")

    def _constructor(self, entry: LayerEntry, indent: int = 4) -> str:
        spec = catalogue.layer_spec(entry.layer)
        if entry.children is not None:
            if entry.layer != "Sequential":
                self.wrapped.add(entry.layer)
            if any(c.name is not None for c in entry.children):
                self.uses_ordered_dict = True
            deeper = indent + (8 if any(c.name is not None for c in entry.children) else 4)
            children = [self._constructor(child, deeper) for child in entry.children]
            return code_blocks.container_text(entry, children, code_blocks.shortcut_text(entry),
                                              indent)
        if spec.wrapped:  # defined at the top of the script (code_classes)
            self.wrapped.add(spec.becomes)
            return f"{spec.becomes}({self._args(entry)})"
        return f"nn.{spec.name}({self._args(entry)})"

    @staticmethod
    def _args(entry: LayerEntry) -> str:
        return catalogue.code_args(entry.layer, entry.args)

    def layer_text(self, entry: LayerEntry) -> str:
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
        if layers is not None and self.network.nested:  # a block with all it holds
            names = dict.fromkeys(code_blocks.module_name(self.network, ref) for ref in layers)
            targets = [f"net.get_submodule({literal(name)})" for name in names]
            if not targets:
                return None
            inside = (f"{targets[0]}.modules()" if len(targets) == 1
                      else f"(t for r in ({', '.join(targets)},) for t in r.modules())")
            parts.append(f"any(m is t for t in {inside})")
        elif layers is not None:
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
        self.emit(f"def {name}(m):")
        for line in lines:
            self.emit(INDENT + line)
        self.emit("")
        return name

    # -- output ---------------------------------------------------------------------

    def emit(self, line: str) -> None:
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
        return any(catalogue.layer_spec(e.layer).lazy for _, _, e in walk(self.network.entries))
