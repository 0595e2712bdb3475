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
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from gui.kit.actions import set_action_texts
from gui.lesson import presenter_layout

PRESENTER_SCALE = 1.3
SHORTCUTS = ("Ctrl+Shift+P", "F11")
_BASE_FONT = "presenterBaseFont"
# Readable from the back of a room at 1280×720: the least a text gets in presenter mode.
BODY_PIXELS, CODE_PIXELS, AXIS_PIXELS = 20, 18, 16


def points_for_pixels(pixels: float) -> float:
    """The point size that draws ``pixels`` high on the primary screen."""
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
    return pixels * 72.0 / (dpi or 96.0)


def _scaled(font: QFont, scale: float, floor_pixels: float = 0) -> QFont:
    """``font`` times ``scale``, and at least ``floor_pixels`` high when enlarged."""
    result = QFont(font)
    if scale == 1.0:
        return result
    if font.pointSizeF() > 0:
        result.setPointSizeF(max(font.pointSizeF() * scale, points_for_pixels(floor_pixels)))
    elif font.pixelSize() > 0:
        result.setPixelSize(max(1, round(font.pixelSize() * scale), round(floor_pixels)))
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
        self.stage = presenter_layout.Stage(window)  # which views show, and how large

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
        self.stage.set_presenting(active)
        self.toggled.emit(active)

    # -- fonts ------------------------------------------------------------------------

    def _scale_application(self, scale: float) -> None:
        app = QApplication.instance()
        if self._app_font is None:
            self._app_font = QFont(app.font())
        app.setFont(_scaled(self._app_font, scale, BODY_PIXELS))

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
                widget.setFont(_scaled(base, scale, BODY_PIXELS))
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
                axis.setTickFont(_scaled(font, scale, AXIS_PIXELS))
                wider = pg.mkPen(pen)
                wider.setWidthF(max(pen.widthF(), 1.0) * scale)
                axis.setPen(wider)
                if label_size and str(label_size).endswith("pt"):
                    points = float(str(label_size)[:-2]) * scale
                    if scale != 1.0:
                        points = max(points, points_for_pixels(AXIS_PIXELS))
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
    action = QAction(window)
    action.setCheckable(True)
    action.setShortcuts([QKeySequence(s) for s in SHORTCUTS])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    retranslate_action(action)
    action.toggled.connect(presenter.set_active)
    presenter.toggled.connect(action.setChecked)
    window.addAction(action)
    dock = getattr(window, "lesson_dock", None)
    if dock is not None:  # each lesson page brings its focus forward
        dock.panel.pageShown.connect(lambda _page: presenter.stage.arrange())
        dock.panel.closed.connect(presenter.stage.arrange)
    view_menu = getattr(window, "view_menu", None)
    if view_menu is not None:
        view_menu.addAction(action)
    presenter.action = action
    return presenter


def retranslate_action(action: QAction) -> None:
    """View ▸ Presenter mode's texts (the window calls this again on a language change)."""
    translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
    set_action_texts(action, translate("Presenter", "&Presenter mode"),
                     translate("Presenter", "Large text, plots and print(net) for a projector "
                                            "(Ctrl+Shift+P or F11)"))
