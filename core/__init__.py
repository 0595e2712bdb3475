"""The lab itself: PyTorch only, never Qt.

Everything a person can do to a network lives here as a plain operation on a
:class:`core.model.lab.Lab`; the GUI and the headless runner only call these.
"""
