"""Tests of gui.network.palette: catalogue groups, filtering, add requests and drag payloads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from core.model.catalogue import GROUPS, LAYERS
from gui.network.network_view import NetworkModel
from gui.network.palette import LAYER_MIME, Palette, required_args


@pytest.fixture
def palette(qtbot) -> Palette:
    widget = Palette()
    widget.resize(360, 700)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def group_children(palette: Palette) -> list[list[str]]:
    tree = palette.tree
    return [
        [tree.topLevelItem(g).child(c).text(0) for c in range(tree.topLevelItem(g).childCount())]
        for g in range(tree.topLevelItemCount())
    ]


def double_click(qtbot, palette: Palette, layer: str) -> None:
    item = palette.item(layer)
    palette.tree.scrollToItem(item)
    center = palette.tree.visualItemRect(item).center()
    # Qt 6's QTest sends only the double-click event; a real one follows a click.
    qtbot.mouseClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, pos=center)


def test_required_args_come_from_the_catalogue() -> None:
    assert required_args("LazyLinear") == ["out_features"]
    assert required_args("Linear") == ["in_features", "out_features"]
    assert required_args("ReLU") == []


def test_layers_are_grouped_in_catalogue_order(palette: Palette) -> None:
    expected = [[n for n, spec in LAYERS.items() if spec.group == g] for g in GROUPS]
    assert group_children(palette) == expected
    assert palette.tree.topLevelItem(0).text(0) == "Lazy"
    assert palette.tree.topLevelItem(1).text(0) == "Linear & convolution"
    item = palette.item("LazyLinear")
    assert LAYERS["LazyLinear"].doc in item.toolTip(0)
    assert palette.hint("LazyLinear") == "becomes Linear · needs out_features"
    assert palette.hint("Linear") == "needs in_features, out_features"
    assert palette.hint("ReLU") == "ready to add"
    assert not palette.tree.topLevelItem(0).flags() & Qt.ItemFlag.ItemIsDragEnabled


def test_double_click_adds_a_layer_without_required_arguments(qtbot, palette: Palette) -> None:
    with qtbot.assertNotEmitted(palette.addRequested), \
            qtbot.waitSignal(palette.stepRequested) as blocker:
        double_click(qtbot, palette, "ReLU")
    assert blocker.args == [{"op": "add", "layer": "ReLU"}]


def test_double_click_on_a_layer_with_required_arguments_asks_for_them(
    qtbot, palette: Palette
) -> None:
    with qtbot.assertNotEmitted(palette.stepRequested), \
            qtbot.waitSignal(palette.addRequested) as blocker:
        double_click(qtbot, palette, "LazyLinear")
    assert blocker.args == ["LazyLinear"]


def test_enter_on_the_current_layer_adds_it(qtbot, palette: Palette) -> None:
    palette.tree.setCurrentItem(palette.item("Dropout"))
    palette.tree.setFocus()
    with qtbot.waitSignal(palette.stepRequested) as blocker:
        qtbot.keyClick(palette.tree, Qt.Key.Key_Return)
    assert blocker.args == [{"op": "add", "layer": "Dropout"}]


def test_filter_hides_layers_and_empty_groups(qtbot, palette: Palette) -> None:
    qtbot.keyClicks(palette.filter_edit, "conv")
    assert palette.visible_layers() == [
        "LazyConv1d", "LazyConv2d", "LazyConv3d", "LazyConvTranspose1d", "LazyConvTranspose2d",
        "LazyConvTranspose3d", "Conv1d", "Conv2d", "Conv3d", "ConvTranspose1d",
        "ConvTranspose2d", "ConvTranspose3d"]
    assert palette.item("ReLU").isHidden()
    hidden_groups = [palette.tree.topLevelItem(g).isHidden() for g in range(len(GROUPS))]
    assert hidden_groups == [False, False] + [True] * (len(GROUPS) - 2)

    palette.filter_edit.clear()
    assert palette.visible_layers() == list(LAYERS)
    assert not any(palette.tree.topLevelItem(g).isHidden() for g in range(len(GROUPS)))


def test_enter_in_the_filter_adds_the_first_match(qtbot, palette: Palette) -> None:
    qtbot.keyClicks(palette.filter_edit, "TANH")  # "TAN" also finds InstanceNorm
    assert palette.visible_layers() == ["Tanh"]
    with qtbot.waitSignal(palette.stepRequested) as blocker:
        qtbot.keyClick(palette.filter_edit, Qt.Key.Key_Return)
    assert blocker.args == [{"op": "add", "layer": "Tanh"}]


def test_drag_payload_is_the_layer_name_and_the_network_accepts_it(
    qtbot, palette: Palette
) -> None:
    mime = palette.tree.mimeData([palette.item("GELU")])
    assert palette.tree.mimeTypes() == [LAYER_MIME]
    assert bytes(mime.data(LAYER_MIME).data()) == b"GELU"
    assert palette.tree.mimeData([palette.tree.topLevelItem(0)]) is None  # a group title

    model = NetworkModel()
    with qtbot.waitSignal(model.stepRequested) as blocker:
        model.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert blocker.args == [{"op": "add", "layer": "GELU", "at": 0}]


def test_details_line_follows_the_current_layer(palette: Palette) -> None:
    palette.tree.setCurrentItem(palette.item("Flatten"))
    assert palette.details.text() == f"Flatten: {LAYERS['Flatten'].doc}"


def test_sequence_layers_have_their_group_and_cards_say_how_torch_initializes_them(
    qtbot, palette: Palette
) -> None:
    titles = [palette.tree.topLevelItem(g).text(0) for g in range(len(GROUPS))]
    assert titles[-2:] == ["Embedding, recurrent & attention", "Blocks: nested, residual, parallel"]
    assert group_children(palette)[-1] == ["Sequential", "Residual", "Concat"]
    assert group_children(palette)[-2] == [
        "Embedding", "RNN", "LSTM", "GRU", "MultiheadAttention", "TransformerEncoderLayer"]
    assert LAYERS["LSTM"].default_init in palette.item("LSTM").toolTip(0)
    assert "swapped" in palette.item("ConvTranspose2d").toolTip(0)
    with qtbot.waitSignal(palette.addRequested) as blocker:
        double_click(qtbot, palette, "Embedding")
    assert blocker.args == ["Embedding"]  # num_embeddings and embedding_dim are asked for


def test_every_layer_name_is_shown_whole_in_the_classroom_window(qtbot, new_window) -> None:
    """At 1280×720 the palette column is narrow: a long name (LazyConvTranspose3d) is
    drawn a point or two smaller, never cut off."""
    from PySide6.QtGui import QFontMetrics

    window = new_window()
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    tree = window.palette_view.tree
    delegate = tree.itemDelegate()
    pad = delegate.PAD
    for name in LAYERS:
        item = window.palette_view.item(name)
        tree.scrollToItem(item)
        width = tree.visualItemRect(item).width() - 2 * pad
        font = delegate.name_fitting(name, width)
        assert QFontMetrics(font).horizontalAdvance(name) <= width, name
        assert font.pointSizeF() >= delegate.hint_font.pointSizeF()
    long_name = max(LAYERS, key=len)
    width = tree.visualItemRect(window.palette_view.item(long_name)).width() - 2 * pad
    assert QFontMetrics(delegate.name_font).horizontalAdvance(long_name) > width  # it needed it
