"""Training copies of the network per initializer: tasks, the loop, its record, figures, code."""
