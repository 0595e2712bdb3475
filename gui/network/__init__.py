"""The network's views: cards, palette, layer editor, parameters, trace, print(net)."""
