"""The lab itself: PyTorch only, never Qt.

Everything a person can do to a network lives here as a plain operation on a
:class:`core.model.lab.Lab`; the GUI and the headless runner only call these.
"""


def open_model(module, example_input=None, memory_limit: int | None = None, source=None):
    """A Lab on your own ``nn.Module`` (from a script or a notebook), without a window.

    ``module`` is copied: training it afterwards changes nothing in the Lab. With
    ``example_input`` (a tensor) the Lab runs one traced forward pass on it, so lazy
    modules get their shapes. Everything but structural steps works on the result:
    ``lab.forward(...)``, ``lab.initialize(...)``, ``core.operations.steps.perform``,
    ``lab.snapshot`` (dotted names as ``named_parameters()`` gives them). ``source``
    (``core.model.model_file.ModelSource``) lets code export import the model's file.
    """
    from core.model.user_model import UserModelLab

    lab = UserModelLab(module, memory_limit=memory_limit, source=source)
    if example_input is not None:
        before = lab.version.steps
        lab.forward_tensor(example_input)
        lab.record_step(before, {"op": "forward", "shape": list(example_input.shape),
                                 "note": "example input"})
    return lab
