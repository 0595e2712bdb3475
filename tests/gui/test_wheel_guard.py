"""The mouse wheel scrolls forms and changes an editor only when that editor has focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QSpinBox


@pytest.fixture
def window(new_window):
    win = new_window()
    win.resize(1024, 600)
    return win


def wheel(widget, steps: int = -1) -> None:
    """A real wheel notch over ``widget``'s centre, delivered as Qt delivers it."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def scroll_area_of(widget) -> QScrollArea:
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def test_wheel_over_an_unfocused_combo_scrolls_the_form_and_keeps_the_value(qtbot, window):
    window.controls.setCurrentWidget(window.init_panel)
    window.init_panel.set_values({"init": "kaiming_normal_"})
    combo = window.init_panel.form.editor("nonlinearity")
    qtbot.waitUntil(combo.isVisible)
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # polished: a new editor too
    area = scroll_area_of(combo)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0  # the form is taller than its tab: there is something to scroll
    bar.setValue(0)
    before = combo.currentData()
    window.palette_view.setFocus()
    wheel(combo)
    assert combo.currentData() == before
    assert bar.value() > 0  # the notch scrolled the form instead
    # focused (a click or Tab), the wheel is the editor's again
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo)
    assert combo.currentData() != before


def test_every_combo_and_spin_box_of_the_window_is_guarded(qtbot, window):
    editors = window.findChildren(QComboBox) + window.findChildren(QSpinBox)
    assert editors
    assert all(e.focusPolicy() == Qt.FocusPolicy.StrongFocus for e in editors)
    mode = window.forward_panel.mode
    window.controls.setCurrentWidget(window.forward_panel)
    qtbot.waitUntil(mode.isVisible)
    window.palette_view.setFocus()
    wheel(mode, steps=-3)
    assert mode.currentData() == "train"


def test_dialogs_are_guarded_too(qtbot, window):
    from gui.window.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(1024, 0, 0)
    qtbot.addWidget(dialog)
    dialog.show()  # not exec(): nothing blocks
    spin = dialog.undo_memory
    qtbot.waitUntil(spin.isVisible)
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus
    dialog.findChildren(QSpinBox)[0].clearFocus()
    wheel(spin, steps=2)
    assert spin.value() == 1024
