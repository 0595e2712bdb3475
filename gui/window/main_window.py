"""The main window: assembles the widgets and wires them to the session.

Widgets show snapshots and emit steps; this window forwards steps to the
session, shows errors next to the layer they concern, and keeps menus, files,
undo and settings.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSignalBlocker
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QWidget,
)

from core.errors import LabError
from core.model import templates
from core.model.snapshot import Snapshot
from gui import i18n
from gui.forms.forward_panel import ForwardPanel
from gui.forms.init_panel import InitPanel
from gui.history.history_panel import HistoryPanel
from gui.lesson import lesson_menu, lesson_panel, presenter
from gui.network.layer_editor import LayerEditor
from gui.network.network_view import NetworkView
from gui.network.palette import Palette
from gui.network.params_table import ParamsTable
from gui.network.print_pane import PrintPane
from gui.network.trace_table import TraceTable
from gui.session import settings
from gui.session.recovery import RecoveryMixin
from gui.session.session import LabSession
from gui.window import (
    action_texts,
    code_export,
    error_actions,
    help_dialogs,
    preferences_dialog,
    window_layout,
)
from gui.window.error_banner import ErrorBanner
from gui.window.file_menu import FileMenuMixin

WEIGHTS_FILTER = QT_TRANSLATE_NOOP("MainWindow", "PyTorch state_dict (*.pt *.pth)")
CODE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Python script (*.py)")
COMPARE_TAB, DEPTH_TAB = 1, 2  # positions in the chart tabs, after Histogram
CHART_SHARE = 0.7  # of the right column's height, once a comparison or depth chart is shown


class MainWindow(FileMenuMixin, RecoveryMixin, QMainWindow):
    def __init__(self, session: LabSession | None = None) -> None:
        super().__init__()
        error_actions.install_wheel_guard()  # no value changes under the wheel, anywhere
        window_layout.use_body_font()  # dialogs and menus as large as the panels' text
        self.session = session or LabSession()
        self._pending_after_forward: dict | None = None
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._connect()
        self.lesson_dock = lesson_panel.install(self)  # Lesson menu, PageUp/PageDown
        self.presenter = presenter.install(self)  # View > Presenter mode, Ctrl+Shift+P
        self._restore_settings()
        self.retranslate()
        self.show_snapshot(self.session.snapshot)
        if i18n.font_hint():
            self.statusBar().show_message(i18n.font_hint, 20000)

    # -- construction ------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.palette_view = Palette()
        self.network_view = NetworkView()
        self.banner = ErrorBanner()
        self.forward_panel = ForwardPanel()
        self.init_panel = InitPanel()
        self.layer_editor = LayerEditor()
        self.history_panel = HistoryPanel()
        self.print_pane = PrintPane()
        self.trace_table = TraceTable()
        self.params_table = ParamsTable()

        self._compare_view = None  # built on first use (see compare_view)
        self._depth_view = None
        window_layout.build_columns(self)
        self.chart_tabs.currentChanged.connect(self._chart_tab_shown)
        window_layout.build_status_bar(self)

    def _action(self, slot, shortcut=None) -> QAction:
        """An action of the window's menus; ``action_texts.retranslate_actions`` sets its texts."""
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    @property
    def compare_view(self):
        """The Compare tab, built on first use: its plots would cost every start-up time."""
        if self._compare_view is None:
            from gui.analysis.compare_view import CompareView

            view = self._compare_view = CompareView(self.session)
            view.comparisonShown.connect(lambda: self._show_chart(view))
            selected = self.params_table.selected_name()
            if selected is not None:
                view.set_parameter(selected)
            self._replace_chart_tab(COMPARE_TAB, view)
        return self._compare_view

    @property
    def depth_view(self):
        """The Depth tab, built on first use; it shares the Compare tab's initializer choice."""
        if self._depth_view is None:
            from gui.analysis.depth_view import DepthView

            view = self._depth_view = DepthView(self.session, self.compare_view.chooser)
            view.depthShown.connect(lambda: self._show_chart(view))
            self._replace_chart_tab(DEPTH_TAB, view)
        return self._depth_view

    def _show_chart(self, view: QWidget) -> None:
        """A finished comparison gets its tab and most of the column's height."""
        self.chart_tabs.setCurrentWidget(view)
        sizes = self.right_splitter.sizes()
        total = sum(sizes)
        if total and sizes[0] < CHART_SHARE * total:
            self.right_splitter.setSizes([round(CHART_SHARE * total),
                                          total - round(CHART_SHARE * total)])

    def _replace_chart_tab(self, index: int, widget: QWidget) -> None:
        placeholder, title = self.chart_tabs.widget(index), self.chart_tabs.tabText(index)
        current = self.chart_tabs.currentIndex()
        with QSignalBlocker(self.chart_tabs):
            self.chart_tabs.removeTab(index)
            self.chart_tabs.insertTab(index, widget, title)
            self.chart_tabs.setCurrentIndex(current)
        placeholder.deleteLater()

    def _chart_tab_shown(self, index: int) -> None:
        if index == COMPARE_TAB:
            self.compare_view  # noqa: B018 (builds the tab)
        elif index == DEPTH_TAB:
            self.depth_view  # noqa: B018 (builds the tab)

    def _compare_parameter(self, name: str) -> None:
        if self._compare_view is not None:
            self._compare_view.set_parameter(name)

    def _build_actions(self) -> None:
        self.new_action = self._action(self.new_session, QKeySequence.StandardKey.New)
        self.open_action = self._action(self.open_session, QKeySequence.StandardKey.Open)
        self.save_action = self._action(self.save_session, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(self.save_session_as, "Ctrl+Shift+S")
        self.import_weights_action = self._action(self.import_weights)
        self.export_weights_action = self._action(self.export_weights)
        self.export_code_action = self._action(
            lambda: self.export_code(code_export.SCREEN), "Ctrl+E")
        self.export_session_code_action = self._action(
            lambda: self.export_code(code_export.SESSION), "Ctrl+Shift+E")
        self.export_png_action = self._action(
            lambda: self.chart_tabs.currentWidget().export_png_dialog())
        self.export_csv_action = self._action(
            lambda: self.chart_tabs.currentWidget().export_csv_dialog())
        self.compare_action = self._action(self.compare_initializers, "Ctrl+Shift+C")
        self.depth_action = self._action(self.depth_statistics, "Ctrl+Shift+D")
        self.quit_action = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self._action(self.session.undo, "Ctrl+Z")
        self.redo_action = self._action(self.session.redo, "Ctrl+Shift+Z")
        self.forward_action = self._action(self.run_forward, "Ctrl+R")
        self.init_action = self._action(self.init_panel.apply, "Ctrl+I")
        self.reset_action = self._action(lambda: self.perform({"op": "reset"}), "Ctrl+Shift+R")
        self.clear_action = self._action(lambda: self.perform({"op": "clear"}))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu("")
        for action in (self.new_action, self.open_action):
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu("")
        for action in (self.save_action, self.save_as_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.import_weights_action, self.export_weights_action,
                       self.export_code_action, self.export_session_code_action,
                       self.export_png_action, self.export_csv_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.edit_menu = bar.addMenu("")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.preferences_action = self._action(self.edit_preferences, "Ctrl+,")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(self.preferences_action)
        network_menu = self.network_menu = bar.addMenu("")
        self.template_menu = network_menu.addMenu("")
        self.template_actions = {}
        for key in templates.TEMPLATES:
            action = self.template_actions[key] = self.template_menu.addAction("")
            action.triggered.connect(lambda _=False, k=key: self.load_template(k))
        for action in (self.forward_action, self.init_action, self.reset_action,
                       self.clear_action):
            network_menu.addAction(action)
        network_menu.addSeparator()
        network_menu.addAction(self.compare_action)
        network_menu.addAction(self.depth_action)
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_actions = i18n.add_language_menu(self.language_menu)
        self.help_menu = bar.addMenu("")
        help_dialogs.install(self)  # Keyboard shortcuts, Lesson guide, About
        self._update_recent_menu()

    def retranslate(self) -> None:
        """Every text of the window itself; its widgets set their own (Qt's retranslateUi)."""
        action_texts.retranslate_actions(self)
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.network_menu.setTitle(self.tr("&Network"))
        self.template_menu.setTitle(self.tr("Start from &template"))
        for key, action in self.template_actions.items():
            action.setText(i18n.translate_message(templates.TEMPLATES[key]["title"]))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        i18n.retranslate_language_menu(self.language_actions)
        self.help_menu.setTitle(self.tr("&Help"))
        help_dialogs.retranslate_menu(self)
        lesson_menu.retranslate_lesson_menu(self.lesson_dock)
        presenter.retranslate_action(self.presenter.action)
        window_layout.retranslate_tabs(self)
        self.retranslate_autosave_alert()
        self._show_status(self.session.snapshot)
        self._update_title()

    def _connect(self) -> None:
        session = self.session
        session.snapshotChanged.connect(self.show_snapshot)
        session.failed.connect(self.show_error)
        session.busyChanged.connect(self.set_busy)
        session.succeeded.connect(self._after_success)
        session.pathChanged.connect(lambda _: self._update_title())
        session.workspaceChanged.connect(self._workspace_changed)
        session.scenarioPlayed.connect(self._scenario_played)
        for widget in (self.palette_view, self.network_view, self.forward_panel,
                       self.init_panel, self.layer_editor):
            widget.stepRequested.connect(self.perform)
        self.palette_view.addRequested.connect(self.add_with_arguments)
        self.network_view.addRequested.connect(self.add_with_arguments)
        self.network_view.selectionChanged.connect(self._selection_changed)
        self.network_view.editRequested.connect(self._edit_layer)
        self.params_table.parameterSelected.connect(self.history_panel.set_parameter)
        self.history_panel.histogramRequested.connect(session.request_histogram)
        session.histogramReady.connect(self.history_panel.receive_histogram)
        session.histogramFailed.connect(self.history_panel.histogram_failed)
        self.params_table.parameterSelected.connect(self._compare_parameter)
        self.init_panel.sampleRequested.connect(self.send_sample_then_retry)
        self.banner.remedyRequested.connect(self._remedy)
        self.banner.fixRequested.connect(lambda step: error_actions.apply_fix(self, step))
        session.cancelled.connect(lambda step: error_actions.show_cancelled(self, step))
        self.busy_bar.cancelRequested.connect(lambda: error_actions.show_cancelling(self))
        self.banner.dismissed.connect(lambda: self.network_view.set_error(None))

    # -- operations ----------------------------------------------------------------

    def perform(self, step: dict) -> None:
        if not self.session.perform(step):
            self.statusBar().show_message(
                lambda: self.tr("Busy: wait for the running operation"), 3000)

    def run_forward(self) -> None:
        step = error_actions.forward_step(self)
        if step is not None:
            self.perform(step)

    def add_with_arguments(self, layer: str, at: int | None = None) -> None:
        """Ask for a layer's required arguments, then add it (after the selection)."""
        args = self.layer_editor.ask_arguments(layer)
        if args is None:
            return
        step = {"op": "add", "layer": layer, "args": args}
        selected = self.network_view.selected_positions()
        if at is not None:
            step["at"] = at
        elif selected:
            step["at"] = max(selected) + 1
        self.perform(step)

    def load_template(self, key: str) -> None:
        if self.refuse_while_busy() or not self.confirm_discard():
            return
        template = templates.TEMPLATES[key]
        self.forward_panel.set_shape(template["input"])
        self.perform(templates.build_step(key))

    def send_sample_then_retry(self) -> None:
        """The seed's remedy: a forward pass materializes lazy layers, then retry."""
        error_step = self._pending_after_forward
        step = error_actions.forward_step(self)
        if step is None:
            return
        self.banner.hide()
        self.perform(step)
        self._pending_after_forward = error_step

    # -- showing state ---------------------------------------------------------------

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.network_view.set_snapshot(snapshot)
        self.print_pane.set_snapshot(snapshot)
        self.trace_table.set_snapshot(snapshot)
        self.params_table.set_snapshot(snapshot)
        self.forward_panel.set_snapshot(snapshot)
        self.init_panel.set_snapshot(snapshot)
        self.layer_editor.set_snapshot(snapshot, self._current_layer())
        history = self.session.history()
        self.history_panel.set_history(history, len(history) - 1)
        if self.params_table.selected_name() is None and snapshot.parameters:
            self.params_table.select(snapshot.parameters[0].name)
        self.undo_action.setEnabled(self.session.can_undo)
        self.redo_action.setEnabled(self.session.can_redo)
        self._show_status(snapshot)
        self._update_title()

    def _show_status(self, snapshot: Snapshot) -> None:
        self.status_label.setText(self.tr("Last: {label}  ·  {count} parameters").format(
            label=i18n.translate_message(snapshot.label),
            count=f"{snapshot.total_params:,}"))

    def show_error(self, error: LabError, step: dict | None) -> None:
        error_actions.show_error(self, error, step)

    def compare_initializers(self) -> None:
        self.chart_tabs.setCurrentWidget(self.compare_view)
        self.compare_view.run_comparison()

    def depth_statistics(self) -> None:
        self.chart_tabs.setCurrentWidget(self.depth_view)
        self.depth_view.run_depth()

    def set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.forward_panel.set_busy(busy)
        self.init_panel.set_busy(busy)
        self.undo_action.setEnabled(not busy and self.session.can_undo)
        self.redo_action.setEnabled(not busy and self.session.can_redo)
        if busy:
            self.statusBar().show_message(lambda: self.tr("Working…"))
        else:
            self.statusBar().clearMessage()

    def _after_success(self, step: dict, snapshot: Snapshot) -> None:
        self.banner.hide()
        self.network_view.set_error(None)
        pending, self._pending_after_forward = self._pending_after_forward, None
        if pending is not None and step.get("op") == "forward":
            self.perform(pending)

    def _remedy(self, kind: str) -> None:
        error_actions.remedy(self, kind)

    def _selection_changed(self, positions: list) -> None:
        names = [self.session.snapshot.modules[p].name for p in positions
                 if p < len(self.session.snapshot.modules)]
        self.init_panel.set_selected(names)
        self.layer_editor.set_snapshot(self.session.snapshot, self._current_layer())

    def _edit_layer(self, position: int) -> None:
        self.network_view.select(position)
        self.layer_editor.set_snapshot(self.session.snapshot, position)
        self.controls.setCurrentWidget(self.layer_editor)

    def _current_layer(self) -> int | None:
        selected = self.network_view.selected_positions()
        return selected[0] if selected else None

    def _scenario_played(self, report: dict) -> None:
        failed = [s for s in report["steps"] if not s["ok"]]
        if failed:
            last = failed[-1]
            self.statusBar().show_message(lambda: self.tr(
                "Played {n} steps; {k} ended with an error (the last: {message})").format(
                    n=len(report["steps"]), k=len(failed),
                    message=i18n.translate_message(last["error"]["message"])),
                10000)

    # -- files ---------------------------------------------------------------------

    def import_weights(self) -> None:
        path = self.ask_open_path(self.tr("Import weights"), self.tr(WEIGHTS_FILTER))
        if path:
            self.session.import_weights(path)

    def export_weights(self) -> None:
        path = self.ask_save_path(self.tr("Export weights"), self.tr(WEIGHTS_FILTER))
        if not path:
            return
        try:
            self.session.export_weights(path)
        except (OSError, RuntimeError) as exc:
            QMessageBox.warning(self, self.tr("Not exported"), str(exc))
            return
        self.statusBar().show_message(
            lambda: self.tr("Weights written to {path}").format(path=path), 4000)

    def export_code(self, scope: str = code_export.SCREEN) -> None:
        """The network on screen (default) or the whole session, as a PyTorch script."""
        session = self.session
        title = self.lesson_dock.panel.export_title() or (
            session.path.stem if session.path else None)
        path = self.ask_save_path(code_export.caption(scope), self.tr(CODE_FILTER),
                                  code_export.suggested_path(session.path, title))
        if not path:
            return
        if not path.endswith(".py"):
            path += ".py"

        def written(result) -> None:
            self.statusBar().show_message(lambda: code_export.written_message(result, path), 15000)

        if not session.export_code(path, title, scope, written):
            self.statusBar().show_message(lambda: self.tr(
                "Not exported: an operation is still running; export again when it ends."), 8000)

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        for path in files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_session(p))
        self.recent_menu.setEnabled(bool(files))

    def ask_preferences(self) -> int | None:
        """The undo memory limit (MB) chosen in the dialog, or None. Tests patch this."""
        return preferences_dialog.ask_undo_memory(self.session, self)

    def edit_preferences(self) -> None:
        megabytes = self.ask_preferences()
        if megabytes is not None:
            preferences_dialog.apply_undo_memory(self.session, megabytes)
            self.statusBar().show_message(
                lambda: self.tr("Undo memory limit: {mb} MB").format(mb=f"{megabytes:,}"), 4000)

    def show_dialog(self, dialog) -> None:
        """Show a Help dialog modally (tests patch this)."""
        dialog.exec()

    # -- language --------------------------------------------------------------------

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The language changed: the window's texts, then (Qt sends the event on) its widgets'."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "presenter"):
            self.retranslate()
            if i18n.font_hint():
                self.statusBar().show_message(i18n.font_hint, 20000)
        super().changeEvent(event)

    # -- settings --------------------------------------------------------------------

    def _restore_settings(self) -> None:
        store = settings.settings()
        self.session.set_history_limit(settings.undo_memory_mb() * preferences_dialog.MIB)
        window_layout.place(self, store.value("window/geometry"))
        for key, panel in (("forward_panel", self.forward_panel), ("init_panel", self.init_panel)):
            values = settings.load_json(key)
            if values:  # stale settings from another version keep the defaults
                with contextlib.suppress(KeyError, TypeError, ValueError):
                    panel.set_values(values)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.defer_close_while_busy(event):  # closes itself when the operation ends
            return
        if not self.confirm_discard(self.quit_question()):  # Cancel: nothing changes
            event.ignore()
            self._update_title()
            return
        store = settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        settings.save_json("forward_panel", self.forward_panel.values())
        settings.save_json("init_panel", self.init_panel.values())
        self.finish_autosave()
        super().closeEvent(event)
