"""Network ▸ Start from template ▸ Real architectures: each template opens as a user model
(a card per module, as plain PyTorch builds it after the session's seed), the Forward tab
shows its input, the flat templates stay, and undo brings the earlier network back."""

from __future__ import annotations

import torch
from PySide6.QtCore import Qt

from core.model import templates
from core.model.architectures import ARCHITECTURES
from gui import i18n
from gui.network.network_model import CARD_ROLE


def cards(window) -> list:
    model = window.network_view.model()
    return [model.index(row).data(CARD_ROLE) for row in range(model.rowCount())]


def plain(key: str, seed: int) -> torch.nn.Module:
    arch = ARCHITECTURES[key]
    torch.manual_seed(seed)
    net = arch.build()
    net(arch.example_input())
    return net


def test_the_template_menu_keeps_the_flat_templates_and_lists_the_architectures(new_window):
    window = new_window()
    menu = window.architecture_menu
    flat = [a.text() for a in menu.parentWidget().actions() if a.menu() is None]
    assert flat == [i18n.translate_message(t["title"]) for t in templates.TEMPLATES.values()]
    shown = [a.text() for a in menu.actions()]
    assert shown == [i18n.translate_message(a.title) for a in ARCHITECTURES.values()]
    resnet = menu.actions()[0]
    assert "(1, 3, 32, 32)" in resnet.toolTip() and "Residual" in resnet.toolTip()


def test_a_real_architecture_opens_as_plain_pytorch_and_undo_returns(new_window, qtbot):
    window = new_window()
    with qtbot.waitSignal(window.session.snapshotChanged, timeout=30_000):
        window.load_template("lazy_mlp")  # a network to come back to
    before = window.session.snapshot.repr
    action = next(a for a in window.architecture_menu.actions()
                  if a.objectName() == "architecture_resnet18_small")
    with qtbot.waitSignal(window.session.workspaceChanged, timeout=60_000):
        action.trigger()
    qtbot.waitUntil(lambda: not window.session.busy, timeout=60_000)
    net = plain("resnet18_small", window.session.seed)
    snapshot = window.session.snapshot
    assert snapshot.repr == repr(net)
    assert [c.title.split()[0] for c in cards(window)] == [n for n, _ in net.named_modules()][1:]
    assert window.forward_panel.step()["shape"] == [1, 3, 32, 32]
    assert window.forward_panel.step()["fill"] == "normal"

    with qtbot.waitSignal(window.session.snapshotChanged, timeout=30_000):
        qtbot.mouseClick(window.forward_panel.run_button, Qt.MouseButton.LeftButton)
    assert window.session.snapshot.op == "forward"
    assert window.session.snapshot.trace[0].name == "stem"

    for _ in range(3):  # the forward just run, the example input's, then the template
        with qtbot.waitSignal(window.session.snapshotChanged, timeout=30_000):
            window.action_table["undo"].trigger()
    assert window.session.snapshot.repr == before
