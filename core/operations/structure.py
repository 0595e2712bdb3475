"""Operations on the network's structure: its layers, their order, names and ties.

Each applies one ``Lab`` method and exports the code that changes ``net`` the same
way: a new module where the lab builds one, the kept module (``net[i]``) where the
lab keeps it, so a structural change after a forward pass keeps shapes and weights.
"""

from __future__ import annotations

from core.errors import INVALID_ARGUMENT, LabError
from core.messages import msg
from core.model.network import Network
from core.model.network_json import from_json
from core.operations.base import Operation
from core.operations.fields import ARGS, AT, INT, LAYER, LAYERS, NULL, REF, SEED, STR, Field

NAME = Field("name", (STR, NULL))


INTO = Field("into", REF)  # a block, by position or module name ("1", "1.body.0")


class Add(Operation):
    name = "add"
    label = msg("Add a layer")
    fields = (LAYER.needed(), ARGS, NAME, Field("at", (INT,)), INTO)
    writes_network_first = False  # appending to a fresh network extends its constructor

    def apply(self, lab, step, base):
        return lab.add(step["layer"], step.get("args"), step.get("name"), step.get("at"),
                       step.get("into"))

    def export(self, code, step):
        old = code.network
        into = () if step.get("into") is None else old.locate(step["into"])
        around = old.entries if not into else (old.entry(into).children or ())
        position = len(around) if step.get("at") is None else step["at"]
        new = old.insert(position, step["layer"], step.get("args"), step.get("name"), into=into)
        entry = new.entry(into + (position,))
        if not code.append(new, entry):
            code.rebuild(new, {entry.uid},
                         f"insert {code.layer_text(entry)} at {new.name_of(into + (position,))}")


class Remove(Operation):
    name = "remove"
    label = msg("Remove a layer")
    fields = (AT.needed(),)

    def apply(self, lab, step, base):
        return lab.remove(step["at"])

    def export(self, code, step):
        old = code.network
        path = old.locate(step["at"])
        if len(path) == 1 and not old.nested and not any(e.name is not None
                                                           for e in old.entries):
            code.network = old.remove(path)
            code.emit(f"del net[{path[0]}]  # remove layer {path[0]}")
            return
        code.rebuild(old.remove(path), set(), f"remove layer {old.name_of(path)}")


class Move(Operation):
    name = "move"
    label = msg("Move a layer")
    fields = (AT.needed(), Field("to", (INT,), required=True))

    def apply(self, lab, step, base):
        return lab.move(step["at"], step["to"])

    def export(self, code, step):
        old = code.network
        path = old.locate(step["at"])
        code.rebuild(old.move(path, step["to"]), set(),
                     f"move layer {old.name_of(path)} to {step['to']}")


class Duplicate(Operation):
    name = "duplicate"
    label = msg("Duplicate a layer")
    fields = (AT.needed(),)

    def apply(self, lab, step, base):
        return lab.duplicate(step["at"])

    def export(self, code, step):
        old = code.network
        path = old.locate(step["at"])
        entry = old.entry(path)
        if entry.children is None:
            into = old.name_of(path[:-1]) if len(path) > 1 else None
            Add().export(code, {"op": "add", "layer": entry.layer, "args": dict(entry.args),
                                "at": path[-1] + 1, "into": into})
            return
        new = old.duplicate(path)
        code.rebuild(new, set(), f"duplicate block {old.name_of(path)}")


class Edit(Operation):
    name = "edit"
    label = msg("Edit a layer")
    fields = (AT.needed(), ARGS.needed(), LAYER)

    def apply(self, lab, step, base):
        return lab.edit(step["at"], step["args"], step.get("layer"))

    def export(self, code, step):
        old = code.network
        path = old.locate(step["at"])
        new = old.edit(path, step["args"], step.get("layer"))
        entry = new.entry(path)
        code.rebuild(new, {entry.owner},
                     f"edit layer {old.name_of(path)}: a fresh {code.layer_text(entry)}")


class Rename(Operation):
    name = "rename"
    label = msg("Rename a layer")
    fields = (AT.needed(), NAME.needed())

    def apply(self, lab, step, base):
        return lab.rename(step["at"], step["name"])

    def export(self, code, step):
        old = code.network
        path = old.locate(step["at"])
        new = old.rename(path, step["name"])
        code.rebuild(new, set(), f"rename layer {old.name_of(path)} to {new.name_of(path)}")


class Tie(Operation):
    name = "tie"
    label = msg("Tie a layer to another")
    fields = (AT.needed(), Field("to", REF, required=True))

    def apply(self, lab, step, base):
        return lab.tie(step["at"], step["to"])

    def export(self, code, step):
        old = code.network
        position, target = old.position_of(step["at"]), old.position_of(step["to"])
        names = old.names()
        code.rebuild(old.tie(position, target), set(),
                     f"tie layer {names[position]} to {names[target]}: one module, two places")


class Untie(Operation):
    name = "untie"
    label = msg("Untie a layer")
    fields = (AT.needed(),)

    def apply(self, lab, step, base):
        return lab.untie(step["at"])

    def export(self, code, step):
        old = code.network
        position = old.position_of(step["at"])
        new = old.untie(position)
        code.rebuild(new, {new.entries[position].uid},
                     f"untie layer {old.names()[position]}: a module of its own")


class Clear(Operation):
    name = "clear"
    label = msg("Clear the network")

    def apply(self, lab, step, base):
        return lab.clear()

    def export(self, code, step):
        code.network = Network(next_uid=code.network.next_uid)
        code.start_empty()


class Reset(Operation):
    name = "reset"
    label = msg("Reset every layer")

    def apply(self, lab, step, base):
        return lab.reset()

    def export(self, code, step):
        code.rebuild(code.network, None,
                     "reset: every layer rebuilt, lazy layers uninitialized again")


class Build(Operation):
    name = "build"
    label = msg("Build a whole network")
    fields = (LAYERS.needed(), Field("label", (STR,)), SEED)
    writes_network_first = False  # a build replaces the network: nothing before it is kept

    def apply(self, lab, step, base):
        network, label = from_json(step["layers"]), step.get("label", msg("build network"))
        if "seed" in step:  # torch.manual_seed(seed) before the layers are constructed
            return lab.seeded(_seed(step["seed"]), lambda: lab.load_network(network, label))
        return lab.load_network(network, label)

    def export(self, code, step):
        code.close_pending()  # what was built before drew random numbers too
        code.comment(step.get("label", "build network"))
        if "seed" in step:
            code.manual_seed(step["seed"])
        code.rebuild(from_json(step["layers"]), None, None, start=True)


def _seed(seed: int) -> int:
    if not 0 <= seed < 2**63:
        text = msg("build: seed must be an integer from 0 to 2**63-1, got {seed}.", seed=seed)
        raise LabError(INVALID_ARGUMENT, text)
    return seed
