"""The Compare tab's chart controls: parameter, layout, theory, log counts, range, bins, export."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QSpinBox, QWidget

from gui.kit.retranslating import Retranslating

OVERLAY, MULTIPLES, GRID = "overlay", "multiples", "grid"
CLIP_CHOICES = (None, 99.9, 99.0, 95.0)  # central percentage kept; None: full range
DEFAULT_BINS = 60


class CompareControls(Retranslating, QWidget):
    """Holds the controls; the Compare tab places them and connects them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parameter_combo = QComboBox()
        self.parameter_combo.setMinimumContentsLength(12)
        self.parameter_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mode_combo = QComboBox()
        for key in (OVERLAY, MULTIPLES, GRID):
            self.mode_combo.addItem("", key)
        self.theory_box = QCheckBox()
        self.theory_box.setChecked(True)
        self.log_box = QCheckBox()
        self.range_combo = QComboBox()
        for clip in CLIP_CHOICES:
            self.range_combo.addItem("", clip)
        self.bins_spin = QSpinBox()
        self.bins_spin.setRange(5, 1000)
        self.bins_spin.setValue(DEFAULT_BINS)
        self.bins_spin.setKeyboardTracking(False)
        self.png_button = QPushButton()
        self.csv_button = QPushButton()
        self.retranslate()

    def retranslate(self) -> None:
        """The controls' texts, wherever the Compare tab placed them."""
        self.parameter_combo.setToolTip(self.tr("The parameter to show"))
        for index, text in enumerate((self.tr("Overlay"), self.tr("Small multiples"),
                                      self.tr("All parameters"))):
            self.mode_combo.setItemText(index, text)
        self.mode_combo.setToolTip(self.tr("Overlaid on one plot, one plot per initializer on "
                                           "shared axes, or every parameter at once"))
        self.theory_box.setText(self.tr("Theory"))
        self.theory_box.setToolTip(self.tr("Draw the expected density (dashed), from each "
                                           "parameter's fan_in, fan_out and gain"))
        self.log_box.setText(self.tr("Log counts"))
        for index, clip in enumerate(CLIP_CHOICES):
            text = self.tr("Full range") if clip is None else self.tr(
                "Central {percent}%").format(percent=f"{clip:g}")
            self.range_combo.setItemText(index, text)
        self.range_combo.setToolTip(self.tr("Clip the range to central percentiles so a few "
                                            "outliers do not squash the rest"))
        self.bins_spin.setPrefix(self.tr("bins "))
        self.png_button.setText(self.tr("PNG…"))
        self.png_button.setToolTip(self.tr("Export the chart as a PNG image"))
        self.csv_button.setText(self.tr("CSV…"))
        self.csv_button.setToolTip(self.tr("Export the bins and expected counts as CSV"))
