"""Activations."""

from core.messages import msg
from core.model.layer_groups import init_texts as t

ROWS = (
    ("ReLU", 0, msg("Keeps positive values and replaces negative ones with zero."),
     t.NO_PARAMETERS),
    ("LeakyReLU", 0, msg("Like ReLU, but negative values keep a small slope."), t.NO_PARAMETERS),
    ("PReLU", 0, msg("Like LeakyReLU, but the negative slope is learned."), t.PRELU),
    ("GELU", 0, msg("Smooth ReLU-like activation used in transformers."), t.NO_PARAMETERS),
    ("SELU", 0, msg("Scaled ELU: self-normalizing with the right initialization."), t.SELU),
    ("Tanh", 0, msg("Squashes values into (-1, 1)."), t.NO_PARAMETERS),
    ("Sigmoid", 0, msg("Squashes values into (0, 1)."), t.NO_PARAMETERS),
    ("Softmax", 0, msg("Turns scores along one dimension into probabilities."), t.NO_PARAMETERS),
)
