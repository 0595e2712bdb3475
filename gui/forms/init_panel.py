"""Choose a torch.nn.init initializer, its arguments and targets; Apply sends an ``init`` step.

The form shows exactly the arguments the chosen function takes. When the
targets are still lazy there is nothing to fill yet; the panel then offers the
lesson's remedy in one click: send a sample through first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.model import schema
from core.model.initializers import INITIALIZERS, validate_init_args
from core.model.snapshot import Snapshot
from gui.forms.arg_editors import MISSING, IntLine
from gui.forms.arg_form import ArgForm
from gui.forms.init_remedy import RemedyBox
from gui.forms.type_checklist import TypeChecklist
from gui.i18n import translate_message
from gui.kit.colors import ERROR, WARNING
from gui.kit.retranslating import Retranslating
from gui.kit.style import (
    PanelShortcut,
    big_button,
    heading,
    note_label,
    readable,
    scrolled,
)

TARGET_ALL, TARGET_SELECTED, TARGET_TYPES = "all", "selected", "types"
TARGETS = (TARGET_ALL, TARGET_SELECTED, TARGET_TYPES)
PARAMS = ("weight", "bias", "all")
DEFAULT_INIT = "xavier_uniform_"


class InitPanel(Retranslating, QWidget):
    """``stepRequested`` carries the init step; ``sampleRequested`` asks for a forward pass."""

    stepRequested = Signal(dict)
    sampleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        readable(self)
        self._busy = False
        self._selected: list[str] = []
        self._types_by_name: dict[str, str] = {}
        self._args_by_init: dict[str, dict] = {}
        self._init = DEFAULT_INIT

        self.init_combo = QComboBox()
        for name in INITIALIZERS:
            self.init_combo.addItem(name, name)
        self.doc_label = note_label()
        self.form = ArgForm(validator=validate_init_args)
        self.dims_hint = note_label(WARNING)
        self.dims_hint.hide()

        self.target_group = QButtonGroup(self)
        self.target_buttons = {target: QRadioButton() for target in TARGETS}
        for button in self.target_buttons.values():
            self.target_group.addButton(button)
        self.target_buttons[TARGET_ALL].setChecked(True)
        self.selected_label = note_label()
        self.types_list = TypeChecklist()
        self.types_empty = note_label()

        self.params_group = QButtonGroup(self)
        self.params_buttons = {params: QRadioButton() for params in PARAMS}
        for button in self.params_buttons.values():
            self.params_group.addButton(button)
        self.params_buttons["weight"].setChecked(True)

        self.seed_box = QCheckBox()
        self.seed = IntLine(schema.SEED)  # typed freely; core's range refuses what it must
        self.seed.setValue(0)
        self.seed.setEnabled(False)
        self.seed_box.toggled.connect(self.seed.setEnabled)

        self.error_label = note_label(ERROR, bold=True)
        self.error_label.hide()
        self.apply_button = big_button("")
        self.apply_button.clicked.connect(self.apply)
        self.shortcut = PanelShortcut("Ctrl+I", self, self.apply)

        self.remedy_frame = RemedyBox()
        self.remedy_label, self.remedy_button = self.remedy_frame.label, self.remedy_frame.button
        self.remedy_button.clicked.connect(self._remedy_clicked)

        self._lay_out()
        self.init_combo.currentIndexChanged.connect(self._init_changed)
        self.target_group.buttonToggled.connect(self._update_target)
        self.params_group.buttonToggled.connect(self._update_dims_hint)
        self.types_list.toggled.connect(self._clear_error)
        self.form.changed.connect(self._clear_error)
        self.init_combo.setCurrentIndex(self.init_combo.findData(DEFAULT_INIT))
        self._show_init(DEFAULT_INIT)
        self._update_target()
        self._update_selected_label()
        self._update_types([])
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the panel; the notes and a shown refusal from their data again."""
        for row, spec in enumerate(INITIALIZERS.values()):
            self.init_combo.setItemData(
                row, translate_message(spec.doc), Qt.ItemDataRole.ToolTipRole)
        self.doc_label.setText(translate_message(INITIALIZERS[self.initializer()].doc))
        self.init_heading.setText(self.tr("Initializer"))
        self.apply_to_heading.setText(self.tr("Apply to"))
        self.params_heading.setText(self.tr("Parameters"))
        self.target_buttons[TARGET_ALL].setText(self.tr("all layers"))
        self.target_buttons[TARGET_SELECTED].setText(self.tr("selected layers"))
        self.target_buttons[TARGET_TYPES].setText(self.tr("layers of these types:"))
        self.types_list.setToolTip(
            self.tr("Types as the network has them now; layers without parameters are not listed.")
        )
        self.types_empty.setText(self.tr("No layer with parameters yet."))
        self.params_buttons["weight"].setText(self.tr("weights"))
        self.params_buttons["bias"].setText(self.tr("biases"))
        self.params_buttons["all"].setText(self.tr("both"))
        self.seed_box.setText(self.tr("fixed seed"))
        self.seed_box.setToolTip(self.tr("Draw the same weights every time."))
        self.apply_button.setText(self.tr("Apply initializer"))
        self.apply_button.setToolTip(self.tr("Initialize the chosen parameters now (Ctrl+I)."))
        self._update_dims_hint()
        self._update_selected_label()
        if self.error_label.isVisibleTo(self):
            self.step()  # the same refusal, in the new language

    def _lay_out(self) -> None:
        params_row = QHBoxLayout()
        for button in self.params_buttons.values():
            params_row.addWidget(button)
        params_row.addStretch(1)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_box)
        seed_row.addWidget(self.seed, stretch=1)

        content = QWidget()
        column = QVBoxLayout(content)
        self.init_heading = heading("")
        self.apply_to_heading, self.params_heading = heading("", 2), heading("", 2)
        column.addWidget(self.init_heading)
        column.addWidget(self.init_combo)
        column.addWidget(self.doc_label)
        column.addWidget(self.form)
        column.addWidget(self.dims_hint)
        column.addWidget(self.apply_to_heading)
        column.addWidget(self.target_buttons[TARGET_ALL])
        column.addWidget(self.target_buttons[TARGET_SELECTED])
        column.addWidget(self.selected_label)
        column.addWidget(self.target_buttons[TARGET_TYPES])
        column.addWidget(self.types_list)
        column.addWidget(self.types_empty)
        column.addWidget(self.params_heading)
        column.addLayout(params_row)
        column.addLayout(seed_row)
        column.addStretch(1)
        for label in (self.selected_label, self.types_empty):
            label.setIndent(24)

        layout = QVBoxLayout(self)
        layout.addWidget(self.remedy_frame)
        layout.addWidget(scrolled(content), stretch=1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.apply_button)
        self.remedy_frame.style_in_place()

    # --- reading ---

    def initializer(self) -> str:
        return self.init_combo.currentData()

    def target(self) -> str:
        """"all", "selected" or "types"."""
        return next(key for key, button in self.target_buttons.items() if button.isChecked())

    def params(self) -> str:
        """"weight", "bias" or "all"."""
        return next(key for key, button in self.params_buttons.items() if button.isChecked())

    def selected(self) -> list[str]:
        return list(self._selected)

    def listed_types(self) -> list[str]:
        return self.types_list.listed()

    def checked_types(self) -> list[str]:
        """The checked types present in the network, in the network's order."""
        return self.types_list.checked()

    def step(self) -> dict | None:
        """The init step, or None with the reason shown (bad argument, no target)."""
        self._clear_error()
        if self.form.validate() is not None:
            return None
        step: dict = {"op": "init", "init": self.initializer(), "args": self.form.values()}
        target = self.target()
        if target == TARGET_SELECTED:
            if not self._selected:
                return self._refuse(
                    self.tr(
                        "No layer is selected: select layers in the network view, "
                        "or apply to all layers."
                    )
                )
            step["layers"] = list(self._selected)
        elif target == TARGET_TYPES:
            types = self.checked_types()
            if not types:
                return self._refuse(self.tr("Check at least one layer type to initialize."))
            step["types"] = types
        step["params"] = self.params()
        if self.seed_box.isChecked():
            seed = self.seed.value()
            problem = schema.explain_value(schema.SEED, None if seed is MISSING else seed, "init")
            if problem is not None:
                return self._refuse(translate_message(problem))
            step["seed"] = seed
        return step

    def values(self) -> dict:
        """What to keep between runs of the app."""
        values = {
            "init": self.initializer(),
            "args": self.form.values(),
            "target": self.target(),
            "types": self.types_list.remembered(),
            "params": self.params(),
        }
        seed = self.seed.value()
        if self.seed_box.isChecked() and isinstance(seed, int):
            values["seed"] = seed
        return values

    # --- writing ---

    def set_values(self, values: dict) -> None:
        """Show saved values, or an init step; raises ValueError for unknown names."""
        init = values.get("init", self.initializer())
        if init not in INITIALIZERS:
            raise ValueError(f"unknown initializer {init!r}")
        self.init_combo.setCurrentIndex(self.init_combo.findData(init))
        self.form.set_values(values.get("args") or {})
        if "types" in values:
            self.types_list.set_checked(values["types"])
        if "layers" in values:
            self.set_selected([str(name) for name in values["layers"]])
        target = values.get("target")
        if target is None and "layers" in values:  # an init step: its fields say the target
            target = TARGET_SELECTED
        elif target is None:
            target = TARGET_TYPES if "types" in values else TARGET_ALL
        if target not in TARGETS:
            raise ValueError(f"unknown target {target!r}")
        self.target_buttons[target].setChecked(True)
        params = values.get("params", "weight")
        if params not in PARAMS:
            raise ValueError(f"unknown params {params!r}")
        self.params_buttons[params].setChecked(True)
        seed = values.get("seed")
        self.seed_box.setChecked(seed is not None)
        if seed is not None:
            self.seed.setValue(int(seed))
        self._clear_error()

    def set_selected(self, names: list[str]) -> None:
        """The layers selected in the network view, by name as print(net) shows them."""
        self._selected = [str(name) for name in names]
        self._update_selected_label()

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """List the types present; forget vanished selections; drop a solved remedy."""
        types: list[str] = []
        for module in snapshot.modules:
            if module.parameters and module.type not in types:
                types.append(module.type)
        self._update_types(types)
        self._types_by_name = {module.name: module.type for module in snapshot.modules}
        self.set_selected([name for name in self._selected if name in self._types_by_name])
        if snapshot.uninitialized_params == 0:
            self.hide_remedy()

    def set_busy(self, busy: bool) -> None:
        """While an operation runs, Apply and the remedy wait."""
        self._busy = busy
        self.apply_button.setEnabled(not busy)
        self.remedy_button.setEnabled(not busy)

    def show_uninitialized_remedy(self, message) -> None:
        """Offer the one-click forward pass. ``message`` (core's) is already in the banner and
        on the card, so this panel says what to do instead of repeating it."""
        self.remedy_frame.show_for(message)

    def hide_remedy(self) -> None:
        self.remedy_frame.hide()

    # --- acting ---

    def use_apply_action(self, action) -> None:
        """Inside a window Apply triggers the window's Initialize action (a QAction), so the
        button, the menu item and Ctrl+I take one path."""
        self.apply_button.clicked.disconnect(self.apply)
        self.apply_button.clicked.connect(action.trigger)
        self.shortcut.setEnabled(False)  # the action owns the key

    def apply(self) -> dict | None:
        """Validate and emit the init step; return it, or None when refused."""
        if self._busy:
            return None
        step = self.step()
        if step is not None:
            self.stepRequested.emit(step)
        return step

    def _remedy_clicked(self) -> None:
        self.hide_remedy()
        self.sampleRequested.emit()

    # --- internals ---

    def _init_changed(self) -> None:
        self._args_by_init[self._init] = self.form.values()
        self._show_init(self.initializer())

    def _show_init(self, name: str) -> None:
        """The form shows exactly ``name``'s arguments, as last typed for it."""
        self._init = name
        spec = INITIALIZERS[name]
        self.doc_label.setText(translate_message(spec.doc))
        self.form.set_specs(spec.args, name, validate_init_args)
        self.form.set_values(self._args_by_init.get(name, {}))
        self._update_dims_hint()
        self._clear_error()

    def _update_dims_hint(self) -> None:
        spec = INITIALIZERS[self.initializer()]
        if spec.min_dims >= 2 and self.params() != "weight":
            self.dims_hint.setText(
                self.tr(
                    "{init} needs tensors with at least {dims} dimensions; biases have one, "
                    "so they would be refused. Choose weights."
                ).format(init=spec.name, dims=spec.min_dims)
            )
            self.dims_hint.show()
        else:
            self.dims_hint.hide()

    def _update_target(self) -> None:
        self.types_list.setEnabled(self.target() == TARGET_TYPES)
        self._clear_error()

    def _update_selected_label(self) -> None:
        if self._selected:
            text = self.tr("Selected: {names}").format(
                names=", ".join(self._layer_text(name) for name in self._selected))
        else:
            text = self.tr("None selected: click layers in the network view.")
        self.selected_label.setText(text)

    def _layer_text(self, name: str) -> str:
        """"layer 0 (Linear)": a name, never mistaken for a count."""
        layer_type = self._types_by_name.get(name)
        if layer_type is None:
            return self.tr("layer {name}").format(name=name)
        return self.tr("layer {name} ({type})").format(name=name, type=layer_type)

    def _update_types(self, types: list[str]) -> None:
        self.types_list.set_types(types)
        self.types_list.setVisible(bool(types))
        self.types_empty.setVisible(not types)

    def _refuse(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        return None

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self.shortcut.sync()
        super().showEvent(event)
