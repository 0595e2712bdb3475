"""The layer palette: every catalogue layer, grouped, to double-click or drag into the network.

The palette only asks for additions. A layer whose constructor has required
arguments (LazyLinear needs out_features) cannot be added with defaults, and
guessing sizes would teach the wrong thing, so for those it emits
``addRequested`` and the main window asks for the values.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.model.catalogue import GROUP_TITLES, GROUPS, LAYERS
from core.model.snapshot import Snapshot
from gui.i18n import translate_message
from gui.kit.colors import MUTED
from gui.kit.retranslating import Retranslating

LAYER_MIME = "application/x-lazyinitlab-layer"  # payload: the layer name, UTF-8
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the layer name; None on group rows
HINT_ROLE = Qt.ItemDataRole.UserRole + 2  # the short hint under the name
ITEM_POINTS = 15
HINT_POINTS = 12


def required_args(layer: str) -> list[str]:
    """Arguments without a default: a step adding ``layer`` must give them."""
    return [arg.name for arg in LAYERS[layer].args if arg.required]


def layer_mime(layer: str) -> QMimeData:
    """The drag payload the network view accepts."""
    mime = QMimeData()
    mime.setData(LAYER_MIME, QByteArray(layer.encode("utf-8")))
    mime.setText(layer)
    return mime


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


class LayerDelegate(QStyledItemDelegate):
    """Layer rows in two lines, the name big and the hint small, so neither is cut off."""

    PAD = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.name_font = _font(ITEM_POINTS)
        self.hint_font = _font(HINT_POINTS)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(NAME_ROLE):
            lines = QFontMetrics(self.name_font).height() + QFontMetrics(self.hint_font).height()
            size.setHeight(lines + 2 * self.PAD)
        return size

    def name_fitting(self, name: str, width: int) -> QFont:
        """The name's font: a point smaller, down to the hint's size, until the whole name
        fits (LazyConvTranspose3d in a narrow column); beyond that it is elided in the middle."""
        font = QFont(self.name_font)
        while (QFontMetrics(font).horizontalAdvance(name) > width
               and font.pointSizeF() - 1 >= self.hint_font.pointSizeF()):
            font.setPointSizeF(font.pointSizeF() - 1)
        return font

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if not index.data(NAME_ROLE):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ink = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        name_height = QFontMetrics(self.name_font).height()
        name = index.data(Qt.ItemDataRole.DisplayRole) or ""
        font = self.name_fitting(name, rect.width())
        painter.save()
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), name_height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(font).elidedText(name, Qt.TextElideMode.ElideMiddle,
                                                       rect.width()))
        hint_rect = QRect(rect.left(), rect.top() + name_height, rect.width(),
                          rect.height() - name_height)
        metrics = QFontMetrics(self.hint_font)
        hint = metrics.elidedText(index.data(HINT_ROLE) or "", Qt.TextElideMode.ElideRight,
                                  hint_rect.width())
        painter.setFont(self.hint_font)
        painter.setPen(ink if selected else QColor(MUTED))
        painter.drawText(hint_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, hint)
        painter.restore()


class LayerTree(QTreeWidget):
    """A tree whose layer rows drag out as LAYER_MIME, always as a copy."""

    def mimeTypes(self) -> list[str]:
        return [LAYER_MIME]

    def mimeData(self, items) -> QMimeData | None:
        names = [item.data(0, NAME_ROLE) for item in items if item.data(0, NAME_ROLE)]
        return layer_mime(names[0]) if names else None

    def startDrag(self, supported_actions) -> None:
        # CopyAction only: a "move" would let Qt remove the row from the palette.
        mime = self.mimeData(self.selectedItems())
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.CopyAction)


class Palette(Retranslating, QWidget):
    """Filter box, grouped layer tree and a details line for the current layer."""

    stepRequested = Signal(dict)
    addRequested = Signal(str)  # a layer with required arguments: the window asks for them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setFont(_font(ITEM_POINTS))
        self.tree = LayerTree()
        self.tree.setColumnCount(1)
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(LayerDelegate(self.tree))
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setFont(_font(ITEM_POINTS))
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(False)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setFont(_font(13))
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setStyleSheet(f"color: {MUTED}; padding: 4px;")
        self.no_match = QLabel()
        self.no_match.setWordWrap(True)
        self.no_match.setFont(_font(ITEM_POINTS))
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.no_match.setStyleSheet(f"color: {MUTED}; padding: 12px;")
        self.no_match.hide()
        self._items: dict[str, QTreeWidgetItem] = {}
        self._build()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.no_match, 1)
        layout.addWidget(self.details)

        self.filter_edit.textChanged.connect(self.apply_filter)
        self.filter_edit.returnPressed.connect(self._add_current)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._show_details)
        self.tree.setCurrentItem(self._items[next(iter(self._items))])  # details never blank
        self.retranslate()

    # -- public API -----------------------------------------------------------------

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Part of the widget convention; the catalogue does not depend on the network."""

    def item(self, layer: str) -> QTreeWidgetItem:
        return self._items[layer]

    def visible_layers(self) -> list[str]:
        """Layers the filter lets through, in palette order."""
        return [name for name, item in self._items.items() if not item.isHidden()]

    def apply_filter(self, text: str) -> None:
        """Show layers whose name contains ``text`` (any case); hide emptied groups."""
        needle = text.strip().lower()
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            shown = 0
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                hidden = needle not in child.data(0, NAME_ROLE).lower()
                child.setHidden(hidden)
                shown += not hidden
            group.setHidden(shown == 0)
        visible = self.visible_layers()
        # An empty list would look broken: say that nothing matches, and how to get all back.
        self._show_no_match()
        self.no_match.setVisible(not visible)
        self.tree.setVisible(bool(visible))
        current = self.tree.currentItem()
        if visible and (current is None or current.isHidden() or not current.data(0, NAME_ROLE)):
            self.tree.setCurrentItem(self._items[visible[0]])

    def activate(self, layer: str) -> None:
        """Ask for ``layer``: a step with its defaults, or addRequested when it needs values."""
        if required_args(layer):
            self.addRequested.emit(layer)
        else:
            self.stepRequested.emit({"op": "add", "layer": layer})

    def hint(self, layer: str) -> str:
        """A few words on what adding ``layer`` involves."""
        spec = LAYERS[layer]
        needs = ", ".join(required_args(layer))
        if spec.lazy and needs:
            return self.tr("becomes {cls} · needs {args}").format(cls=spec.becomes, args=needs)
        if spec.lazy:
            return self.tr("becomes {cls}").format(cls=spec.becomes)
        if needs:
            return self.tr("needs {args}").format(args=needs)
        return self.tr("ready to add")

    # -- internals ------------------------------------------------------------------

    def _group_title(self, group: str) -> str:
        # Literal tr() calls so that translators see every title.
        titles = {
            "lazy": self.tr("Lazy"),
            "linear_conv": self.tr("Linear & convolution"),
            "normalization": self.tr("Normalization"),
            "activation": self.tr("Activation"),
            "shape": self.tr("Pooling, shape & dropout"),
            "sequence": self.tr("Embedding, recurrent & attention"),
        }
        return titles.get(group, GROUP_TITLES.get(group, group))

    def _build(self) -> None:
        for group in GROUPS:
            group_item = QTreeWidgetItem([self._group_title(group)])
            group_item.setFont(0, _font(ITEM_POINTS, bold=True))
            group_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group_item)
            for name, spec in LAYERS.items():
                if spec.group != group:
                    continue
                item = QTreeWidgetItem(group_item, [name])
                item.setData(0, NAME_ROLE, name)
                self._describe(item, name)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
                self._items[name] = item
        self.tree.expandAll()

    def _describe(self, item: QTreeWidgetItem, name: str) -> None:
        """The hint line and tooltip of a layer's entry, in the interface language."""
        hint = self.hint(name)
        item.setData(0, HINT_ROLE, hint)
        spec = LAYERS[name]
        tip = self.tr("{doc}\n{init}\n{hint}\nDouble-click, press Enter or drag it into the "
                      "network to add it.").format(doc=translate_message(spec.doc),
                                                   init=translate_message(spec.default_init),
                                                   hint=hint)
        item.setToolTip(0, tip)

    def _show_no_match(self) -> None:
        self.no_match.setText(self.tr("No layer matches \u201c{text}\u201d. Clear the filter "
                                      "to see every layer.").format(
                                          text=self.filter_edit.text().strip()))

    def retranslate(self) -> None:
        """Group titles, hints, tooltips, the filter's placeholder and the details line."""
        self.filter_edit.setPlaceholderText(self.tr("Filter layers…"))
        for index, group in enumerate(GROUPS):
            self.tree.topLevelItem(index).setText(0, self._group_title(group))
        for name, item in self._items.items():
            self._describe(item, name)
        self._show_details(self.tree.currentItem())
        self._show_no_match()
        self.tree.viewport().update()

    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        layer = item.data(0, NAME_ROLE)
        if layer:
            self.activate(layer)

    def _add_current(self) -> None:
        current = self.tree.currentItem()
        if current is not None and not current.isHidden() and current.data(0, NAME_ROLE):
            self.activate(current.data(0, NAME_ROLE))

    def _show_details(self, item: QTreeWidgetItem | None, previous=None) -> None:
        layer = item.data(0, NAME_ROLE) if item is not None else None
        if not layer:
            self.details.clear()
            return
        self.details.setText(
            self.tr("{name}: {doc}").format(name=layer, doc=translate_message(LAYERS[layer].doc))
        )
