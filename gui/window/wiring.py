"""Who follows whom: the window's views subscribe to the view-models and the session.

Views follow ``CurrentSnapshot`` (the one listener to the session's snapshots),
``Selection`` and ``ParameterHistory``, as napari's controls follow their
layer's events; widgets that ask for a step send it to ``window.perform``.
"""

from __future__ import annotations

from core.model.snapshot import Snapshot
from gui.window import error_actions


def subscribe_views(window) -> None:
    """Views follow the snapshot, the selection and the selected parameter's history."""
    current, selection, history = window.current, window.selection, window.parameter_history
    for view in (window.network_view, window.print_pane, window.trace_table,
                 window.params_table, window.forward_panel, window.init_panel):
        current.changed.connect(view.set_snapshot)
    current.changed.connect(
        lambda snapshot: window.layer_editor.set_snapshot(snapshot, selection.current_layer()))
    history.historyChanged.connect(window.history_panel.set_history)
    current.settled.connect(lambda snapshot: _select_a_parameter(window.params_table, snapshot))
    current.changed.connect(window.show_status)
    current.changed.connect(lambda _snapshot: window.action_table.refresh())
    current.busyChanged.connect(lambda _busy: window.action_table.refresh())
    for panel in (window.forward_panel, window.init_panel):
        current.busyChanged.connect(panel.set_busy)
    current.busyChanged.connect(window.show_busy)

    window.network_view.selectionChanged.connect(selection.set_layers)
    selection.layersChanged.connect(
        lambda positions: window.init_panel.set_selected(current.module_names(positions)))
    selection.layersChanged.connect(
        lambda _positions: window.layer_editor.set_snapshot(current.snapshot,
                                                            selection.current_layer()))
    window.params_table.parameterSelected.connect(selection.set_parameter)
    history.parameterChanged.connect(window.history_panel.set_parameter)
    window.history_panel.histogramRequested.connect(history.request_histogram)
    history.histogramReady.connect(window.history_panel.receive_histogram)
    history.histogramFailed.connect(window.history_panel.histogram_failed)


def _select_a_parameter(table, snapshot: Snapshot) -> None:
    """The histogram has something to show: the first parameter until one is chosen."""
    if table.selected_name() is None and snapshot.parameters:
        table.select(snapshot.parameters[0].name)


def connect_requests(window) -> None:
    """Steps and requests from widgets, the banner and the lesson card go to the window."""
    for widget in (window.palette_view, window.network_view, window.layer_editor):
        widget.stepRequested.connect(window.perform_view_step)  # rows: tree_rows
    for widget in (window.forward_panel, window.init_panel):
        widget.stepRequested.connect(window.perform)
    window.forward_panel.use_run_action(window.action_table["forward"])  # one path with Ctrl+R
    window.init_panel.use_apply_action(window.action_table["init"])  # one path with Ctrl+I
    window.palette_view.addRequested.connect(window.add_with_arguments)
    window.network_view.addRequested.connect(window.add_with_arguments)
    window.network_view.editRequested.connect(window.edit_layer)
    window.init_panel.sampleRequested.connect(window.send_sample_then_retry)
    window.banner.remedyRequested.connect(lambda kind: error_actions.remedy(window, kind))
    window.banner.fixRequested.connect(lambda step: error_actions.apply_fix(window, step))
    window.banner.dismissed.connect(lambda: window.network_view.set_error(None))
    window.busy_bar.cancelRequested.connect(lambda: error_actions.show_cancelling(window))
    lessons = window.lessons
    lessons.panel.pageShown.connect(lambda _page: window.action_table.refresh())
    lessons.panel.closed.connect(window.action_table.refresh)
    lessons.panel.pageShown.connect(
        lambda _page: error_actions.show_lesson_outcome(window, lessons.panel.outcome))


def connect_session(window) -> None:
    """The session's outcomes other than snapshots: errors, success, files, scenarios."""
    session = window.session
    session.failed.connect(window.show_error)
    session.succeeded.connect(window.after_success)
    session.pathChanged.connect(lambda _path: window.update_title())
    session.workspaceChanged.connect(window.workspace_changed)
    session.scenarioPlayed.connect(window.scenario_played)
    session.workspaceChanged.connect(lambda: window.print_pane.set_history(session.history()))
    session.cancelled.connect(lambda step: error_actions.show_cancelled(window, step))
