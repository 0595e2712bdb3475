"""Linear layers, convolutions and transposed convolutions."""

from core.messages import msg
from core.model.layer_groups import init_texts as t

ROWS = (
    ("Linear", 0, msg("Fully connected layer: y = x W^T + b, with in_features given up front."),
     t.LINEAR),
    ("Conv1d", 1, msg("1D convolution over sequences shaped (N, C, L)."), t.LINEAR),
    ("Conv2d", 2, msg("2D convolution over images shaped (N, C, H, W)."), t.LINEAR),
    ("Conv3d", 3, msg("3D convolution over volumes shaped (N, C, D, H, W)."), t.LINEAR),
    ("ConvTranspose1d", 1,
     msg("1D transposed convolution: upsamples sequences shaped (N, C, L)."), t.CONV_TRANSPOSE),
    ("ConvTranspose2d", 2,
     msg("2D transposed convolution: upsamples images, as in DCGAN generators."),
     t.CONV_TRANSPOSE),
    ("ConvTranspose3d", 3,
     msg("3D transposed convolution: upsamples volumes shaped (N, C, D, H, W)."),
     t.CONV_TRANSPOSE),
)
