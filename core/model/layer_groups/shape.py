"""Pooling, reshaping and dropout: layers without parameters."""

from core.messages import msg
from core.model.layer_groups.init_texts import NO_PARAMETERS as NONE

ROWS = (
    ("Flatten", 0, msg("Merges a range of dimensions into one, e.g. images into vectors."), NONE),
    ("MaxPool1d", 1, msg("Keeps the largest value of each window, shrinking sequences."), NONE),
    ("MaxPool2d", 2, msg("Keeps the largest value of each window, shrinking images."), NONE),
    ("MaxPool3d", 3, msg("Keeps the largest value of each window, shrinking volumes."), NONE),
    ("AvgPool1d", 1, msg("Averages each window, shrinking sequences."), NONE),
    ("AvgPool2d", 2, msg("Averages each window, shrinking images."), NONE),
    ("AvgPool3d", 3, msg("Averages each window, shrinking volumes."), NONE),
    ("AdaptiveMaxPool1d", 1,
     msg("Keeps the largest values into a fixed output length, whatever the input length."),
     NONE),
    ("AdaptiveMaxPool2d", 2,
     msg("Keeps the largest values into a fixed output height and width."), NONE),
    ("AdaptiveMaxPool3d", 3,
     msg("Keeps the largest values into a fixed output depth, height and width."), NONE),
    ("AdaptiveAvgPool1d", 1,
     msg("Averages into a fixed output length, whatever the input length."), NONE),
    ("AdaptiveAvgPool2d", 2,
     msg("Averages into a fixed output height and width, whatever the input size."), NONE),
    ("AdaptiveAvgPool3d", 3,
     msg("Averages into a fixed output depth, height and width, whatever the input size."),
     NONE),
    ("Dropout", 0, msg("Randomly zeroes elements while training, to reduce overfitting."), NONE),
    ("Identity", 0, msg("Returns its input unchanged; a placeholder."), NONE),
)
