"""Paints one network card big enough for a projector: badge, title, repr, params, changes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from core.model.snapshot import HALF_LAZY, MATERIALIZED, NO_PARAMETERS, UNINITIALIZED
from gui.kit import colors
from gui.network.network_model import CARD_ROLE, Card

Index = QModelIndex | QPersistentModelIndex

# The kit's colours as QColors, made once for painting.
INK, MUTED, ACCENT = QColor(colors.INK), QColor(colors.MUTED), QColor(colors.ACCENT)
LINK, WARNING, ERROR = QColor(colors.LINK), QColor(colors.WARNING), QColor(colors.ERROR)
SURFACE, PANE, HOVER = QColor(colors.SURFACE), QColor(colors.PANE), QColor(colors.HOVER)
BORDER, HIGHLIGHT = QColor(colors.BORDER), QColor(colors.HIGHLIGHT)
HIGHLIGHT_BORDER = QColor(colors.HIGHLIGHT_BORDER)
BADGES = {state: (QColor(fill), QColor(ink)) for state, (fill, ink) in (  # background, text
    (UNINITIALIZED, colors.BADGE_UNINITIALIZED), (MATERIALIZED, colors.BADGE_MATERIALIZED),
    (HALF_LAZY, colors.BADGE_HALF_LAZY), (NO_PARAMETERS, colors.BADGE_NO_PARAMETERS))}

OUTER_X, OUTER_Y = 10, 7  # space around a card; cards are 2 * OUTER_Y apart
DEPTH_INDENT, MAX_DEPTH = 22, 6  # a nested module's card is indented by its depth
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

HEIGHTS_KEPT = 20_000  # card heights remembered (a few widths of a few thousand cards)


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
        # A card's height depends only on its texts and the width: laying out 1000 cards
        # again after a step that changed one asks this cache, not the fonts.
        self._heights: dict[tuple[Card, int], int] = {}
        # The texts' heights, by text, font and width: cards of a deep network repeat most
        # of their texts (repr, shapes, parameters), so a new card measures about one.
        self._text_heights: dict[tuple[str, int, int], int] = {}
        self._metrics: dict[int, QFontMetrics] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        card = index.data(CARD_ROLE)
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 420
        if card is None:
            return QSize(width, 0)
        return QSize(width, self.height(card, width))

    def height(self, card: Card, width: int) -> int:
        """The row height of ``card`` in a view ``width`` pixels wide."""
        key = (card, max(width, 200))
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > HEIGHTS_KEPT:
                self._heights.clear()
                self._text_heights.clear()
            layout = self.layout(card, QRect(0, 0, key[1], 0))
            height = self._heights[key] = layout.card.bottom() + 1 + OUTER_Y
        return height

    def layout(self, card: Card, outer: QRect) -> _Layout:
        """Where each piece of ``card`` goes inside the row ``outer``."""
        outer = outer.adjusted(min(card.depth, MAX_DEPTH) * DEPTH_INDENT, 0, 0, 0)
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

        shown = f"{card.fold} {card.title}" if card.fold else card.title  # ▾ open, ▸ folded
        title = self._place(shown, self.title_font, INK, left, y, width)
        texts.append(title)
        if card.origin:
            origin_metrics = QFontMetrics(self.origin_font)
            title_width = QFontMetrics(self.title_font).horizontalAdvance(shown)
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
        lines += [("★  " + change, self.link_font, WARNING) for change in card.changes]
        if card.error:
            lines.append(("⚠  " + card.error, self.link_font, ERROR))
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
            painter.setPen(QPen(ACCENT, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(ring, 13, 13)
        background = HIGHLIGHT if card.highlighted else HOVER if hovered else SURFACE
        border = QPen(HIGHLIGHT_BORDER, 3) if card.highlighted else QPen(BORDER, 1.5)
        if card.error:
            border = QPen(ERROR, 3)
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
        painter.setBrush(PANE)
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
        width = max(width, 1)
        key = (text, id(font), width)  # the delegate's own fonts, alive as long as it is
        height = self._text_heights.get(key)
        if height is None:
            metrics = self._metrics.get(id(font))
            if metrics is None:
                metrics = self._metrics[id(font)] = QFontMetrics(font)
            height = metrics.boundingRect(QRect(0, 0, width, 100_000), WRAP, text).height()
            self._text_heights[key] = height
        return _Text(QRect(x, y, width, height), text, font, color)
