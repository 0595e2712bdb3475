"""Train a copy of the network once per initializer, from one seed, on the same batches.

Like :mod:`core.analysis.compare`, every candidate starts from the working Lab's
committed version on a scratch Lab, inside ``fork_rng``: the working network, its
history and the random stream stay exactly as they were. The order of random
draws is the one a script would make (and ``--export-code`` writes):

1. ``torch.manual_seed(seed)``, then a batch of zeros of the task's input shape goes
   through the network in eval mode: lazy layers take their shapes (drawing their
   default weights) and the output's shape is checked against the task;
2. per candidate, a copy of that network is initialized with the seed (``Lab.initialize``);
3. ``torch.manual_seed(seed)`` (dropout draws from it) and the loop of
   :mod:`core.training.loop`, on batches from a generator of their own.

All of it runs on one intra-op thread (:func:`core.threads.one_thread`), as the exported
script does: the curves are then the same wherever the step runs.
"""

from __future__ import annotations

import torch

from core import threads
from core.analysis.candidates import DEFAULT_CANDIDATES, check_common, parse_candidates
from core.errors import INVALID_ARGUMENT, RUNTIME, LabError
from core.messages import msg
from core.model import memory
from core.model.inputs import input_spec
from core.model.lab import Lab
from core.model.module_copies import copy_sharing
from core.training import loop, record, tasks


def train(
    lab: Lab,
    inits=DEFAULT_CANDIDATES,
    task="spirals",
    steps: int = 200,
    batch: int = 64,
    optimizer: str = "sgd",
    lr: float = 0.1,
    momentum: float = 0.9,
    seed: int = 0,
    params: str = "weight",
    layers=None,
    types=None,
    base=None,
    progress=None,
    live=None,
) -> record.TrainResult:
    """Each initializer's training run on a copy of the network; see the module doc.

    ``progress(done, total, label)`` hears of the steps and ``live(index, label, losses)``
    gets the running candidate's losses so far, both a few times a second (for a chart
    drawn while it trains); the lab's monitor may cancel between any two steps.
    """
    candidates = parse_candidates(list(inits))
    settings = loop.settings(steps, batch, optimizer, lr, momentum, seed)
    check_common(lab, seed, params, layers, types)
    if not lab.network.entries:
        raise LabError(INVALID_ARGUMENT, msg("The network is empty; add a layer first."))
    data = tasks.make(task, lab, seed, base)
    if batch > data.size:
        raise LabError(INVALID_ARGUMENT, msg(
            "batch is {batch}, but the {task} task has only {size} examples; use a batch of "
            "at most {size}.", batch=batch, task=data.name, size=data.size))
    _check_memory(lab, data, len(candidates))
    report = progress or (lambda done, total, label: None)
    runs = []
    with threads.one_thread(), torch.random.fork_rng(devices=[]):
        shaped, data = _shaped(lab, data, settings)
        owners = _owners(shaped)
        for index, candidate in enumerate(candidates):
            report(index * steps, len(candidates) * steps, candidate.label)
            lab.monitor.check()
            ticker = loop.Ticker(lab.monitor, report, index, len(candidates), steps,
                                 candidate.label, live)
            runs.append(_run(shaped, candidate, data, settings, (params, layers, types), ticker))
        report(len(candidates) * steps, len(candidates) * steps, "")
    failed = [run.error for run in runs if run.curves is None]
    if len(failed) == len(runs):
        raise failed[0]
    return record.TrainResult(data, settings, {"params": params, "layers": layers,
                                                "types": types}, tuple(runs), owners,
                              lab.snapshot.label)


def _shaped(lab: Lab, data: tasks.Task, settings: loop.Settings) -> tuple[Lab, tasks.Task]:
    """A scratch Lab whose network has seen a zero batch of the task; the fitted task."""
    shaped = lab.scratch()
    torch.manual_seed(settings.seed)
    shape = [settings.batch, *data.input_shape]
    try:
        shaped.forward(input_spec(shape, fill="zeros"), mode="eval")
    except LabError as exc:
        raise LabError(exc.kind, msg(
            "The {task} task gives inputs of shape {shape} (batch first), which the network "
            "does not take: {reason}", task=data.name, shape=shape, reason=exc.message),
            layer=exc.layer, torch_message=exc.torch_message) from exc
    if not shaped.snapshot.parameters:
        raise LabError(INVALID_ARGUMENT, msg(
            "Training needs a network with parameters; add a Linear or convolution layer."))
    output = shaped.snapshot.trace[-1].output_shape
    return shaped, data.fitted(tuple(output[1:]), settings.seed)


def _owners(shaped: Lab) -> dict[str, str]:
    return {p.name: p.name.rpartition(".")[0] for p in shaped.snapshot.parameters}


def _run(shaped: Lab, candidate, data, settings, targets, ticker) -> record.CandidateRun:
    """Initialize a copy with the seed and train it; a failure stays this candidate's.

    ``targets`` are the (params, layers, types) the initializer is applied to."""
    def failed(error: LabError) -> record.CandidateRun:
        return record.CandidateRun(candidate.label, candidate.init, dict(candidate.args),
                                   None, error=error)

    scratch = shaped.scratch()
    params, layers, types = targets
    try:
        scratch.initialize(candidate.init, candidate.args, layers, types, params, settings.seed)
    except LabError as exc:
        return failed(exc)
    model = copy_sharing(scratch.version.net())  # trained in place: nothing committed moves
    before = {n: p.detach().clone() for n, p in model.named_parameters()}
    torch.manual_seed(settings.seed)
    try:
        curves = loop.train_model(model, data, settings, ticker)
    except LabError as exc:
        return failed(exc)
    except Exception as exc:  # noqa: BLE001 (PyTorch's own error, in the lab's words)
        error = LabError(RUNTIME, msg(
            "Training with {init} failed: {reason} The network was left as it was.",
            init=candidate.label, reason=str(exc).split("\n")[0][:300]),
            torch_message=str(exc))
        return failed(error)
    boundary = None
    if data.planar and curves.diverged_at is None:
        boundary = record.boundary(model, data)
    return record.CandidateRun(
        candidate.label, candidate.init, dict(candidate.args), curves,
        record.before_after(before, model), boundary, curves.error)


def _check_memory(lab: Lab, data: tasks.Task, count: int) -> None:
    """The data twice (a batch is a copy), and the parameters six times over: the copy
    trained, its gradients, two optimizer states, the copy an update ratio needs and
    the one kept for the histogram "before". Candidates train one after another."""
    total = sum(p.numel or 0 for p in lab.snapshot.parameters)
    data_bytes = data.x.numel() * data.x.element_size() * 2
    memory.check(
        data_bytes + total * memory.FLOAT_BYTES * 6, lab.limit(),
        msg("Training {count} copies of a network of {total} parameters",
            count=count, total=f"{total:,}"),
        msg("use a smaller network or task."))


def from_step(lab: Lab, step: dict, base=None, progress=None, live=None) -> record.TrainResult:
    """Run a ``train`` scenario step (every field but ``op`` optional)."""
    fields = {k: step[k] for k in ("task", "steps", "batch", "optimizer", "lr", "momentum",
                                   "seed", "params", "layers", "types") if k in step}
    return train(lab, step.get("inits", DEFAULT_CANDIDATES), base=base, progress=progress,
                 live=live, **fields)

