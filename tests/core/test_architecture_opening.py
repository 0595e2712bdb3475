"""Opening an architecture template as a user model equals plain PyTorch, seeded first.

``Session.open_architecture(key)`` must give what ``torch.manual_seed(seed);
net = factory(); net(example_input)`` gives: print(net), names, shapes and values of
every parameter and buffer; undo brings the earlier network back; an unknown key
changes nothing.
"""

from __future__ import annotations

import pytest
import torch

from core.errors import LabError
from core.model.architectures import ARCHITECTURES
from core.model.inputs import FILLS, input_spec, make_input
from core.model.lab import Lab
from core.session import Session


def _plain(key: str, seed: int) -> torch.nn.Module:
    arch = ARCHITECTURES[key]
    torch.manual_seed(seed)
    net = arch.build()
    net(arch.example_input())
    return net


@pytest.mark.parametrize("key", sorted(ARCHITECTURES))
def test_an_opened_template_is_plain_pytorch_after_its_example_input(key):
    session = Session(seed=3)
    transition = session.open_architecture(key)
    assert transition.new_lab
    net = _plain(key, session.seed)
    snapshot = session.lab.snapshot
    assert snapshot.repr == repr(net)
    assert [(p.name, p.shape) for p in snapshot.parameters] == [
        (name, tuple(p.shape)) for name, p in net.named_parameters()]
    assert all(p.materialized for p in snapshot.parameters)
    state = session.lab.state_dict()
    want = net.state_dict()
    assert list(state) == list(want)
    for name, value in want.items():
        assert torch.equal(state[name], value), name
    assert [step["op"] for step in session.steps()] == ["forward"]  # undo: the lazy net
    assert snapshot.input_shape == ARCHITECTURES[key].input_shape


def test_undo_goes_back_through_the_example_forward_to_the_network_replaced():
    session = Session(seed=0)
    session.submit({"op": "add", "layer": "LazyLinear", "args": {"out_features": 4}})
    before = session.lab.snapshot.repr
    session.open_architecture("dcgan_generator")
    assert session.lab.snapshot.repr != before
    session.undo()  # the example input's forward first: the template as built, all lazy
    torch.manual_seed(0)
    assert session.lab.snapshot.repr == repr(ARCHITECTURES["dcgan_generator"].build())
    assert not any(p.materialized for p in session.lab.snapshot.parameters)
    session.undo()
    assert session.lab.snapshot.repr == before


def test_an_unknown_template_changes_nothing_not_even_the_random_stream():
    session = Session(seed=0)
    lab, rng = session.lab, torch.get_rng_state()
    with pytest.raises(LabError) as caught:
        session.open_architecture("resnet1000")
    assert "resnet1000" in caught.value.message and "resnet18_small" in caught.value.message
    assert session.lab is lab and not session.can_undo
    assert torch.equal(torch.get_rng_state(), rng)


@pytest.mark.parametrize("key", ["resnet18_small", "lstm_classifier"])  # lazy; eager
def test_a_template_refused_by_the_memory_limit_leaves_the_session_and_stream_alone(key):
    session = Session(Lab(memory_limit=1024), seed=0)
    lab, rng = session.lab, torch.get_rng_state()
    with pytest.raises(LabError):
        session.open_architecture(key)
    assert session.lab is lab and not session.can_undo
    assert torch.equal(torch.get_rng_state(), rng)


@pytest.mark.parametrize("key", sorted(k for k, a in ARCHITECTURES.items() if a.fill in FILLS))
def test_the_example_input_is_a_seeded_forward_step_code_export_replays(key, tmp_path):
    """The example input is the lab's forward step drawing ``example_input()``: exported
    code imports the template's factory and gets the lab's very weights."""
    session = Session(seed=5)
    session.open_architecture(key)
    arch = ARCHITECTURES[key]
    assert session.steps() == (arch.forward_step(),)
    numbers = {k: v for k, v in arch.forward_step().items() if k in ("low", "high")}
    assert torch.equal(make_input(input_spec(arch.input_shape, arch.fill, seed=0, **numbers)),
                       arch.example_input(0))
    result = session.export_code(tmp_path / "net.py")
    assert result.check.identical, result.check.reason
    assert f"import {arch.factory.__name__}" in (tmp_path / "net.py").read_text()
