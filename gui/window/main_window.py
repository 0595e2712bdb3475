"""The main window: assembles the widgets, the view-models and the action table.

Views subscribe to the view-models in gui/models/ (wired in gui/window/wiring.py);
every user action is a row of gui/window/actions.py, from which the menus are
built. What stays here is the layout and the handlers the actions call.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QMainWindow

from core.errors import LabError
from core.model import architectures, templates
from core.model.snapshot import Snapshot
from gui import i18n
from gui.forms.forward_panel import ForwardPanel
from gui.forms.init_panel import InitPanel
from gui.history.history_panel import HistoryPanel
from gui.kit.interpreter import IdleCollector
from gui.lesson import presenter
from gui.lesson.lesson_menu import LessonController
from gui.lesson.lesson_panel import LessonDock
from gui.models.current import CurrentSnapshot
from gui.models.init_choice import InitChoice
from gui.models.parameter_history import ParameterHistory
from gui.models.selection import Selection
from gui.network import tree_rows
from gui.network.layer_editor import LayerEditor
from gui.network.network_view import NetworkView
from gui.network.palette import Palette
from gui.network.params_table import ParamsTable
from gui.network.print_pane import PrintPane
from gui.network.trace_table import TraceTable
from gui.session import settings
from gui.session.recovery import RecoveryMixin
from gui.session.session import LabSession
from gui.window import error_actions, preferences_dialog, window_layout, wiring
from gui.window.actions import ActionTable
from gui.window.analysis_tabs import AnalysisTabs
from gui.window.error_banner import ErrorBanner
from gui.window.file_menu import FileMenuMixin


class MainWindow(FileMenuMixin, RecoveryMixin, QMainWindow):
    def __init__(self, session: LabSession | None = None) -> None:
        super().__init__()
        error_actions.install_wheel_guard()  # no value changes under the wheel, anywhere
        window_layout.use_body_font()  # dialogs and menus as large as the panels' text
        self.session = session or LabSession()
        self.idle_collector = IdleCollector.for_session(self.session)  # gc between steps
        self._pending_after_forward: dict | None = None
        self.current = CurrentSnapshot.of(self.session)
        self.selection = Selection(self)
        self.parameter_history = ParameterHistory(self.current, self.selection, self)
        self.init_choice = InitChoice(self)  # shown by both the Compare and the Depth tab
        self._build_widgets()
        self._build_actions()
        wiring.subscribe_views(self)
        wiring.connect_requests(self)
        wiring.connect_session(self)
        self._restore_settings()
        self.retranslate()
        self.current.announce()
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
        window_layout.build_columns(self)
        window_layout.build_status_bar(self)
        self.analysis_tabs = AnalysisTabs(self.session, self.chart_tabs, self.right_splitter,
                                          self.selection, self.init_choice)
        self.lesson_dock = LessonDock(self.session, self)
        self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.lesson_dock)
        self.lessons = LessonController(  # looked up when called: tests patch these
            self.lesson_dock, self, lambda: self.confirm_discard(),
            lambda caption, filter_: self.ask_open_path(caption, filter_),
            lambda render, ms: self.statusBar().show_message(render, ms))

    def _build_actions(self) -> None:
        """Every action and menu from the action table; the window fills the submenus."""
        table = self.action_table = ActionTable(self)
        menus = table.build_menus(self.menuBar())
        self.recent_menu, self.view_menu = menus["recent"], menus["view"]
        self.language_menu, self.help_menu = menus["language"], menus["help"]
        self.template_actions = {}
        for key in templates.TEMPLATES:
            action = self.template_actions[key] = menus["templates"].addAction("")
            action.triggered.connect(lambda _=False, k=key: self.load_template(k))
        self._build_architecture_menu(menus["templates"])
        self.language_actions = i18n.add_language_menu(self.language_menu)
        self.presenter = presenter.install(self, table["presenter"], self.lesson_dock.panel)
        self.update_recent_menu()
        table.refresh()

    def retranslate(self) -> None:
        """The window's own texts; its widgets set theirs (Qt's retranslateUi pattern)."""
        self.action_table.retranslate()  # every action's text and tip, every menu's title
        for key, action in self.template_actions.items():
            action.setText(i18n.translate_message(templates.TEMPLATES[key]["title"]))
        self._retranslate_architectures()
        i18n.retranslate_language_menu(self.language_actions)
        window_layout.retranslate_tabs(self)
        self.retranslate_autosave_alert()
        self.show_status(self.current.snapshot)

    def _build_architecture_menu(self, templates_menu) -> None:
        """Real architectures, opened as user models (texts: _retranslate_architectures)."""
        self.architecture_menu = templates_menu.addMenu("")
        self.architecture_menu.setToolTipsVisible(True)
        self.architecture_actions = {}
        for key in architectures.ARCHITECTURES:
            action = self.architecture_actions[key] = self.architecture_menu.addAction("")
            action.setObjectName(f"architecture_{key}")
            action.triggered.connect(lambda _=False, k=key: self.load_architecture(k))

    def _retranslate_architectures(self) -> None:
        """Titles, and what PyTorch's default initialization means for each as the tooltip."""
        self.architecture_menu.setTitle(self.tr("Real &architectures"))
        for key, action in self.architecture_actions.items():
            arch = architectures.ARCHITECTURES[key]
            action.setText(i18n.translate_message(arch.title))
            action.setToolTip(self.tr("Input: {input}\n{description}").format(
                input=i18n.translate_message(arch.describe_input()),
                description=i18n.translate_message(arch.description)))

    @property
    def compare_view(self):
        """The Compare tab, built on first use: its plots would cost every start-up time."""
        return self.analysis_tabs.compare

    @property
    def depth_view(self):
        """The Depth tab, built on first use; it shows the Compare tab's initializer choice."""
        return self.analysis_tabs.depth

    @property
    def train_view(self):
        """The Train tab, built on first use; it shows the Compare tab's initializer choice."""
        return self.analysis_tabs.train

    # -- operations ----------------------------------------------------------------

    def perform(self, step: dict) -> None:
        if not self.session.perform(step):
            self.statusBar().show_message(
                lambda: self.tr("Busy: wait for the running operation"), 3000)

    def run_forward(self) -> dict | None:
        """Run forward (Ctrl+R, the menu, the Run button): the Forward tab's step, performed,
        or the reason it cannot be sent, shown under the panel with the panel in view."""
        if self.refuse_while_busy():
            return None
        if self.forward_panel.problem() is not None:
            self.controls.setCurrentWidget(self.forward_panel)
        return self.forward_panel.run()  # emits stepRequested, which performs the step

    def add_with_arguments(self, layer: str, at: int | None = None) -> None:
        """Ask for a layer's required arguments, then add it (after the selection)."""
        args = self.layer_editor.ask_arguments(layer)
        if args is None:
            return
        step = {"op": "add", "layer": layer, "args": args}
        selected = self.selection.layers()
        if at is not None:
            step["at"] = at
        elif selected and not tree_rows.is_tree(self.session.snapshot):
            step["at"] = max(selected) + 1
        self.perform_view_step(step)

    def perform_view_step(self, step: dict) -> None:
        """A step the network view, palette or layer panel asks for in rows: with blocks,
        rows become module names and places inside blocks (gui/network/tree_rows.py)."""
        self.perform(tree_rows.addressed(self.session.snapshot, step, self.selection.layers()))

    def load_template(self, key: str) -> None:
        if self.refuse_while_busy() or not self.confirm_discard():
            return
        template = templates.TEMPLATES[key]
        self.forward_panel.set_shape(template["input"])
        self.perform(templates.build_step(key))

    def load_architecture(self, key: str) -> None:
        """Open a real architecture as a user model; the Forward tab shows its input."""
        if self.refuse_while_busy() or not self.confirm_discard():
            return
        step = architectures.ARCHITECTURES[key].forward_step()
        try:
            self.forward_panel.set_values(step)
        except ValueError:  # a fill the panel does not offer (token ids): the shape only
            self.forward_panel.set_shape(step["shape"])
        self.session.open_architecture(key)

    def send_sample_then_retry(self) -> None:
        """The seed's remedy: a forward pass materializes lazy layers, then retry."""
        error_step = self._pending_after_forward
        if self.forward_panel.problem() is None:
            self.banner.hide()
        if self.run_forward() is not None:
            self._pending_after_forward = error_step

    def compare_initializers(self) -> None:
        self.chart_tabs.setCurrentWidget(self.compare_view)
        self.compare_view.run_comparison()

    def depth_statistics(self) -> None:
        self.chart_tabs.setCurrentWidget(self.depth_view)
        self.depth_view.run_depth()

    def train_and_compare(self) -> None:
        self.chart_tabs.setCurrentWidget(self.train_view)
        self.train_view.run_training()

    def edit_layer(self, position: int) -> None:
        self.network_view.select(position)
        self.layer_editor.set_snapshot(self.session.snapshot, position)
        self.controls.setCurrentWidget(self.layer_editor)

    # -- showing state ---------------------------------------------------------------

    def show_status(self, snapshot: Snapshot) -> None:
        """The last operation and the parameter count in the status bar; the title."""
        self.status_label.setText(self.tr("Last: {label}  ·  {count} parameters").format(
            label=i18n.translate_message(snapshot.label),
            count=f"{snapshot.total_params:,}"))
        self.update_title()

    def show_error(self, error: LabError, step: dict | None) -> None:
        error_actions.show_error(self, error, step)

    def show_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        if busy:
            self.statusBar().show_message(lambda: self.tr("Working…"))
        else:
            self.statusBar().clearMessage()

    def after_success(self, step: dict, snapshot: Snapshot) -> None:
        self.banner.hide()
        self.network_view.set_error(None)
        pending, self._pending_after_forward = self._pending_after_forward, None
        if pending is not None and step.get("op") == "forward":
            self.perform(pending)

    def scenario_played(self, report: dict) -> None:
        failed = [s for s in report["steps"] if not s["ok"]]
        if failed:
            last = failed[-1]
            self.statusBar().show_message(lambda: self.tr(
                "Played {n} steps; {k} ended with an error (the last: {message})").format(
                    n=len(report["steps"]), k=len(failed),
                    message=i18n.translate_message(last["error"]["message"])),
                10000)

    # -- dialogs ---------------------------------------------------------------------

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
            self.update_title()
            return
        store = settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        settings.save_json("forward_panel", self.forward_panel.values())
        settings.save_json("init_panel", self.init_panel.values())
        self.finish_autosave()
        super().closeEvent(event)
