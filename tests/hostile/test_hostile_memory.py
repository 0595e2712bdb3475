"""The memory guard counts what an operation keeps alive at its peak, before allocating.

Sizes are small; the lab's memory limit is lowered so they cross it. Each estimate is
compared with the bytes PyTorch itself allocates for the same work, computed here.
"""

from __future__ import annotations

import io
import zipfile

import pytest
import torch
from torch import nn

from core.analysis import compare, depth
from core.errors import INVALID_FILE, TOO_LARGE, LabError
from core.io import weights
from core.model import memory
from core.model.inputs import input_spec
from core.model.lab import Lab


def deflated(state: dict, path) -> None:
    """``torch.save(state)``, each archive entry then deflated: a tiny file, huge inside."""
    buffer = io.BytesIO()
    torch.save(state, buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            archive.writestr(info.filename, source.read(info.filename))


def test_a_deflated_weights_file_is_judged_by_its_declared_size(tmp_path, monkeypatch) -> None:
    state = {"0.weight": torch.zeros(1500, 1500), "0.bias": torch.zeros(1500)}
    path = tmp_path / "bomb.pt"
    deflated(state, path)
    unpacked = sum(t.numel() * t.element_size() for t in state.values())
    assert path.stat().st_size * 100 < unpacked  # tiny on disk
    assert torch.load(path, weights_only=True)["0.weight"].shape == (1500, 1500)  # torch reads it

    def never(*args, **kwargs):
        raise AssertionError("torch.load ran: the guard came too late")

    monkeypatch.setattr("core.io.weights.torch.load", never)
    with pytest.raises(LabError) as caught:
        weights.read(path, limit=unpacked)  # the state and the network's copy: twice that
    assert caught.value.kind == TOO_LARGE and "bomb.pt" in caught.value.message
    assert memory.declared_bytes(path, path.stat().st_size) >= unpacked


def test_compare_counts_copies_sorted_values_and_indices() -> None:
    lab = Lab()
    lab.add("Linear", {"in_features": 300, "out_features": 200, "bias": False})
    weight = next(lab.version.net().parameters()).detach()
    finite = weight.reshape(-1)[torch.isfinite(weight.reshape(-1))]
    values, indices = torch.sort(finite)
    torch_bytes = (  # what comparing one initializer allocates, as torch sizes it
        weight.nbytes * 2  # the scratch copies
        + torch.isfinite(weight).nbytes + finite.nbytes + values.nbytes + indices.nbytes
        + values.nbytes  # the kept sorted values
    )
    estimate = memory.compare_bytes(weight.numel(), weight.numel(), 1)
    assert estimate >= torch_bytes
    lab.memory_limit = estimate - 1
    with pytest.raises(LabError) as caught:
        compare.compare(lab, ["xavier_uniform_"])
    assert caught.value.kind == TOO_LARGE
    lab.memory_limit = estimate
    assert compare.compare(lab, ["xavier_uniform_"]).parameters == ("0.weight",)


def test_forward_counts_the_batch_the_output_and_the_statistics(monkeypatch) -> None:
    width = 200_000
    x = torch.rand(1, width)
    out = torch.relu(x)
    estimate = memory.forward_step_bytes(x.numel(), None, out.numel(), 0)
    assert estimate >= x.nbytes + out.nbytes + torch.isfinite(out).nbytes
    calls = []
    original = nn.ReLU.forward
    monkeypatch.setattr(nn.ReLU, "forward", lambda self, t: calls.append(1) or original(self, t))
    lab = Lab(memory_limit=estimate - 1)
    lab.add("ReLU")
    before = lab.snapshot
    with pytest.raises(LabError) as caught:
        lab.forward(input_spec([1, width]))
    assert caught.value.kind == TOO_LARGE and caught.value.layer == "0"
    assert calls == [] and lab.snapshot is before  # refused before ReLU allocated anything
    lab.memory_limit = estimate
    lab.forward(input_spec([1, width]))
    assert calls == [1]


def test_depth_counts_every_output_and_gradient() -> None:
    lab = Lab()
    lab.add("Linear", {"in_features": 64, "out_features": 256})
    lab.add("ReLU")
    lab.add("Linear", {"in_features": 256, "out_features": 256})
    lab.forward(input_spec([2, 64]))
    batch = torch.randn(512, 64, requires_grad=True)
    net = lab.version.net()
    outputs = []
    handles = [m.register_forward_hook(lambda m, a, o: outputs.append(o)) for m in net]
    (net(batch) * torch.randn(512, 256)).sum().backward()
    for handle in handles:
        handle.remove()
    params = sum(p.numel() for p in net.parameters())
    torch_bytes = (sum(o.nbytes for o in outputs) * 2 + batch.nbytes * 2
                   + params * 4 * 3)  # outputs and their gradients, batch, params and grads
    traced = memory.depth_outputs(lab.snapshot, lab.version.input, (512, 64))
    estimate = memory.depth_bytes(params, 256 * 256, 512 * 64, traced)
    assert estimate >= torch_bytes
    lab.memory_limit = estimate - 1
    with pytest.raises(LabError) as caught:
        depth.depth_statistics(lab, ["default"], shape=[512, 64])
    assert caught.value.kind == TOO_LARGE
    lab.memory_limit = estimate
    assert depth.depth_statistics(lab, ["default"], shape=[512, 64]).curves[0].layers


def test_a_lazy_layer_refuses_weights_of_an_impossible_shape() -> None:
    lab = Lab()
    lab.add("LazyLinear", {"out_features": 3})
    before = lab.snapshot
    for weight in (torch.zeros(0), torch.zeros(3, 0), torch.zeros(4, 5), torch.zeros(3, 2, 2)):
        with pytest.raises(LabError) as caught:
            lab.load_state_dict({"0.weight": weight, "0.bias": torch.zeros(3)})
        assert caught.value.kind == INVALID_FILE and "0.weight" in caught.value.message
        assert lab.snapshot is before
    lab.load_state_dict({"0.weight": torch.ones(3, 7), "0.bias": torch.zeros(3)})
    lab.forward(input_spec([2, 7]))  # a possible shape: the layer then works
    assert lab.snapshot.parameters[0].shape == (3, 7)


def test_the_runner_refuses_a_weights_bomb_as_a_step_error(tmp_path, capsys,
                                                           monkeypatch) -> None:
    from tests.hostile.helpers import read_report, run, scenario, write

    deflated({"0.weight": torch.zeros(3, 1_000_000), "0.bias": torch.zeros(3)},
             tmp_path / "bomb.pt")
    monkeypatch.setattr("core.model.memory.default_limit", lambda: 4 * 1024**2)
    doc = scenario({"op": "add", "layer": "LazyLinear", "args": {"out_features": 3}},
                   {"op": "load_weights", "path": "bomb.pt"})
    code, err = run(capsys, write(tmp_path / "s.json", doc), tmp_path / "out")
    assert code == 1 and "bomb.pt" in err
    error = read_report(tmp_path / "out")["steps"][1]["error"]
    assert error["kind"] == TOO_LARGE and "once unpacked" in error["message"]
