"""One spelling of a shape: the cards, the shape trace, the parameters table and core agree."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.model.snapshot import shape_text
from gui.network.network_model import NetworkModel
from gui.network.params_table import ParamsModel
from gui.network.trace_table import TraceModel
from gui.session.session import LabSession
from tests.gui.session_helpers import run


def cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_cards_trace_and_parameters_spell_one_dimensional_shapes_alike(qtbot):
    session = LabSession(seed=0)
    run(qtbot, session, {"op": "build", "layers": [
        {"layer": "Linear", "args": {"in_features": 6, "out_features": 5}}]})
    run(qtbot, session, {"op": "forward", "shape": [6]})  # one sample without a batch
    snapshot = session.snapshot
    linear = session.lab.version.net()[0]
    bias = tuple(linear.bias.shape)
    x_shape, y_shape = (linear.in_features,), (linear.out_features,)
    assert len(bias) == 1 and shape_text(bias) == f"({bias[0]})"  # no Python tuple comma

    params = ParamsModel()
    params.set_snapshot(snapshot)
    names = [cell(params, row, ParamsModel.NAME) for row in range(params.rowCount())]
    assert cell(params, names.index("0.bias"), ParamsModel.SHAPE) == shape_text(bias)

    trace = TraceModel()
    trace.set_snapshot(snapshot)
    assert cell(trace, 0, TraceModel.INPUT) == shape_text(x_shape)
    assert cell(trace, 0, TraceModel.OUTPUT) == shape_text(y_shape)

    cards = NetworkModel()
    cards.set_snapshot(snapshot)
    card = cards.card(snapshot.modules[0])
    assert shape_text(x_shape) in card.flow and shape_text(y_shape) in card.flow
    assert f"bias {shape_text(bias)}" in card.params
