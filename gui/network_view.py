"""The network as a column of cards: one per layer, showing its lazy state at a glance.

``NetworkModel`` exposes the snapshot's modules to Qt (no second list is kept);
``CardDelegate`` paints each one as a card big enough for a projector;
``NetworkView`` adds the header, drag and drop, keys and the context menu. Every
edit is only *requested* as a step dict: the network changes when the next
snapshot arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QDrag,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from core.catalogue import LAYERS
from core.snapshot import (
    HALF_LAZY,
    MATERIALIZED,
    NO_PARAMETERS,
    UNINITIALIZED,
    ModuleInfo,
    ParamInfo,
    Snapshot,
    TraceEntry,
)
from gui.i18n import translate_message
from gui.palette import LAYER_MIME, required_args

POSITION_MIME = "application/x-lazyinitlab-position"  # payload: the dragged row, ASCII
CARD_ROLE = Qt.ItemDataRole.UserRole + 1  # a Card
MODULE_ROLE = Qt.ItemDataRole.UserRole + 2  # the ModuleInfo

Index = QModelIndex | QPersistentModelIndex


def shape_text(shape: tuple[int, ...] | None) -> str:
    """(2, 20); a one-dimensional shape as (256), the way people write it."""
    return "?" if shape is None else "(" + ", ".join(str(s) for s in shape) + ")"


def count_text(count: int) -> str:
    return f"{count:,}"


@dataclass(frozen=True)
class Card:
    """Everything one card shows, already worded."""

    position: int
    title: str  # "0  Linear"
    origin: str  # "declared as LazyLinear", or ""
    flow: str  # "in (2, 20)  →  out (2, 256)"
    state: str  # one of MODULE_STATES
    badge: str  # the state in words
    repr: str
    params: tuple[str, ...]  # "weight (256, 20)", "bias (256)", "5,376 params"; () if none
    links: tuple[str, ...]  # "tied to layer 1", "shared with layer 3"
    changes: tuple[str, ...]  # from the last snapshot: "in_features: 0 → 20"
    error: str = ""  # why the last operation failed at this layer, until the next snapshot

    @property
    def highlighted(self) -> bool:
        return bool(self.changes)


class NetworkModel(QAbstractListModel):
    """One row per module of the current snapshot; drops become step requests."""

    stepRequested = Signal(dict)
    addRequested = Signal(str, int)  # layer with required arguments, insert position

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._snapshot: Snapshot | None = None
        self._params: dict[str, ParamInfo] = {}
        self._trace: dict[int, TraceEntry] = {}
        self._error: tuple[int, str] | None = None

    @property
    def snapshot(self) -> Snapshot | None:
        return self._snapshot

    def set_snapshot(self, snapshot: Snapshot) -> bool:
        """Show ``snapshot``; True when rows were reset (their count changed)."""
        old = len(self._snapshot.modules) if self._snapshot is not None else -1
        reset = old != len(snapshot.modules)
        if reset:
            self.beginResetModel()
        self._snapshot = snapshot
        self._params = {p.name: p for p in snapshot.parameters}
        self._trace = {t.position: t for t in snapshot.trace or ()}
        self._error = None
        if reset:
            self.endResetModel()
        elif snapshot.modules:
            self.dataChanged.emit(self.index(0), self.index(len(snapshot.modules) - 1))
        return reset

    def set_error(self, position: int | None, message: str = "") -> None:
        """Show ``message`` on the card at ``position`` (None clears it)."""
        changed = {p for p in (position, self._error and self._error[0]) if p is not None}
        self._error = (position, message) if position is not None else None
        for row in changed:
            if 0 <= row < self.rowCount():
                self.dataChanged.emit(self.index(row), self.index(row))

    def module(self, position: int) -> ModuleInfo:
        return self._modules()[position]

    # -- Qt model -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._modules())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        module = self._modules()[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(module)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(module)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            card = self.card(module)
            return "\n".join([card.title, card.badge, card.flow, card.repr, *card.params,
                              *card.links, *card.changes])
        if role == CARD_ROLE:
            return self.card(module)
        if role == MODULE_ROLE:
            return module
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [POSITION_MIME, LAYER_MIME]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            mime.setData(POSITION_MIME, QByteArray(str(rows[0]).encode("ascii")))
        return mime

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        """A dragged card asks for a move; a palette layer asks for an add at ``row``."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        if data.hasFormat(POSITION_MIME):
            source = int(bytes(data.data(POSITION_MIME).data()).decode("ascii"))
            return self.request_move(source, row)
        if data.hasFormat(LAYER_MIME):
            layer = bytes(data.data(LAYER_MIME).data()).decode("utf-8")
            if layer not in LAYERS:
                return False
            if required_args(layer):
                self.addRequested.emit(layer, row)
            else:
                self.stepRequested.emit({"op": "add", "layer": layer, "at": row})
            return True
        return False

    def moveRows(self, source_parent: Index, source_row: int, count: int,
                 destination_parent: Index, destination_child: int) -> bool:
        """Request the move; False because rows only move when the next snapshot arrives."""
        if count == 1 and not source_parent.isValid() and not destination_parent.isValid():
            self.request_move(source_row, destination_child)
        return False

    def request_move(self, source: int, drop_row: int) -> bool:
        """Emit a move of ``source`` to the gap before ``drop_row`` (Qt's drop row)."""
        count = self.rowCount()
        if not 0 <= source < count:
            return False
        target = drop_row - 1 if source < drop_row else drop_row
        target = max(0, min(target, count - 1))
        if target != source:
            self.stepRequested.emit({"op": "move", "at": source, "to": target})
        return True

    # -- wording ------------------------------------------------------------------------

    def card(self, module: ModuleInfo) -> Card:
        origin = ""
        if module.layer != module.type:
            origin = self.tr("declared as {layer}").format(layer=module.layer)
        entry = self._trace.get(module.position)
        flow = self.tr("in {input}  →  out {output}").format(
            input=shape_text(entry.input_shape if entry else None),
            output=shape_text(entry.output_shape if entry else None),
        )
        changes = tuple(
            c.text for c in (self._snapshot.changes if self._snapshot else ())
            if c.position == module.position
        )
        error = (translate_message(self._error[1])
                 if self._error and self._error[0] == module.position else "")
        return Card(module.position, self._title(module), origin, flow, module.state,
                    self.state_text(module.state), module.repr, self._params_text(module),
                    self._links(module), changes, error)

    def state_text(self, state: str) -> str:
        return {
            UNINITIALIZED: self.tr("uninitialized"),
            MATERIALIZED: self.tr("materialized"),
            HALF_LAZY: self.tr("half-lazy"),
            NO_PARAMETERS: self.tr("no parameters"),
        }.get(state, state)

    def _state_help(self, state: str) -> str:
        return {
            UNINITIALIZED: self.tr("Its parameters have no shape yet: the first forward pass "
                                   "infers it from the input."),
            MATERIALIZED: self.tr("Its parameters exist with their final shapes."),
            HALF_LAZY: self.tr("Weights were loaded, but the module stays Lazy until the next "
                               "forward pass."),
            NO_PARAMETERS: self.tr("This layer has no parameters."),
        }.get(state, "")

    def _title(self, module: ModuleInfo) -> str:
        return self.tr("{name}  {type}").format(name=module.name, type=module.type)

    def _tooltip(self, module: ModuleInfo) -> str:
        spec = LAYERS.get(module.layer)
        return self.tr("{doc}\n\n{repr}\n\n{state}").format(
            doc=translate_message(spec.doc) if spec else module.layer, repr=module.repr,
            state=self._state_help(module.state),
        )

    def _param(self, module: ModuleInfo, attr: str) -> ParamInfo | None:
        # A tied module's tensors are listed once, under whichever position came first.
        names = [module.name]
        if module.tied_to is not None:
            names.append(self._modules()[module.tied_to].name)
        for name in names:
            info = self._params.get(f"{name}.{attr}")
            if info is not None:
                return info
        return None

    def _params_text(self, module: ModuleInfo) -> tuple[str, ...]:
        parts = []
        for attr in module.parameters:
            info = self._param(module, attr)
            if info is None or not info.materialized or info.shape is None:
                parts.append(self.tr("{param}: UninitializedParameter").format(param=attr))
            else:
                parts.append(self.tr("{param} {shape}").format(
                    param=attr, shape=shape_text(info.shape)))
        if parts and module.numel is not None:
            parts.append(self.tr("{count} params").format(count=count_text(module.numel)))
        return tuple(parts)

    def _links(self, module: ModuleInfo) -> tuple[str, ...]:
        links = []
        modules = self._modules()
        if module.tied_to is not None:
            target = modules[module.tied_to]
            if target.name == str(target.position):
                links.append(self.tr("tied to layer {position}").format(position=target.position))
            else:
                links.append(self.tr("tied to layer {position} ({name})").format(
                    position=target.position, name=target.name))
        sharing = [str(m.position) for m in modules if m.tied_to == module.position]
        if len(sharing) == 1:
            links.append(self.tr("shared with layer {position}").format(position=sharing[0]))
        elif sharing:
            links.append(self.tr("shared with layers {positions}").format(
                positions=", ".join(sharing)))
        return tuple(links)

    def _modules(self) -> tuple[ModuleInfo, ...]:
        return self._snapshot.modules if self._snapshot is not None else ()


