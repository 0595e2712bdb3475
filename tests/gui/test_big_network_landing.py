"""A big network is shown in two passes: the network, then the selected parameter's views.

The window answers input between them (``benchmarks/bench_scale_window.py`` measures the
stalls); these tests check that the second pass comes and leaves every view as one pass
would have: the first parameter selected, its histogram and history shown.
"""

from __future__ import annotations

from gui.models.current import ONE_PASS_MODULES
from tests.gui.test_models import deep_network
from tests.gui.window_helpers import perform


def parameter_views(win) -> tuple:
    entries = win.history_panel.entries()
    return (win.params_table.selected_name(), win.history_panel.parameter(),
            len(entries), win.history_panel.shown_entry() is entries[-1] if entries else None)


def test_the_parameter_views_follow_a_big_network_once_it_settled(qtbot, new_window):
    small, big = new_window(), new_window()
    for win, layers in ((small, ONE_PASS_MODULES), (big, ONE_PASS_MODULES + 50)):
        with qtbot.waitSignal(win.current.settled):
            perform(qtbot, win, deep_network(layers))
        assert win.network_view.model().rowCount() == layers
    first = parameter_views(small)
    assert parameter_views(big) == first and first[:2] == ("0.weight", "0.weight")
    assert first[3] is True  # the newest step's histogram is the one shown
    for win in (small, big):  # a step after: both follow it the same way
        with qtbot.waitSignal(win.current.settled):
            perform(qtbot, win, {"op": "init", "init": "zeros_", "layers": [0]})
    assert parameter_views(big) == parameter_views(small) == (*first[:2], first[2] + 1, True)


def test_an_init_on_a_big_network_reports_progress_by_the_percent(qtbot, new_window):
    """Each report is a call queued to the UI thread: about a hundred, the last one done."""
    win = new_window()
    perform(qtbot, win, deep_network(ONE_PASS_MODULES + 300))
    reports = []
    win.session.progressed.connect(lambda done, total, _label: reports.append((done, total)))
    perform(qtbot, win, {"op": "init", "init": "zeros_", "layers": [0]})
    total = reports[-1][1]
    assert total >= ONE_PASS_MODULES + 300 and reports[-1] == (total, total)
    assert len(reports) <= 101 and reports == sorted(reports)
