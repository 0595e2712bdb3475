"""What is selected: the layers in the network view and the parameter in the Parameters tab.

The network view and the Parameters table write it; the Initialize and Layer
panels, the histogram and the Compare tab follow it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    """Selected layer positions (ascending) and the selected parameter's name."""

    layersChanged = Signal(list)  # positions, ascending
    parameterChanged = Signal(str)  # "0.weight"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._layers: list[int] = []
        self._parameter: str | None = None

    def layers(self) -> list[int]:
        return list(self._layers)

    def current_layer(self) -> int | None:
        """The first selected layer: the one the Layer panel edits."""
        return self._layers[0] if self._layers else None

    def set_layers(self, positions) -> None:
        """Told again even when unchanged: the same positions may now hold other layers."""
        self._layers = sorted(int(p) for p in positions)
        self.layersChanged.emit(list(self._layers))

    def parameter(self) -> str | None:
        return self._parameter

    def set_parameter(self, name: str) -> None:
        if name and name != self._parameter:
            self._parameter = name
            self.parameterChanged.emit(name)
