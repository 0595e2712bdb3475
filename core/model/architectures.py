"""Templates of real architectures: which factory, which example input, what to expect.

Each :class:`Architecture` names a plain ``nn.Module`` factory from
``core.model.architecture_nets`` with the input it is shown on (its shape, and how it
is filled: N(0, 1) floats or integer token ids), the output shape it promises, a bound
on its parameter count (all open at once on a 2-core CPU) and a short text on how
PyTorch initializes its layers by default and what that means for this architecture.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import torch
import torch.nn as nn

from core.messages import Message, msg
from core.model import architecture_nets as nets

NORMAL = "normal"  # floats drawn from N(0, 1)
IDS = "ids"  # integer token ids drawn uniformly from [0, vocab)


@dataclass(frozen=True)
class Architecture:
    key: str
    title: Message
    description: Message
    factory: Callable[[], nn.Module]
    input_shape: tuple[int, ...]
    output_shape: tuple[int, ...]
    max_parameters: int
    fill: str = NORMAL
    vocab: int | None = None

    def build(self) -> nn.Module:
        """A new network; its eager layers draw from the global generator, as in PyTorch."""
        return self.factory()

    def example_input(self, seed: int = 0) -> torch.Tensor:
        """The example input, drawn from its own generator (the global one is untouched)."""
        generator = torch.Generator().manual_seed(seed)
        if self.fill == IDS:
            return torch.randint(0, self.vocab, self.input_shape, generator=generator)
        return torch.empty(self.input_shape).normal_(0.0, 1.0, generator=generator)

    def forward_step(self, seed: int = 0) -> dict:
        """The lab's forward step whose input is ``example_input(seed)``."""
        step = {"op": "forward", "shape": list(self.input_shape), "fill": self.fill,
                "seed": seed, "note": "example input"}
        if self.fill == IDS:
            step.update(low=0, high=self.vocab)
        return step

    def describe_input(self) -> Message:
        shape = "(" + ", ".join(str(s) for s in self.input_shape) + ")"
        if self.fill == IDS:
            return msg("{shape} integer ids in [0, {vocab})", shape=shape, vocab=self.vocab)
        return msg("{shape} normal(mean={mean}, std={std})", shape=shape, mean="0", std="1")


_DEFAULT_CONV = msg(
    "PyTorch's default for convolutions and linear layers is kaiming_uniform_(a=√5): "
    "weights U(±1/√fan_in), a variance of 1/(3·fan_in), a sixth of He's 2/fan_in for "
    "ReLU; biases U(±1/√fan_in) too."
)