# -- painting ---------------------------------------------------------------------------

INK = QColor("#111418")
MUTED = QColor("#4a4f55")
CARD_BG = QColor("#ffffff")
CARD_BORDER = QColor("#aab2bd")
CODE_BG = QColor("#eef0f3")
SELECTED = QColor("#1f4e9c")
HOVER_BG = QColor("#f5f8fc")
HIGHLIGHT_BORDER = QColor("#e07000")
HIGHLIGHT_BG = QColor("#fff3dc")
CHANGE_INK = QColor("#8a3c00")
LINK = QColor("#7b1fa2")
ERROR_INK = QColor("#b3261e")
DROP_LINE = QColor("#1f4e9c")
BADGES = {  # background, text
    UNINITIALIZED: (QColor("#f5b400"), QColor("#2b1d00")),
    MATERIALIZED: (QColor("#1e7b34"), QColor("#ffffff")),
    HALF_LAZY: (QColor("#3b6fd8"), QColor("#ffffff")),
    NO_PARAMETERS: (QColor("#d5d8dc"), QColor("#25282c")),
}

OUTER_X, OUTER_Y = 10, 7  # space around a card; cards are 2 * OUTER_Y apart
PAD = 14  # inside a card
ROW_GAP = 6
NBSP = "\u00a0"
STRIPE = 8  # the link-coloured left edge of tied cards
WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def _font(points: int, bold: bool = False, mono: bool = False) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont) if mono else QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class _Text:
    rect: QRect
    text: str
    font: QFont
    color: QColor
    flags: int = WRAP


