"""The initializers to compare: a checkable list, each with its own arguments, seed and target.

The Compare and Depth tabs each show a chooser of one shared ``InitChoice``; ``ProgressRelay`` and
``progress_bar`` carry a worker's per-initializer progress to either tab.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Signal
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

from core.model.initializers import INITIALIZERS, validate_init_args
from gui.forms.arg_form import INT32_MAX, ArgForm
from gui.i18n import translate_message
from gui.kit.retranslating import Retranslating
from gui.models.init_choice import InitChoice


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
    """A view of an ``InitChoice``: checkable initializers, each one's arguments, seed, target.

    Several choosers may show one choice (the Compare and Depth tabs): each edit
    goes to the choice, and every chooser follows the choice's signals.
    """

    changed = Signal()

    def __init__(self, choice: InitChoice | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = choice if choice is not None else InitChoice(self)
        self._current: str | None = None
        self.list = QListWidget()
        for name in self.choice.names():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.list.addItem(item)
        self._show_checked()
        self.list.setMinimumHeight(150)
        self.args_caption = QLabel()
        self.args_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.form = ArgForm(validator=validate_init_args)
        self.seed = QSpinBox()
        self.seed.setRange(0, INT32_MAX)
        self.seed.setValue(self.choice.seed())
        self.params = QComboBox()
        for key in ("weight", "bias", "all"):
            self.params.addItem("", key)
        self.params.setCurrentIndex(self.params.findData(self.choice.params()))
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
        self._subscribe()
        self.list.setCurrentRow(0)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setToolTip(self.tr("Tick the initializers to compare; select one to edit "
                                     "its arguments."))
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setToolTip(translate_message(INITIALIZERS[item.data(Qt.ItemDataRole.UserRole)].doc))
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

    def _subscribe(self) -> None:
        """Edits go to the choice; the choice's changes (from any view) come back here."""
        choice = self.choice
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemChanged.connect(self._item_changed)
        self.form.changed.connect(self._store_args)
        self.seed.valueChanged.connect(choice.set_seed)
        self.params.currentIndexChanged.connect(
            lambda _i: choice.set_params(self.params.currentData()))
        choice.checkedChanged.connect(self._show_checked)
        choice.checkedChanged.connect(self.changed)
        choice.argsChanged.connect(self._show_args)
        choice.seedChanged.connect(self._show_seed)
        choice.paramsChanged.connect(self._show_params)
        choice.invalid.connect(self._show_invalid)

    def checked(self) -> list[str]:
        return self.choice.checked()

    def set_checked(self, names) -> None:
        self.choice.set_checked(names)

    def set_args(self, name: str, args: dict) -> None:
        self.choice.set_args(name, args)

    def select(self, name: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(i)

    def candidates(self) -> list[dict] | None:
        """The ticked initializers with valid arguments; None (error shown) otherwise."""
        self._store_args()
        return self.choice.candidates()

    def _item_changed(self, item: QListWidgetItem) -> None:
        self.choice.set_check(item.data(Qt.ItemDataRole.UserRole),
                              item.checkState() == Qt.CheckState.Checked)

    def _show_checked(self) -> None:
        with QSignalBlocker(self.list):
            for i in range(self.list.count()):
                item = self.list.item(i)
                on = self.choice.is_checked(item.data(Qt.ItemDataRole.UserRole))
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _show_args(self, name: str) -> None:
        if name == self._current and self.form.values() != self.choice.args(name):
            with QSignalBlocker(self.form):
                self.form.set_values(self.choice.args(name))
        self.changed.emit()

    def _show_seed(self, seed: int) -> None:
        with QSignalBlocker(self.seed):
            self.seed.setValue(seed)

    def _show_params(self, params: str) -> None:
        with QSignalBlocker(self.params):
            self.params.setCurrentIndex(self.params.findData(params))

    def _show_invalid(self, name: str, message: str) -> None:
        self.select(name)
        self.form.show_error(message)

    def _current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        self._store_args()
        if current is None:
            return
        name = current.data(Qt.ItemDataRole.UserRole)
        self._current = name
        self._show_caption()
        with QSignalBlocker(self.form):
            self.form.set_specs(INITIALIZERS[name].args, name, validate_init_args)
            self.form.set_values(self.choice.args(name))

    def _show_caption(self) -> None:
        if self._current is not None:
            self.args_caption.setText(self.tr("Arguments of {name}").format(name=self._current))

    def _store_args(self) -> None:
        if self._current is not None:
            self.choice.set_args(self._current, self.form.values())


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


