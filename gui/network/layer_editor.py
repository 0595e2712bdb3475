"""The selected layer's arguments, editable; and the dialog that asks for a new layer's.

Applying sends an ``edit`` step holding only the arguments that changed, so a
session file reads like what the person did. Core rebuilds the layer (fresh
weights); this widget only collects and checks the values.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.model import catalogue
from core.model.schema import FLOAT, INTS, ArgSpec, to_json_value
from core.model.snapshot import (
    HALF_LAZY,
    MATERIALIZED,
    NO_PARAMETERS,
    UNINITIALIZED,
    ModuleInfo,
    Snapshot,
)
from gui.forms.arg_form import ArgForm
from gui.i18n import translate_message
from gui.kit.retranslating import Retranslating
from gui.kit.style import big_button, heading, note_label, readable, scrolled


def _normal(spec: ArgSpec, value: Any) -> Any:
    """A comparable form: 3 means (3, 3) for a 2-D window, 1 means 1.0 for a float."""
    if isinstance(value, list):
        value = tuple(value)
    plain_int = isinstance(value, int) and not isinstance(value, bool)
    if spec.kind == INTS and plain_int and spec.length:
        return (value,) * spec.length
    if spec.kind == FLOAT and plain_int:
        return float(value)
    return value


def changed_args(specs: tuple[ArgSpec, ...], old: dict, new: dict) -> dict:
    """The arguments of ``new`` that mean something else than in ``old`` (JSON-ready)."""
    result = {}
    for spec in specs:
        before = old.get(spec.name, spec.default)
        after = new.get(spec.name, spec.default)
        if _normal(spec, before) != _normal(spec, after):
            result[spec.name] = to_json_value(after)
    return result


def needs_arguments(layer: str) -> bool:
    """Whether ``layer`` cannot be added without asking (Linear needs its sizes)."""
    return any(spec.required for spec in catalogue.layer_spec(layer).args)


def card_text(spec) -> str:
    """What the layer is, then how PyTorch initializes it by default and why it matters."""
    return translate_message(spec.doc) + "\n" + translate_message(spec.default_init)


class ArgumentsDialog(QDialog):
    """A modal form for a new layer's arguments; OK stays refused until they are valid."""

    def __init__(self, layer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        readable(self)
        spec = catalogue.layer_spec(layer)
        self.layer = spec.name
        self._arguments: dict | None = None
        self.setWindowTitle(self.tr("Add {layer}").format(layer=spec.name))
        self.setModal(True)
        doc = note_label()
        doc.setText(card_text(spec))
        hint = note_label()
        hint.setText(self.tr("Arguments in bold are required; hover a name for its range."))
        self.form = ArgForm(spec.args, spec.name, catalogue.validate_args)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add layer"))
        self.form.changed.connect(lambda: ok.setEnabled(not self.form.field_problems()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("New {layer}").format(layer=spec.name)))
        layout.addWidget(doc)
        layout.addWidget(hint)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.form.focus_first()

    def accept(self) -> None:
        if self.form.validate() is not None:
            return  # the reason is shown under the form; the dialog stays open
        # Against the defaults: required values (default None) and real choices remain.
        self._arguments = changed_args(self.form.specs(), {}, self.form.values())
        super().accept()

    def arguments(self) -> dict | None:
        """Required arguments and those that differ from the default; None until accepted."""
        return self._arguments


def ask_layer_arguments(layer: str, parent: QWidget | None = None) -> dict | None:
    """The arguments for adding ``layer``, or None when cancelled.

    A layer without required arguments is added with its defaults, without asking.
    Module-level so tests can patch it (or LayerEditor.ask_arguments).
    """
    if not needs_arguments(layer):
        return {}
    dialog = ArgumentsDialog(layer, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.arguments()
        return None
    finally:
        dialog.deleteLater()


class LayerEditor(Retranslating, QWidget):
    """Name, type and documentation of one layer, and a form that edits its arguments."""

    stepRequested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        readable(self)
        self._position: int | None = None
        self._info: ModuleInfo | None = None
        self._busy = False

        self.placeholder = note_label()
        self.title_label = heading("")
        self.type_label = note_label()
        self.doc_label = note_label()
        self.note_label = note_label()
        self.form = ArgForm()
        self.form.changed.connect(self._on_form_changed)
        self.message_label = note_label()
        self.apply_button = big_button("")
        self.apply_button.clicked.connect(self.apply)

        content = QWidget()
        column = QVBoxLayout(content)
        for widget in (self.title_label, self.type_label, self.doc_label, self.note_label):
            column.addWidget(widget)
        column.addWidget(self.form)
        column.addStretch(1)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(scrolled(content), stretch=1)
        page_layout.addWidget(self.message_label)
        page_layout.addWidget(self.apply_button)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(page)
        self._page = page
        layout = QVBoxLayout(self)
        layout.addWidget(self._stack)
        self._show_nothing()
        self.retranslate()

    def retranslate(self) -> None:
        """Fixed texts, and the shown layer's description from its ModuleInfo."""
        self.placeholder.setText(
            self.tr("Select a layer in the network to see and edit its arguments.")
        )
        self.apply_button.setText(self.tr("Apply changes"))
        self.apply_button.setToolTip(
            self.tr("Rebuild this layer with these arguments (it gets fresh weights).")
        )
        if self._info is not None:
            self._describe(self._info)
        if self.message_label.text():  # the one message it shows
            self.message_label.setText(self.tr("Nothing changed: every argument is as before."))

    # --- showing ---

    @property
    def position(self) -> int | None:
        """The position shown, or None."""
        return self._position

    def set_snapshot(self, snapshot: Snapshot, position: int | None = None) -> None:
        """Show the layer at ``position`` of ``snapshot`` (None or a stale position: nothing)."""
        if position is None or not 0 <= position < len(snapshot.modules):
            self.set_layer(None, None)
            return
        self.set_layer(position, snapshot.modules[position])

    def set_layer(self, position: int | None, module_info: ModuleInfo | None) -> None:
        """Show one layer; its arguments are reloaded only when they changed, so an
        unrelated snapshot (a forward pass) keeps what the person is typing."""
        if position is None or module_info is None:
            self._show_nothing()
            return
        spec = catalogue.LAYERS.get(module_info.layer)
        previous = self._info
        same = (
            previous is not None
            and self._position == position
            and previous.layer == module_info.layer
            and previous.args == module_info.args
        )
        self._position, self._info = position, module_info
        self._describe(module_info)
        self._stack.setCurrentWidget(self._page)
        if spec is None:
            self.form.set_specs((), module_info.layer)
            self.apply_button.setEnabled(False)
            return
        self.apply_button.setEnabled(not self._busy)
        if not same:
            self.form.set_specs(spec.args, spec.name, catalogue.validate_args)
            self.form.set_values(module_info.args)
            self.message_label.clear()

    def _describe(self, module_info: ModuleInfo) -> None:
        """Title, type, documentation and note of the layer shown."""
        spec = catalogue.LAYERS.get(module_info.layer)
        self.title_label.setText(
            self.tr("Layer {name}: {layer}").format(name=module_info.name, layer=module_info.layer)
        )
        if module_info.type != module_info.layer:
            self.type_label.setText(
                self.tr("Declared as {layer}; now a {type} ({state}).").format(
                    layer=module_info.layer, type=module_info.type, state=self._state(module_info)
                )
            )
        else:
            self.type_label.setText(
                self.tr("Type {type} ({state}).").format(
                    type=module_info.type, state=self._state(module_info)
                )
            )
        self.doc_label.setText(card_text(spec) if spec else "")
        self.note_label.setText(self._note(module_info))

    def _state(self, info: ModuleInfo) -> str:
        words = {
            UNINITIALIZED: self.tr("uninitialized until the first forward pass"),
            MATERIALIZED: self.tr("materialized"),
            HALF_LAZY: self.tr("weights loaded, still lazy until a forward pass"),
            NO_PARAMETERS: self.tr("no parameters"),
        }
        return words.get(info.state, info.state)

    def _note(self, info: ModuleInfo) -> str:
        if info.tied_to is not None:
            return self.tr(
                "Tied to position {position}: both are the same module, so an edit changes both."
            ).format(position=info.tied_to)
        if info.parameters:
            return self.tr("Applying rebuilds the layer: its weights start afresh.")
        return ""

    def _show_nothing(self) -> None:
        self._position, self._info = None, None
        self._stack.setCurrentWidget(self.placeholder)

    # --- acting ---

    def changed_args(self) -> dict:
        """The arguments the form changes, compared with the layer shown."""
        if self._info is None:
            return {}
        return changed_args(self.form.specs(), self._info.args, self.form.values())

    def apply(self) -> dict | None:
        """Validate and emit the edit step; return it, or None when refused or unchanged."""
        if self._info is None or self._position is None or self._busy:
            return None
        self.message_label.clear()
        if self.form.validate() is not None:
            return None
        args = self.changed_args()
        if not args:
            self.message_label.setText(self.tr("Nothing changed: every argument is as before."))
            return None
        step = {"op": "edit", "at": self._position, "args": args}
        self.stepRequested.emit(step)
        return step

    def set_busy(self, busy: bool) -> None:
        """While an operation runs, Apply waits."""
        self._busy = busy
        self.apply_button.setEnabled(not busy and self._info is not None)

    def ask_arguments(self, layer: str) -> dict | None:
        """Arguments for adding ``layer`` (a modal dialog when some are required)."""
        return ask_layer_arguments(layer, self)

    def _on_form_changed(self) -> None:
        self.message_label.clear()
