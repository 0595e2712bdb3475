"""The initializers to compare: which are ticked, each one's arguments, the seed and target.

The Compare and Depth tabs are two views of one ``InitChoice``: ticking an
initializer in one shows it ticked in the other, and both run with the same
arguments and seed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core.errors import LabError
from core.model.initializers import INITIALIZERS, validate_init_args

DEFAULT_CHECKED = ("default", "xavier_uniform_", "kaiming_normal_", "orthogonal_")
PARAMS = ("weight", "bias", "all")


class InitChoice(QObject):
    """Ticked initializers (in INITIALIZERS order), arguments per initializer, seed, target."""

    checkedChanged = Signal()
    argsChanged = Signal(str)  # the initializer whose arguments changed
    seedChanged = Signal(int)
    paramsChanged = Signal(str)
    invalid = Signal(str, str)  # initializer, message: candidates() found bad arguments

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checked = [name for name in INITIALIZERS if name in DEFAULT_CHECKED]
        self._args: dict[str, dict] = {}
        self._seed = 0
        self._params = "weight"

    def names(self) -> list[str]:
        """Every initializer that can be ticked, in the order they are listed."""
        return list(INITIALIZERS)

    def checked(self) -> list[str]:
        return list(self._checked)

    def is_checked(self, name: str) -> bool:
        return name in self._checked

    def set_checked(self, names) -> None:
        wanted = set(names)
        checked = [name for name in INITIALIZERS if name in wanted]
        if checked != self._checked:
            self._checked = checked
            self.checkedChanged.emit()

    def set_check(self, name: str, on: bool) -> None:
        names = set(self._checked)
        names.add(name) if on else names.discard(name)
        self.set_checked(names)

    def args(self, name: str) -> dict:
        return dict(self._args.get(name, {}))

    def set_args(self, name: str, args: dict) -> None:
        if self._args.get(name) != args:
            self._args[name] = dict(args)
            self.argsChanged.emit(name)

    def seed(self) -> int:
        return self._seed

    def set_seed(self, seed: int) -> None:
        if int(seed) != self._seed:
            self._seed = int(seed)
            self.seedChanged.emit(self._seed)

    def params(self) -> str:
        """"weight", "bias" or "all": what each initializer is applied to."""
        return self._params

    def set_params(self, params: str) -> None:
        if params not in PARAMS:
            raise ValueError(f"unknown params {params!r}")
        if params != self._params:
            self._params = params
            self.paramsChanged.emit(params)

    def candidates(self) -> list[dict] | None:
        """The ticked initializers with valid arguments; None (``invalid`` emitted) otherwise."""
        result = []
        for name in self._checked:
            args = self._args.get(name, {})
            if name != "default":
                try:
                    args = validate_init_args(name, args)
                except LabError as error:
                    self.invalid.emit(name, error.message)
                    return None
            result.append({"init": name, "args": _json_args(args)})
        return result


def _json_args(args: dict) -> dict:
    return {k: (dict(v) if isinstance(v, dict) else v) for k, v in args.items()}
