"""Initializer labels and code: the call text an export writes reproduces the lab's apply."""

from __future__ import annotations

import pytest
import torch

from core.model.initializers import apply_initializer, code_call, describe, validate_init_args
from tests.core.initializer_helpers import APPLICABLE, CASES

# --- labels and code -----------------------------------------------------------------


def test_describe() -> None:
    assert describe("xavier_uniform_", {"gain": "relu"}) == "xavier_uniform_(gain=relu)"
    assert describe("xavier_uniform_", {"gain": 1.0}) == "xavier_uniform_"
    assert describe("normal_", {"mean": 0.0, "std": 0.01}) == "normal_(std=0.01)"
    assert describe("normal_", {"mean": 1.0, "std": 0.01}) == "normal_(mean=1, std=0.01)"
    assert describe("sparse_", validate_init_args("sparse_", {"sparsity": 0.1})) == (
        "sparse_(sparsity=0.1)"
    )
    assert describe(
        "xavier_normal_", {"gain": {"nonlinearity": "leaky_relu", "param": 0.2}}
    ) == "xavier_normal_(gain=leaky_relu(0.2))"
    assert describe("kaiming_normal_", {"a": 0.0, "mode": "fan_out", "nonlinearity": "relu"}) == (
        "kaiming_normal_(mode=fan_out, nonlinearity=relu)"
    )


def test_code_call_text() -> None:
    assert code_call("xavier_uniform_", {"gain": "relu"}, "m.weight") == (
        "nn.init.xavier_uniform_(m.weight, gain=nn.init.calculate_gain('relu'))"
    )
    leaky = {"gain": {"nonlinearity": "leaky_relu", "param": 0.2}}
    assert code_call("xavier_normal_", leaky, "w") == (
        "nn.init.xavier_normal_(w, gain=nn.init.calculate_gain('leaky_relu', 0.2))"
    )
    assert code_call("zeros_", {}, "m.bias") == "nn.init.zeros_(m.bias)"
    with pytest.raises(ValueError):
        code_call("default", {}, "m.weight")


@pytest.mark.parametrize("name", APPLICABLE)
def test_code_call_reproduces_apply(name: str) -> None:
    args, shape = CASES[name]
    valid = validate_init_args(name, args)
    torch.manual_seed(11)
    expected = torch.full(shape, float("nan"))
    apply_initializer(name, valid, expected)
    source = code_call(name, valid, "w")
    scope: dict = {"w": torch.full(shape, float("nan"))}
    torch.manual_seed(11)
    exec("import torch\nfrom torch import nn\n" + source, scope)  # noqa: S102 - the point
    assert torch.equal(scope["w"], expected), source
