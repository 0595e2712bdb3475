"""One editor class per argument kind, chosen from an open registry (as magicgui's type map).

Every editor has ``value()`` (the value as typed, JSON-ready, or MISSING when empty),
``set_value(value)`` and a ``changed`` signal. Number editors are line edits that
never clamp or correct: "0", "-1" or "99999999999" stay as typed, so core's own
validator (core/model/schema.py) can say why they are refused. Up/Down step a number,
PageUp/PageDown by ten steps. A new argument kind is one ``register`` call.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from core.model.schema import BOOL, CHOICE, FLOAT, INT, INTS, ArgSpec
from gui.kit.numbers import (
    float_step,
    format_float,
    format_ints,
    parse_float,
    parse_int,
    parse_ints,
)

MISSING = object()  # an empty editor: the argument is left out, so its default (or "required")
_STEP_KEYS = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_PageUp: 10,
              Qt.Key.Key_PageDown: -10}


class _TextEditor(QLineEdit):
    """Free text read as the kind's value; text that does not parse is passed on as text,
    so the refusal can quote it ("got 'abc'")."""

    changed = Signal()

    def __init__(self, spec: ArgSpec | None = None) -> None:
        super().__init__()
        self.spec = spec
        self.textChanged.connect(self.changed)

    @property
    def name(self) -> str:
        return self.spec.name if self.spec is not None else self.objectName()

    def parse(self, text: str) -> Any:
        raise NotImplementedError

    def format(self, value: Any) -> str:
        raise NotImplementedError

    def value(self) -> Any:
        text = self.text().strip()
        if not text:
            return MISSING
        value = self.parse(text)
        return text if value is None else value

    def set_value(self, value: Any) -> None:
        """Show ``value``; raises ValueError/TypeError for one this editor cannot hold."""
        self.setText(self.format(value))


class _NumberLine(_TextEditor):
    """A number typed freely; arrow keys step it without any bound (core refuses)."""

    def step(self, value: Any, steps: int) -> Any:
        raise NotImplementedError

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        steps = _STEP_KEYS.get(Qt.Key(event.key()))
        value = self.value()
        if steps is None or isinstance(value, str) or value is MISSING:
            super().keyPressEvent(event)
            return
        self.setText(self.format(self.step(value, steps)))
        self.selectAll()


class IntLine(_NumberLine):
    """A whole number of any size; a one-element list shows as its element."""

    def parse(self, text: str) -> Any:
        return parse_int(text)

    def format(self, value: Any) -> str:
        if isinstance(value, (list, tuple)) and len(value) == 1:
            value = value[0]
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{self.name}: expected an integer, got {value!r}")
        return str(value)

    def step(self, value: int, steps: int) -> int:
        return value + steps

    def setValue(self, value: int) -> None:  # noqa: N802 (QSpinBox's name, for old callers)
        self.set_value(int(value))


class FloatLine(_NumberLine):
    """Any finite number, in Python's shortest exact form (1e-05, 1.4142135623730951)."""

    def parse(self, text: str) -> Any:
        return parse_float(text)

    def format(self, value: Any) -> str:
        return format_float(float(value))

    def step(self, value: float, steps: int) -> float:
        return float_step(value, steps)


class IntsLine(_TextEditor):
    """An integer or a list of integers: "3" or "3, 3"."""

    def __init__(self, spec: ArgSpec) -> None:
        super().__init__(spec)
        example = ", ".join(["3"] * spec.length) if spec.length else "16, 8, 8"
        hint = QCoreApplication.translate("ArgForm", "e.g. 3 or {example}")
        self.setPlaceholderText(hint.format(example=example))

    def parse(self, text: str) -> Any:
        return parse_ints(text)

    def format(self, value: Any) -> str:
        return format_ints(value)


class CheckEditor(QCheckBox):
    changed = Signal()

    def __init__(self, spec: ArgSpec) -> None:
        super().__init__()
        self.spec = spec
        self.toggled.connect(self.changed)

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        if not isinstance(value, bool):
            raise TypeError(f"{self.spec.name}: expected true or false, got {value!r}")
        self.setChecked(value)


class ChoiceEditor(QComboBox):
    changed = Signal()

    def __init__(self, spec: ArgSpec) -> None:
        super().__init__()
        self.spec = spec
        for choice in spec.choices:
            self.addItem(str(choice), choice)
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index < 0:
            raise ValueError(f"{self.spec.name}: {value!r} is not one of {self.spec.choices}")
        self.setCurrentIndex(index)


EDITORS: dict[str, type[QWidget]] = {
    BOOL: CheckEditor, CHOICE: ChoiceEditor, INT: IntLine, FLOAT: FloatLine, INTS: IntsLine,
}


def register(kind: str, editor: type[QWidget]) -> None:
    """Edit arguments of ``kind`` with ``editor`` (a widget class taking the ArgSpec)."""
    EDITORS[kind] = editor


def editor_for(spec: ArgSpec) -> QWidget:
    """The editor for one argument; a window of length 1 (Conv1d) is a plain integer."""
    if spec.kind == INTS and spec.length == 1:
        return IntLine(spec)
    return EDITORS[spec.kind](spec)


def initial_value(spec: ArgSpec) -> Any:
    """What an editor shows before any value: the default, else the smallest valid value."""
    if spec.default is not None:
        return spec.default
    if spec.kind in (INT, FLOAT) or (spec.kind == INTS and spec.length == 1):
        low = spec.minimum if spec.minimum is not None else 0
        return int(low) if spec.kind != FLOAT else float(low)
    return None  # INTS line edits start empty; choices and check boxes start at their first
