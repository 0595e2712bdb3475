"""Tasks to train on, made offline in the lab (or read from a person's ``.npz``).

A task is its inputs ``x`` (float32, one row per example) and targets ``y``: class
indices for a task with classes, float values for a regression. The data come
from :mod:`core.training.plain`. The teacher regression fits any network: its
targets take the shape of the network's output, known once a batch has gone
through (``Task.fitted``).
"""

from __future__ import annotations

import math
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import torch

from core.errors import INVALID_ARGUMENT, INVALID_FILE, SHAPE_MISMATCH, TOO_LARGE, LabError
from core.io.limits import shown
from core.messages import msg
from core.model.memory import human_bytes
from core.training import plain

NAMES = ("spirals", "checkerboard", "teacher", "sequence", "digits")
DIGITS_FILE = Path(__file__).parent / "data" / "digits.csv.gz"
SEQUENCE_SHAPE = (20, 1)
DIGITS_SHAPE = (1, 8, 8)
MAX_NPZ_BYTES = 256 * 1024**2  # uncompressed x and y together
MAX_DIMS = 6


@dataclass(frozen=True)
class Task:
    """Examples to learn from; ``y`` is None until the teacher knows the output's shape."""

    name: str
    x: torch.Tensor
    y: torch.Tensor | None
    classes: int | None  # None: a regression (mean squared error)
    source: str = ""  # the .npz file, or the digits' file

    @property
    def size(self) -> int:
        return self.x.shape[0]

    @property
    def input_shape(self) -> tuple[int, ...]:
        return tuple(self.x.shape[1:])

    @property
    def planar(self) -> bool:
        """Two inputs and classes: a decision boundary can be drawn."""
        return self.input_shape == (2,) and bool(self.classes)

    def fitted(self, output_shape: tuple[int, ...], seed: int) -> Task:
        """The task checked against the network's output shape per example."""
        if self.name == "teacher":
            x, y = plain.teacher_data(seed, self.input_shape, output_shape, self.size)
            return replace(self, x=x, y=y)
        if self.classes:
            if len(output_shape) != 1:
                raise LabError(SHAPE_MISMATCH, msg(
                    "The {task} task has {classes} classes, so the network must give one "
                    "score per class, an output of shape [batch, {classes}]; it gives {shape} "
                    "per example. End the network with Flatten and a Linear layer with "
                    "out_features {classes}.", task=self.name, classes=self.classes,
                    shape=list(output_shape)))
            if output_shape[0] != self.classes:
                raise LabError(SHAPE_MISMATCH, msg(
                    "The {task} task has {classes} classes, so the network's output must have "
                    "width {classes} (shape [batch, {classes}]), but it gives {shape} per "
                    "example. Make the last layer's out_features {classes}.",
                    task=self.name, classes=self.classes, shape=list(output_shape)))
            return self
        wanted = tuple(self.y.shape[1:])  # a regression from a file: its targets' shape
        if output_shape != wanted:
            raise LabError(SHAPE_MISMATCH, msg(
                "The task's targets have shape {wanted} per example, so the network's output "
                "must have width {width}, but it gives {shape}. Make the last layer's "
                "out_features {width}.", wanted=list(wanted), width=math.prod(wanted),
                shape=list(output_shape)))
        return self

    def to_json(self) -> dict:
        record = {
            "name": self.name, "input_shape": list(self.input_shape), "classes": self.classes,
            "size": self.size, "loss": "cross_entropy" if self.classes else "mse",
            "output_shape": [self.classes] if self.classes else list(self.y.shape[1:]),
        }
        if self.source:
            record["source"] = self.source
        if self.planar:
            record["points"] = [[float(a), float(b), int(c)] for (a, b), c in
                                zip(self.x.tolist(), self.y.tolist(), strict=True)]
        return record


def make(task, lab, seed: int, base: Path | None = None) -> Task:
    """The task a step names: a name from NAMES or ``{"npz": path}``."""
    if isinstance(task, dict):
        if set(task) != {"npz"} or not isinstance(task["npz"], str) or not task["npz"]:
            raise LabError(INVALID_ARGUMENT, msg(
                "task must be one of {names} or {{\"npz\": \"file.npz\"}}, got {value}.",
                names=", ".join(NAMES), value=shown(task)))
        path = Path(task["npz"])
        if base is not None and not path.is_absolute():
            path = base / path
        return read_npz(path)
    if task == "spirals":
        return Task(task, *plain.spirals_data(seed), 2)
    if task == "checkerboard":
        return Task(task, *plain.checkerboard_data(seed), 2)
    if task == "teacher":
        x, _ = plain.teacher_data(seed, input_shape(lab, None), (1,))
        return Task(task, x, None, None)
    if task == "sequence":
        return Task(task, *plain.sequence_data(seed, *sequence_shape(lab)), 2)
    if task == "digits":
        shape = input_shape(lab, DIGITS_SHAPE)
        if math.prod(shape) != 64:
            shape = DIGITS_SHAPE
        return Task(task, *plain.digits_data(str(DIGITS_FILE), shape), 10, str(DIGITS_FILE))
    raise LabError(INVALID_ARGUMENT, msg(
        "task must be one of {names} or {{\"npz\": \"file.npz\"}}, got {value}.",
        names=", ".join(NAMES), value=shown(task)))


