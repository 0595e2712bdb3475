"""The network's modules as a Qt list model, and each one worded as a Card.

``NetworkModel`` exposes the snapshot's modules to Qt (no second list is kept)
and turns drops into step requests (``card_drops``); ``Card`` is everything one card shows,
already translated, so the delegate only paints.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from core.model.catalogue import LAYERS
from core.model.snapshot import (
    HALF_LAZY,
    MATERIALIZED,
    NO_PARAMETERS,
    UNINITIALIZED,
    ModuleInfo,
    ParamInfo,
    Snapshot,
    TraceEntry,
    shape_text,
)
from gui.i18n import translate_message
from gui.network.card_drops import CardDrops
from gui.network.trace_table import changed_runs

CARD_ROLE = Qt.ItemDataRole.UserRole + 1  # a Card
MODULE_ROLE = Qt.ItemDataRole.UserRole + 2  # the ModuleInfo

Index = QModelIndex | QPersistentModelIndex


def count_text(count: int) -> str:
    return f"{count:,}"


@dataclass(frozen=True)
class Card:
    """Everything one card shows, already worded."""

    position: int
    title: str  # "0  Linear"
    origin: str  # "declared as LazyLinear", or ""
    flow: str  # "in (2, 20)  →  out (2, 256)"
    state: str  # one of MODULE_STATES
    badge: str  # the state in words
    repr: str
    params: tuple[str, ...]  # "weight (256, 20)", "bias (256)", "5,376 params"; () if none
    links: tuple[str, ...]  # "tied to layer 1", "shared with layer 3"
    changes: tuple[str, ...]  # from the last snapshot: "in_features: 0 → 20"
    error: str = ""  # why the last operation failed at this layer, until the next snapshot
    depth: int = 0  # nesting: "1.conv1" is inside "1" (indented once)
    fold: str = ""  # a block's marker: "▾" its layers shown, "▸" collapsed, "" not a block

    @property
    def highlighted(self) -> bool:
        return bool(self.changes)


class NetworkModel(CardDrops, QAbstractListModel):
    """One row per module of the current snapshot; drops become step requests."""

    stepRequested = Signal(dict)
    addRequested = Signal(str, int)  # layer with required arguments, insert position

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._snapshot: Snapshot | None = None
        self._params: dict[str, ParamInfo] = {}
        self._trace: dict[int, TraceEntry] = {}
        self._error: tuple[int, str] | None = None
        self._changes: dict[int, tuple[str, ...]] = {}  # position -> the snapshot's changes
        self._sharing: dict[int, tuple[int, ...]] = {}  # position -> positions tied to it
        self._inputs: list[tuple] | None = []  # per row: what its card is made from (None:
        # not made since a reset)
        self._own: dict[str, list[ParamInfo]] = {}  # module name -> the parameters under it
        self._cards: dict[int, Card] = {}  # per row, made when first asked for
        # while a snapshot's changed rows are announced: those rows and the cards they had
        # (None: not made yet), so that a view can tell whether a card changed height
        self.replaced: dict[int, Card | None] | None = None
        self.collapsed: set[str] = set()  # blocks whose layers are hidden (by module name)
        self._holders: set[str] = set()  # names of the modules that hold modules

    @property
    def snapshot(self) -> Snapshot | None:
        return self._snapshot

    def set_snapshot(self, snapshot: Snapshot) -> bool:
        """Show ``snapshot``; True when rows were reset (their count changed).

        Otherwise only the rows whose card would read differently are announced
        (``dataChanged``): a snapshot reuses the records of unchanged modules and
        parameters, so a step that changes one layer redraws one card.
        """
        old = len(self._snapshot.modules) if self._snapshot is not None else -1
        reset = old != len(snapshot.modules)
        before = None
        if reset:
            self.beginResetModel()
        else:  # the shown cards' inputs, made now if a reset left them to be made
            before = self._inputs if self._inputs is not None else [
                self._card_inputs(m) for m in self._modules()]
        self._snapshot = snapshot
        self._params = {p.name: p for p in snapshot.parameters}
        self._own = {}
        for info in snapshot.parameters:
            self._own.setdefault(info.module, []).append(info)
        self._holders = {name.rsplit(".", depth)[0] for m in snapshot.modules
                         for name in (m.name,) for depth in range(1, name.count(".") + 1)}
        self._trace = {t.position: t for t in snapshot.trace or ()}
        changes: dict[int, list[str]] = {}
        for change in snapshot.changes:
            changes.setdefault(change.position, []).append(change.text)
        self._changes = {position: tuple(texts) for position, texts in changes.items()}
        sharing: dict[int, list[int]] = {}
        for module in snapshot.modules:
            if module.tied_to is not None:
                sharing.setdefault(module.tied_to, []).append(module.position)
        self._sharing = {position: tuple(tied) for position, tied in sharing.items()}
        error_row = self._error[0] if self._error else None
        self._error = None
        if reset:  # nothing to compare with: the inputs are made when a step needs them
            self._inputs, self._cards = None, {}
            self.endResetModel()
            return True
        self._inputs = [self._card_inputs(m) for m in snapshot.modules]
        rows = [row for row, (was, now) in enumerate(zip(before, self._inputs, strict=True))
                if not _same(was, now) or row == error_row]
        self.replaced = {row: self._cards.pop(row, None) for row in rows}
        try:
            for first, last in changed_runs(rows):
                self.dataChanged.emit(self.index(first), self.index(last))
        finally:
            self.replaced = None
        return False

    def set_error(self, position: int | None, message: str = "") -> bool:
        """Show ``message`` on the card at ``position`` (None clears it); True when a card
        changed."""
        changed = {p for p in (position, self._error and self._error[0]) if p is not None}
        self._error = (position, message) if position is not None else None
        for row in changed:
            self._cards.pop(row, None)
            if 0 <= row < self.rowCount():
                self.dataChanged.emit(self.index(row), self.index(row))
        return bool(changed)

    def retranslate(self) -> None:
        """The texts are made with ``tr`` when asked for: make the views ask again."""
        self._cards = {}
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def module(self, position: int) -> ModuleInfo:
        return self._modules()[position]

    # -- Qt model -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._modules())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        module = self._modules()[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(module)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(module)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            card = self._card(index.row())
            return "\n".join([card.title, card.badge, card.flow, card.repr, *card.params,
                              *card.links, *card.changes])
        if role == CARD_ROLE:
            return self._card(index.row())
        if role == MODULE_ROLE:
            return module
        return None

    # -- wording ------------------------------------------------------------------------

    def card_at(self, row: int) -> Card:
        """The card of ``row`` as the view shows it."""
        return self._card(row)

    def _card(self, row: int) -> Card:
        card = self._cards.get(row)
        if card is None:
            card = self._cards[row] = self.card(self._modules()[row])
        return card

    def _card_inputs(self, module: ModuleInfo) -> tuple:
        """What ``card(module)`` reads: records compared by identity, texts by value."""
        own = self._own.get(module.name, ())
        if module.tied_to is None and len(own) == len(module.parameters):
            params = tuple(own)  # listed in the module's order (most modules)
        else:  # a tied module, or a tensor listed under another module
            params = tuple(self._param(module, attr) for attr in module.parameters)
        tied = self._modules()[module.tied_to] if module.tied_to is not None else None
        return (module, self._trace.get(module.position), params, tied,
                self._changes.get(module.position), self._sharing.get(module.position))

    def card(self, module: ModuleInfo) -> Card:
        origin = ""
        if module.layer != module.type:
            origin = self.tr("declared as {layer}").format(layer=module.layer)
        entry = self._trace.get(module.position)
        flow = self.tr("in {input}  →  out {output}").format(
            input=shape_text(entry.input_shape if entry else None),
            output=shape_text(entry.output_shape if entry else None),
        )
        changes = self._changes.get(module.position, ())
        error = (translate_message(self._error[1])
                 if self._error and self._error[0] == module.position else "")
        return Card(module.position, self._title(module), origin, flow, module.state,
                    self.state_text(module.state), _own_line(module.repr),
                    self._params_text(module), self._links(module), changes, error,
                    module.name.count("."), self._fold(module))

    def state_text(self, state: str) -> str:
        return {
            UNINITIALIZED: self.tr("uninitialized"),
            MATERIALIZED: self.tr("materialized"),
            HALF_LAZY: self.tr("half-lazy"),
            NO_PARAMETERS: self.tr("no parameters"),
        }.get(state, state)

    def _state_help(self, state: str) -> str:
        return {
            UNINITIALIZED: self.tr("Its parameters have no shape yet: the first forward pass "
                                   "infers it from the input."),
            MATERIALIZED: self.tr("Its parameters exist with their final shapes."),
            HALF_LAZY: self.tr("Weights were loaded, but the module stays Lazy until the next "
                               "forward pass."),
            NO_PARAMETERS: self.tr("This layer has no parameters."),
        }.get(state, "")

    def _title(self, module: ModuleInfo) -> str:
        return self.tr("{name}  {type}").format(name=module.name, type=module.type)

    def _fold(self, module: ModuleInfo) -> str:
        if not self.holds_modules(module.name):
            return ""
        return "▸" if module.name in self.collapsed else "▾"

    def holds_modules(self, name: str) -> bool:
        """Whether the module ``name`` has modules inside it (a block, a user's container)."""
        return name in self._holders

    def hidden_rows(self) -> list[bool]:
        """Per row: inside a collapsed block."""
        prefixes = tuple(name + "." for name in self.collapsed)
        return [bool(prefixes) and m.name.startswith(prefixes) for m in self._modules()]

    def set_collapsed(self, name: str, collapsed: bool) -> None:
        (self.collapsed.add if collapsed else self.collapsed.discard)(name)
        rows = [i for i, m in enumerate(self._modules()) if m.name == name]
        for row in rows:
            self._cards.pop(row, None)
            self.dataChanged.emit(self.index(row), self.index(row))

    def _tooltip(self, module: ModuleInfo) -> str:
        spec = LAYERS.get(module.layer)
        doc = (translate_message(spec.doc) + "\n" + translate_message(spec.default_init)
               if spec else module.layer)
        return self.tr("{doc}\n\n{repr}\n\n{state}").format(
            doc=doc, repr=module.repr,
            state=self._state_help(module.state),
        )

    def _param(self, module: ModuleInfo, attr: str) -> ParamInfo | None:
        # A tied module's tensors are listed once, under whichever position came first.
        names = [module.name]
        if module.tied_to is not None:
            names.append(self._modules()[module.tied_to].name)
        for name in names:
            info = self._params.get(f"{name}.{attr}")
            if info is not None:
                return info
        return None

    def _params_text(self, module: ModuleInfo) -> tuple[str, ...]:
        parts = []
        for attr in module.parameters:
            info = self._param(module, attr)
            if info is None or not info.materialized or info.shape is None:
                parts.append(self.tr("{param}: UninitializedParameter").format(param=attr))
            else:
                parts.append(self.tr("{param} {shape}").format(
                    param=attr, shape=shape_text(info.shape)))
        if parts and module.numel is not None:
            parts.append(self.tr("{count} params").format(count=count_text(module.numel)))
        return tuple(parts)

    def _links(self, module: ModuleInfo) -> tuple[str, ...]:
        links = []
        modules = self._modules()
        if module.tied_to is not None:
            target = modules[module.tied_to]
            if target.name == str(target.position):
                links.append(self.tr("tied to layer {position}").format(position=target.position))
            else:
                links.append(self.tr("tied to layer {position} ({name})").format(
                    position=target.position, name=target.name))
        sharing = [str(p) for p in self._sharing.get(module.position, ())]
        if len(sharing) == 1:
            links.append(self.tr("shared with layer {position}").format(position=sharing[0]))
        elif sharing:
            links.append(self.tr("shared with layers {positions}").format(
                positions=", ".join(sharing)))
        return tuple(links)

    def _modules(self) -> tuple[ModuleInfo, ...]:
        return self._snapshot.modules if self._snapshot is not None else ()


def _same(was: tuple, now: tuple) -> bool:
    """Records (module, trace entry, parameters, tied module) by identity, texts by value."""
    module, trace, params, tied, changes, sharing = was
    return (module is now[0] and trace is now[1] and tied is now[3]
            and len(params) == len(now[2])
            and all(a is b for a, b in zip(params, now[2], strict=True))
            and changes == now[4] and sharing == now[5])


def _own_line(text: str) -> str:
    """A container's card shows its first line, ``Residual(…)``: its modules have cards."""
    first, newline, _ = text.partition("\n")
    return f"{first}…)" if newline else text
