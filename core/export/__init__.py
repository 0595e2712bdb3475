"""Export a session as a plain PyTorch script."""
