"""The input of a forward pass (its shape and how it is filled) and the Run button.

Numbers sit in line edits that hold any double exactly, so the seed's extreme
range ±finfo(float32).max/10 is sent as exactly those values, never a rounding
of them. The panel only builds the ``forward`` step; the window runs it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from core.errors import LabError
from core.model.inputs import FILLS, IDS, SEED_EXTREME_HIGH, SEED_EXTREME_LOW, input_spec
from core.model.snapshot import Snapshot
from gui.forms.arg_editors import MISSING, IntLine
from gui.forms.forward_layout import lay_out
from gui.i18n import translate_message
from gui.kit.colors import ERROR, MUTED
from gui.kit.numbers import exact_validator, format_float, parse_float
from gui.kit.retranslating import Retranslating
from gui.kit.style import (
    PanelShortcut,
    big_button,
    note_label,
    paint_text,
    readable,
)

VECTOR, IMAGE, SEQUENCE = "vector", "image", "sequence"
DIMS = {
    VECTOR: ("batch", "features"),
    IMAGE: ("batch", "channels", "height", "width"),
    SEQUENCE: ("batch", "channels", "length"),
}
MODE_BY_RANK = {len(dims): mode for mode, dims in DIMS.items()}
SIZE_DEFAULTS = {"batch": 2, "features": 20, "channels": 3, "height": 32, "width": 32, "length": 64}
NUMBERS = ("low", "high", "mean", "std")
NUMBER_DEFAULTS = {"low": 0.0, "high": 1.0, "mean": 0.0, "std": 1.0}
FILL_NUMBERS = {"uniform": ("low", "high"), "normal": ("mean", "std"), "zeros": (), "ones": (),
                IDS: ("low", "high")}
# The first layer's type (a substring) and the input layout it expects.
SUGGESTIONS = (("Conv2d", IMAGE), ("Conv1d", SEQUENCE))


class ForwardPanel(Retranslating, QWidget):
    """Shape, fill, seed and mode of the input; ``stepRequested`` carries the forward step."""

    stepRequested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        readable(self)
        self._busy = False
        self._first_layer: str | None = None
        self._suggestion = None  # makes the suggestion line's text in the current language
        self._last_good = dict(NUMBER_DEFAULTS)

        self.shape_mode = QComboBox()
        for mode in (VECTOR, IMAGE, SEQUENCE):
            self.shape_mode.addItem("", mode)
        self.sizes: dict[str, IntLine] = {}
        self.size_labels = {name: QLabel() for name in SIZE_DEFAULTS}
        for name, default in SIZE_DEFAULTS.items():
            size = IntLine()  # typed freely: 0 or 10**12 stay, and core says why not
            size.setObjectName(name)
            size.setValue(default)
            size.changed.connect(self._update_preview)
            self.sizes[name] = size
        self.shape_label = note_label()

        self.fill = QComboBox()
        for fill in FILLS:
            self.fill.addItem(fill, fill)
        self.numbers: dict[str, QLineEdit] = {}
        self.number_labels: dict[str, QLabel] = {}
        for name in NUMBERS:
            edit = QLineEdit(format_float(NUMBER_DEFAULTS[name]))
            # syntax only: a value out of range stays as typed and core explains it
            edit.setValidator(exact_validator(-np.inf, np.inf))
            edit.textChanged.connect(lambda _text, n=name: self._number_edited(n))
            self.numbers[name], self.number_labels[name] = edit, QLabel()

        self.rand_button = QPushButton()
        self.rand_button.clicked.connect(self.use_rand_preset)
        self.extreme_button = QPushButton()
        self.extreme_button.clicked.connect(self.use_extreme_preset)

        self.seed_box = QCheckBox()
        self.seed = IntLine()
        self.seed.setObjectName("seed")
        self.seed.setValue(0)
        self.seed.setEnabled(False)
        self.seed_box.toggled.connect(self.seed.setEnabled)
        self.mode = QComboBox()
        self.mode.addItem("", "train")
        self.mode.addItem("", "eval")

        self.suggestion_label = note_label()
        self.error_label = note_label(ERROR, bold=True)
        self.error_label.hide()
        self.run_button = big_button("")
        self.run_button.clicked.connect(self.run)
        self.shortcut = PanelShortcut("Ctrl+R", self, self.run)

        lay_out(self, NUMBERS)
        self.shape_mode.currentIndexChanged.connect(self._update_shape_rows)
        self.shape_mode.currentIndexChanged.connect(self._hide_suggestion)
        self.fill.currentIndexChanged.connect(self._update_fill_rows)
        for widget in (self.shape_mode, self.fill, self.mode):
            widget.currentIndexChanged.connect(self._clear_error)
        self._update_shape_rows()
        self._update_fill_rows()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the panel; the preview, suggestion and error from their data again."""
        layouts = (self.tr("vector (N, features)"), self.tr("image (N, C, H, W)"),
                   self.tr("sequence (N, C, L)"))
        for index, text in enumerate(layouts):
            self.shape_mode.setItemText(index, text)
        self.shape_mode.setToolTip(
            self.tr("Linear layers take vectors; Conv2d takes images; Conv1d takes sequences."))
        labels = {"batch": self.tr("batch N"), "features": self.tr("features"),
                  "channels": self.tr("channels C"), "height": self.tr("height H"),
                  "width": self.tr("width W"), "length": self.tr("length L"),
                  "low": self.tr("low"), "high": self.tr("high"), "mean": self.tr("mean"),
                  "std": self.tr("std")}
        for name, label in {**self.size_labels, **self.number_labels}.items():
            label.setText(labels[name])
        fill_texts = {"uniform": self.tr("uniform in [low, high)"),
                      "normal": self.tr("normal (mean, std)"), "zeros": self.tr("zeros"),
                      "ones": self.tr("ones"),
                      IDS: self.tr("ids: whole numbers in [low, high), for an Embedding")}
        for index, fill in enumerate(FILLS):
            self.fill.setItemText(index, fill_texts.get(fill, fill))
        for edit in self.numbers.values():
            edit.setToolTip(
                self.tr("Any float32 number; scientific notation such as -3.4e+37 works."))
        self.rand_button.setText(self.tr("torch.rand: uniform [0, 1)"))
        self.rand_button.setToolTip(self.tr("What torch.rand draws: uniform between 0 and 1."))
        self.extreme_button.setText(self.tr("Seed's extreme range (±finfo(float32).max/10)"))
        self.extreme_button.setToolTip(self.tr(
            "Uniform between finfo(float32).min/10 and finfo(float32).max/10, the input of "
            "the original lesson: watch what such values do to the layers."))
        self.seed_box.setText(self.tr("fixed seed"))
        self.seed_box.setToolTip(
            self.tr("Draw the same input every run; off: a new one each time."))
        self.mode.setItemText(0, self.tr("train"))
        self.mode.setItemText(1, self.tr("eval"))
        self.mode.setToolTip(self.tr(
            "train: BatchNorm uses the batch's statistics and Dropout drops; "
            "eval: running statistics, no dropout."))
        self.run_button.setText(self.tr("Run forward"))
        self.run_button.setToolTip(self.tr(
            "Send this input through the network (Ctrl+R); lazy layers learn their shapes."))
        self.input_heading.setText(self.tr("Input shape"))
        self.values_heading.setText(self.tr("Values"))
        self.layout_label.setText(self.tr("layout"))
        self.fill_label.setText(self.tr("fill"))
        self.mode_label.setText(self.tr("mode"))
        error_shown = self.error_label.isVisibleTo(self)
        self._update_preview()  # (clears the error)
        self._show_suggestion()
        if error_shown:
            self.error_label.setText(self.problem() or "")
            self.error_label.show()

    # --- reading ---

    def shape_mode_name(self) -> str:
        """"vector", "image" or "sequence"."""
        return self.shape_mode.currentData()

    def shape(self) -> list:
        """The sizes as typed: integers, or the text of a size that is not one (see problem)."""
        sizes = (self.sizes[name].value() for name in DIMS[self.shape_mode_name()])
        return ["" if size is MISSING else size for size in sizes]

    def number(self, name: str) -> float:
        """The number typed for ``name``, or the last valid one while the text is unfinished."""
        value = parse_float(self.numbers[name].text())
        return self._last_good[name] if value is None else value

    def step(self) -> dict:
        """The forward step for the current values; well-formed when problem() is None."""
        step: dict = {"op": "forward", "shape": self.shape(), "fill": self.fill.currentData()}
        for name in NUMBERS:
            step[name] = self.number(name)
        if self.seed_box.isChecked():
            step["seed"] = self._seed_or_none()
        step["mode"] = self.mode.currentData()
        return step

    def values(self) -> dict:
        """What to keep between runs of the app: the step itself."""
        return self.step()

    # --- writing ---

    def set_values(self, step: dict) -> None:
        """Show a forward step (or saved values); raises ValueError for an unknown choice."""
        if "shape" in step:
            self.set_shape(step["shape"])
        if "fill" in step:
            self._choose(self.fill, step["fill"])
        for name in NUMBERS:
            if name in step:
                self.numbers[name].setText(format_float(float(step[name])))
        seed = step.get("seed")
        self.seed_box.setChecked(seed is not None)
        if seed is not None:
            self.seed.setValue(int(seed))
        if "mode" in step:
            self._choose(self.mode, step["mode"])
        self._clear_error()

    def set_shape(self, shape: list[int]) -> None:
        """Pick the layout from the number of dimensions (2, 3 or 4) and fill in the sizes."""
        mode = MODE_BY_RANK.get(len(shape))
        if mode is None:
            raise ValueError(f"an input shape of {len(shape)} dimensions has no layout here")
        self._choose(self.shape_mode, mode)
        for name, size in zip(DIMS[mode], shape, strict=True):
            self.sizes[name].setValue(int(size))

    def use_rand_preset(self) -> None:
        self._set_uniform(0.0, 1.0)

    def use_extreme_preset(self) -> None:
        """Uniform between finfo(float32).min/10 and max/10, exactly."""
        self._set_uniform(SEED_EXTREME_LOW, SEED_EXTREME_HIGH)

    def _set_uniform(self, low: float, high: float, fill: str = "uniform") -> None:
        self._choose(self.fill, fill)
        self.numbers["low"].setText(format_float(low))
        self.numbers["high"].setText(format_float(high))

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Suggest the image layout when the network comes to start with a Conv2d
        (a sequence for Conv1d); otherwise, and afterwards, keep the person's values."""
        first = snapshot.modules[0] if snapshot.modules else None
        layer = first.layer if first else None
        if layer == self._first_layer:
            return
        self._first_layer = layer
        self._hide_suggestion()
        if layer == "Embedding" and first is not None:
            self._suggest_ids(first.args.get("num_embeddings"))
            return
        suggested = next((mode for key, mode in SUGGESTIONS if layer and key in layer), None)
        if first is None or suggested is None or suggested == self.shape_mode_name():
            return
        self._choose(self.shape_mode, suggested)
        channels = first.args.get("in_channels")
        if isinstance(channels, int) and not isinstance(channels, bool):
            self.sizes["channels"].setValue(channels)
        self._suggestion = lambda: self.tr(
            "Layout switched to {layout}: the network starts with {layer}.").format(
                layout=self.shape_mode.currentText(), layer=layer)
        self._show_suggestion()
        self.form_layout.setRowVisible(self.suggestion_label, True)

    def _suggest_ids(self, count: object) -> None:
        """An Embedding takes ids in [0, num_embeddings): switch the fill to exactly those."""
        if not isinstance(count, int) or isinstance(count, bool):
            return
        self._set_uniform(0.0, float(count), IDS)  # every id it has, and no other
        self._suggestion = lambda: self.tr(
            "Fill switched to ids in [0, {count}): the network starts with Embedding, which "
            "looks up integer ids.").format(count=count)
        self._show_suggestion()
        self.form_layout.setRowVisible(self.suggestion_label, True)

    def _show_suggestion(self) -> None:
        if self._suggestion is not None:
            self.suggestion_label.setText(self._suggestion())

    def set_busy(self, busy: bool) -> None:
        """While an operation runs, the Run button waits."""
        self._busy = busy
        self.run_button.setEnabled(not busy)

    # --- acting ---

    def use_run_action(self, action) -> None:
        """The Run button triggers the window's Run forward action: one path with Ctrl+R."""
        self.run_button.clicked.disconnect(self.run)
        self.run_button.clicked.connect(action.trigger)
        self.shortcut.setEnabled(False)  # the action owns the key

    def run(self) -> dict | None:
        """Check the values; emit and return the step, or show why not and return None."""
        if self._busy:
            return None
        problem = self.problem()
        if problem is not None:
            self.error_label.setText(problem)
            self.error_label.show()
            return None
        self._clear_error()
        step = self.step()
        self.stepRequested.emit(step)
        return step

    def problem(self) -> str | None:
        """Why the typed values cannot be sent, in words; None when they can."""
        fill = self.fill.currentData()
        numbers: dict[str, object] = {}
        for name in NUMBERS:
            text = self.numbers[name].text().strip()
            value = parse_float(text)
            if value is None and name in FILL_NUMBERS[fill]:
                message = self.tr("{field} must be a number such as 0.5 or -1e+30, got '{text}'.")
                return message.format(field=name, text=text)
            numbers[name] = self.number(name)
        try:
            input_spec(self.shape(), fill, seed=self._seed_or_none(), **numbers)
        except LabError as error:
            return translate_message(error.message)
        return None

    def _seed_or_none(self) -> int | None:
        seed = self.seed.value()
        return ("" if seed is MISSING else seed) if self.seed_box.isChecked() else None

    # --- internals ---

    def _choose(self, combo: QComboBox, data: str) -> None:
        index = combo.findData(data)
        if index < 0:
            raise ValueError(f"unknown choice {data!r}")
        combo.setCurrentIndex(index)

    def _number_edited(self, name: str) -> None:
        value = parse_float(self.numbers[name].text())
        if value is not None:
            self._last_good[name] = value
        self._clear_error()

    def _update_shape_rows(self) -> None:
        shown = DIMS[self.shape_mode_name()]
        for name, spin in self.sizes.items():
            self.form_layout.setRowVisible(spin, name in shown)
        self._update_preview()

    def _update_fill_rows(self) -> None:
        used = FILL_NUMBERS.get(self.fill.currentData(), ())
        for name in NUMBERS:
            self.numbers[name].setEnabled(name in used)
            self.number_labels[name].setEnabled(name in used)

    def _update_preview(self) -> None:
        """The shape the input will have, or core's reason a typed size cannot be one."""
        self._clear_error()
        try:
            input_spec(self.shape(), "zeros")
        except LabError as error:
            self.shape_label.setText(translate_message(error.message))
            paint_text(self.shape_label, ERROR)
            return
        shape = ", ".join(str(size) for size in self.shape())
        self.shape_label.setText(self.tr("The input tensor's shape: ({shape})").format(shape=shape))
        paint_text(self.shape_label, MUTED)

    def _hide_suggestion(self) -> None:
        self.form_layout.setRowVisible(self.suggestion_label, False)

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self.shortcut.sync()
        super().showEvent(event)
