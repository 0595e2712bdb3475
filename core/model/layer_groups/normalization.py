"""Normalization layers."""

from core.messages import msg
from core.model.layer_groups import init_texts as t

ROWS = (
    ("BatchNorm1d", 0,
     msg("Normalizes each channel over the batch, for inputs shaped (N, C) or (N, C, L)."),
     t.BATCH_NORM),
    ("BatchNorm2d", 0,
     msg("Normalizes each channel over the batch, for images shaped (N, C, H, W)."),
     t.BATCH_NORM),
    ("BatchNorm3d", 0,
     msg("Normalizes each channel over the batch, for volumes shaped (N, C, D, H, W)."),
     t.BATCH_NORM),
    ("InstanceNorm1d", 0,
     msg("Normalizes each channel of each sample over its length, for (N, C, L)."),
     t.INSTANCE_NORM),
    ("InstanceNorm2d", 0,
     msg("Normalizes each channel of each image over its height and width (style transfer)."),
     t.INSTANCE_NORM),
    ("InstanceNorm3d", 0,
     msg("Normalizes each channel of each volume over its depth, height and width."),
     t.INSTANCE_NORM),
    ("LayerNorm", 0,
     msg("Normalizes each sample over its trailing dimensions, independently of the batch."),
     t.LAYER_NORM),
    ("GroupNorm", 0,
     msg("Normalizes each sample over groups of channels, independently of the batch."),
     t.LAYER_NORM),
)
