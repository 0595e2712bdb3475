"""The status bar's view of a running operation: progress where it is measured, Cancel.

A step reports each layer it forwards or module it initializes (core/cancel.py);
until the first report the bar is a busy indicator. Cancel (or Esc) asks the step
to stop at its next layer: it then ends as "Cancelled", with the network exactly as
it was and no error banner. Operations that cannot stop part-way (opening a file)
show the bar without the button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QSizePolicy, QWidget

from gui.kit.retranslating import Retranslating

PAINT_EVERY_MS = 100  # progress is painted at most this often (1000 layers report 1000 times)


class BusyIndicator(Retranslating, QWidget):
    """A progress bar and a Cancel button bound to a LabSession; hidden while idle."""

    cancelRequested = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.bar = QProgressBar()
        self.bar.setFixedWidth(220)
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        session.busyChanged.connect(self.set_busy)
        session.progressed.connect(self.show_progress)
        # QProgressBar.setValue repaints at once, its parent (the status bar) too: a step
        # on 1000 layers would paint 1000 times in one burst. The value is set at once;
        # painting waits for this timer.
        self._paint_timer = QTimer(self, singleShot=True, interval=PAINT_EVERY_MS)
        self._paint_timer.timeout.connect(lambda: self.bar.setUpdatesEnabled(True))
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """The button's texts; the bar's "done / total" follows at the next progress report."""
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr(
            "Stop the running operation after the current layer (Esc); the network stays as "
            "it was"))

    def install_escape(self, window: QWidget) -> QShortcut:
        """Esc anywhere in ``window`` cancels, while something can be cancelled."""
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.cancel)
        shortcut.setEnabled(False)
        self._escape = shortcut
        return shortcut

    def set_busy(self, busy: bool) -> None:
        self._paint_timer.stop()
        self.bar.setUpdatesEnabled(True)
        self.bar.setRange(0, 0)  # busy until a step reports what it measures
        self.bar.setFormat("")
        cancellable = busy and self.session.cancellable
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(cancellable)
        if getattr(self, "_escape", None) is not None:
            self._escape.setEnabled(cancellable)
        self.setVisible(busy)

    def show_progress(self, done: int, total: int, label: str) -> None:
        if not self.session.busy or total <= 0:
            return
        if not self._paint_timer.isActive():  # painted now; later reports wait for the timer
            self._paint_timer.start()
        else:
            self.bar.setUpdatesEnabled(False)
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        text = self.tr("{done} / {total}").format(done=done, total=total)
        self.bar.setFormat(f"{text}  {label}" if label else text)

    def cancel(self) -> bool:
        """Ask the running step to stop; False when nothing can be cancelled."""
        if not self.session.cancel():
            return False
        self.cancel_button.setEnabled(False)
        self.cancelRequested.emit()
        return True
