"""A ``train`` step's statements in an exported script: the recipe and the loop.

The script gets the functions of :mod:`core.training.plain` as their very source, and
a loop that draws in the lab's order (see :mod:`core.training.train`), so it prints
the lab's loss curves, bit for bit. :class:`core.export.code_writer.ScriptWriter` calls
``train_lines`` for each train step; placing the steps in a session's script is
:mod:`core.export.train_code`'s job.
"""

from __future__ import annotations

import inspect

from core.export.code_statements import INDENT
from core.export.code_text import integer, literal, number
from core.training import plain

RECIPE = (plain.spirals_data, plain.checkerboard_data, plain.teacher_data,
          plain.sequence_data, plain.digits_data, plain.npz_data, plain.npz_tensors,
          plain.batch_order, plain.make_optimizer, plain.loss_of, plain.diverges)


def train_lines(train: dict, writer) -> list[str]:
    """The statements of one train step's record; init functions go through ``writer``."""
    lines = []
    if not getattr(writer, "training_recipe", False):
        writer.training_recipe = True
        lines += _recipe()
    functions = []
    for candidate in train["candidates"]:
        if candidate["error"] is not None and not candidate["diverged"]:
            continue  # it failed in the lab before training: nothing to reproduce
        init_step = {"op": "init", "init": candidate["init"], "args": candidate["args"],
                     "params": train["params"], "types": train["types"]}
        functions.append((candidate["label"], writer._init_function(init_step)))
    apply = [f"{INDENT * 3}model.apply(init_fn)"]
    if train["layers"] is not None:  # net.apply's order: each chosen module once, in place
        positions = sorted({writer.network.position_of(ref) for ref in train["layers"]})
        chosen = ", ".join(f"model[{integer(p)}]" for p in positions)
        apply = [f"{INDENT * 3}for module in dict.fromkeys([{chosen}]):",
                 f"{INDENT * 4}init_fn(module)"]
    task, seed = train["task"], integer(train["seed"])
    batch, steps = integer(train["batch"]), integer(train["steps"])
    shape = ", ".join(integer(d) for d in task["input_shape"])
    classes = "None" if task["classes"] is None else integer(task["classes"])
    lines += [
        f"# train: each initializer on a copy of the network, from seed {seed}, "
        "on the same batches",
        f"x, y = {_task_call(task, train['seed'])}",
        "with torch.random.fork_rng(devices=[]):",
        f"{INDENT}torch.manual_seed({seed})",
        f"{INDENT}shaped = copy.deepcopy(net).eval()",
        f"{INDENT}with torch.no_grad():",
        f"{INDENT * 2}shaped(torch.zeros({batch}, {shape}))  # lazy layers take their shapes",
        f"{INDENT}for label, init_fn in [",
        *(f"{INDENT * 2}({literal(label)}, {name})," for label, name in functions),
        f"{INDENT}]:",
        f"{INDENT * 2}model = copy.deepcopy(shaped)",
        f"{INDENT * 2}with torch.random.fork_rng(devices=[]):",
        f"{INDENT * 3}torch.manual_seed({seed})",
        *apply,
        f"{INDENT * 2}torch.manual_seed({seed})  # dropout draws from here",
        f"{INDENT * 2}model.train()",
        f"{INDENT * 2}optimizer = make_optimizer(list(model.parameters()), "
        f"{literal(train['optimizer'])}, {number(train['lr'])}, {number(train['momentum'])})",
        f"{INDENT * 2}losses = []",
        f"{INDENT * 2}for index in batch_order(len(x), {batch}, {steps}, {seed}):",
        f"{INDENT * 3}optimizer.zero_grad()",
        f"{INDENT * 3}loss = loss_of(model(x[index]), y[index], {classes})",
        f"{INDENT * 3}loss.backward()",
        f"{INDENT * 3}losses.append(loss.item())",
        f"{INDENT * 3}if diverges(losses):",
        f"{INDENT * 4}break",
        f"{INDENT * 3}optimizer.step()",
        f'{INDENT * 2}print("train", json.dumps(label), json.dumps(losses))',
    ]
    return lines


def _task_call(task: dict, seed: int) -> str:
    name, shape = task["name"], tuple(task["input_shape"])
    if name in ("spirals", "checkerboard"):
        return f"{name}_data({integer(seed)})"
    if name == "teacher":
        return (f"teacher_data({integer(seed)}, {_shape(shape)}, "
                f"{_shape(tuple(task['output_shape']))})")
    if name == "sequence":
        return f"sequence_data({integer(seed)}, {integer(shape[0])}, {integer(shape[1])})"
    if name == "digits":
        return f"digits_data({literal(task['source'])}, {_shape(shape)})"
    return f"npz_data({literal(task['source'])})"


def _shape(shape: tuple) -> str:
    return "(" + "".join(f"{integer(d)}, " for d in shape).rstrip(" ") + ")"


def _recipe() -> list[str]:
    """The imports, constants and functions of core.training.plain, once per script."""
    lines = ["# the training recipe of Lazy Init Lab (core/training/plain.py)",
             "import copy", "import gzip", "import json", "import math", "",
             "import numpy as np", ""]
    for name in ("DATA_STREAM", "ORDER_STREAM", "TEACHER_STREAM", "DIVERGED_FACTOR"):
        lines.append(f"{name} = {getattr(plain, name)!r}")
    for function in RECIPE:
        lines += ["", *inspect.getsource(function).rstrip("\n").split("\n")]
    lines += ["",
              "# One intra-op thread, as the lab trains: with several, a reduction (BatchNorm's",
              "# statistics, a matmul) is split differently, rounds differently, and the losses",
              "# would no longer equal the lab's bit for bit. Tiny networks also train faster.",
              "torch.set_num_threads(1)"]
    return [*lines, ""]
