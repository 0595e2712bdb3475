"""Finds texts that do not fit their widgets: labels, buttons, tabs, header sections, combos.

A text fits when its widest line (``fontMetrics().horizontalAdvance``) fits the room the
widget gives it, or when it is wrapped on purpose (``QLabel.wordWrap``, with the height to
show every line) or elided on purpose (a "…" and a tooltip with the whole text).
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels of rounding


def on_screen(widget: QWidget) -> bool:
    """Shown, with an area, and at least partly inside its window."""
    if not widget.isVisible() or widget.width() < 2 or widget.height() < 2:
        return False
    window = widget.window()
    corner = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().intersects(QRect(corner, widget.size()))


def plain(text: str) -> str:
    if GuiQt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def mnemonic_free(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def widest(widget: QWidget, text: str, font=None) -> int:
    metrics = widget.fontMetrics() if font is None else type(widget.fontMetrics())(font)
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def elided_on_purpose(text: str, tooltip: str) -> bool:
    return "…" in text and bool(tooltip)


def label_problem(label: QLabel) -> str | None:
    text = plain(label.text())
    if not text.strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK and label.height() < label.maximumHeight():
            return f"wrapped, needs {needed} px of height, has {label.height()}"
        return None
    if widest(label, text) > room + SLACK and not elided_on_purpose(text, label.toolTip()):
        return f"needs {widest(label, text)} px, has {room}"
    lines = text.count("\n") + 1
    needed = label.fontMetrics().height() * lines
    if needed > label.contentsRect().height() + 2 * SLACK + 2:
        return f"needs {needed} px of height, has {label.contentsRect().height()}"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    text = mnemonic_free(button.text())
    if not text.strip():
        return None
    style = button.style()
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    if isinstance(button, (QCheckBox, QRadioButton)):
        metric = (QStyle.PixelMetric.PM_IndicatorWidth if isinstance(button, QCheckBox)
                  else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
        room = button.width() - style.pixelMetric(metric, None, button) - spacing - icon
    elif isinstance(button, (QPushButton, QToolButton)):
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        room = button.width() - 2 * margin - icon
    else:
        room = button.width() - icon
    if widest(button, text) > room + SLACK and not elided_on_purpose(text, button.toolTip()):
        return f"needs {widest(button, text)} px, has {room}"
    return None


def tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = mnemonic_free(bar.tabText(index))
        rect = bar.tabRect(index)
        if rect.right() > bar.width() + SLACK or rect.left() < -SLACK:
            problems.append(f"tab {text!r} lies outside its bar (scrolled away)")
        elif rect.width() + SLACK < bar.tabSizeHint(index).width():
            problems.append(f"tab {text!r} squeezed to {rect.width()} px, needs "
                            f"{bar.tabSizeHint(index).width()}")
    return problems


def header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    problems = []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = model.headerData(section, header.orientation())
        if not isinstance(text, str) or not text:
            continue
        room = header.sectionSize(section) - 2 * margin
        if widest(header, text) > room + SLACK:
            problems.append(f"section {text!r} needs {widest(header, text)} px, has {room}")
    return problems


def combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    if widest(combo, text) > field.width() + SLACK:
        return f"needs {widest(combo, text)} px, has {field.width()}"
    return None


def clipped_texts(root: QWidget) -> list[str]:
    """Every text under ``root`` (on screen) that does not fit, described."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not on_screen(widget):
            continue
        where = f"{type(widget).__name__}"
        name = widget.objectName()
        if name:
            where += f"#{name}"
        if isinstance(widget, QLabel):
            problem = label_problem(widget)
            problems = [problem] if problem else []
            text = plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            problem = button_problem(widget)
            problems = [problem] if problem else []
            text = widget.text()
        elif isinstance(widget, QTabBar):
            problems, text = tab_problems(widget), ""
        elif isinstance(widget, QHeaderView):
            problems, text = header_problems(widget), ""
        elif isinstance(widget, QComboBox):
            problem = combo_problem(widget)
            problems = [problem] if problem else []
            text = widget.currentText()
        else:
            continue
        for problem in problems:
            found.append(f"{where} {text[:60]!r}: {problem}" if text else f"{where}: {problem}")
    return found