@dataclass(frozen=True)
class _Layout:
    card: QRect
    texts: tuple[_Text, ...]
    badge: QRect
    code: QRect


class CardDelegate(QStyledItemDelegate):
    """Paints a Card; sizeHint and paint share one layout so nothing is clipped."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.flow_font = _font(13)
        self.title_font = _font(19, bold=True)
        self.origin_font = _font(12)
        self.badge_font = _font(12, bold=True)
        self.code_font = _font(12, mono=True)
        self.body_font = _font(13)
        self.link_font = _font(13, bold=True)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        card = index.data(CARD_ROLE)
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 420
        if card is None:
            return QSize(width, 0)
        layout = self.layout(card, QRect(0, 0, max(width, 200), 0))
        return QSize(width, layout.card.bottom() + 1 + OUTER_Y)

    def layout(self, card: Card, outer: QRect) -> _Layout:
        """Where each piece of ``card`` goes inside the row ``outer``."""
        left = outer.left() + OUTER_X + PAD + (STRIPE if card.links else 0)
        right = outer.right() - OUTER_X - PAD
        width = right - left + 1
        y = outer.top() + OUTER_Y + PAD
        texts: list[_Text] = []

        badge_metrics = QFontMetrics(self.badge_font)
        badge = QRect(0, 0, badge_metrics.horizontalAdvance(card.badge) + 24,
                      badge_metrics.height() + 8)
        badge.moveTopRight(QPoint(right, y))
        flow = self._place(card.flow, self.flow_font, MUTED, left, y, width - badge.width() - 12)
        texts.append(flow)
        y = max(flow.rect.bottom(), badge.bottom()) + 1 + ROW_GAP

        title = self._place(card.title, self.title_font, INK, left, y, width)
        texts.append(title)
        if card.origin:
            origin_metrics = QFontMetrics(self.origin_font)
            title_width = QFontMetrics(self.title_font).horizontalAdvance(card.title)
            room = width - title_width - 16
            if origin_metrics.horizontalAdvance(card.origin) <= room:
                # Same line as the title, sharing its baseline.
                drop = QFontMetrics(self.title_font).ascent() - origin_metrics.ascent()
                texts.append(self._place(card.origin, self.origin_font, MUTED,
                                         left + title_width + 16, y + drop, room))
            else:
                y = title.rect.bottom() + 1
                texts.append(self._place(card.origin, self.origin_font, MUTED, left, y, width))
        y = texts[-1].rect.bottom() + 1 + ROW_GAP
        y = max(y, title.rect.bottom() + 1 + ROW_GAP)

        code_text = self._place(card.repr, self.code_font, INK, left + 10, y + 6, width - 20)
        code = QRect(left, y, width, code_text.rect.height() + 12)
        texts.append(code_text)
        y = code.bottom() + 1 + ROW_GAP

        # Lines break between the parts, never inside "bias: UninitializedParameter".
        params = " · ".join(part.replace(" ", NBSP) for part in card.params)
        lines = [(params, self.body_font, INK)] if params else []
        lines += [("⇄  " + link, self.link_font, LINK) for link in card.links]
        lines += [("★  " + change, self.link_font, CHANGE_INK) for change in card.changes]
        if card.error:
            lines.append(("⚠  " + card.error, self.link_font, ERROR_INK))
        for text, font, color in lines:
            placed = self._place(text, font, color, left, y, width)
            texts.append(placed)
            y = placed.rect.bottom() + 1 + ROW_GAP
        bottom = y - ROW_GAP + PAD
        box = QRect(QPoint(outer.left() + OUTER_X, outer.top() + OUTER_Y),
                    QPoint(outer.right() - OUTER_X, bottom - 1))
        return _Layout(box, tuple(texts), badge, code)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card = index.data(CARD_ROLE)
        if card is None:
            return
        layout = self.layout(card, option.rect)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(option.rect)

        if selected:
            ring = layout.card.adjusted(-4, -4, 4, 4)
            painter.setPen(QPen(SELECTED, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(ring, 13, 13)
        background = HIGHLIGHT_BG if card.highlighted else HOVER_BG if hovered else CARD_BG
        border = QPen(HIGHLIGHT_BORDER, 3) if card.highlighted else QPen(CARD_BORDER, 1.5)
        if card.error:
            border = QPen(ERROR_INK, 3)
        painter.setPen(border)
        painter.setBrush(background)
        painter.drawRoundedRect(layout.card, 10, 10)
        if card.links:
            stripe = QRect(layout.card.left() + 2, layout.card.top() + 2, STRIPE,
                           layout.card.height() - 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(LINK)
            painter.drawRoundedRect(stripe, 4, 4)

        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(CODE_BG)
        painter.drawRoundedRect(layout.code, 6, 6)
        fill, ink = BADGES.get(card.state, BADGES[NO_PARAMETERS])
        painter.setBrush(fill)
        radius = layout.badge.height() / 2
        painter.drawRoundedRect(layout.badge, radius, radius)
        painter.setFont(self.badge_font)
        painter.setPen(ink)
        painter.drawText(layout.badge, Qt.AlignmentFlag.AlignCenter, card.badge)

        for text in layout.texts:
            painter.setFont(text.font)
            painter.setPen(text.color)
            painter.drawText(text.rect, text.flags, text.text)
        painter.restore()

    def _place(self, text: str, font: QFont, color: QColor, x: int, y: int, width: int) -> _Text:
        bounds = QFontMetrics(font).boundingRect(QRect(x, y, max(width, 1), 100_000), WRAP, text)
        return _Text(QRect(x, y, max(width, 1), bounds.height()), text, font, color)


# -- the view ---------------------------------------------------------------------------


class CardList(QListView):
    """A list of cards: one-card drags, drop lines thick enough to see, an empty-state hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key_handler: Callable[[QKeyEvent], bool] | None = None
        self._drop_row: int | None = None

    def drop_row(self, pos: QPoint) -> int:
        """The gap nearest ``pos``, as Qt numbers drop rows (0 … rowCount)."""
        index = self.indexAt(pos)
        if not index.isValid():
            return self.model().rowCount()
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() >= rect.center().y() else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.key_handler is not None and self.key_handler(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def startDrag(self, supported_actions) -> None:
        index = self.currentIndex()
        if not index.isValid():
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData([index]))
        rect = self.visualRect(index)
        drag.setPixmap(self.viewport().grab(rect))
        drag.setHotSpot(self.viewport().mapFromGlobal(QCursor.pos()) - rect.topLeft())
        drag.exec(Qt.DropAction.MoveAction)

    def _action(self, event) -> Qt.DropAction | None:
        mime = event.mimeData()
        if mime.hasFormat(POSITION_MIME) and event.source() is self:
            return Qt.DropAction.MoveAction
        if mime.hasFormat(LAYER_MIME):
            return Qt.DropAction.CopyAction
        return None

    def dragEnterEvent(self, event) -> None:
        self._accept_drag(event)

    def dragMoveEvent(self, event) -> None:
        super().dragMoveEvent(event)  # auto-scroll near the edges
        self._accept_drag(event)

    def dragLeaveEvent(self, event) -> None:
        super().dragLeaveEvent(event)
        self._set_drop_row(None)

    def dropEvent(self, event) -> None:
        action = self._action(event)
        self._set_drop_row(None)
        if action is None:
            event.ignore()
            return
        row = self.drop_row(event.position().toPoint())
        self.model().dropMimeData(event.mimeData(), action, row, 0, QModelIndex())
        event.setDropAction(action)
        event.accept()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        if self.model() is not None and self.model().rowCount() == 0:
            painter.setPen(MUTED)
            painter.setFont(_font(15))
            painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("No layers yet.\nDrag a layer here from the palette, "
                                     "or double-click it there."))
        if self._drop_row is not None:
            pen = QPen(DROP_LINE)
            pen.setWidth(5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            y = self._drop_line_y(self._drop_row)
            painter.drawLine(OUTER_X, y, self.viewport().width() - OUTER_X, y)
        painter.end()

    def _accept_drag(self, event) -> None:
        action = self._action(event)
        if action is None:
            event.ignore()
            self._set_drop_row(None)
            return
        event.setDropAction(action)
        event.accept()
        self._set_drop_row(self.drop_row(event.position().toPoint()))

    def _set_drop_row(self, row: int | None) -> None:
        if row != self._drop_row:
            self._drop_row = row
            self.viewport().update()

    def _drop_line_y(self, row: int) -> int:
        # Rows meet in the middle of the gap between two cards: draw the line there.
        count = self.model().rowCount()
        if count == 0:
            return OUTER_Y
        if row < count:
            return max(3, self.visualRect(self.model().index(row)).top())
        return self.visualRect(self.model().index(count - 1)).bottom() - 2


class NetworkView(QWidget):
    """Header (input shape, parameter counts) above the cards; edits go out as steps."""

    stepRequested = Signal(dict)
    addRequested = Signal(str, int)  # a dropped layer that needs arguments, at this position
    editRequested = Signal(int)  # "Edit arguments…" for this position
    selectionChanged = Signal(list)  # selected positions, ascending

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pending: tuple[str, int] | None = None  # (op, position) to select when it lands
        self._emitted: list[int] = []

        self.summary_label = QLabel()
        self.summary_label.setFont(_font(15, bold=True))
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setStyleSheet(f"color: {INK.name()};")
        self.lazy_label = QLabel()
        self.lazy_label.setFont(_font(13, bold=True))
        self.lazy_label.setTextFormat(Qt.TextFormat.PlainText)

        self._model = NetworkModel(self)
        self.delegate = CardDelegate(self)
        self.list_view = CardList()
        self.list_view.setModel(self._model)
        self.list_view.setItemDelegate(self.delegate)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.setDragEnabled(True)
        self.list_view.setAcceptDrops(True)
        self.list_view.setDropIndicatorShown(False)  # CardList draws a thicker line
        self.list_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setMouseTracking(True)
        self.list_view.setStyleSheet("QListView { background: #f3f5f8; border: none; }")
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.key_handler = self._handle_key

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        header = QVBoxLayout()
        header.setContentsMargins(OUTER_X + 4, 8, OUTER_X + 4, 4)
        header.setSpacing(6)
        header.addWidget(self.summary_label)
        header.addWidget(self.lazy_label, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(header)
        layout.addWidget(self.list_view, 1)

        self._model.stepRequested.connect(self._request)
        self._model.addRequested.connect(self.addRequested)
        self.list_view.selectionModel().selectionChanged.connect(self._emit_selection)
        self.list_view.customContextMenuRequested.connect(self._show_context_menu)
        self.list_view.doubleClicked.connect(lambda index: self.request_edit(index.row()))
        self._update_header(None)

    # -- snapshots and selection ----------------------------------------------------------

    def model(self) -> NetworkModel:
        """The rows shown, like QAbstractItemView.model()."""
        return self._model

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Show ``snapshot`` in place, keeping (or moving along) the selection."""
        before = self.selected_positions()
        reset = self._model.set_snapshot(snapshot)
        rows = self._model.rowCount()
        pending, self._pending = self._pending, None
        if pending is not None and pending[0] == snapshot.op and rows:
            self.select(min(pending[1], rows - 1))
        elif reset:  # rows came or went: keep what still exists, else the new last row
            kept = [p for p in before if p < rows]
            self._select_many(kept or ([rows - 1] if before and rows else []))
        self.list_view.doItemsLayout()  # cards may have grown: change lines, wrapped reprs
        self._update_header(snapshot)
        self._emit_selection()

    def set_error(self, position: int | None, message: str = "") -> None:
        """Show an operation's failure on the card it concerns, until the next snapshot."""
        self._model.set_error(position, message)
        self.list_view.doItemsLayout()
        if position is not None:
            self.select(position)

    def selected_positions(self) -> list[int]:
        return sorted(index.row() for index in self.list_view.selectionModel().selectedRows())

    def current_position(self) -> int | None:
        """The layer keys and menu act on: the current card if selected, else the first."""
        current = self.list_view.currentIndex()
        selected = self.selected_positions()
        if current.isValid() and current.row() in selected:
            return current.row()
        return selected[0] if selected else None

    def select(self, position: int) -> None:
        """Select only ``position`` and bring it into view."""
        if not 0 <= position < self._model.rowCount():
            return
        self._select_many([position])
        self.list_view.scrollTo(self._model.index(position))

    # -- requests ---------------------------------------------------------------------------

    def request_remove(self, position: int) -> None:
        rows = self._model.rowCount()
        self._request({"op": "remove", "at": position}, ("remove", min(position, rows - 2)))

    def request_duplicate(self, position: int) -> None:
        self._request({"op": "duplicate", "at": position}, ("add", position + 1))

    def request_move(self, position: int, to: int) -> None:
        if 0 <= to < self._model.rowCount() and to != position:
            self._request({"op": "move", "at": position, "to": to}, ("move", to))

    def request_edit(self, position: int) -> None:
        if 0 <= position < self._model.rowCount():
            self.editRequested.emit(position)

    def request_rename(self, position: int) -> None:
        current = self._model.module(position).name
        name = self.ask_name(current)
        if name is None or (name or str(position)) == current:
            return
        self._request({"op": "rename", "at": position, "name": name or None})

    def request_tie(self, position: int) -> None:
        target = self.ask_tie_target(position)
        if target is not None:
            self._request({"op": "tie", "at": position, "to": target})

    def request_untie(self, position: int) -> None:
        if self._model.module(position).tied_to is not None:
            self._request({"op": "untie", "at": position})

    def tie_candidates(self, position: int) -> list[int]:
        """Earlier layers of the same declared type that ``position`` may share."""
        modules = self._model.snapshot.modules if self._model.snapshot else ()
        module = modules[position]
        if any(m.tied_to == position for m in modules):
            return []  # core refuses: the layers tied to this one would need untying first
        return [m.position for m in modules[:position]
                if m.layer == module.layer and m.position != module.tied_to]

    # -- dialogs (tests replace these) ----------------------------------------------------

    def ask_name(self, current: str) -> str | None:
        """The new name, "" for the default number, None when cancelled."""
        text, ok = QInputDialog.getText(
            self, self.tr("Rename layer"),
            self.tr("New name (leave empty for the default number):"),
            QLineEdit.EchoMode.Normal, current,
        )
        return text.strip() if ok else None

    def ask_tie_target(self, position: int) -> int | None:
        candidates = self.tie_candidates(position)
        if not candidates:
            return None
        labels = [self._model.index(p).data() for p in candidates]
        label, ok = QInputDialog.getItem(
            self, self.tr("Tie layer"),
            self.tr("Layer {position} will use the very same parameters as:").format(
                position=position),
            labels, 0, False,
        )
        return candidates[labels.index(label)] if ok and label in labels else None

    # -- context menu and keys ----------------------------------------------------------

    def context_menu(self, position: int) -> QMenu:
        """The actions for one card; each shows its key, as a reminder."""
        module = self._model.module(position)
        last = self._model.rowCount() - 1
        spec = LAYERS.get(module.layer)
        menu = QMenu(self)
        menu.setFont(_font(13))
        entries = [
            ("edit", self.tr("Edit arguments…"), "Return", bool(spec and spec.args),
             lambda: self.request_edit(position)),
            ("rename", self.tr("Rename…"), "F2", True, lambda: self.request_rename(position)),
            ("duplicate", self.tr("Duplicate"), "Ctrl+D", True,
             lambda: self.request_duplicate(position)),
            None,
            ("tie", self.tr("Tie to layer…"), "", bool(self.tie_candidates(position)),
             lambda: self.request_tie(position)),
            ("untie", self.tr("Untie"), "", module.tied_to is not None,
             lambda: self.request_untie(position)),
            None,
            ("move_up", self.tr("Move up"), "Ctrl+Up", position > 0,
             lambda: self.request_move(position, position - 1)),
            ("move_down", self.tr("Move down"), "Ctrl+Down", position < last,
             lambda: self.request_move(position, position + 1)),
            None,
            ("remove", self.tr("Remove"), "Del", True, lambda: self.request_remove(position)),
        ]
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            name, text, keys, enabled, slot = entry
            action = menu.addAction(text)
            action.setObjectName(name)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # keys: _handle_key
            action.setEnabled(enabled)
            action.triggered.connect(slot)
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.list_view.indexAt(pos)
        if not index.isValid():
            return
        if index.row() not in self.selected_positions():
            self.select(index.row())
        menu = self.context_menu(index.row())
        menu.exec(self.list_view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _handle_key(self, event: QKeyEvent) -> bool:
        position = self.current_position()
        if position is None:
            return False
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.request_remove(position)
        elif key == Qt.Key.Key_F2:
            self.request_rename(position)
        elif key == Qt.Key.Key_D and ctrl:
            self.request_duplicate(position)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and ctrl:
            self.request_move(position, position + (-1 if key == Qt.Key.Key_Up else 1))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.request_edit(position)
        else:
            return False
        return True

    # -- internals ------------------------------------------------------------------------

    def _request(self, step: dict, select: tuple[str, int] | None = None) -> None:
        if step["op"] == "move":
            select = ("move", step["to"])
        elif step["op"] == "add" and select is None:
            select = ("add", step.get("at", self._model.rowCount()))
        self._pending = select
        self.stepRequested.emit(step)

    def _select_many(self, positions: list[int]) -> None:
        # One ClearAndSelect, so that listeners see no empty selection in between.
        wanted = QItemSelection()
        for position in positions:
            wanted.select(self._model.index(position), self._model.index(position))
        selection = self.list_view.selectionModel()
        selection.select(wanted, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if positions:
            selection.setCurrentIndex(self._model.index(positions[0]),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)

    def _emit_selection(self, *args) -> None:
        positions = self.selected_positions()
        if positions != self._emitted:
            self._emitted = positions
            self.selectionChanged.emit(positions)

    def _update_header(self, snapshot: Snapshot | None) -> None:
        shape = shape_text(snapshot.input_shape if snapshot and snapshot.trace else None)
        total = snapshot.total_params if snapshot else 0
        lazy = snapshot.uninitialized_params if snapshot else 0
        self.summary_label.setText(self.tr("Input {shape}  ·  {total} parameters").format(
            shape=shape, total=count_text(total)))
        self.lazy_label.setText(
            self.tr("Uninitialized parameter tensors: {count}").format(count=lazy))
        fill, ink = BADGES[UNINITIALIZED] if lazy else BADGES[MATERIALIZED]
        self.lazy_label.setStyleSheet(
            f"background: {fill.name()}; color: {ink.name()}; border-radius: 6px; "
            "padding: 3px 10px;"
        )

