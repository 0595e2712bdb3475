"""One parameter's history: its histogram and the steps that changed it."""
