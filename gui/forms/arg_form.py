"""A form generated from argument schemas (core.model.schema.ArgSpec).

Each argument gets the editor its kind calls for (gui/forms/arg_editors.py). Nothing is
clamped or corrected while typing: as soon as a field holds a value its argument
cannot take, core's own check (``schema.explain_value``, the words ``validate``
uses) appears right under the field, which turns red; the rules that link two
fields are checked by the form's validator when the form is used. The form never
builds a layer or touches torch: it only collects values.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.errors import LabError
from core.model import schema
from core.model.schema import INTS, ArgSpec
from gui.forms.arg_editors import MISSING, FloatLine, IntLine, IntsLine, editor_for, initial_value
from gui.i18n import translate_message
from gui.kit.colors import ERROR
from gui.kit.numbers import INT32_MAX, exact_validator, format_float, parse_float, parse_ints
from gui.kit.retranslating import Retranslating
from gui.kit.style import (
    PanelShortcut,
    big_button,
    heading,
    note_label,
    paint_text,
    readable,
    scrolled,
)

__all__ = [  # the panels' shared kit, still importable from here
    "INT32_MAX", "MISSING", "ArgField", "ArgForm", "FloatLine", "IntLine",
    "IntsLine", "PanelShortcut", "big_button", "exact_validator", "format_float", "heading",
    "note_label", "parse_float", "parse_ints", "readable", "scrolled",
]

Validator = Callable[[str, dict], object]


# --- one field ----------------------------------------------------------------------


class ArgField(Retranslating, QWidget):
    """One argument: its editor, a mode switch for alternative words, a "none" box,
    and under them the reason its value is refused, when it is."""

    edited = Signal()

    def __init__(self, spec: ArgSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.editor = editor_for(spec)
        self.mode: QComboBox | None = None
        self.none_box: QCheckBox | None = None
        self.message = note_label(ERROR)
        self.message.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        layout = QHBoxLayout()
        column.addLayout(layout)
        column.addWidget(self.message)
        if spec.alt_choices:
            self.mode = QComboBox()
            self.mode.addItem("", None)
            for choice in spec.alt_choices:
                self.mode.addItem(str(choice), choice)
            self.mode.currentIndexChanged.connect(self._update_enabled)
            self.mode.currentIndexChanged.connect(self.edited)
            layout.addWidget(self.mode)
        if isinstance(self.editor, QCheckBox):
            layout.addWidget(self.editor)  # only the box is clickable: keep it its own size
            layout.addStretch(1)
        else:
            layout.addWidget(self.editor, stretch=1)
        if spec.nullable:
            self.none_box = QCheckBox()
            self.none_box.toggled.connect(self._update_enabled)
            self.none_box.toggled.connect(self.edited)
            layout.addWidget(self.none_box)
        self.editor.changed.connect(self.edited)
        initial = initial_value(spec)
        if initial is not None:
            self.editor.set_value(initial)
        if spec.nullable and spec.default is None:
            self.none_box.setChecked(True)  # type: ignore[union-attr]
        self._update_enabled()
        self.retranslate()

    def retranslate(self) -> None:
        spec = self.spec
        if self.mode is not None:
            number_word = self.tr("integers") if spec.kind == INTS else self.tr("number")
            self.mode.setItemText(0, number_word)
            self.mode.setToolTip(
                self.tr("Give {name} as a number, or pick one of its named values.").format(
                    name=spec.name
                )
            )
        if self.none_box is not None:
            self.none_box.setText(self.tr("none"))
            self.none_box.setToolTip(
                self.tr("Pass None for {name}: {help}").format(
                    name=spec.name, help=translate_message(spec.help))
            )

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
        return self.editor.value()

    def problem(self, owner: str) -> str | None:
        """Core's reason this field's value cannot be the argument, or None."""
        value = self.value()
        if value is MISSING:
            return schema.explain_missing(self.spec, owner)
        return schema.explain_value(self.spec, value, owner)

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
        self.editor.set_value(value)

    def set_error(self, message: str | None) -> None:
        """Mark the field refused, with ``message`` under it; None clears the mark."""
        self.editor.setObjectName("argEditor")
        style = f"#argEditor {{ border: 2px solid {ERROR}; }}"
        self.editor.setStyleSheet(style if message else "")
        self.editor.setProperty("invalid", bool(message))
        self.message.setText(message or "")
        self.message.setVisible(bool(message))


# --- the form -------------------------------------------------------------------------


class ArgForm(Retranslating, QWidget):
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
        self._error_text = ""
        self._error_message: str | None = None

        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.empty_label = note_label()
        self.error_label = note_label(ERROR, bold=True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._form)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.error_label)
        self.set_specs(specs, owner, validator)
        self.retranslate()

    def retranslate(self) -> None:
        """The fields' tooltips and a shown refusal, from the specs and core's message."""
        self.empty_label.setText(self.tr("No arguments to set."))
        for spec in self._specs:
            self._labels[spec.name].setToolTip(self._tooltip(spec))
            self._fields[spec.name].setToolTip(self._tooltip(spec))
        if self._error_message is not None:
            self.show_error(self._error_message, self._error_field)

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
            field.edited.connect(lambda name=spec.name: self._on_edited(name))
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
        """Show ``message`` under ``name``'s field, marked red (else under the form)."""
        self.clear_error()
        self._error_message = message  # kept to re-render in another language
        self._error_text = translate_message(message)
        if name in self._fields:
            self._error_field = name
            self._fields[name].set_error(self._error_text)
            paint_text(self._labels[name], ERROR)
        else:
            self.error_label.setText(self._error_text)
            self.error_label.show()

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        self._error_text, self._error_message = "", None
        if self._error_field in self._fields:
            self._fields[self._error_field].set_error(None)
            paint_text(self._labels[self._error_field], None)
        self._error_field = None

    def error_text(self) -> str:
        """The refusal shown (under its field or under the form), or ""."""
        return self._error_text

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

    def _on_edited(self, name: str) -> None:
        """Check the edited field at once, with core's words; the form's rules wait for use."""
        if self._loading:
            return
        self.clear_error()
        problem = self._fields[name].problem(self._owner)
        if problem is not None:
            self.show_error(problem, name)
        self.changed.emit()

    def field_problems(self) -> dict[str, str]:
        """Every field whose value core refuses, with the reason (the form's rules aside)."""
        found = {name: field.problem(self._owner) for name, field in self._fields.items()}
        return {name: problem for name, problem in found.items() if problem is not None}
