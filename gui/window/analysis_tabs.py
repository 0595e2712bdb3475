"""The Compare, Depth and Train chart tabs: built on first use, views of one initializer choice.

Their plots would cost every start-up time, so each tab holds a placeholder
until it is shown or asked for. All get the same ``InitChoice``; a finished
comparison, depth or training run gets its tab and most of the right column's height.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from gui.models.init_choice import InitChoice
from gui.models.selection import Selection

COMPARE_TAB, DEPTH_TAB, TRAIN_TAB = 1, 2, 3  # positions in the chart tabs, after Histogram
CHART_SHARE = 0.7  # of the right column's height, once a comparison or depth chart is shown


class AnalysisTabs(QObject):
    """Builds the Compare and Depth tabs of ``tabs`` when first shown or asked for."""

    def __init__(self, session, tabs: QTabWidget, column: QSplitter, selection: Selection,
                 choice: InitChoice) -> None:
        super().__init__(tabs)
        self.session, self.tabs, self.column = session, tabs, column
        self.selection, self.choice = selection, choice
        self._compare = self._depth = self._train = None
        tabs.currentChanged.connect(self._shown)
        session.analysed.connect(self._arrived)
        selection.parameterChanged.connect(self._parameter_selected)

    @property
    def compare(self):
        if self._compare is None:
            from gui.analysis.compare_view import CompareView

            view = self._compare = CompareView(self.session, self.choice)
            view.comparisonShown.connect(lambda: self.show_chart(view))
            if self.selection.parameter() is not None:
                view.set_parameter(self.selection.parameter())
            self._replace(COMPARE_TAB, view)
        return self._compare

    @property
    def depth(self):
        if self._depth is None:
            from gui.analysis.depth_view import DepthView

            view = self._depth = DepthView(self.session, self.choice)
            view.depthShown.connect(lambda: self.show_chart(view))
            self._replace(DEPTH_TAB, view)
        return self._depth

    @property
    def train(self):
        if self._train is None:
            from gui.analysis.train_view import TrainView

            view = self._train = TrainView(self.session, self.choice)
            view.trainingShown.connect(lambda: self.show_chart(view))
            self._replace(TRAIN_TAB, view)
        return self._train

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
        if index == COMPARE_TAB:
            self.compare  # noqa: B018 (builds the tab)
        elif index == DEPTH_TAB:
            self.depth  # noqa: B018 (builds the tab)
        elif index == TRAIN_TAB:
            self.train  # noqa: B018 (builds the tab)

    def _arrived(self, step: dict, analysis) -> None:
        """A result for a tab not built yet (a lesson's compare, depth or train step): build it
        and hand it the result, which it was not there to hear."""
        if step["op"] == "compare" and self._compare is None:
            self.compare.show_analysis(step, analysis)
        elif step["op"] == "depth" and self._depth is None:
            self.depth.show_analysis(step, analysis)
        elif step["op"] == "train" and self._train is None:
            self.train.show_analysis(step, analysis)

    def _parameter_selected(self, name: str) -> None:
        if self._compare is not None:
            self._compare.set_parameter(name)
