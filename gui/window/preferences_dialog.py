"""Edit ▸ Preferences: the undo history's memory bound, with what the history holds now.

Undo keeps the weights each step replaced (a 4096×4096 layer is 64 MiB per
step), so the user decides how much memory that may take; the oldest steps are
dropped first when the bound is lowered or reached.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.session import settings

MIB = 1024**2


def human_mib(nbytes: int) -> str:
    """Bytes as MiB with one decimal below 10 MiB: "0.3", "64"."""
    mib = nbytes / MIB
    return f"{mib:.1f}" if mib < 10 else f"{mib:,.0f}"


class PreferencesDialog(QDialog):
    """One setting for now: the undo memory limit in MB (MiB), persisted with QSettings."""

    def __init__(self, megabytes: int, steps: int, kept_bytes: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.undo_memory = QSpinBox()
        self.undo_memory.setRange(0, settings.MAX_UNDO_MEMORY_MB)
        self.undo_memory.setSingleStep(256)
        self.undo_memory.setSuffix(self.tr(" MB"))
        self.undo_memory.setValue(megabytes)
        self.undo_memory.setAccelerated(True)
        self.undo_memory.setToolTip(self.tr(
            "Undo keeps the weights each step replaced. When they take more than this, the "
            "oldest steps are forgotten first. 0 keeps only steps that replaced no weights."))
        self.usage = QLabel(self.tr(
            "The history now keeps {steps} steps to undo, holding {size} MB of earlier "
            "weights.").format(steps=steps, size=human_mib(kept_bytes)))
        self.usage.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Undo memory limit:"), self.undo_memory)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.usage)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def megabytes(self) -> int:
        return self.undo_memory.value()


def ask_undo_memory(session, parent: QWidget | None = None) -> int | None:
    """Show the dialog for ``session`` (a LabSession); the chosen MB, or None if cancelled."""
    steps, kept = session.history_usage()
    dialog = PreferencesDialog(settings.undo_memory_mb(), steps, kept, parent)
    return dialog.megabytes() if dialog.exec() == QDialog.DialogCode.Accepted else None


def apply_undo_memory(session, megabytes: int) -> None:
    """Remember the bound and apply it to the session's lab (now, or when a step ends)."""
    settings.set_undo_memory_mb(megabytes)
    session.set_history_limit(megabytes * MIB)
