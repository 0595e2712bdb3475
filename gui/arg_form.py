"""A form generated from argument schemas (core.schema.ArgSpec).

Each argument gets the editor its kind calls for, limited to the valid range, so
most bad values cannot even be typed. Whatever still gets through (free text such
as "abc" in a kernel size, rules that link two fields) is refused by core's own
validator; its message appears under the form and the field it names turns red.
The form never builds a layer or touches torch: it only collects values.

The panels share a few small helpers kept here: number parsing and formatting
that round-trip exactly, and a shortcut that steps aside for a window action.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDoubleValidator,
    QFont,
    QKeySequence,
    QPalette,
    QShortcut,
    QValidator,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core import schema
from core.errors import LabError
from core.schema import BOOL, CHOICE, FLOAT, INT, INTS, ArgSpec
from gui.i18n import translate_message

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
FLOAT_LIMIT = 1e9  # range of an unbounded FLOAT spin box
SPIN_DECIMALS = 30  # Qt rounds a spin box's value to its decimals: 30 keeps every double we show
BODY_POINTS = 12  # read from the back of a room, like the window's other panes
ERROR_COLOR = "#b00020"
MUTED_COLOR = "#505050"
MISSING = object()  # an empty editor: the argument is left out, so its default (or "required")

Validator = Callable[[str, dict], object]

_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_PARTIAL_NUMBER = re.compile(r"[+-]?(\d*\.?\d*)([eE][+-]?\d*)?")
_INT = re.compile(r"[+-]?\d+")


# --- numbers ------------------------------------------------------------------------


def format_float(value: float) -> str:
    """The shortest text that reads back as exactly ``value``: "0.01", "1", "-3.4e+37"."""
    return repr(float(value)).removesuffix(".0")


def parse_float(text: str) -> float | None:
    """A finite number in Python/C syntax (never locale-dependent), or None."""
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        return None
    value = float(text)
    return value if math.isfinite(value) else None


def parse_ints(text: str) -> int | list[int] | None:
    """ "5" -> 5; "5, 5", "5 5", "(5, 5)" or "[5]" -> a list; anything else -> None."""
    text = text.strip()
    bracketed = text[:1] in "([" and text[-1:] in ")]"
    if bracketed:
        text = text[1:-1].strip()
    parts = [p for p in re.split(r"[,\s]+", text) if p]
    if not parts or not all(_INT.fullmatch(p) for p in parts):
        return None
    numbers = [int(p) for p in parts]
    if len(numbers) == 1 and not bracketed and "," not in text:
        return numbers[0]
    return numbers


def format_ints(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def exact_validator(bottom: float, top: float) -> QDoubleValidator:
    """Accepts any double in Python syntax (scientific notation too), whatever the locale."""
    validator = QDoubleValidator(bottom, top, -1)
    validator.setNotation(QDoubleValidator.Notation.ScientificNotation)
    validator.setLocale(QLocale.c())
    return validator


# --- shared look ----------------------------------------------------------------------


def body_points() -> int:
    """Body text size: the application's, but never below BODY_POINTS."""
    return max(QApplication.font().pointSize(), BODY_POINTS)


def readable(widget: QWidget) -> None:
    """Give a panel (and so its children) the projector-friendly body size."""
    font = QFont(widget.font())
    font.setPointSize(body_points())
    widget.setFont(font)


def heading(text: str, larger: int = 4) -> QLabel:
    """A section title, ``larger`` points above the body text."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSize(body_points() + larger)
    font.setBold(True)
    label.setFont(font)
    return label


def paint_text(widget: QWidget, color: str | None) -> None:
    """Text color through the palette: a style sheet set before the widget has a
    parent would freeze its font, and the panel's larger font would not reach it."""
    palette = QPalette(widget.palette()) if color else QPalette()
    if color:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
    widget.setPalette(palette)


