"""The window on the user's own model: opened through the app's startup path (--model),
every module a card with its dotted name, indented by depth; a forward from the Run
forward button; structural requests refused in the banner; a broken file leaves the
window as it was."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from core.model.user_model import UserModelLab
from gui import app
from gui.network.network_model import CARD_ROLE
from tests.core.d2l_models import MODEL_FILE


def write_model(tmp_path) -> str:
    path = tmp_path / "my_net_window.py"
    path.write_text(MODEL_FILE + "\n\ndef make_net():\n    return resnet()\n", "utf-8")
    return f"{path}:make_net"


def cards(window) -> list:
    model = window.network_view.model()
    return [model.index(row).data(CARD_ROLE) for row in range(model.rowCount())]


def test_model_opens_through_the_startup_path_with_a_card_per_module(
        qtbot, isolated_settings, tmp_path):
    startup = app.Startup(None, None)
    startup.model = write_model(tmp_path)
    startup.show_loading()
    qtbot.addWidget(startup.loading)
    startup.open_main_window()
    window = startup.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: isinstance(window.session.lab, UserModelLab)
                    and not window.session.busy, timeout=30_000)
    net = window.session.lab.version.net()
    shown = cards(window)
    assert [c.title.split()[0] for c in shown] == [n for n, _ in net.named_modules()][1:]
    depth = {c.title.split()[0]: c.depth for c in shown}
    assert depth["1"] == 0 and depth["1.conv1"] == 1
    assert startup.code == 0

    # a nested card is drawn to the right of its container's
    delegate, rect = window.network_view.delegate, QRect(0, 0, 500, 0)
    by_name = {c.title.split()[0]: c for c in shown}
    assert (delegate.layout(by_name["1.conv1"], rect).card.left()
            > delegate.layout(by_name["1"], rect).card.left())

    with qtbot.waitSignal(window.session.snapshotChanged, timeout=30_000):
        qtbot.mouseClick(window.forward_panel.run_button, Qt.MouseButton.LeftButton)
    snapshot = window.session.snapshot
    assert snapshot.op == "forward"
    assert all(p.materialized for p in snapshot.parameters)
    assert [t.name for t in snapshot.trace][:3] == ["0", "1", "1.conv1"]

    with qtbot.waitSignal(window.session.analysed, timeout=60_000) as compared:
        window.action_table["compare"].trigger()
    assert compared.args[0]["op"] == "compare"
    with qtbot.waitSignal(window.depth_view.depthShown, timeout=60_000):
        window.action_table["depth"].trigger()
    layers = window.depth_view.result().curves[0].layers
    assert [x.name for x in layers][:3] == ["0", "1.conv1", "1.bn1"]  # leaf calls, in order
    assert window.session.snapshot is snapshot  # analyses change nothing

    before = window.session.snapshot
    with qtbot.waitSignal(window.session.failed, timeout=30_000):
        window.network_view.request_remove(0)
    assert window.session.snapshot is before
    assert "your own model" in window.banner.message.text()


def test_a_factory_returning_an_int_is_said_in_the_banner_and_nothing_changes(
        new_window, qtbot, tmp_path):
    window = new_window()
    lab, snapshot = window.session.lab, window.session.snapshot
    path = tmp_path / "returns_int.py"
    path.write_text("def make_net():\n    return 42\n", "utf-8")
    with qtbot.waitSignal(window.session.failed, timeout=30_000):
        assert window.session.open_model(spec=f"{path}:make_net")
    assert window.session.lab is lab and window.session.snapshot is snapshot
    qtbot.waitUntil(lambda: window.banner.isVisible())
    text = window.banner.message.text()
    assert "returned int, not an nn.Module" in text and "returns_int.py:1" in text


def test_show_model_opens_the_window_on_a_module_object(qtbot, isolated_settings, monkeypatch):
    import torch  # the test builds the user's module (gui/ itself never imports torch)
    import torch.nn as nn

    from gui.window.main_window import MainWindow

    windows = []
    monkeypatch.setattr(MainWindow, "show", lambda self: windows.append(self))
    monkeypatch.setattr(app.QApplication, "exec", lambda self: 0)
    net = nn.Sequential(nn.Sequential(nn.LazyLinear(4), nn.ReLU()), nn.LazyLinear(2))
    assert app.show_model(net, example_input=torch.ones(3, 5)) == 0
    window = windows[0]
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: isinstance(window.session.lab, UserModelLab)
                    and not window.session.busy, timeout=30_000)
    qtbot.waitUntil(lambda: not window.session.busy)
    assert [c.title.split()[0] for c in cards(window)] == ["0", "0.0", "0.1", "1"]
    assert window.session.snapshot.parameters[0].shape == (4, 5)
