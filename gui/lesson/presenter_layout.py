"""Which views the window shows, and how large: the lesson step's focus, presenter mode.

A lesson step names its focus (core/lesson/lesson_focus.py). The window then brings those
views to the front: the right tab, the card the step changed scrolled into view,
the parameter the step changed selected for the histogram. In presenter mode it
also hides every view the step does not name, so the named ones get the room a
class needs at 1280×720. Without a lesson, presenter mode keeps the network and the
selected parameter's histogram in view. Leaving presenter mode shows everything again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QWidget

from core.lesson import lesson as lessons
from gui.network.network_view import CARD_ROLE

INSPECTORS = ("print", "visit_log", "trace", "parameters")
CHARTS = ("histogram", "compare", "depth", "train")
# Shares of the width (network | right column) and of the heights inside the right column.
COLUMN_SHARES = (0.42, 0.58)
CHART_COLUMN_SHARES = (0.35, 0.65)  # a chart needs the width more than the cards do
CHART_SHARES = (0.45, 0.55)  # charts above print(net) and the other inspectors
HISTOGRAM_SHARES = (0.72, 0.28)  # the histogram beside the steps that changed it
LOG_SHARES = {"visit_log": (0.2, 0.8), "print": (0.8, 0.2)}  # print(net) above its visit log


def page_focus(run) -> tuple[tuple[str, ...], bool]:
    """The focus of the lesson ``run``'s page shown, and whether it is an exercise's task page."""
    if run is None:
        return (), False
    page = run.current
    return run.lesson.page_focus(page), page.kind == lessons.TRY


class Stage(QObject):
    """Arranges the window for the current focus; ``arrange()`` is safe to call at any time."""

    def __init__(self, window, lesson_panel) -> None:
        super().__init__(window)
        self.window = window
        self.lesson_panel = lesson_panel  # its ``run``: the lesson being walked, or None
        self.presenting = False
        self._sizes: dict[int, list[int]] = {}  # id(splitter) -> its sizes before presenting
        # The network view settles its height after the lesson card fits its text: reveal again.
        window.network_view.list_view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and self.presenting:
            focus, _task = page_focus(self.lesson_panel.run)
            if "cards" in focus:
                QTimer.singleShot(0, self, self._reveal_changed_card)
        return False

    def set_presenting(self, active: bool) -> None:
        if active == self.presenting:
            return
        splitters = self._splitters()
        if active:
            self._sizes = {id(s): s.sizes() for s in splitters}
        self.presenting = active
        self.arrange()
        if not active:  # after the lesson card has refitted its height to the smaller texts
            QTimer.singleShot(0, self, self._restore_sizes)

    def _restore_sizes(self) -> None:
        """Every splitter as it was before presenting (in proportion, if the room changed)."""
        if self.presenting:
            return
        for splitter in self._splitters():
            if id(splitter) in self._sizes:
                splitter.setSizes(self._sizes[id(splitter)])
        self._sizes = {}

    def arrange(self) -> None:
        """Bring the focused views forward; in presenter mode show only them."""
        focus, task = page_focus(self.lesson_panel.run)
        self._bring_forward(focus)
        if not self.presenting:
            self._show(palette=True, middle=True, controls=True, charts=True, inspectors=True)
        elif not focus:  # no lesson (the network and its histogram), or the lesson's intro
            self.window.chart_tabs.setCurrentWidget(self.window.history_panel)
            self._show(palette=False, middle=True, controls=self.lesson_panel.run is None,
                       charts=True, inspectors=True)
        else:
            self._show(palette=False, middle="cards" in focus or task, controls=task,
                       charts=any(v in CHARTS for v in focus),
                       inspectors=any(v in INSPECTORS for v in focus))
        if self.presenting:
            self._share_room(focus)
        self.window.trace_table.set_compact(self.presenting)
        self._reveal_changed_card()

    # -- bringing views forward --------------------------------------------------------

    def _bring_forward(self, focus: tuple[str, ...]) -> None:
        window = self.window
        tabs = {"print": (window.inspect_tabs, window.print_pane),
                "visit_log": (window.inspect_tabs, window.print_pane),
                "trace": (window.inspect_tabs, window.trace_table),
                "parameters": (window.inspect_tabs, window.params_table),
                "histogram": (window.chart_tabs, window.history_panel)}
        for view in reversed(focus):  # the most important view wins a shared tab widget
            if view in tabs:
                tab_widget, page = tabs[view]
                tab_widget.setCurrentWidget(page)
            elif view == "compare":
                window.chart_tabs.setCurrentWidget(window.compare_view)
            elif view == "depth":
                window.chart_tabs.setCurrentWidget(window.depth_view)
            elif view == "train":
                window.chart_tabs.setCurrentWidget(window.train_view)
        if "histogram" in focus:
            self._select_changed_parameter()

    def _select_changed_parameter(self) -> None:
        """The histogram shows the parameter the step changed (the first, in network order)."""
        history = self.window.session.history()
        if len(history) < 2:
            return
        before, after = history[-2], history[-1]
        for info in after.parameters:
            old = before.parameter(info.name)
            if old is None or old.stats is not info.stats and old.stats != info.stats:
                self.window.params_table.select(info.name)
                return

    def _reveal_changed_card(self) -> None:
        """Scroll the first card with ★ (or ⚠) lines into view, its last lines above all.

        Those lines end the card: a card taller than the view is scrolled to its bottom.
        """
        lines = self.window.network_view.list_view
        model = lines.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            card = index.data(CARD_ROLE)
            if card is not None and (card.changes or card.error):
                lines.doItemsLayout()
                lines.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
                below = lines.visualRect(index).bottom() - lines.viewport().height() + 1
                if below > 0:
                    bar = lines.verticalScrollBar()
                    bar.setValue(bar.value() + below)
                return

    # -- showing and sizing -------------------------------------------------------------

    def _show(self, *, palette: bool, middle: bool, controls: bool, charts: bool,
              inspectors: bool) -> None:
        window = self.window
        right = charts or inspectors
        middle = middle or not right  # never an empty window
        pairs = ((window.palette_view, palette), (window.middle_column, middle),
                 (window.controls, controls), (window.chart_tabs, charts),
                 (window.inspect_tabs, inspectors), (window.right_splitter, right))
        for widget, visible in pairs:
            widget.setVisible(visible)

    def _share_room(self, focus: tuple[str, ...]) -> None:
        window = self.window
        network, rest = CHART_COLUMN_SHARES if any(v in CHARTS for v in focus) else COLUMN_SHARES
        _share(window.splitter, (0.0, network, rest))
        _share(window.history_panel.splitter, HISTOGRAM_SHARES)
        _share(window.right_splitter, CHART_SHARES)
        _share(window.print_pane.splitter,
               next((LOG_SHARES[v] for v in focus if v in LOG_SHARES), (0.75, 0.25)))

    def _splitters(self) -> list[QWidget]:
        window = self.window
        return [window.splitter, window.right_splitter, window.print_pane.splitter,
                window.history_panel.splitter]


def _share(splitter, shares: tuple[float, ...]) -> None:
    """Divide ``splitter`` among its shown children by ``shares``; hidden ones get nothing."""
    widgets = [splitter.widget(i) for i in range(splitter.count())]
    weights = [share if not w.isHidden() else 0.0 for w, share in zip(widgets, shares,
                                                                       strict=True)]
    total, weight = sum(splitter.sizes()), sum(weights)
    if total <= 0 or weight <= 0:
        return
    splitter.setSizes([round(total * w / weight) for w in weights])