def note_label(color: str = MUTED_COLOR, bold: bool = False) -> QLabel:
    """A wrapping plain-text label (names like "<lambda>" stay literal)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    paint_text(label, color)
    if bold:
        font = QFont()
        font.setBold(True)  # only the weight: the size still follows the panel
        label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def big_button(text: str) -> QPushButton:
    """The one action of a panel: large and bold, to be found at a glance."""
    button = QPushButton(text)
    font = QFont(button.font())
    font.setPointSize(body_points() + 3)
    font.setBold(True)
    button.setFont(font)
    button.setMinimumHeight(button.fontMetrics().height() * 2 + 8)
    return button


def scrolled(content: QWidget) -> QScrollArea:
    """Content that scrolls instead of squeezing: the window's tab area is short."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


class PanelShortcut(QShortcut):
    """A panel's own key, disabled when its window already has an action on the same keys.

    Two enabled shortcuts on one key cancel each other out in Qt (nothing fires),
    so inside the main window its menu action handles the key and this one rests.
    """

    def __init__(self, sequence: str, parent: QWidget, slot: Callable[[], object]) -> None:
        super().__init__(QKeySequence(sequence), parent)
        self._owner = parent
        self.activated.connect(slot)

    def sync(self) -> None:
        owner = self._owner
        window = owner.window()
        taken = window is not owner and any(
            self.key() in action.shortcuts() for action in window.findChildren(QAction)
        )
        self.setEnabled(not taken)


# --- editors --------------------------------------------------------------------------


def _clamp_int(value: float | None, fallback: int) -> int:
    if value is None:
        return fallback
    return int(min(max(value, INT32_MIN), INT32_MAX))


class IntSpin(QSpinBox):
    """A spin box over the argument's range, clamped to int32."""

    def __init__(self, spec: ArgSpec) -> None:
        super().__init__()
        self.setRange(_clamp_int(spec.minimum, INT32_MIN), _clamp_int(spec.maximum, INT32_MAX))
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.setAccelerated(True)

    def raw(self) -> Any:
        text = self.cleanText().strip()
        if not text:
            return MISSING
        return int(text) if _INT.fullmatch(text) else text


class FloatSpin(QDoubleSpinBox):
    """A spin box that shows and keeps numbers exactly (1e-05, 1.4142135623730951).

    QDoubleSpinBox would round to a fixed number of decimals and reject scientific
    notation; here the text is Python's shortest exact form and steps adapt to
    the magnitude (0.01 steps by 0.001).
    """

    def __init__(self, low: float, high: float) -> None:
        super().__init__()
        self.setDecimals(SPIN_DECIMALS)
        self.setRange(low, high)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt's name)
        return format_float(value)

    def valueFromText(self, text: str) -> float:  # noqa: N802
        value = parse_float(text)
        return self.value() if value is None else value

    def validate(self, text: str, pos: int) -> QValidator.State:
        value = parse_float(text)
        if value is not None:
            inside = self.minimum() <= value <= self.maximum()
            return QValidator.State.Acceptable if inside else QValidator.State.Intermediate
        if _PARTIAL_NUMBER.fullmatch(text.strip()):
            return QValidator.State.Intermediate
        return QValidator.State.Invalid

    def fixup(self, text: str) -> str:
        value = parse_float(text)
        if value is None:
            return text
        return format_float(min(max(value, self.minimum()), self.maximum()))

    def stepBy(self, steps: int) -> None:  # noqa: N802
        """Qt's adaptive decimal steps (one power of ten below the value), but 0.1 from 0."""
        value = self.value()
        magnitude = abs(value)
        if (value < 0) != (steps < 0):
            magnitude /= 1.01  # stepping towards zero: 1 -> 0.99, as Qt does
        step = 10.0 ** (math.floor(math.log10(magnitude)) - 1) if magnitude >= 1e-12 else 0.1
        self.setValue(float(f"{value + steps * step:.12g}"))
        self.selectAll()

    def raw(self) -> Any:
        text = self.cleanText().strip()
        if not text:
            return MISSING
        value = parse_float(text)
        return text if value is None else value


class FloatLine(QLineEdit):
    """Free text for numbers spanning many magnitudes (eps from 1e-12)."""

    def __init__(self, spec: ArgSpec) -> None:
        super().__init__()
        low = -math.inf if spec.minimum is None else spec.minimum
        high = math.inf if spec.maximum is None else spec.maximum
        self.setValidator(exact_validator(low, high))

    def raw(self) -> Any:
        text = self.text().strip()
        if not text:
            return MISSING
        value = parse_float(text)
        return text if value is None else value