ARCHITECTURES: dict[str, Architecture] = {arch.key: arch for arch in (
    Architecture(
        key="resnet18_small",
        title=msg("ResNet-18-style CNN (small: 16-32-64-128 channels, 1×3×32×32 images)"),
        description=msg(
            "A 3×3 stem, four stages of two d2l Residual blocks (the first block of stages "
            "2–4 halves the resolution and has a 1×1 convolution on its shortcut), average "
            "pooling and a LazyLinear head. Every convolution and batch norm is lazy: "
            "nothing has a shape until the first forward. {default} Batch norm starts at weight 1, "
            "bias 0 (running mean 0, variance 1), and one follows every convolution: in "
            "training mode it rescales each channel to unit variance, so the convolutions' "
            "small default scale hardly matters and their biases are cancelled by the mean "
            "it subtracts. Within a stage each block adds a unit-variance branch to its "
            "identity shortcut, so the signal does not shrink with depth as in a plain stack.",
            default=_DEFAULT_CONV,
        ),
        factory=nets.resnet18_small,
        input_shape=(1, 3, 32, 32), output_shape=(1, 10), max_parameters=1_000_000,
    ),
    Architecture(
        key="transformer_classifier",
        title=msg("Transformer encoder classifier (2 layers, width 32, token ids 1×16 in "
                  "[0, 100))"),
        description=msg(
            "Embedding, fixed sinusoidal positions (a buffer: nothing to initialize), a "
            "TransformerEncoder of two TransformerEncoderLayers (4 heads, feed-forward 64, "
            "dropout 0), the mean over the sequence and a LazyLinear head. Embedding rows are "
            "N(0, 1). Self-attention's in_proj_weight, the stacked (3·32, 32) query/key/value "
            "matrix, is xavier_uniform_, and the in and out projection biases are 0; the out "
            "projection's weight and the "
            "feed-forward linears keep the default U(±1/√fan_in); LayerNorm starts at weight "
            "1, bias 0. TransformerEncoder deep-copies the layer it is given, so both layers "
            "start with identical weights. Only the head is lazy."
        ),
        factory=nets.TransformerClassifier,
        input_shape=(1, 16), output_shape=(1, 2), max_parameters=50_000, fill=IDS,
        vocab=100,
    ),
    Architecture(
        key="lstm_classifier",
        title=msg("LSTM sequence classifier (2 layers, hidden 32, sequences 1×20×8)"),
        description=msg(
            "A two-layer nn.LSTM (batch_first) whose last time step goes to a LazyLinear "
            "head. Every LSTM weight and bias, of both layers and all four gates (stacked as "
            "4·32 rows), is U(±1/√hidden_size) = U(±0.18), whatever the input size: the "
            "scale follows the hidden size, not fan_in. The forget gate's bias starts near 0, "
            "so the cell keeps about half its memory at each step (σ(0) = 0.5); the often "
            "recommended forget bias of 1 would keep 73%. There is no lazy LSTM: only the "
            "head waits for the "
            "first forward."
        ),
        factory=nets.LSTMClassifier,
        input_shape=(1, 20, 8), output_shape=(1, 2), max_parameters=50_000,
    ),
    Architecture(
        key="lenet_d2l",
        title=msg("d2l's LeNet, lazy (sigmoid and average pooling, 1×1×28×28 images)"),
        description=msg(
            "d2l's LeNet: two lazy convolutions with sigmoid and average pooling, then three "
            "LazyLinear layers. {default} The fans are known only after the first forward "
            "(1·5·5 for the first convolution, 6·5·5, then 16·5·5 = 400 for the first "
            "linear). The sigmoid's outputs have a mean near 0.5 and its slope is at most "
            "1/4: gradients shrink at every layer, the case that motivated better "
            "initializations.", default=_DEFAULT_CONV,
        ),
        factory=nets.lenet,
        input_shape=(1, 1, 28, 28), output_shape=(1, 10), max_parameters=100_000,
    ),
    Architecture(
        key="vgg_small",
        title=msg("Small VGG (VGG blocks of 16, 32, 64 channels, 1×3×32×32 images)"),
        description=msg(
            "Three d2l vgg_blocks (3×3 lazy convolutions with ReLU, then max pooling) and "
            "three LazyLinear layers with Dropout(0.5). {default} With ReLU and no batch norm "
            "each convolution keeps a third of its input's second moment and ReLU half of "
            "that: the activations' RMS shrinks by about √6 ≈ 2.4 per layer (see Depth). "
            "Dropout draws from the generator at every forward in training mode.",
            default=_DEFAULT_CONV,
        ),
        factory=nets.vgg_small,
        input_shape=(1, 3, 32, 32), output_shape=(1, 10), max_parameters=400_000,
    ),
    Architecture(
        key="dcgan_generator",
        title=msg("DCGAN-style generator (lazy transposed convolutions, latent 1×16×1×1 → "
                  "image 1×3×32×32)"),
        description=msg(
            "Three d2l G_blocks (LazyConvTranspose2d without bias, LazyBatchNorm2d, ReLU), a "
            "last transposed convolution to 3 channels and Tanh. A transposed convolution's "
            "weight is (in_channels, out_channels, k, k), and PyTorch computes fan_in from "
            "dimension 1: the default U(±1/√fan_in) uses out_channels·4·4, the fan_in of the "
            "convolution this layer transposes, not the in_channels it sums over: fan_in and "
            "fan_out are swapped. Batch norm "
            "starts at weight 1, bias 0 and renormalizes the first three layers; the last "
            "one feeds Tanh directly. The DCGAN paper draws every weight from N(0, 0.02) "
            "instead."
        ),
        factory=nets.dcgan_generator,
        input_shape=(1, 16, 1, 1), output_shape=(1, 3, 32, 32), max_parameters=50_000,
    ),
)}
