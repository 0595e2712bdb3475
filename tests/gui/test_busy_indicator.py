"""The progress bar: exact at once, painted at most a few times a second."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal

from gui.kit.busy_indicator import BusyIndicator
from tests.gui.event_counter import EventCounter


class _Session(QObject):
    busyChanged = Signal(bool)
    progressed = Signal(int, int, str)
    busy = True
    cancellable = True

    def cancel(self) -> bool:
        return True


def test_a_burst_of_progress_reports_paints_once_then_the_last_value(qtbot):
    session = _Session()
    indicator = BusyIndicator(session)
    qtbot.addWidget(indicator)
    counter = EventCounter(QEvent.Type.Paint)
    indicator.bar.installEventFilter(counter)
    indicator.set_busy(True)
    indicator.show()
    qtbot.waitUntil(lambda: counter.count > 0)  # shown and painted once
    counter.count = 0
    for done in range(1, 1001):  # a step on 1000 layers reports each one
        session.progressed.emit(done, 1000, "layer")
        assert indicator.bar.value() == done  # the value itself is never late
    burst = counter.count
    assert burst <= 1  # not one paint per report (1000 before): they wait for the timer
    qtbot.waitUntil(lambda: counter.count > burst, timeout=2000)
    assert indicator.bar.value() == 1000 and "1000 / 1000" in indicator.bar.text()
    assert indicator.bar.updatesEnabled()
