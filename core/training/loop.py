"""One candidate's training run: the plain PyTorch loop, watched but not changed.

The loop is what a person writes (zero_grad, forward, loss, backward, step) with the
functions of :mod:`core.training.plain`; what the lab records (the loss and accuracy
of each batch, gradient norms, update-to-weight ratios) is read beside it and never
feeds back, so the curves are bit for bit those of the same loop without the lab.
A loss that stops being finite ends the run as *diverged*, with an explanation.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

import torch

from core.errors import INVALID_ARGUMENT, RUNTIME, LabError
from core.messages import msg
from core.training import plain
from core.training.tasks import Task

OPTIMIZERS = ("sgd", "adam")
MAX_STEPS = 10_000
MAX_BATCH = 4_096
MAX_LR = 1e6
MAX_STAT_POINTS = 100  # gradient norms and update ratios kept per parameter (a chart's worth)
ACCURACY_CHUNK = 64  # steps whose predictions are kept before their accuracy is counted
PROGRESS_SECONDS = 0.1  # at most this often the progress callback hears of a step


def setting_specs() -> tuple:
    """The settings as argument schemas, for a form that explains each field as it is
    typed; ``settings`` checks them together (lr above 0)."""
    from core.model.schema import CHOICE, FLOAT, INT, ArgSpec

    return (
        ArgSpec("optimizer", CHOICE, "adam", True, choices=("adam", "sgd"), help=msg(
            "adam: torch.optim.Adam (momentum is its β1); sgd: torch.optim.SGD with "
            "momentum.")),
        ArgSpec("lr", FLOAT, 0.01, True, maximum=MAX_LR, help=msg(
            "The learning rate, above 0: about 0.01 for adam, 0.1 for sgd.")),
        ArgSpec("momentum", FLOAT, 0.9, True, minimum=0.0, maximum=1.0, help=msg(
            "0 up to (not including) 1; 0.9 is usual.")),
        ArgSpec("batch", INT, 64, True, minimum=1, maximum=MAX_BATCH, help=msg(
            "Examples per step, at most the task's size.")),
        ArgSpec("steps", INT, 200, True, minimum=1, maximum=MAX_STEPS, help=msg(
            "Optimizer steps per initializer.")),
        ArgSpec("seed", INT, 0, True, minimum=0, maximum=2**31 - 1, help=msg(
            "One seed for the data, the batch order and the initializers: the same seed "
            "gives the same curves.")),
    )


@dataclass(frozen=True)
class Settings:
    steps: int = 200
    batch: int = 64
    optimizer: str = "sgd"
    lr: float = 0.1
    momentum: float = 0.9
    seed: int = 0

    @property
    def stride(self) -> int:
        """Steps between two recordings of the per-parameter statistics."""
        return max(1, math.ceil(self.steps / MAX_STAT_POINTS))

    def to_json(self) -> dict:
        return {"steps": self.steps, "batch": self.batch, "optimizer": self.optimizer,
                "lr": self.lr, "momentum": self.momentum, "seed": self.seed}


def _whole(name: str, value, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise LabError(INVALID_ARGUMENT, msg(
            "{name} must be a whole number from {low} to {high}, got {value!r}.",
            name=name, low=f"{low:,}", high=f"{high:,}", value=value))
    return value


def settings(steps=200, batch=64, optimizer="sgd", lr=0.1, momentum=0.9, seed=0) -> Settings:
    """Checked settings; a value out of range is refused with the range, never changed."""
    _whole("steps", steps, 1, MAX_STEPS)
    _whole("batch", batch, 1, MAX_BATCH)
    _whole("seed", seed, 0, 2**63 - 1)
    if optimizer not in OPTIMIZERS:
        raise LabError(INVALID_ARGUMENT, msg(
            "optimizer must be sgd (with momentum) or adam, got {value!r}.", value=optimizer))
    if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not 0 < lr <= MAX_LR:
        raise LabError(INVALID_ARGUMENT, msg(
            "lr (the learning rate) must be a number above 0 and at most {limit:g}, such as "
            "0.1 for SGD or 0.001 for Adam; got {value!r}.", limit=MAX_LR, value=lr))
    if (isinstance(momentum, bool) or not isinstance(momentum, (int, float))
            or not 0 <= momentum < 1):
        raise LabError(INVALID_ARGUMENT, msg(
            "momentum must be a number from 0 up to (not including) 1, such as 0.9; with adam "
            "it is β1. Got {value!r}.", value=momentum))
    return Settings(steps, batch, optimizer, float(lr), float(momentum), seed)


@dataclass
class Curves:
    """What one candidate's run recorded."""

    loss: list[float] = field(default_factory=list)
    accuracy: list[float] | None = None
    stat_steps: list[int] = field(default_factory=list)
    grad_norm: dict[str, list[float]] = field(default_factory=dict)
    update_ratio: dict[str, list[float]] = field(default_factory=dict)
    diverged_at: int | None = None
    error: LabError | None = None


