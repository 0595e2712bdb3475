"""Every text a window shows, read from its widgets, actions, item models and plots.

Used to compare a window that switched language live with a fresh window built
in that language: they must show the same texts.
"""

from __future__ import annotations

from collections import Counter

import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStatusBar,
    QTabWidget,
    QTextEdit,
    QToolBox,
    QWidget,
)

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def _model_texts(model, parent=None, depth=0) -> list:
    parent = parent if parent is not None else QModelIndex()
    texts = []
    tree = not isinstance(model, (QAbstractTableModel, QAbstractListModel))
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    if not parent.isValid():
        for orientation, count in ((Qt.Orientation.Horizontal, columns),
                                   (Qt.Orientation.Vertical, model.rowCount(parent))):
            for section in range(count):
                for role in ROLES:
                    texts.append(("header", model.headerData(section, orientation, role)))
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in ROLES:
                texts.append(("cell", model.data(index, role)))
            if column == 0 and depth < 4 and tree and model.rowCount(index):
                texts.extend(_model_texts(model, index, depth + 1))
    return texts


def _widget_texts(obj: QWidget) -> list:
    texts = [("title", obj.windowTitle()), ("tip", obj.toolTip()),
             ("status tip", obj.statusTip())]
    if isinstance(obj, (QAbstractButton, QLabel)):
        texts.append(("text", obj.text()))
    if isinstance(obj, QStatusBar):
        texts.append(("message", obj.currentMessage()))
    if isinstance(obj, (QGroupBox, QMenu)):
        texts.append(("title", obj.title()))
    if isinstance(obj, (QLineEdit, QTextEdit, QPlainTextEdit)):
        texts.append(("placeholder", obj.placeholderText()))
    if isinstance(obj, QPlainTextEdit):
        texts.append(("document", obj.toPlainText()))
    if isinstance(obj, QAbstractSpinBox):
        texts += [("special", obj.specialValueText()), ("text", obj.text())]
    if isinstance(obj, QComboBox):
        for i in range(obj.count()):
            texts += [("item", obj.itemText(i)),
                      ("item tip", obj.itemData(i, Qt.ItemDataRole.ToolTipRole))]
    if isinstance(obj, QTabWidget):
        for i in range(obj.count()):
            texts += [("tab", obj.tabText(i)), ("tab tip", obj.tabToolTip(i))]
    if isinstance(obj, QToolBox):
        texts += [("page", obj.itemText(i)) for i in range(obj.count())]
    if isinstance(obj, QAbstractItemView) and obj.model() is not None:
        texts += _model_texts(obj.model())
    if isinstance(obj, pg.PlotWidget):
        item = obj.getPlotItem()
        texts.append(("plot title", item.titleLabel.text if item.titleLabel.isVisible() else ""))
        for side in ("left", "bottom", "right", "top"):
            texts.append(("axis", item.getAxis(side).labelText))
        if item.legend is not None:
            texts += [("legend", label.text) for _sample, label in item.legend.items]
    return texts


def shown_texts(root: QWidget) -> Counter:
    """(kind, class, text) of every non-empty text shown now below ``root``, counted.

    Widgets count when visible; menus (popups, hidden until opened) and actions always.
    """
    found: Counter = Counter()
    for obj in [root, *root.findChildren(QObject)]:
        if isinstance(obj, QAction):
            texts = [("action", obj.text()), ("tip", obj.toolTip()),
                     ("status tip", obj.statusTip())]
        elif isinstance(obj, QMenu) or (isinstance(obj, QWidget) and obj.isVisible()):
            texts = _widget_texts(obj)
        else:
            continue
        for kind, text in texts:
            if isinstance(text, str) and text:
                found[(kind, type(obj).__name__, text)] += 1
    return found


def visible_texts(root: QWidget) -> Counter:
    """The texts shown with each tab of each tab widget brought to the front in turn."""
    found = shown_texts(root)
    for tabs in root.findChildren(QTabWidget):
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found |= shown_texts(root)
        tabs.setCurrentIndex(current)
    return found


def differences(switched: Counter, fresh: Counter) -> dict:
    """Texts only the switched window shows, and texts only the fresh one shows."""
    return {"only after switching": sorted((switched - fresh).elements()),
            "only in a fresh window": sorted((fresh - switched).elements())}
