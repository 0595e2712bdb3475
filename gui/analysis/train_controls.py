"""The Train tab's settings: initializers (a view of the shared choice), task, optimizer.

Every field is an editor of ``gui/forms``: core's schema of the settings
(``core.training.loop.setting_specs``) explains a refused value under its field as
it is typed, and ``core.training.loop.settings`` checks them together when the
step is made. The seed is the initializer choice's seed, shown here as well.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.training import loop
from gui.analysis.compare_chooser import ChooserToggle, InitChooser
from gui.forms.arg_form import ArgForm, note_label
from gui.kit.colors import ERROR
from gui.kit.flow_layout import flow
from gui.kit.retranslating import Retranslating
from gui.models.init_choice import InitChoice
from gui.session import settings as stored

TASKS = ("spirals", "checkerboard", "teacher", "sequence", "digits", "npz")
DEFAULT_LR = {"adam": 0.01, "sgd": 0.1}
OWNER = "train"


class TrainControls(Retranslating, QWidget):
    """Initializers, task (with a file for your own data) and the optimizer's settings."""

    changed = Signal()

    def __init__(self, choice: InitChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = choice
        self.chooser = InitChooser(choice)  # the Compare and Depth tabs show the same choice
        self.chooser_button = ChooserToggle(self.chooser, self.chooser)
        self.chooser_button.setChecked(False)
        self.npz_path: str | None = None
        self.task_label = QLabel()
        self.task_combo = QComboBox()
        for task in TASKS:
            self.task_combo.addItem("", task)
        self.task_combo.currentIndexChanged.connect(self._task_changed)
        self.file_button = QPushButton()
        self.file_button.clicked.connect(self.choose_npz)
        self.file_label = note_label()
        self.form = ArgForm(loop.setting_specs(), OWNER, validator=_check_settings)
        self.form.set_values({"seed": choice.seed()})
        self.form.changed.connect(self._form_changed)
        self.form.editor("optimizer").changed.connect(self._optimizer_changed)
        choice.seedChanged.connect(self._show_seed)
        self.problem_label = note_label(ERROR, bold=True)
        self.problem_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(flow(self.chooser_button))
        layout.addWidget(self.chooser)
        task_row = QHBoxLayout()
        task_row.addWidget(self.task_label)
        task_row.addWidget(self.task_combo, stretch=1)
        task_row.addWidget(self.file_button)
        layout.addLayout(task_row)
        layout.addWidget(self.file_label)
        layout.addWidget(self.form)
        layout.addWidget(self.problem_label)
        self._task_changed()
        self.retranslate()

    def retranslate(self) -> None:
        """Every fixed text in the interface language (again on a language change)."""
        self.task_label.setText(self.tr("Task"))
        names = {
            "spirals": self.tr("Two spirals (2-D points, 2 classes)"),
            "checkerboard": self.tr("Checkerboard (2-D points, 2 classes)"),
            "teacher": self.tr("Teacher network (regression, any input)"),
            "sequence": self.tr("Sequence: remember the first sign (2 classes)"),
            "digits": self.tr("Digits: 8×8 images, 10 classes"),
            "npz": self.tr("Your own data (.npz with x and y)…"),
        }
        for index, task in enumerate(TASKS):
            self.task_combo.setItemText(index, names[task])
        self.task_combo.setToolTip(self.tr(
            "What each copy of the network learns. Spirals and checkerboard draw a decision "
            "boundary; they need an output of width 2 (e.g. a last Linear with out_features 2)."))
        self.file_button.setText(self.tr("Choose file…"))
        self.file_button.setToolTip(self.tr(
            "An .npz file with an array x (examples first) and an array y: integer labels for "
            "classes, or float targets for a regression"))
        self._show_file()

    # --- reading ------------------------------------------------------------------

    def task(self):
        """The step's task: a name, or {"npz": path}; None for a file not chosen yet."""
        name = self.task_combo.currentData()
        if name != "npz":
            return name
        return {"npz": self.npz_path} if self.npz_path else None

    def step(self) -> dict | None:
        """The ``train`` step of these settings, or None with the problem shown."""
        self.problem_label.hide()
        candidates = self.chooser.candidates()
        if candidates is None:
            self.chooser_button.setChecked(True)  # the bad argument shows in the chooser
            return None
        if not candidates:
            return self._refuse(self.tr("Tick at least one initializer to train."))
        task = self.task()
        if task is None:
            return self._refuse(self.tr("Choose the .npz file to train on (Choose file…)."))
        if self.form.validate() is not None:
            return None
        values = self.form.values()
        return {"op": "train", "inits": candidates, "task": task,
                "params": self.choice.params(), **values}

    def set_values(self, values: dict) -> None:
        """Show settings (tests, a later "train again with…")."""
        self.form.set_values({k: v for k, v in values.items() if k in self.form.names()})
        if "task" in values:
            task = values["task"]
            if isinstance(task, dict):
                self.npz_path = task["npz"]
                task = "npz"
            self.task_combo.setCurrentIndex(self.task_combo.findData(task))

    # --- editing ------------------------------------------------------------------

    def ask_npz_path(self) -> str | None:
        """Ask for an .npz file; None when cancelled. Tests patch this method."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Train on your own data"), stored.in_last_folder(""),
            self.tr("NumPy arrays (*.npz)"))
        if path:
            stored.remember_folder(path)
        return path or None

    def choose_npz(self) -> None:
        path = self.ask_npz_path()
        if path:
            self.npz_path = str(Path(path).resolve())
            with QSignalBlocker(self.task_combo):
                self.task_combo.setCurrentIndex(TASKS.index("npz"))
            self._task_changed()

    def _task_changed(self, _index: int = 0) -> None:
        is_npz = self.task_combo.currentData() == "npz"
        self.file_button.setVisible(is_npz)
        if is_npz and not self.npz_path and self.isVisible():
            self.choose_npz()
            return
        self._show_file()
        self.changed.emit()

    def _show_file(self) -> None:
        is_npz = self.task_combo.currentData() == "npz"
        self.file_label.setVisible(is_npz)
        self.file_label.setText(self.npz_path or self.tr("No file chosen yet."))

    def _optimizer_changed(self) -> None:
        """A learning rate left at one optimizer's default follows to the other's."""
        optimizer = self.form.values().get("optimizer")
        lr = self.form.values().get("lr")
        if optimizer in DEFAULT_LR and lr in DEFAULT_LR.values():
            self.form.set_values({"lr": DEFAULT_LR[optimizer]})

    def _form_changed(self) -> None:
        seed = self.form.values().get("seed")
        if not self.form.field_problems() and isinstance(seed, int):
            self.choice.set_seed(seed)
        if not self.form.error_text():  # the fields are fine: check how they go together
            self.form.validate()
        self.changed.emit()

    def _show_seed(self, seed: int) -> None:
        if self.form.values().get("seed") != seed:
            self.form.set_values({"seed": seed})

    def _refuse(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.show()
        return None


def _check_settings(_owner: str, values: dict) -> None:
    """Each field by the schema, then together as the step's ``settings`` takes them."""
    for spec in loop.setting_specs():
        if spec.name in values:
            spec.coerce(values[spec.name], OWNER)
    loop.settings(**values)