def input_shape(lab, fallback: tuple[int, ...] | None) -> tuple[int, ...]:
    """One example's shape: the last forward pass's, else the first Linear's width."""
    spec = lab.version.input
    if spec is not None:
        return tuple(spec.shape[1:])
    if fallback is not None:
        return fallback
    first = lab.network.entries[0] if lab.network.entries else None  # a user's model: names
    if getattr(first, "layer", None) == "Linear":
        return (int(first.args.get("in_features", 1)),)
    raise LabError(INVALID_ARGUMENT, msg(
        "The teacher task makes inputs as wide as the network takes, but the network's input "
        "width is not known yet: send a sample through it first (forward), then train."))


def sequence_shape(lab) -> tuple[int, int]:
    """(length, features): the last forward pass's if it was a batch of sequences."""
    spec = lab.version.input
    if spec is not None and len(spec.shape) == 3:
        return spec.shape[1], spec.shape[2]
    return SEQUENCE_SHAPE


def read_npz(path: Path) -> Task:
    """``x`` and ``y`` from an .npz, without pickles, within size limits, checked."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = {info.filename: info.file_size for info in archive.infolist()}
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise LabError(INVALID_FILE, msg(
            "Cannot read {path} as an .npz file ({reason}); save one with "
            "numpy.savez(path, x=inputs, y=targets).", path=str(path), reason=reason)) from exc
    if not {"x.npy", "y.npy"} <= set(members):
        raise LabError(INVALID_FILE, msg(
            "{path} must hold arrays named x and y (numpy.savez(path, x=inputs, y=targets)); "
            "it holds {names}.", path=str(path),
            names=", ".join(sorted(n.removesuffix(".npy") for n in members)) or "nothing"))
    size = members["x.npy"] + members["y.npy"]
    if size > MAX_NPZ_BYTES:
        raise LabError(TOO_LARGE, msg(
            "{path} holds {size} of data; at most {limit} are read for training.",
            path=str(path), size=human_bytes(size), limit=human_bytes(MAX_NPZ_BYTES)))
    try:
        with np.load(path, allow_pickle=False) as archive:
            x, y = archive["x"], archive["y"]
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        raise LabError(INVALID_FILE, msg(
            "Cannot read the arrays of {path} ({reason}); x and y must be plain number "
            "arrays (no objects).", path=str(path), reason=shown(str(exc), 200))) from exc
    return _checked(x, y, str(path))


def _checked(x: np.ndarray, y: np.ndarray, source: str) -> Task:
    for name, array in (("x", x), ("y", y)):
        if array.dtype.kind not in "biuf":
            raise LabError(INVALID_FILE, msg(
                "{name} in {path} holds {dtype} values; it must hold numbers.",
                name=name, path=source, dtype=str(array.dtype)))
    if x.ndim < 2 or x.ndim > MAX_DIMS or y.ndim not in (1, 2) or not len(x):
        raise LabError(INVALID_FILE, msg(
            "x must have shape (examples, features...) with 2 to {dims} dimensions and y "
            "shape (examples,) or (examples, outputs); {path} has x {x} and y {y}.",
            dims=MAX_DIMS, path=source, x=list(x.shape), y=list(y.shape)))
    if len(x) != len(y):
        raise LabError(INVALID_FILE, msg(
            "x has {x} examples but y has {y} in {path}; they must match one to one.",
            x=len(x), y=len(y), path=source))
    inputs, targets = plain.npz_tensors(x, y)
    if not bool(torch.isfinite(inputs).all()):
        raise LabError(INVALID_FILE, msg(
            "x in {path} holds NaN or infinite values (or numbers beyond float32); training "
            "needs finite inputs.", path=source))
    if targets.dtype == torch.int64:  # class labels
        if int(targets.min()) < 0:
            raise LabError(INVALID_FILE, msg(
                "y in {path} holds the class label {label}; labels are 0, 1, 2, ...",
                path=source, label=int(targets.min())))
        classes = int(targets.max()) + 1
        if classes < 2 or classes > 100_000:
            raise LabError(INVALID_FILE, msg(
                "y in {path} has labels 0 to {top}; a task with classes needs from 2 to "
                "100,000 of them (store float targets for a regression).",
                path=source, top=classes - 1))
        return Task("npz", inputs, targets, classes, source)
    if not bool(torch.isfinite(targets).all()):
        raise LabError(INVALID_FILE, msg(
            "y in {path} holds NaN or infinite values (or numbers beyond float32); training "
            "needs finite targets.", path=source))
    return Task("npz", inputs, targets, None, source)
