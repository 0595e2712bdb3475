"""The Train tab, driven by clicks: its curves are core's training record, computed here too."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt

from core.operations import steps as step_ops
from gui.analysis.chart_style import legend_texts
from gui.analysis.train_view import TrainView
from gui.models.init_choice import InitChoice
from gui.session.session import LabSession
from tests.gui.session_helpers import run


def small_network(qtbot, session, outputs: int = 2) -> None:
    run(qtbot, session, {"op": "build", "layers": [
        {"layer": "LazyLinear", "args": {"out_features": 16}}, {"layer": "ReLU"},
        {"layer": "LazyLinear", "args": {"out_features": outputs}}]})
    run(qtbot, session, {"op": "forward", "shape": [2, 2]})


def weights(session) -> dict:
    return {k: v.clone() for k, v in session.lab.version.net().state_dict().items()}


def unchanged(session, snapshot, before: dict) -> bool:
    after = session.lab.version.net().state_dict()
    return session.snapshot is snapshot and all(torch.equal(before[k], after[k]) for k in before)


@pytest.fixture
def session(qtbot) -> LabSession:
    session = LabSession(seed=0)
    small_network(qtbot, session)
    return session


@pytest.fixture
def view(qtbot, session) -> TrainView:
    return train_view(qtbot, session)


def train_view(qtbot, session) -> TrainView:
    """The Train tab on ``session``, default and xavier ticked, a short spirals run set."""
    choice = InitChoice()
    choice.set_checked(["default", "xavier_uniform_"])
    widget = TrainView(session, choice)
    widget.resize(1000, 800)
    qtbot.addWidget(widget)
    widget.show()
    widget.controls.set_values({"steps": 25, "batch": 32, "optimizer": "sgd", "lr": 0.1,
                                "momentum": 0.9, "seed": 3, "task": "spirals"})
    return widget


def click_train(qtbot, view):
    with qtbot.waitSignal(view.trainingShown, timeout=60000):
        qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)


def test_curves_are_the_record_of_core_training_and_the_network_is_unchanged(
        qtbot, session, view):
    snapshot, before = session.snapshot, weights(session)
    click_train(qtbot, view)
    step = view.controls.step()
    assert [c["init"] for c in step["inits"]] == ["default", "xavier_uniform_"]
    assert (step["task"], step["steps"], step["seed"]) == ("spirals", 25, 3)
    expected = step_ops.analyze(session.lab, step)  # core, on the same network and seed
    losses = [line.yData for line in view.curves.loss_lines()]
    accuracies = [line.yData for line in view.curves.accuracy_lines()]
    assert len(losses) == len(accuracies) == 2
    for run_, loss, accuracy in zip(expected.candidates, losses, accuracies, strict=True):
        np.testing.assert_array_equal(loss, np.array(run_.curves.loss))
        np.testing.assert_array_equal(accuracy, np.array(run_.curves.accuracy))
    assert legend_texts(view.curves.legend) == ["default", "xavier_uniform_"]
    # per parameter: the gradient norms of the chosen parameter, one line per initializer
    name = view.parameter_combo.currentData()
    grads = [line.yData for line in view.layer_charts.grad_lines()]
    for run_, grad in zip(expected.candidates, grads, strict=True):
        np.testing.assert_array_equal(grad, np.array(run_.curves.grad_norm[name]))
    # histogram after training and the decision boundary: the record's numbers
    after = next(h for h in expected.candidates[1].histograms if h.parameter == name)
    np.testing.assert_array_equal(view.histograms.after_data(1)[1], after.after)
    images = view.boundaries.images()
    assert len(images) == 2 and all(image.isVisible() for image in images)
    np.testing.assert_array_equal(images[0].image, expected.candidates[0].boundary.probability)
    assert unchanged(session, snapshot, before)
    assert "unchanged" in view.status_label.text()


def test_live_losses_while_training_then_cancel_changes_nothing(qtbot, session, view):
    snapshot, before = session.snapshot, weights(session)
    view.controls.set_values({"steps": 10000, "batch": 256})
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    assert view.is_running() and view.cancel_button.isVisible()
    qtbot.waitUntil(lambda: any(line.yData is not None and len(line.yData) > 0
                                for line in view.curves.loss_lines()), timeout=30000)
    live = view.curves.loss_lines()[0].yData
    assert np.all(np.isfinite(live)) and len(live) < 10000  # the losses so far, while it trains
    with qtbot.waitSignal(session.cancelled, timeout=30000):
        qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert not view.is_running() and view.result() is None
    assert view.curves.loss_lines() == []
    assert "cancelled" in view.status_label.text()
    assert unchanged(session, snapshot, before)


def test_a_diverging_initializer_is_named_in_the_legend(qtbot, session, view):
    view.controls.set_values({"lr": 1e5, "steps": 20})
    click_train(qtbot, view)
    texts = legend_texts(view.curves.legend)
    assert len(texts) == 2 and all("diverged at step" in text for text in texts)
    assert all(run_.diverged for run_ in view.result().candidates)
    assert "Diverged" in view.status_label.text()


def test_a_refused_setting_is_explained_under_its_field_and_nothing_runs(qtbot, view):
    view.controls.form.editor("lr").setText("0")
    assert view.controls.form.error_field() == "lr"
    assert "above 0" in view.controls.form.error_text()
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    assert not view.session.busy and view.result() is None
    view.controls.form.editor("batch").setText("0")
    assert view.controls.form.error_field() == "batch"


def test_wrong_output_width_shows_the_width_the_task_needs(qtbot, new_window):
    session = LabSession(seed=0)
    small_network(qtbot, session, outputs=3)
    window = new_window(session)
    snapshot, before = session.snapshot, weights(session)
    window.init_choice.set_checked(["default"])
    window.train_view.controls.set_values({"steps": 5})
    with qtbot.waitSignal(session.failed, timeout=30000):
        window.action_table.trigger("train")
    assert window.chart_tabs.currentWidget() is window.train_view
    assert window.banner.isVisible()
    assert "width 2" in window.banner.message.text()
    assert window.train_view.result() is None
    assert unchanged(session, snapshot, before)


def test_after_training_the_status_follows_a_language_switch(qtbot, view, isolated_settings):
    """The status line is made again from the result in the new language (and back)."""
    from gui import i18n

    click_train(qtbot, view)
    english = view.status_label.text()
    assert english.startswith("Trained 2 copies on spirals")
    i18n.set_language("zh_CN")
    try:
        assert view.status_label.text().startswith("已在 spirals 上训练 2 个副本")
    finally:
        i18n.set_language("en")
    assert view.status_label.text() == english