def train_model(model: torch.nn.Module, task: Task, settings: Settings, tick=None) -> Curves:
    """Train ``model`` in place; ``tick(step, curves)`` after each step (progress, cancel).

    The caller seeds the global stream first (dropout draws from it), as a script does.
    """
    named = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    parameters = [p for _, p in named]
    curves = Curves(accuracy=[] if task.classes else None)
    for name, _ in named:
        curves.grad_norm[name], curves.update_ratio[name] = [], []
    optimizer = plain.make_optimizer(parameters, settings.optimizer, settings.lr,
                                     settings.momentum)
    model.train()
    x, y, classes, stride = task.x, task.y, task.classes, settings.stride
    kept = [torch.empty_like(p, memory_format=torch.contiguous_format) for p in parameters]
    guesses: list[torch.Tensor] = []
    answers: list[torch.Tensor] = []
    for step, index in enumerate(plain.batch_order(task.size, settings.batch, settings.steps,
                                                   settings.seed)):
        inputs, targets = x[index], y[index]
        optimizer.zero_grad()
        output = model(inputs)
        loss = plain.loss_of(output, targets, classes)
        loss.backward()
        value = loss.item()
        curves.loss.append(value)
        if classes:  # counted in chunks: one small op per step instead of four
            guesses.append(output.argmax(dim=1))  # no gradient: argmax is not differentiable
            answers.append(targets)
            if len(guesses) == ACCURACY_CHUNK:
                _count_correct(curves, guesses, answers)
        if plain.diverges(curves.loss):
            curves.diverged_at = step
            curves.error = diverged(step, value, settings)
            break
        watched = step % stride == 0
        if watched:
            _watch_before(curves, named, kept, step)
        optimizer.step()
        if watched:
            _watch_after(curves, named, kept)
        if tick is not None:
            tick(step, curves)
    _count_correct(curves, guesses, answers)
    return curves


def _count_correct(curves: Curves, guesses: list, answers: list) -> None:
    """Each step's batch accuracy, of the predictions kept since the last count."""
    if guesses:
        correct = torch.stack(guesses).eq(torch.stack(answers)).sum(dim=1).tolist()
        curves.accuracy.extend(count / len(answers[0]) for count in correct)
        guesses.clear()
        answers.clear()


def _watch_before(curves: Curves, named, kept: list[torch.Tensor], step: int) -> None:
    """Gradient norms, and the weights copied into ``kept`` (no allocation per step)."""
    curves.stat_steps.append(step)
    with torch.no_grad():
        grads = [p.grad if p.grad is not None else torch.zeros(()) for _, p in named]
        for (name, _), norm in zip(named, torch._foreach_norm(grads), strict=True):
            curves.grad_norm[name].append(float(norm))
        torch._foreach_copy_(kept, [p.detach() for _, p in named])


def _watch_after(curves: Curves, named, kept: list[torch.Tensor]) -> None:
    """‖w_after − w_before‖ / ‖w_before‖ per parameter (``kept`` holds w_before)."""
    with torch.no_grad():
        sizes = torch._foreach_norm(kept)
        torch._foreach_sub_(kept, [p.detach() for _, p in named])
        deltas = torch._foreach_norm(kept)
        for (name, _), delta, size in zip(named, deltas, sizes, strict=True):
            size = float(size)
            curves.update_ratio[name].append(float(delta) / size if size > 0 else math.nan)


def diverged(step: int, value: float, settings: Settings) -> LabError:
    hint = msg("a smaller learning rate (lr)") if settings.lr > 1e-3 else msg(
        "another initializer, or normalization layers")
    if math.isfinite(value):
        what = msg("grew to {value:.3g}, more than {factor:,.0f} times its first value,",
                   value=value, factor=plain.DIVERGED_FACTOR)
    else:
        what = msg("became {value} (the numbers left float32's range)", value=repr(value))
    return LabError(RUNTIME, msg(
        "Diverged: the loss {what} at step {step}, so this run stopped there. With lr "
        "{lr:g} and {optimizer} this initializer does not train; try {hint}.",
        what=what, step=step, lr=settings.lr, optimizer=settings.optimizer, hint=hint))


class Ticker:
    """Cancel checks at every step; progress, and the curves so far to ``live`` (a chart
    drawn while training), at most every PROGRESS_SECONDS."""

    def __init__(self, monitor, progress, index: int, count: int, steps: int, label: str,
                 live=None):
        self.monitor, self.progress, self.live = monitor, progress, live
        self.index, self.offset, self.total = index, index * steps, count * steps
        self.label = label
        self.last = time.monotonic()

    def __call__(self, step: int, curves: Curves) -> None:
        self.monitor.check()
        now = time.monotonic()
        if now - self.last >= PROGRESS_SECONDS:
            self.last = now
            if self.progress is not None:
                self.progress(self.offset + step + 1, self.total, self.label)
            if self.live is not None:
                self.live(self.index, self.label, list(curves.loss))
