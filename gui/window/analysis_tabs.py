"""The Compare, Depth and Train chart tabs: built on first use, views of one initializer choice.

Their plots would cost every start-up time, so each tab holds a placeholder
until it is shown or asked for. All get the same ``InitChoice``; a finished
comparison, depth or training run gets its tab and most of the right column's height.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from gui.models.init_choice import InitChoice
from gui.models.selection import Selection

COMPARE_TAB, DEPTH_TAB, TRAIN_TAB = 1, 2, 3  # positions in the chart tabs, after Histogram
VIEWS = {  # op -> its tab, the module and class of its view, the signal of a shown result
    "compare": (COMPARE_TAB, "gui.analysis.compare_view", "CompareView", "comparisonShown"),
    "depth": (DEPTH_TAB, "gui.analysis.depth_view", "DepthView", "depthShown"),
    "train": (TRAIN_TAB, "gui.analysis.train_view", "TrainView", "trainingShown"),
}
CHART_SHARE = 0.7  # of the right column's height, once a comparison or depth chart is shown


class AnalysisTabs(QObject):
    """Builds the Compare, Depth and Train tabs of ``tabs`` when first shown or asked for."""

    def __init__(self, session, tabs: QTabWidget, column: QSplitter, selection: Selection,
                 choice: InitChoice) -> None:
        super().__init__(tabs)
        self.session, self.tabs, self.column = session, tabs, column
        self.selection, self.choice = selection, choice
        self._views: dict[str, QWidget] = {}  # op -> its view, once built
        tabs.currentChanged.connect(self._shown)
        session.analysed.connect(self._arrived)
        selection.parameterChanged.connect(self._parameter_selected)

    def view(self, op: str) -> QWidget:
        """The tab of analysis ``op`` (compare, depth, train), built the first time."""
        if op not in self._views:
            tab, module, name, shown = VIEWS[op]
            view_class = getattr(importlib.import_module(module), name)
            view = self._views[op] = view_class(self.session, self.choice)
            getattr(view, shown).connect(lambda: self.show_chart(view))
            if op == "compare" and self.selection.parameter() is not None:
                view.set_parameter(self.selection.parameter())
            self._replace(tab, view)
        return self._views[op]

    compare = property(lambda self: self.view("compare"))
    depth = property(lambda self: self.view("depth"))
    train = property(lambda self: self.view("train"))

    def show_chart(self, view: QWidget) -> None:
        """A finished comparison gets its tab and most of the column's height."""
        self.tabs.setCurrentWidget(view)
        sizes = self.column.sizes()
        total = sum(sizes)
        if total and sizes[0] < CHART_SHARE * total:
            self.column.setSizes([round(CHART_SHARE * total), total - round(CHART_SHARE * total)])

    def _replace(self, index: int, widget: QWidget) -> None:
        placeholder, title = self.tabs.widget(index), self.tabs.tabText(index)
        current = self.tabs.currentIndex()
        with QSignalBlocker(self.tabs):
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, title)
            self.tabs.setCurrentIndex(current)
        placeholder.deleteLater()

    def _shown(self, index: int) -> None:
        for op, (tab, *_rest) in VIEWS.items():
            if index == tab:
                self.view(op)  # builds the tab

    def _arrived(self, step: dict, analysis) -> None:
        """A result for a tab not built yet (a lesson's compare, depth or train step): build it
        and hand it the result, which it was not there to hear."""
        if step["op"] in VIEWS and step["op"] not in self._views:
            self.view(step["op"]).show_analysis(step, analysis)

    def _parameter_selected(self, name: str) -> None:
        if "compare" in self._views:
            self._views["compare"].set_parameter(name)
