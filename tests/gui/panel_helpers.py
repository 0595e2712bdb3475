"""Helpers shared by the panel tests: show a widget, record a signal, type and click where a
person would.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

LEFT = Qt.MouseButton.LeftButton


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def activated(qtbot, widget):
    """Shown and active: window shortcuts only fire in the active window."""
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def recorder(signal) -> list:
    emitted: list = []
    signal.connect(lambda *args: emitted.append(args[0] if args else True))
    return emitted


def retype(qtbot, editor, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def tick(qtbot, button) -> None:
    """Click a check box or radio button on its indicator, where a person would."""
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