class IntsLine(QLineEdit):
    """An integer or a list of integers: "3" or "3, 3". Not restricted while typing,
    so a mistake gets a sentence explaining the allowed values instead of a dead key."""

    def raw(self) -> Any:
        text = self.text().strip()
        if not text:
            return MISSING
        value = parse_ints(text)
        return text if value is None else value


def _wide(spec: ArgSpec) -> bool:
    """Bounds a spin box cannot step through sensibly (eps from 1e-12 up)."""
    bounds = [b for b in (spec.minimum, spec.maximum) if b is not None]
    return any(0 < abs(b) < 1e-6 or abs(b) > FLOAT_LIMIT for b in bounds)


def make_editor(spec: ArgSpec) -> QWidget:
    """The editor for one argument's kind."""
    if spec.kind == BOOL:
        return QCheckBox()
    if spec.kind == CHOICE:
        combo = QComboBox()
        for choice in spec.choices:
            combo.addItem(str(choice), choice)
        return combo
    if spec.kind == INT or (spec.kind == INTS and spec.length == 1):
        return IntSpin(spec)
    if spec.kind == INTS:
        line = IntsLine()
        example = ", ".join(["3"] * spec.length) if spec.length else "16, 8, 8"
        hint = QCoreApplication.translate("ArgForm", "e.g. 3 or {example}")
        line.setPlaceholderText(hint.format(example=example))
        return line
    if spec.kind == FLOAT and _wide(spec):
        return FloatLine(spec)
    low = -FLOAT_LIMIT if spec.minimum is None else spec.minimum
    high = FLOAT_LIMIT if spec.maximum is None else spec.maximum
    return FloatSpin(low, high)


def _read(editor: QWidget) -> Any:
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    return editor.raw()  # type: ignore[attr-defined]


def _write(editor: QWidget, spec: ArgSpec, value: Any) -> None:
    """Show ``value``; raises ValueError/TypeError for a value this editor cannot hold."""
    if isinstance(editor, QCheckBox):
        if not isinstance(value, bool):
            raise TypeError(f"{spec.name}: expected true or false, got {value!r}")
        editor.setChecked(value)
    elif isinstance(editor, QComboBox):
        index = editor.findData(value)
        if index < 0:
            raise ValueError(f"{spec.name}: {value!r} is not one of {spec.choices}")
        editor.setCurrentIndex(index)
    elif isinstance(editor, IntSpin):
        if isinstance(value, (list, tuple)) and len(value) == 1:
            value = value[0]
        editor.setValue(_clamp_int(int(value), 0))
    elif isinstance(editor, FloatSpin):
        editor.setValue(float(value))
    elif isinstance(editor, FloatLine):
        editor.setText(format_float(float(value)))
    elif isinstance(editor, IntsLine):
        editor.setText(format_ints(value))


def _initial(spec: ArgSpec) -> Any:
    """What an editor shows before any value: the default, else the smallest valid value."""
    if spec.default is not None:
        return spec.default
    if spec.kind in (INT, FLOAT) or (spec.kind == INTS and spec.length == 1):
        low = spec.minimum if spec.minimum is not None else 0
        return int(low) if spec.kind != FLOAT else float(low)
    return None  # INTS line edits start empty; choices and check boxes start at their first


# --- one field ----------------------------------------------------------------------


