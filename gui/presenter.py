"""Presenter mode: one shortcut makes every text, plot and the print(net) pane projector-sized.

Widgets that know how to enlarge themselves (``set_font_scale``) are asked to;
every other widget with a font of its own, the card delegate of the network
view and the application font are scaled from the sizes they had before, so
turning the mode off restores them exactly. pyqtgraph plots get larger tick
fonts, axis labels and thicker lines.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

PRESENTER_SCALE = 1.3
SHORTCUTS = ("Ctrl+Shift+P", "F11")
_BASE_FONT = "presenterBaseFont"


def _scaled(font: QFont, scale: float) -> QFont:
    result = QFont(font)
    if font.pointSizeF() > 0:
        result.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        result.setPixelSize(max(1, round(font.pixelSize() * scale)))
    return result


class Presenter(QObject):
    """Scales a window for a projector; ``set_active(False)`` restores every size."""

    toggled = Signal(bool)

    def __init__(self, window: QWidget, scale: float = PRESENTER_SCALE) -> None:
        super().__init__(window)
        self.window = window
        self.scale = scale
        self.active = False
        self._app_font: QFont | None = None
        self._bases: dict[int, tuple] = {}  # id(item) -> (item, original values)
        self._sizes: dict[int, list[int]] = {}  # id(splitter) -> its sizes before

    def toggle(self) -> None:
        self.set_active(not self.active)

    def set_active(self, active: bool) -> None:
        if active == self.active:
            return
        self.active = active
        scale = self.scale if active else 1.0
        self._scale_application(scale)
        self._scale_widgets(scale)
        self._scale_plots(scale)
        self._arrange(active)
        self.toggled.emit(active)

    def _arrange(self, active: bool) -> None:
        """print(net) and the plots are what a class reads: in presenter mode they get the room.

        The palette is hidden meanwhile (templates, lessons and the Layer tab still add layers).
        """
        print_pane = getattr(self.window, "print_pane", None)
        palette = getattr(self.window, "palette_view", None)
        if palette is not None:  # the class watches, it does not pick layers: room for the rest
            palette.setVisible(not active)
        # palette, network, right column; charts above print(net); print(net) above its log
        shares = ((getattr(self.window, "splitter", None), (0.0, 0.42, 0.58)),
                  (getattr(self.window, "right_splitter", None), (0.45, 0.55)),
                  (getattr(print_pane, "splitter", None), (0.75, 0.25)))
        for splitter, fractions in shares:
            if splitter is None or splitter.count() != len(fractions):
                continue
            if active:
                self._sizes[id(splitter)] = splitter.sizes()
                total = sum(splitter.sizes())
                splitter.setSizes([round(total * share) for share in fractions])
            elif id(splitter) in self._sizes:
                splitter.setSizes(self._sizes.pop(id(splitter)))

    # -- fonts ------------------------------------------------------------------------

    def _scale_application(self, scale: float) -> None:
        app = QApplication.instance()
        if self._app_font is None:
            self._app_font = QFont(app.font())
        app.setFont(_scaled(self._app_font, scale))

    def _scale_widgets(self, scale: float) -> None:
        self_scaling = [w for w in self._widgets() if hasattr(w, "set_font_scale")]
        for widget in self_scaling:
            widget.set_font_scale(scale)
        for widget in self._widgets():
            if any(w is widget or w.isAncestorOf(widget) for w in self_scaling):
                continue
            if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                base = widget.property(_BASE_FONT)
                if not isinstance(base, QFont):
                    base = QFont(widget.font())
                    widget.setProperty(_BASE_FONT, base)
                widget.setFont(_scaled(base, scale))
            if isinstance(widget, QAbstractItemView):
                self._scale_delegate(widget, scale)

    def _scale_delegate(self, view: QAbstractItemView, scale: float) -> None:
        """Delegates that paint with fonts of their own (the network's cards)."""
        delegate = view.itemDelegate()
        fonts = {name: value for name, value in getattr(delegate, "__dict__", {}).items()
                 if name.endswith("_font") and isinstance(value, QFont)}
        if not fonts:
            return
        _, base = self._bases.setdefault(id(delegate), (delegate, dict(fonts)))
        for name, font in base.items():
            setattr(delegate, name, _scaled(font, scale))
        view.scheduleDelayedItemsLayout()
        view.viewport().update()

    def _widgets(self) -> list[QWidget]:
        return [self.window, *self.window.findChildren(QWidget)]

    # -- plots --------------------------------------------------------------------------

    def _scale_plots(self, scale: float) -> None:
        for plot in self.window.findChildren(pg.PlotWidget):
            item = plot.getPlotItem()
            for name in ("left", "bottom"):
                axis = item.getAxis(name)
                tick = axis.style.get("tickFont") or QFont()
                _, (font, pen, label_size) = self._bases.setdefault(
                    id(axis), (axis, (QFont(tick), axis.pen(), axis.labelStyle.get("font-size"))))
                axis.setTickFont(_scaled(font, scale))
                wider = pg.mkPen(pen)
                wider.setWidthF(max(pen.widthF(), 1.0) * scale)
                axis.setPen(wider)
                if label_size and str(label_size).endswith("pt"):
                    points = float(str(label_size)[:-2]) * scale
                    axis.labelStyle["font-size"] = f"{points:g}pt"
                    axis._updateLabel()
            for curve in item.listDataItems():
                pen = curve.opts.get("pen")
                if pen is None:
                    continue
                _, base = self._bases.setdefault(id(curve), (curve, pg.mkPen(pen)))
                wider = pg.mkPen(base)
                wider.setWidthF(max(base.widthF(), 1.0) * scale)
                curve.setPen(wider)


def install(window) -> Presenter:
    """The checkable View > Presenter mode action (Ctrl+Shift+P or F11)."""
    presenter = Presenter(window)
    translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
    action = QAction(translate("Presenter", "&Presenter mode"), window)
    action.setCheckable(True)
    action.setShortcuts([QKeySequence(s) for s in SHORTCUTS])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    tip = translate("Presenter",
                    "Large text, plots and print(net) for a projector (Ctrl+Shift+P or F11)")
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.toggled.connect(presenter.set_active)
    presenter.toggled.connect(action.setChecked)
    window.addAction(action)
    view_menu = getattr(window, "view_menu", None)
    if view_menu is not None:
        view_menu.addAction(action)
    presenter.action = action
    return presenter
