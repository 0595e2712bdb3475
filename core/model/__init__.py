"""The network and its lab: layers, snapshots, history, initializers, explanations."""
