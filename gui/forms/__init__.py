"""Forms that make steps: arguments, initializer choice, the forward pass's input."""
