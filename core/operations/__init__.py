"""The operations a person performs on the lab, as typed steps.

Each operation is one class (``base.Operation``): its ``fields`` (the structure check
and ``registry.schema()`` are generated from them), ``apply`` (what it does to the
Lab), ``export`` (the script's code, through ``base.CodeWriter``), ``label`` and
``record`` (its own report fields). ``registry`` lists them; ``steps`` is the entry
point everyone calls (``check_structure``, ``perform``, ``analyze``, ``analysis_record``).

To add an operation, write its class and register it::

    class AddLinear(Operation):
        name = "add_linear"
        label = msg("Add a Linear layer")
        fields = (Field("in", (INT,), required=True), Field("out", (INT,), required=True))

        def apply(self, lab, step, base):
            return lab.add("Linear", {"in_features": step["in"], "out_features": step["out"]})

        def export(self, code, step):
            Add().export(code, {"op": "add", "layer": "Linear", "args": {...}})

    registry.register(AddLinear)  # or list it in registry.py with the built-in ones

Then document its fields in docs/scenario-format.md (a test checks that every op is there).
"""
