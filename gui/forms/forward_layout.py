"""Where the forward panel's widgets go: one form, so every label lines up."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from gui.kit.style import heading, scrolled


def lay_out(panel, numbers) -> None:
    """One form, so every label lines up; the preset buttons span it (long texts)."""
    content = QWidget()
    form = panel.form_layout = QFormLayout(content)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    panel.input_heading, panel.values_heading = heading(""), heading("")
    panel.layout_label, panel.fill_label, panel.mode_label = QLabel(), QLabel(), QLabel()
    form.addRow(panel.input_heading)
    form.addRow(panel.layout_label, panel.shape_mode)
    for name, spin in panel.sizes.items():
        form.addRow(panel.size_labels[name], spin)
    form.addRow(panel.shape_label)
    form.addRow(panel.suggestion_label)
    form.addRow(panel.values_heading)
    form.addRow(panel.fill_label, panel.fill)
    for name in numbers:
        form.addRow(panel.number_labels[name], panel.numbers[name])
    form.addRow(panel.rand_button)
    form.addRow(panel.extreme_button)
    form.addRow(panel.seed_box, panel.seed)
    form.addRow(panel.mode_label, panel.mode)
    panel.form_layout.setRowVisible(panel.suggestion_label, False)
    layout = QVBoxLayout(panel)
    layout.addWidget(scrolled(content), stretch=1)
    layout.addWidget(panel.error_label)
    layout.addWidget(panel.run_button)
