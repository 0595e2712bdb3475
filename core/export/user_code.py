"""Export what was done to a person's own model: its forward passes and initializers.

The model's source stays the user's: the script imports the factory from their file
(``from my_net import make_net``) after ``torch.manual_seed(seed)``, exactly as the lab
ran it, then replays the steps: ``X = torch.rand(...)``, ``net(X)``, ``net.apply(fn)``
with a filter by module path (``net.get_submodule("1")`` and everything inside it) or
by class name, ``net.load_state_dict(...)``.
"""

from __future__ import annotations

from pathlib import Path

from core.export.code_scope import SESSION, Check, Export, Selection, compare
from core.export.code_statements import INDENT, forward_lines, init_body
from core.export.code_text import Identifiers, escaped, integer, literal
from core.export.code_writer import ScriptWriter
from core.model import initializers


def export(lab, seed: int | None, base: Path | None = None, title: str | None = None,
           scope: str = SESSION, verify: bool = True):
    """An ``Export`` (as ``core.export.codegen.export`` gives) of a UserModelLab's steps."""
    steps = tuple(lab.version.steps)
    selection = Selection(steps, 0, len(steps), None)
    result = check(lab, steps, seed, base) if verify else None
    return Export(script(lab.opened, steps, seed, base, title, result), scope,
                  selection, result)


def script(opened, steps, seed: int | None, base: Path | None, title: str | None,
           result: Check | None = None) -> str:
    """Python source: import the user's model, then every step as PyTorch calls.

    ``opened`` is the Lab's ``OpenedModel``: where the model came from, and its
    description then (a plain Sequential's steps are written as the lab writes its own).
    """
    source = opened.source
    heading = escaped(title or "What Lazy Init Lab did to your model")
    lines = [f'"""{heading}, exported as PyTorch code.', "",
             "The model is your own code, imported from its file; this script replays the",
             f"forward passes and initializers done to it in Lazy Init Lab ({len(steps)} steps).",
             "", *_note(result), '"""', "",
             "import sys", "", "import torch", "from torch import nn", ""]
    if seed is not None:  # before the file runs: its top level may draw random numbers too
        lines += [f"torch.manual_seed({integer(seed)})", ""]
    if source is None:
        lines += ["", "def make_net():",
                  f"{INDENT}# the module given to core.open_model(): build it here as you did",
                  f"{INDENT}raise NotImplementedError(\"build your model here\")", "", ""]
        lines.append("net = make_net()")
    else:
        folder = literal(str(source.path.parent))
        lines += [f"sys.path.insert(0, {folder})  # the folder of your model's file",
                  f"from {source.module_name} import {source.name}  # noqa: E402", ""]
        lines.append(f"net = {source.name}()" if source.called else f"net = {source.name}")
    names = Identifiers()
    if getattr(opened.network, "user_model", False):
        functions: dict[str, str] = {}
        for step in steps:
            lines.append("")
            lines += _step(step, base, names, functions)
    else:  # a plain Sequential: the lab's own writer, starting from the opened network
        writer = ScriptWriter(base, names)
        writer.network, writer.pending = opened.network, None
        for step in steps:
            writer.step(step)
        body = writer.lines()
        lines += ["", *body] if body != ["net = nn.Sequential()"] else []
        if writer.uses_ordered_dict:
            lines.insert(lines.index("import sys") + 1, "from collections import OrderedDict")
    lines += ["", "print(net)", "for name, param in net.named_parameters():",
              f"{INDENT}if isinstance(param, nn.parameter.UninitializedParameter):",
              f'{INDENT * 2}print(name, "uninitialized")',
              f"{INDENT}else:",
              f"{INDENT * 2}print(name, param.shape)"]
    return "\n".join(lines) + "\n"


def _step(step: dict, base: Path | None, names: Identifiers, functions: dict) -> list[str]:
    op = step["op"]
    if op == "forward":
        return forward_lines(step)
    if op == "load_weights":
        path = Path(step["path"])
        if base is not None and not path.is_absolute():
            path = base / path
        return [f"net.load_state_dict(torch.load({literal(str(path))}, weights_only=True))"]
    if op != "init":  # structural steps are refused on a user model: never recorded
        raise ValueError(f"cannot export op {op!r} on a user model")
    lines: list[str] = []
    init = step["init"]
    params = step.get("params", "weight")
    args = {} if init == "default" else initializers.validate_init_args(init, step.get("args"))
    conditions = []
    if step.get("layers") is not None:
        paths = ", ".join(literal(str(ref)) for ref in step["layers"])
        lines.append(f"targets = {{id(m) for path in [{paths}] "
                     "for m in net.get_submodule(path).modules()}")
        conditions.append("id(m) in targets")
    if step.get("types") is not None:
        kinds = ", ".join(literal(t) for t in step["types"])
        conditions.append(f"type(m).__name__ in ({kinds},)")
    body = init_body(init, args, params, None)
    if conditions:
        body = [f"if {' and '.join(conditions)}:", *(INDENT + line for line in body)]
    source = "\n".join(body)
    name = functions.get(source)
    definition = []
    if name is None:
        name = functions[source] = names.function(
            f"init_{initializers.initializer_spec(init).name.strip('_')}")
        definition = [f"def {name}(m):", *(INDENT + line for line in body), ""]
    lines = definition + lines
    if step.get("seed") is None:
        return [*lines, f"net.apply({name})"]
    return [*lines, "with torch.random.fork_rng(devices=[]):",
            f"{INDENT}torch.manual_seed({integer(step['seed'])})", f"{INDENT}net.apply({name})"]


def check(lab, steps, seed: int | None, base: Path | None) -> Check:
    """Run the model's file again (after the seed) and replay the steps, as the script does."""
    import torch

    import core
    from core.errors import LabError
    from core.model.model_file import ModelFileError, load_model
    from core.operations import steps as step_ops

    source = lab.opened.source
    if source is None:
        return Check(False, "the model was given as an object; build it in make_net()")
    with torch.random.fork_rng(devices=[]):
        if seed is not None:
            torch.manual_seed(seed)
        try:
            module, _ = load_model(source.spec)
            replay = core.open_model(module, memory_limit=lab.memory_limit, source=source)
            replay.set_history_limit(0)
            for step in steps:
                step_ops.perform(replay, step, base)
        except (LabError, OSError, ModelFileError) as exc:
            return Check(False, f"a replayed step fails now: {exc}")
    return compare(lab, replay)


def _note(result: Check | None) -> list[str]:
    if result is None:
        return ["With the session's seed set before your file runs, the random draws happen",
                "in the lab's order, so the weights match as long as no step was undone."]
    if result.identical:
        return ["Weights: identical to the lab's (checked by replaying these steps)."]
    return [f"Weights: NOT identical to the lab's: {escaped(result.reason)}."]
