"""The catalogue's data, one module per palette group: each row is
(layer name, dimensions of its window arguments, tooltip, how PyTorch initializes it)."""
