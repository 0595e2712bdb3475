"""Analyses that read the network and change nothing: Compare, Depth, theory."""