class ArgField(QWidget):
    """One argument: its editor, a mode switch for alternative words, a "none" box."""

    edited = Signal()

    def __init__(self, spec: ArgSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.editor = make_editor(spec)
        self.mode: QComboBox | None = None
        self.none_box: QCheckBox | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if spec.alt_choices:
            self.mode = QComboBox()
            number_word = self.tr("integers") if spec.kind == INTS else self.tr("number")
            self.mode.addItem(number_word, None)
            for choice in spec.alt_choices:
                self.mode.addItem(str(choice), choice)
            self.mode.setToolTip(
                self.tr("Give {name} as a number, or pick one of its named values.").format(
                    name=spec.name
                )
            )
            self.mode.currentIndexChanged.connect(self._update_enabled)
            self.mode.currentIndexChanged.connect(self.edited)
            layout.addWidget(self.mode)
        if isinstance(self.editor, QCheckBox):
            layout.addWidget(self.editor)  # only the box is clickable: keep it its own size
            layout.addStretch(1)
        else:
            layout.addWidget(self.editor, stretch=1)
        if spec.nullable:
            self.none_box = QCheckBox(self.tr("none"))
            self.none_box.setToolTip(
                self.tr("Pass None for {name}: {help}").format(
                    name=spec.name, help=translate_message(spec.help))
            )
            self.none_box.toggled.connect(self._update_enabled)
            self.none_box.toggled.connect(self.edited)
            layout.addWidget(self.none_box)
        self._connect_editor()
        initial = _initial(spec)
        if initial is not None:
            _write(self.editor, spec, initial)
        if spec.nullable and spec.default is None:
            self.none_box.setChecked(True)  # type: ignore[union-attr]
        self._update_enabled()

    def _connect_editor(self) -> None:
        editor = self.editor
        if isinstance(editor, QCheckBox):
            editor.toggled.connect(self.edited)
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(self.edited)
        else:
            editor.textChanged.connect(self.edited)  # type: ignore[attr-defined]

    def _update_enabled(self) -> None:
        is_none = self.none_box is not None and self.none_box.isChecked()
        by_word = self.mode is not None and self.mode.currentData() is not None
        if self.mode is not None:
            self.mode.setEnabled(not is_none)
        self.editor.setEnabled(not is_none and not by_word)

    def value(self) -> Any:
        """The value as typed (JSON-ready), or MISSING when the editor is empty."""
        if self.none_box is not None and self.none_box.isChecked():
            return None
        if self.mode is not None and self.mode.currentData() is not None:
            return self.mode.currentData()
        return _read(self.editor)

    def set_value(self, value: Any) -> None:
        """Show ``value``: None ticks "none", an alternative word picks it in the mode switch.

        Gain's dict form {"nonlinearity": ..., "param": ...} shows as its name only.
        """
        if isinstance(value, dict) and self.mode is not None:
            value = value.get("nonlinearity")  # gain's {"nonlinearity": ...} form: its name
        if self.none_box is not None:
            self.none_box.setChecked(value is None)
            if value is None:
                return
        elif value is None:
            raise ValueError(f"{self.spec.name} cannot be None")
        if self.mode is not None:
            is_word = isinstance(value, str) and value in self.spec.alt_choices
            self.mode.setCurrentIndex(self.mode.findData(value) if is_word else 0)
            if is_word:
                return
        _write(self.editor, self.spec, value)

    def set_error(self, on: bool) -> None:
        """A red frame on the editor itself (a selector keeps it off a spin box's insides)."""
        self.editor.setObjectName("argEditor")
        style = f"#argEditor {{ border: 2px solid {ERROR_COLOR}; }}"
        self.editor.setStyleSheet(style if on else "")


# --- the form -------------------------------------------------------------------------


class ArgForm(QWidget):
    """Rows of (argument name, editor) built from ArgSpecs; ``changed`` on every user edit.

    ``validator(owner, values)`` raises LabError for bad values; by default the
    schema alone checks them. Pass catalogue.validate_args or
    initializers.validate_init_args to add the rules that link fields.
    """

    changed = Signal()

    def __init__(
        self,
        specs: tuple[ArgSpec, ...] = (),
        owner: str = "",
        validator: Validator | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._specs: tuple[ArgSpec, ...] = ()
        self._owner = owner
        self._validator: Validator | None = validator
        self._fields: dict[str, ArgField] = {}
        self._labels: dict[str, QLabel] = {}
        self._loading = False
        self._error_field: str | None = None

        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.empty_label = note_label()
        self.empty_label.setText(self.tr("No arguments to set."))
        self.error_label = note_label(ERROR_COLOR, bold=True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._form)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.error_label)
        self.set_specs(specs, owner, validator)

    # --- building ---

    def set_specs(
        self, specs: tuple[ArgSpec, ...], owner: str, validator: Validator | None = None
    ) -> None:
        """Show ``specs``' editors at their defaults; the same specs keep the current values."""
        self._owner = owner
        if validator is not None:
            self._validator = validator
        self.clear_error()
        specs = tuple(specs)
        if specs == self._specs:
            return
        self._specs = specs
        while self._form.rowCount():
            self._form.removeRow(0)
        self._fields.clear()
        self._labels.clear()
        for spec in specs:
            field = ArgField(spec)
            field.edited.connect(self._on_edited)
            label = QLabel(spec.name)
            label.setToolTip(self._tooltip(spec))
            field.setToolTip(self._tooltip(spec))
            if spec.required:
                font = QFont()
                font.setBold(True)
                label.setFont(font)
            label.setBuddy(field.editor)
            self._form.addRow(label, field)
            self._fields[spec.name] = field
            self._labels[spec.name] = label
        self.empty_label.setVisible(not specs)

    def _tooltip(self, spec: ArgSpec) -> str:
        if spec.required:
            text = self.tr("{help}\nAllowed: {range}.\nRequired.")
        else:
            text = self.tr("{help}\nAllowed: {range}.")
        return text.format(help=translate_message(spec.help),
                           range=translate_message(spec.describe_range()))

    # --- reading and writing ---

    @property
    def owner(self) -> str:
        return self._owner

    def specs(self) -> tuple[ArgSpec, ...]:
        return self._specs

    def names(self) -> list[str]:
        return [spec.name for spec in self._specs]

    def field(self, name: str) -> ArgField:
        return self._fields[name]

    def editor(self, name: str) -> QWidget:
        """The main editor of ``name`` (QSpinBox, QCheckBox, QComboBox, QLineEdit, ...)."""
        return self._fields[name].editor

    def label(self, name: str) -> QLabel:
        return self._labels[name]

    def set_values(self, values: dict) -> None:
        """Show ``values``; names the form does not have are ignored, absent ones kept."""
        self._loading = True
        try:
            for name, value in values.items():
                if name in self._fields:
                    self._fields[name].set_value(value)
        finally:
            self._loading = False
        self.clear_error()

    def values(self) -> dict:
        """Every argument as typed, JSON-ready (lists, never tuples); empty editors left out."""
        result = {}
        for name, field in self._fields.items():
            value = field.value()
            if value is not MISSING:
                result[name] = schema.to_json_value(value)
        return result

    # --- checking ---

    def validate(self) -> str | None:
        """Check the values with the validator; show and return its message, or None."""
        self.clear_error()
        try:
            if self._validator is not None:
                self._validator(self._owner, self.values())
            else:
                schema.validate(self._specs, self.values(), self._owner)
        except LabError as error:
            self.show_error(error.message, self._offending(error.message))
            return error.message
        return None

    def show_error(self, message: str, name: str | None = None) -> None:
        """Show ``message`` under the form and mark ``name``'s field."""
        self.clear_error()
        self.error_label.setText(translate_message(message))
        self.error_label.show()
        if name in self._fields:
            self._error_field = name
            self._fields[name].set_error(True)
            paint_text(self._labels[name], ERROR_COLOR)

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        if self._error_field in self._fields:
            self._fields[self._error_field].set_error(False)
            paint_text(self._labels[self._error_field], None)
        self._error_field = None

    def error_text(self) -> str:
        return self.error_label.text()

    def error_field(self) -> str | None:
        return self._error_field

    def focus_first(self, required_only: bool = True) -> None:
        """Put the cursor in the first (required) field, its text selected for typing over."""
        for spec in self._specs:
            if spec.required or not required_only:
                editor = self._fields[spec.name].editor
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
                if hasattr(editor, "selectAll"):
                    editor.selectAll()
                return

    def _offending(self, message: str) -> str | None:
        """The argument a message is about: the name it mentions first, after the owner."""
        text = message.removeprefix(f"{self._owner}: ") if self._owner else message
        best: tuple[int, str] | None = None
        for name in self._fields:
            match = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
            if match and (best is None or match.start() < best[0]):
                best = (match.start(), name)
        return best[1] if best else None

    def _on_edited(self) -> None:
        if self._loading:
            return
        self.clear_error()
        self.changed.emit()
