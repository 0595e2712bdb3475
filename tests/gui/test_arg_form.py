"""ArgForm: the right editor per argument kind, exact round trips, refusals with reasons."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from core.errors import LabError
from core.model import catalogue, initializers
from core.model.catalogue import LAYERS
from core.model.initializers import INITIALIZERS, NONLINEARITIES
from gui.forms.arg_editors import EDITORS, IntLine, editor_for
from gui.forms.arg_form import ArgForm, FloatLine, format_float, parse_float, parse_ints


@pytest.fixture
def make_form(qtbot):
    def make(specs, owner, validator=None):
        form = ArgForm(specs, owner, validator)
        qtbot.addWidget(form)
        with qtbot.waitExposed(form):
            form.show()
        return form

    return make


def conv2d_form(make_form):
    return make_form(LAYERS["Conv2d"].args, "Conv2d", catalogue.validate_args)


def retype(qtbot, editor, text: str) -> None:
    """Select what the editor holds and type over it, as a person would."""
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def combo_data(combo: QComboBox) -> list:
    return [combo.itemData(i) for i in range(combo.count())]


# --- which editor for which kind ----------------------------------------------------


def test_conv2d_gets_an_editor_per_kind(make_form):
    form = conv2d_form(make_form)
    assert form.names() == [spec.name for spec in LAYERS["Conv2d"].args]
    for name in ("in_channels", "out_channels", "groups"):
        assert isinstance(form.editor(name), IntLine)  # typed freely, refused by core
    for name in ("kernel_size", "stride", "padding", "dilation"):
        assert isinstance(form.editor(name), QLineEdit)
    assert isinstance(form.editor("bias"), QCheckBox) and form.editor("bias").isChecked()
    padding_mode = form.editor("padding_mode")
    assert isinstance(padding_mode, QComboBox)
    assert combo_data(padding_mode) == ["zeros", "reflect", "replicate", "circular"]
    # padding also accepts the words "same" and "valid": a mode switch before its numbers
    switch = form.field("padding").mode
    assert combo_data(switch) == [None, "same", "valid"]
    assert form.field("stride").mode is None
    # labels are the argument names; required ones are bold; tooltips give the range
    assert form.label("in_channels").text() == "in_channels"
    assert form.label("in_channels").font().bold() and not form.label("stride").font().bold()
    assert "an integer from 1 to 2147483647" in form.label("kernel_size").toolTip()


def test_kaiming_normal_gets_a_spin_box_and_two_choices(make_form):
    form = make_form(
        INITIALIZERS["kaiming_normal_"].args, "kaiming_normal_", initializers.validate_init_args
    )
    assert form.names() == ["a", "mode", "nonlinearity"]
    assert isinstance(form.editor("a"), FloatLine)  # no bound: PyTorch takes a negative a
    assert combo_data(form.editor("mode")) == ["fan_in", "fan_out"]
    nonlinearity = form.editor("nonlinearity")
    assert combo_data(nonlinearity) == list(NONLINEARITIES)
    assert form.values() == {"a": 0.0, "mode": "fan_in", "nonlinearity": "leaky_relu"}


def test_length_one_window_is_an_integer_and_the_registry_is_open(make_form, qtbot):
    conv1d = make_form(LAYERS["Conv1d"].args, "Conv1d")
    assert isinstance(conv1d.editor("kernel_size"), IntLine)
    norm = make_form(LAYERS["BatchNorm1d"].args, "BatchNorm1d")
    assert isinstance(norm.editor("eps"), FloatLine)
    assert isinstance(norm.editor("momentum"), FloatLine)
    # one registry from kind to editor class: a new editor for a kind is one entry
    spec = LAYERS["Linear"].args[0]
    assert type(editor_for(spec)) is EDITORS[spec.kind]


def test_no_arguments_says_so(make_form):
    form = make_form(INITIALIZERS["zeros_"].args, "zeros_")
    assert form.names() == [] and form.values() == {}
    assert form.empty_label.isVisible()


# --- values ---------------------------------------------------------------------------


def test_values_round_trip_set_values_exactly(make_form):
    form = conv2d_form(make_form)
    args = {
        "in_channels": 3, "out_channels": 16, "kernel_size": [5, 3], "stride": 2,
        "padding": "same", "dilation": [1, 2], "groups": 1, "bias": False,
        "padding_mode": "reflect",
    }
    form.set_values(args)
    assert form.values() == args
    assert json.loads(json.dumps(form.values())) == args  # JSON-ready: lists, not tuples
    assert form.editor("kernel_size").text() == "5, 3"
    assert not form.editor("padding").isEnabled()  # "same" chosen: the numbers rest

    gain = make_form(INITIALIZERS["xavier_uniform_"].args, "xavier_uniform_")
    gain.set_values({"gain": 1.4142135623730951})  # more digits than any fixed decimals
    assert gain.values() == {"gain": 1.4142135623730951}
    gain.set_values({"gain": "relu"})
    assert gain.values() == {"gain": "relu"}

    norm = make_form(LAYERS["BatchNorm1d"].args, "BatchNorm1d")
    norm.set_values({"eps": 1e-12, "momentum": None})
    assert norm.values()["eps"] == 1e-12 and norm.values()["momentum"] is None
    assert not norm.editor("momentum").isEnabled()


def test_typing_gives_values(qtbot, make_form):
    form = conv2d_form(make_form)
    changes = []
    form.changed.connect(lambda: changes.append(1))
    retype(qtbot, form.editor("kernel_size"), "5, 5")
    assert form.values()["kernel_size"] == [5, 5]
    retype(qtbot, form.editor("kernel_size"), "3")
    assert form.values()["kernel_size"] == 3
    retype(qtbot, form.editor("in_channels"), "12")
    assert form.values()["in_channels"] == 12
    qtbot.mouseClick(form.editor("bias"), Qt.MouseButton.LeftButton)
    assert form.values()["bias"] is False
    assert changes  # every edit announces itself
    assert form.validate() is None


def test_mode_switch_and_none_box_by_clicks(qtbot, make_form):
    form = make_form(INITIALIZERS["xavier_normal_"].args, "xavier_normal_")
    switch = form.field("gain").mode
    switch.setCurrentIndex(switch.findData("tanh"))
    assert form.values() == {"gain": "tanh"} and not form.editor("gain").isEnabled()
    switch.setCurrentIndex(0)
    retype(qtbot, form.editor("gain"), "2.5e-3")  # scientific notation is accepted
    assert form.values() == {"gain": 0.0025}

    pool = make_form(LAYERS["MaxPool2d"].args, "MaxPool2d", catalogue.validate_args)
    none = pool.field("stride").none_box
    assert none.isChecked() and pool.values()["stride"] is None
    qtbot.mouseClick(none, Qt.MouseButton.LeftButton)
    assert pool.editor("stride").isEnabled()
    retype(qtbot, pool.editor("stride"), "2, 1")
    assert pool.values()["stride"] == [2, 1]


def test_set_values_refuses_what_an_editor_cannot_hold(make_form):
    form = conv2d_form(make_form)
    with pytest.raises(ValueError):
        form.set_values({"padding_mode": "mirror"})
    with pytest.raises(TypeError):
        form.set_values({"bias": "yes"})


# --- refusals --------------------------------------------------------------------------


def test_abc_in_a_window_size_is_refused_with_the_reason(qtbot, make_form):
    form = conv2d_form(make_form)
    retype(qtbot, form.editor("kernel_size"), "abc")
    message = form.validate()
    assert message == (
        "Conv2d: kernel_size must be an integer from 1 to 2147483647 or a list of 2 such "
        "integers, got 'abc'."
    )
    field = form.field("kernel_size")
    assert field.message.isVisible() and field.message.text() == message  # next to the field
    assert form.error_text() == message and form.error_field() == "kernel_size"
    assert "border" in form.editor("kernel_size").styleSheet()
    retype(qtbot, form.editor("kernel_size"), "3")  # fixing it clears the mark
    assert not field.message.isVisible() and form.error_field() is None
    assert form.validate() is None


def test_cross_field_rule_names_its_field(make_form):
    form = conv2d_form(make_form)
    form.set_values({"in_channels": 4, "out_channels": 8, "kernel_size": 3, "groups": 3})
    message = form.validate()
    assert message.startswith("Conv2d: groups must divide in_channels (4)")
    assert form.error_field() == "groups"


def test_required_and_empty_is_refused(make_form):
    form = conv2d_form(make_form)
    assert "kernel_size" not in form.values()  # empty: left out, so core says "required"
    assert "kernel_size is required" in form.validate()


def test_sparsity_above_one_stays_as_typed_and_is_explained(qtbot, make_form):
    form = make_form(INITIALIZERS["sparse_"].args, "sparse_", initializers.validate_init_args)
    editor = form.editor("sparsity")
    retype(qtbot, editor, "1.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # leaving the field changes nothing either
    assert editor.text() == "1.5" and form.values()["sparsity"] == 1.5
    error = form.validate()
    assert error.startswith("sparse_: sparsity must be a number from 0 to 1 (") and error.endswith(
        "got 1.5.")
    assert form.error_field() == "sparsity"


def core_refusal(validator, owner, args) -> str:
    """What core itself says about ``args``: the text the form must show."""
    with pytest.raises(LabError) as info:
        validator(owner, args)
    return info.value.message


@pytest.mark.parametrize(("owner", "validator", "name", "typed", "args"), [
    ("LazyLinear", catalogue.validate_args, "out_features", "0", {"out_features": 0}),
    ("LazyLinear", catalogue.validate_args, "out_features", "99999999999",
     {"out_features": 99999999999}),
    ("normal_", initializers.validate_init_args, "std", "-1", {"std": -1.0}),
    ("Conv2d", catalogue.validate_args, "in_channels", "-3",
     {"in_channels": -3, "out_channels": 1, "kernel_size": 3}),
])
def test_out_of_range_is_never_changed_and_core_explains_it_as_typed(
        qtbot, make_form, owner, validator, name, typed, args):
    specs = (catalogue.layer_spec(owner).args if validator is catalogue.validate_args
             else INITIALIZERS[owner].args)
    form = make_form(specs, owner, validator)
    if owner == "Conv2d":
        form.set_values({"out_channels": 1, "kernel_size": 3})
    retype(qtbot, form.editor(name), typed)
    expected = core_refusal(validator, owner, {**form.values(), **args})
    # at once, under the field, in core's words; the value stays exactly as typed
    field = form.field(name)
    assert field.message.isVisible() and field.message.text() == expected
    assert form.editor(name).property("invalid") is True
    assert form.editor(name).text() == typed and form.values()[name] == args[name]
    qtbot.keyClick(form.editor(name), Qt.Key.Key_Tab)  # focus leaves: still not corrected
    assert form.editor(name).text() == typed
    assert form.validate() == expected  # and the form refuses to be used


def test_arrow_keys_step_numbers_without_bounds(qtbot, make_form):
    form = make_form(INITIALIZERS["normal_"].args, "normal_", initializers.validate_init_args)
    std = form.editor("std")
    retype(qtbot, std, "0")
    qtbot.keyClick(std, Qt.Key.Key_Down)  # below the minimum: shown, then explained
    assert form.values()["std"] < 0 and form.field("std").message.isVisible()
    linear = make_form(LAYERS["Linear"].args, "Linear", catalogue.validate_args)
    retype(qtbot, linear.editor("out_features"), "5")
    qtbot.keyClick(linear.editor("out_features"), Qt.Key.Key_PageUp)
    assert linear.values()["out_features"] == 15


def test_number_helpers_are_exact():
    assert parse_ints("5") == 5 and parse_ints("5, 5") == [5, 5] and parse_ints("(3,)") == [3]
    assert parse_ints("[2 3]") == [2, 3] and parse_ints("abc") is None
    assert parse_ints("1.5") is None
    for value in (0.01, 1e-12, -3.4028234663852886e37, 1.4142135623730951):
        assert parse_float(format_float(value)) == value
    assert format_float(1.0) == "1" and parse_float("nan") is None and parse_float("1,5") is None
