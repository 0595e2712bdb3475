"""The network as a column of cards: one per layer, showing its lazy state at a glance.

``NetworkModel`` (gui/network/network_model.py) exposes the snapshot's modules to Qt;
``CardDelegate`` (gui/network/card_delegate.py) paints each one as a card big enough
for a projector; ``CardList`` (gui/network/card_list.py) draws drops and the empty
hint; ``NetworkView`` adds the header, keys and the context menu. Every edit is
only *requested* as a step dict: the network changes when the next snapshot
arrives.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QKeyCombination,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from core.model.catalogue import LAYERS
from core.model.snapshot import MATERIALIZED, UNINITIALIZED, Snapshot, shape_text
from gui.kit.retranslating import Retranslating
from gui.network import tree_rows
from gui.network.card_delegate import BADGES, INK, OUTER_X, PANE, CardDelegate, _font
from gui.network.card_drops import POSITION_MIME  # noqa: F401 (re-exported, as below)
from gui.network.card_list import CardList
from gui.network.network_model import (  # noqa: F401 (re-exported: the names tests and views use)
    CARD_ROLE,
    MODULE_ROLE,
    Card,
    NetworkModel,
    count_text,
)

# The current card's keys: what _handle_key acts on, its context menu and Help show.
CARD_KEYS = (("edit", ("Return", "Enter")), ("rename", ("F2",)), ("duplicate", ("Ctrl+D",)),
             ("move_up", ("Ctrl+Up",)), ("move_down", ("Ctrl+Down",)),
             ("remove", ("Del", "Backspace")), ("collapse", ("Left",)), ("expand", ("Right",)))

# cards measured between two events while a network is laid out: a screenful and more, so
# the first pass of a new 1000-layer network measures few cards (each new card ~0.2 ms)
CARDS_PER_BATCH = 20


class NetworkView(Retranslating, QWidget):
    """Header (input shape, parameter counts) above the cards; edits go out as steps."""

    stepRequested = Signal(dict)
    addRequested = Signal(str, int)  # a dropped layer that needs arguments, at this position
    editRequested = Signal(int)  # "Edit arguments…" for this position
    selectionChanged = Signal(list)  # selected positions, ascending

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pending: tuple[str, int] | None = None  # (op, position) to select when it lands
        self._emitted: list[int] | None = []

        self.summary_label = QLabel()
        self.summary_label.setFont(_font(15, bold=True))
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setStyleSheet(f"color: {INK.name()};")
        self.lazy_label = QLabel()
        self.lazy_label.setFont(_font(13, bold=True))
        self.lazy_label.setTextFormat(Qt.TextFormat.PlainText)

        self._model = NetworkModel(self)
        self.delegate = CardDelegate(self)
        self._rows_hidden = False  # some row is hidden (inside a folded block)
        self.list_view = CardList()
        self.list_view.setModel(self._model)
        self.list_view.setItemDelegate(self.delegate)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.setDragEnabled(True)
        self.list_view.setAcceptDrops(True)
        self.list_view.setDropIndicatorShown(False)  # CardList draws a thicker line
        self.list_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        # Cards are laid out a batch at a time between events, so a 1000-layer network
        # never holds the window still while its cards are measured.
        self.list_view.setLayoutMode(QListView.LayoutMode.Batched)
        self.list_view.setBatchSize(CARDS_PER_BATCH)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setMouseTracking(True)
        self.list_view.setStyleSheet(f"QListView {{ background: {PANE.name()}; border: none; }}")
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.key_handler = self._handle_key

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        header = QVBoxLayout()
        header.setContentsMargins(OUTER_X + 4, 8, OUTER_X + 4, 4)
        header.setSpacing(6)
        header.addWidget(self.summary_label)
        header.addWidget(self.lazy_label, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(header)
        layout.addWidget(self.list_view, 1)

        self._model.stepRequested.connect(self._request)
        self._model.addRequested.connect(self.addRequested)
        self.list_view.selectionModel().selectionChanged.connect(self._emit_selection)
        self.list_view.customContextMenuRequested.connect(self._show_context_menu)
        self.list_view.doubleClicked.connect(lambda index: self.request_edit(index.row()))
        self._update_header(None)

    def retranslate(self) -> None:
        """The header from the snapshot shown, and the cards (their model's texts) again."""
        self._update_header(self._model.snapshot)
        self._model.retranslate()
        self.list_view.doItemsLayout()  # cards change height with their texts

    # -- snapshots and selection ----------------------------------------------------------

    def model(self) -> NetworkModel:
        """The rows shown, like QAbstractItemView.model()."""
        return self._model

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Show ``snapshot`` in place, keeping (or moving along) the selection."""
        before = self.selected_positions()
        reset = self._model.set_snapshot(snapshot)
        rows = self._model.rowCount()
        pending, self._pending = self._pending, None
        if pending is not None and pending[0] == snapshot.op and rows:
            self.select(min(pending[1], rows - 1))
        elif reset:  # rows came or went: keep what still exists, else the new last row
            kept = [p for p in before if p < rows]
            self._select_many(kept or ([rows - 1] if before and rows else []))
        self._show_collapsed()
        if reset:  # otherwise the list lays its rows out again if a card changed height
            self.list_view.doItemsLayout()
        self._update_header(snapshot)
        self._emitted = None  # names may have changed at the same positions (rename, undo)
        self._emit_selection()

    def set_error(self, position: int | None, message: str = "") -> None:
        """Show an operation's failure on the card it concerns, until the next snapshot."""
        if self._model.set_error(position, message):  # after every step: mostly not
            self.list_view.doItemsLayout()
        if position is not None:
            self.select(position)

    def selected_positions(self) -> list[int]:
        return sorted(index.row() for index in self.list_view.selectionModel().selectedRows())

    def current_position(self) -> int | None:
        """The layer keys and menu act on: the current card if selected, else the first."""
        current = self.list_view.currentIndex()
        selected = self.selected_positions()
        if current.isValid() and current.row() in selected:
            return current.row()
        return selected[0] if selected else None

    def select(self, position: int) -> None:
        """Select only ``position`` and bring it into view."""
        if not 0 <= position < self._model.rowCount():
            return
        self._select_many([position])
        self.list_view.scrollTo(self._model.index(position))

    # -- requests ---------------------------------------------------------------------------

    def request_remove(self, position: int) -> None:
        rows = self._model.rowCount()
        self._request({"op": "remove", "at": position}, ("remove", min(position, rows - 2)))

    def request_duplicate(self, position: int) -> None:
        self._request({"op": "duplicate", "at": position}, ("add", position + 1))

    def request_move(self, position: int, to: int) -> None:
        if 0 <= to < self._model.rowCount() and to != position:
            self._request({"op": "move", "at": position, "to": to}, ("move", to))

    def request_edit(self, position: int) -> None:
        if 0 <= position < self._model.rowCount():
            self.editRequested.emit(position)

    def request_rename(self, position: int) -> None:
        current = self._model.module(position).name.rpartition(".")[2]  # inside a block too
        name = self.ask_name(current)
        if name is None or name == current or (not name and current.isdigit()):
            return
        self._request({"op": "rename", "at": position, "name": name or None})

    def set_collapsed(self, position: int, collapsed: bool) -> None:
        """Hide (or show again) the modules inside the block at ``position``."""
        name = self._model.module(position).name
        if self._model.holds_modules(name):
            self._model.set_collapsed(name, collapsed)
            self._show_collapsed()

    def _show_collapsed(self) -> None:
        self._model.collapsed &= {m.name for m in self._model.snapshot.modules}
        if not self._model.collapsed and not self._rows_hidden:
            return  # nothing folded, nothing hidden: 1000 rows need no look
        hidden_rows = self._model.hidden_rows()
        for row, hidden in enumerate(hidden_rows):
            if self.list_view.isRowHidden(row) != hidden:
                self.list_view.setRowHidden(row, hidden)
        self._rows_hidden = any(hidden_rows)

    def request_tie(self, position: int) -> None:
        target = self.ask_tie_target(position)
        if target is not None:
            self._request({"op": "tie", "at": position, "to": target})

    def request_untie(self, position: int) -> None:
        if self._model.module(position).tied_to is not None:
            self._request({"op": "untie", "at": position})

    def tie_candidates(self, position: int) -> list[int]:
        """Earlier layers of the same declared type that ``position`` may share."""
        modules = self._model.snapshot.modules if self._model.snapshot else ()
        module = modules[position]
        if tree_rows.is_tree(self._model.snapshot):
            return []  # core refuses ties in a network with blocks
        if any(m.tied_to == position for m in modules):
            return []  # core refuses: the layers tied to this one would need untying first
        return [m.position for m in modules[:position]
                if m.layer == module.layer and m.position != module.tied_to]

    # -- dialogs (tests replace these) ----------------------------------------------------

    def ask_name(self, current: str) -> str | None:
        """The new name, "" for the default number, None when cancelled."""
        text, ok = QInputDialog.getText(
            self, self.tr("Rename layer"),
            self.tr("New name (leave empty for the default number):"),
            QLineEdit.EchoMode.Normal, current,
        )
        return text.strip() if ok else None

    def ask_tie_target(self, position: int) -> int | None:
        candidates = self.tie_candidates(position)
        if not candidates:
            return None
        labels = [self._model.index(p).data() for p in candidates]
        label, ok = QInputDialog.getItem(
            self, self.tr("Tie layer"),
            self.tr("Layer {position} will use the very same parameters as:").format(
                position=position),
            labels, 0, False,
        )
        return candidates[labels.index(label)] if ok and label in labels else None

    # -- context menu and keys ----------------------------------------------------------

    def card_texts(self) -> dict[str, str]:
        """What each card action is called, in the interface language."""
        return {"edit": self.tr("Edit arguments…"), "rename": self.tr("Rename…"),
                "duplicate": self.tr("Duplicate"), "tie": self.tr("Tie to layer…"),
                "untie": self.tr("Untie"), "move_up": self.tr("Move up"),
                "move_down": self.tr("Move down"), "remove": self.tr("Remove"),
                "collapse": self.tr("Collapse block"), "expand": self.tr("Expand block")}

    def key_rows(self) -> list[tuple[str, str]]:
        """(action, keys) for each key of the selected card, for Help ▸ Keyboard shortcuts."""
        texts = self.card_texts()
        native = QKeySequence.SequenceFormat.NativeText
        return [(texts[name], ", ".join(QKeySequence(key).toString(native) for key in keys))
                for name, keys in CARD_KEYS]

    def context_menu(self, position: int) -> QMenu:
        """The actions for one card; each shows its key, as a reminder."""
        module = self._model.module(position)
        last = self._model.rowCount() - 1
        spec = LAYERS.get(module.layer)
        block = self._model.holds_modules(module.name)
        folded = module.name in self._model.collapsed
        menu = QMenu(self)
        menu.setFont(_font(13))
        texts, keys_of = self.card_texts(), dict(CARD_KEYS)
        entries = [
            ("edit", bool(spec and spec.args), lambda: self.request_edit(position)),
            ("rename", True, lambda: self.request_rename(position)),
            ("duplicate", True, lambda: self.request_duplicate(position)),
            None,
            ("tie", bool(self.tie_candidates(position)), lambda: self.request_tie(position)),
            ("untie", module.tied_to is not None, lambda: self.request_untie(position)),
            None,
            ("move_up", position > 0, lambda: self.request_move(position, position - 1)),
            ("move_down", position < last, lambda: self.request_move(position, position + 1)),
            None,
            ("remove", True, lambda: self.request_remove(position)),
            None,
            ("collapse", block and not folded, lambda: self.set_collapsed(position, True)),
            ("expand", block and folded, lambda: self.set_collapsed(position, False)),
        ]
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            name, enabled, slot = entry
            text, keys = texts[name], keys_of.get(name, ())
            action = menu.addAction(text)
            action.setObjectName(name)
            if keys:
                action.setShortcuts([QKeySequence(key) for key in keys])
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # keys: _handle_key
            action.setEnabled(enabled)
            action.triggered.connect(slot)
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.list_view.indexAt(pos)
        if not index.isValid():
            return
        if index.row() not in self.selected_positions():
            self.select(index.row())
        menu = self.context_menu(index.row())
        menu.exec(self.list_view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _handle_key(self, event: QKeyEvent) -> bool:
        """A key of ``CARD_KEYS`` acts on the current card."""
        position = self.current_position()
        if position is None:
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
        exact = QKeySequence.SequenceMatch.ExactMatch
        for name, keys in CARD_KEYS:
            if any(QKeySequence(key).matches(pressed) == exact for key in keys):
                self._act(name, position)
                return True
        return False

    def _act(self, name: str, position: int) -> None:
        requests = {"edit": lambda: self.request_edit(position),
                    "rename": lambda: self.request_rename(position),
                    "duplicate": lambda: self.request_duplicate(position),
                    "move_up": lambda: self.request_move(position, position - 1),
                    "move_down": lambda: self.request_move(position, position + 1),
                    "remove": lambda: self.request_remove(position),
                    "collapse": lambda: self.set_collapsed(position, True),
                    "expand": lambda: self.set_collapsed(position, False)}
        requests[name]()

    # -- internals ------------------------------------------------------------------------

    def _request(self, step: dict, select: tuple[str, int] | None = None) -> None:
        if step["op"] == "move":
            select = ("move", step["to"])
        elif step["op"] == "add" and select is None:
            select = ("add", step.get("at", self._model.rowCount()))
        self._pending = select
        self.stepRequested.emit(step)

    def _select_many(self, positions: list[int]) -> None:
        # One ClearAndSelect, so that listeners see no empty selection in between.
        wanted = QItemSelection()
        for position in positions:
            wanted.select(self._model.index(position), self._model.index(position))
        selection = self.list_view.selectionModel()
        selection.select(wanted, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if positions:
            selection.setCurrentIndex(self._model.index(positions[0]),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)

    def _emit_selection(self, *args) -> None:
        positions = self.selected_positions()
        if positions != self._emitted:
            self._emitted = positions
            self.selectionChanged.emit(positions)

    def _update_header(self, snapshot: Snapshot | None) -> None:
        shape = shape_text(snapshot.input_shape if snapshot and snapshot.trace else None)
        total = snapshot.total_params if snapshot else 0
        lazy = snapshot.uninitialized_params if snapshot else 0
        self.summary_label.setText(self.tr("Input {shape}  ·  {total} parameters").format(
            shape=shape, total=count_text(total)))
        self.lazy_label.setText(
            self.tr("Uninitialized parameter tensors: {count}").format(count=lazy))
        fill, ink = BADGES[UNINITIALIZED] if lazy else BADGES[MATERIALIZED]
        self.lazy_label.setStyleSheet(
            f"background: {fill.name()}; color: {ink.name()}; border-radius: 6px; "
            "padding: 3px 10px;"
        )

