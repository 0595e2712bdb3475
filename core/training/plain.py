"""The training recipe as plain PyTorch: the tasks' data, the batches, optimizer and loss.

The lab trains with these functions and ``--export-code`` copies their source into
the script (``inspect.getsource``), so the lab's curves and the script's come from
one text. Each function is therefore self-contained: it uses only ``math``,
``gzip``, ``numpy`` and ``torch``, and draws only from generators it seeds itself
(the global stream is the caller's, as in any PyTorch script).
"""

import gzip
import math

import numpy as np
import torch

# Streams of their own, so the data, the batch order and the initializers never share
# random numbers even when they start from the same seed.
DATA_STREAM, ORDER_STREAM, TEACHER_STREAM = 0x7F4A7C15, 0x1B873593, 0x6A09E667
DIVERGED_FACTOR = 1e4  # a loss this many times the first one (or not finite): diverged


def spirals_data(seed, size=1024):
    """Two interleaved spirals in [-1, 1]²; class 1 is class 0 turned by half a turn."""
    generator = torch.Generator().manual_seed(seed ^ DATA_STREAM)
    half = size // 2
    radius = torch.rand(half, generator=generator).sqrt()
    angle = radius * 3.0 * math.pi
    points, labels = [], []
    for label in (0, 1):
        turn = angle + label * math.pi
        xy = torch.stack([radius * torch.cos(turn), radius * torch.sin(turn)], dim=1)
        points.append(xy + 0.03 * torch.randn(half, 2, generator=generator))
        labels.append(torch.full((half,), label, dtype=torch.int64))
    return torch.cat(points), torch.cat(labels)


def checkerboard_data(seed, size=1024, cells=4):
    """Points uniform in [-1, 1]², labelled by the colour of their square on a board."""
    generator = torch.Generator().manual_seed(seed ^ DATA_STREAM)
    x = torch.rand(size, 2, generator=generator) * 2 - 1
    square = torch.floor((x + 1) * (cells / 2)).clamp(0, cells - 1).to(torch.int64)
    return x, (square[:, 0] + square[:, 1]) % 2


def teacher_data(seed, input_shape, output_shape, size=1024, hidden=32):
    """x ~ N(0, 1) and y = W2·tanh(W1·x): a fixed random teacher network to imitate."""
    generator = torch.Generator().manual_seed(seed ^ DATA_STREAM)
    x = torch.randn(size, *input_shape, generator=generator)
    width_in, width_out = math.prod(input_shape), math.prod(output_shape)
    teacher = torch.Generator().manual_seed(seed ^ TEACHER_STREAM)
    w1 = torch.randn(width_in, hidden, generator=teacher) / math.sqrt(width_in)
    w2 = torch.randn(hidden, width_out, generator=teacher) / math.sqrt(hidden)
    y = torch.tanh(x.reshape(size, width_in) @ w1) @ w2
    return x, y.reshape(size, *output_shape)


def sequence_data(seed, length=20, features=1, size=1024):
    """Sequences x ~ N(0, 1); the class is the sign of the very first value (memory)."""
    generator = torch.Generator().manual_seed(seed ^ DATA_STREAM)
    x = torch.randn(size, length, features, generator=generator)
    return x, (x[:, 0, 0] > 0).to(torch.int64)


def digits_data(path, input_shape=(1, 8, 8)):
    """The 1,797 8×8 digits (UCI), pixels 0..16 scaled to [0, 1], labels 0..9."""
    with gzip.open(path, "rt", encoding="ascii") as handle:
        table = np.loadtxt(handle, delimiter=",", dtype=np.int64)
    x = torch.from_numpy(table[:, :64]).to(torch.float32) / 16
    return x.reshape(len(table), *input_shape), torch.from_numpy(table[:, 64])


def npz_data(path):
    """``x`` and ``y`` of an .npz file (no pickles) as tensors; see ``npz_tensors``."""
    with np.load(path, allow_pickle=False) as archive:
        return npz_tensors(archive["x"], archive["y"])


def npz_tensors(x, y):
    """float32 inputs; integer labels of shape (examples,) are classes, else regression
    targets of shape (examples, outputs)."""
    inputs = torch.from_numpy(np.ascontiguousarray(x, dtype=np.float32))
    if y.dtype.kind in "biu" and y.ndim == 1:
        return inputs, torch.from_numpy(y.astype(np.int64))
    targets = torch.from_numpy(np.ascontiguousarray(y, dtype=np.float32))
    return inputs, targets.reshape(len(y), -1)


def batch_order(size, batch, steps, seed):
    """Index batches: each epoch a fresh permutation, cut into full batches."""
    generator = torch.Generator().manual_seed(seed ^ ORDER_STREAM)
    order, position = torch.randperm(size, generator=generator), 0
    for _ in range(steps):
        if position + batch > size:
            order, position = torch.randperm(size, generator=generator), 0
        yield order[position:position + batch]
        position += batch


def make_optimizer(parameters, name, lr, momentum):
    """SGD with momentum, or Adam with ``momentum`` as its β1."""
    if name == "adam":
        return torch.optim.Adam(parameters, lr=lr, betas=(momentum, 0.999))
    return torch.optim.SGD(parameters, lr=lr, momentum=momentum)


def loss_of(output, target, classes):
    """Cross-entropy for a task with classes, mean squared error for a regression."""
    if classes:
        return torch.nn.functional.cross_entropy(output, target)
    return torch.nn.functional.mse_loss(output, target)


def diverges(losses):
    """The last loss is not finite, or DIVERGED_FACTOR times the first (at least 1e-3)."""
    return not losses[-1] <= max(losses[0], 1e-3) * DIVERGED_FACTOR
