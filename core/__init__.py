"""The lab itself: PyTorch only, never Qt.

Everything a person can do to a network lives here as a plain operation on a
:class:`core.model.lab.Lab`; the GUI and the headless runner only call these.
"""



def open_model(module, example_input=None, memory_limit: int | None = None, source=None,
               bins: int | None = None):
    """A Lab on your own ``nn.Module`` (from a script or a notebook), without a window.

    ``module`` is copied: training it afterwards changes nothing in the Lab. With
    ``example_input`` (a tensor) the Lab runs one traced forward pass, so lazy modules
    get their shapes. Everything works on the result (``lab.forward(...)``,
    ``lab.initialize(...)``, ``core.operations.steps.perform(lab, step)``,
    ``lab.snapshot`` with dotted names as ``named_parameters()`` gives them); steps that
    change the structure only on a plain ``nn.Sequential`` of the lab's layers.
    ``source`` (``core.model.model_file.ModelSource``) lets code export import the file.
    """
    from core.model.opening import open_lab

    return open_lab(module, example_input, memory_limit, source, bins)
