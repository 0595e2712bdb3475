"""The initializers to compare: a checkable list, each with its own arguments, seed and target.

The Compare and Depth tabs share one chooser; ``ProgressRelay`` and
``progress_bar`` carry a worker's per-initializer progress to either tab.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.errors import LabError
from core.model.initializers import INITIALIZERS, validate_init_args
from gui.forms.arg_form import INT32_MAX, ArgForm
from gui.i18n import translate_message
from gui.kit.retranslating import Retranslating

DEFAULT_CHECKED = ("default", "xavier_uniform_", "kaiming_normal_", "orthogonal_")


class ProgressRelay(QObject):
    """Called on the worker with (done, total, label); delivers it to the UI thread."""

    progressed = Signal(int, int, str)

    def __call__(self, done: int, total: int, label: str) -> None:
        self.progressed.emit(done, total, label)


def progress_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setFormat("%v / %m")
    bar.hide()
    return bar


class InitChooser(Retranslating, QWidget):
    """Checkable initializers, each with its own editable arguments, plus seed and target."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._args: dict[str, dict] = {}
        self._current: str | None = None
        self.list = QListWidget()
        for name in INITIALIZERS:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in DEFAULT_CHECKED
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setMinimumHeight(150)
        self.args_caption = QLabel()
        self.args_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.form = ArgForm(validator=validate_init_args)
        self.seed = QSpinBox()
        self.seed.setRange(0, INT32_MAX)
        self.params = QComboBox()
        for key in ("weight", "bias", "all"):
            self.params.addItem("", key)
        self.list_caption, self.seed_label, self.params_label = QLabel(), QLabel(), QLabel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_caption)
        layout.addWidget(self.list, stretch=1)
        layout.addWidget(self.args_caption)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.seed_label)
        row.addWidget(self.seed, stretch=1)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.params_label)
        row.addWidget(self.params, stretch=1)
        layout.addLayout(row)

        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.form.changed.connect(self._store_args)
        self.list.setCurrentRow(0)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setToolTip(self.tr("Tick the initializers to compare; select one to edit "
                                     "its arguments."))
        for row, spec in enumerate(INITIALIZERS.values()):
            self.list.item(row).setToolTip(translate_message(spec.doc))
        self.seed.setToolTip(self.tr("Every initializer draws with this seed, so the copies "
                                     "differ only by the initializer."))
        for index, text in enumerate((self.tr("weights"), self.tr("biases"),
                                      self.tr("weights and biases"))):
            self.params.setItemText(index, text)
        self.params.setToolTip(self.tr("Which parameters each initializer is applied to; the "
                                       "others keep the network's current values."))
        self.list_caption.setText(self.tr("Initializers to compare"))
        self.seed_label.setText(self.tr("Seed"))
        self.params_label.setText(self.tr("Apply to"))
        self._show_caption()

    def checked(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, names) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            name = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if name in names else Qt.CheckState.Unchecked)

    def set_args(self, name: str, args: dict) -> None:
        self._args[name] = dict(args)
        if name == self._current:
            self.form.set_values(args)

    def select(self, name: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(i)

    def candidates(self) -> list[dict] | None:
        """The ticked initializers with valid arguments; None (error shown) otherwise."""
        self._store_args()
        result = []
        for name in self.checked():
            args = self._args.get(name, {})
            if name != "default":
                try:
                    args = validate_init_args(name, args)
                except LabError as error:
                    self.select(name)
                    self.form.show_error(error.message)
                    return None
            result.append({"init": name, "args": _json_args(args)})
        return result

    def _current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        self._store_args()
        if current is None:
            return
        name = current.data(Qt.ItemDataRole.UserRole)
        self._current = name
        self._show_caption()
        self.form.set_specs(INITIALIZERS[name].args, name, validate_init_args)
        self.form.set_values(self._args.get(name, {}))

    def _show_caption(self) -> None:
        if self._current is not None:
            self.args_caption.setText(self.tr("Arguments of {name}").format(name=self._current))

    def _store_args(self) -> None:
        if self._current is not None:
            self._args[self._current] = self.form.values()
        self.changed.emit()


def _json_args(args: dict) -> dict:
    return {k: (dict(v) if isinstance(v, dict) else v) for k, v in args.items()}


class ChooserToggle(Retranslating, QPushButton):
    """"Initializers (4) ▾": shows or folds away the chooser, saying how many are ticked."""

    def __init__(self, chooser: InitChooser, panel: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.chooser, self.panel = chooser, panel
        self.setCheckable(True)
        self.setChecked(True)
        self.toggled.connect(self._toggled)
        chooser.changed.connect(self._update_text)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Show or hide the initializers and their arguments"))
        self._update_text()

    def _toggled(self, shown: bool) -> None:
        self.panel.setVisible(shown)
        self._update_text()

    def _update_text(self) -> None:
        arrow = "▾" if self.isChecked() else "▸"
        self.setText(self.tr("Initializers ({count}) {arrow}").format(
            count=len(self.chooser.checked()), arrow=arrow))


