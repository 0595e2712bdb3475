"""The autosave's weights written a tensor at a time (core/io/weight_store.py): a write
after a step appends only the tensors that step made, and reading the index back gives
the state_dict the autosave keeps (``recovery.saved_weights``) bit for bit."""

from __future__ import annotations

import contextlib
import json
import random

import pytest
import torch

from core.errors import INVALID_FILE, LabError
from core.io import recovery, weight_store
from core.session import Session


def linear(size: int = 8) -> dict:
    return {"op": "add", "layer": "Linear", "args": {"in_features": size, "out_features": size}}


def nbytes(*tensors: torch.Tensor) -> int:
    return sum(t.numel() * t.element_size() for t in tensors)


def bits(tensor: torch.Tensor) -> torch.Tensor:
    """The tensor's bytes, so that equal means bit for bit (NaN payloads, -0.0)."""
    return tensor.detach().contiguous().reshape(-1).view(torch.uint8)


def assert_bit_for_bit(read: dict, expected: dict) -> None:
    assert list(read) == list(expected)  # the same keys, in the state_dict's order
    for key, value in expected.items():
        assert read[key].dtype == value.dtype and read[key].shape == value.shape, key
        assert torch.equal(bits(read[key]), bits(value)), key


def written(store: weight_store.WeightStore, session: Session, generation: int) -> dict:
    store.write(session.lab.version, generation)
    return weight_store.read(store.folder / weight_store.index_name(generation))


def test_a_write_after_a_step_appends_only_the_tensors_the_step_made(tmp_path) -> None:
    session, store = Session(seed=1), weight_store.WeightStore(tmp_path)
    session.submit(linear())
    session.submit({"op": "add", "layer": "ReLU"})
    written(store, session, 1)
    assert store.written == nbytes(*session.lab.version.net().state_dict().values())
    generation = 1
    for _ in range(5):  # a layer per step: each write costs that layer
        session.submit(linear())
        generation += 1
        size = (store.folder / store.tensors).stat().st_size
        state = written(store, session, generation)
        new = session.lab.version.net()[-1]
        assert store.written == nbytes(new.weight, new.bias) == \
            (store.folder / store.tensors).stat().st_size - size
        assert_bit_for_bit(state, recovery.saved_weights(session.lab.version))
    session.submit({"op": "add", "layer": "Tanh"})  # no tensor: nothing appended
    written(store, session, generation + 1)
    assert store.written == 0
    session.submit({"op": "init", "init": "normal_", "layers": ["2"]})  # one layer replaced
    state = written(store, session, generation + 2)
    layer = session.lab.version.net()[2]
    assert store.written == nbytes(layer.weight)  # normal_ redraws the weight, not the bias
    assert_bit_for_bit(state, recovery.saved_weights(session.lab.version))


def test_many_steps_with_undo_and_redo_restore_bit_for_bit(tmp_path) -> None:
    rng = random.Random(7)
    session, store = Session(seed=2), weight_store.WeightStore(tmp_path)
    session.submit(linear())
    generation, appended = 0, 0
    for _ in range(60):
        choice = rng.random()
        layers = len(session.lab.version.network.entries)
        if choice < 0.25:
            session.submit(linear())
        elif choice < 0.45 and layers:
            session.submit({"op": "init", "init": "uniform_",
                            "layers": [str(rng.randrange(layers))]})
        elif choice < 0.5 and layers > 1:
            session.submit({"op": "move", "at": rng.randrange(layers), "to": 0})
        elif choice < 0.55 and layers > 1:
            session.submit({"op": "remove", "at": rng.randrange(layers)})
        elif choice < 0.6 and layers > 1:  # one module in two places: two keys, one tensor
            first, second = rng.sample(range(layers), 2)
            with contextlib.suppress(LabError):  # refused when others are tied to it
                session.submit({"op": "tie", "at": first, "to": second})
        elif choice < 0.8 and session.can_undo:
            session.undo()
        elif session.can_redo:
            session.redo()
        generation += 1
        state = written(store, session, generation)
        appended += store.written
        assert_bit_for_bit(state, recovery.saved_weights(session.lab.version))
    live = nbytes(*recovery.saved_weights(session.lab.version).values())
    assert appended < 6 * live  # far less than the whole state written 60 times

    document = tmp_path / "session.json"
    document.write_text(json.dumps(session.document()), "utf-8")
    restored = Session(seed=99)
    report = restored.restore(document, tmp_path / weight_store.index_name(generation)).report
    assert report["restore_error"] is None
    assert_bit_for_bit(restored.lab.state_dict(), session.lab.state_dict())


def test_a_record_cut_short_by_a_kill_is_never_read(tmp_path, monkeypatch) -> None:
    session, store = Session(seed=3), weight_store.WeightStore(tmp_path)
    session.submit(linear())
    session.submit(linear())
    expected = written(store, session, 1)
    session.submit({"op": "init", "init": "normal_", "layers": ["1"]})

    def killed(self, path, pending, new):  # the process died in the middle of a record
        with open(path, "ab") as handle:
            handle.write(bytes(pending[0])[: len(bytes(pending[0])) // 2])
        raise KeyboardInterrupt

    monkeypatch.setattr(weight_store.WeightStore, "_append", killed)
    monkeypatch.setattr(weight_store.WeightStore, "_undo_append", lambda *args, **kw: None)
    with pytest.raises(KeyboardInterrupt):
        store.write(session.lab.version, 2)
    assert not (tmp_path / weight_store.index_name(2)).exists()
    tensors = tmp_path / json.loads((tmp_path / "weights-1.json").read_text())["tensors"]
    assert tensors.stat().st_size > store.size if store.size else True  # the torn tail
    assert_bit_for_bit(weight_store.read(tmp_path / "weights-1.json"), expected)


def test_a_failed_write_removes_its_tail_and_the_next_writes_everything_anew(
    tmp_path, monkeypatch
) -> None:
    session, store = Session(seed=4), weight_store.WeightStore(tmp_path)
    session.submit(linear())
    written(store, session, 1)
    first, size = store.tensors, (tmp_path / store.tensors).stat().st_size
    session.submit(linear())
    real = weight_store.WeightStore._append

    def full_disk(self, path, pending, new):
        real(self, path, [bytes(pending[0])[:10]], new)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(weight_store.WeightStore, "_append", full_disk)
    with pytest.raises(OSError):
        store.write(session.lab.version, 2)
    assert (tmp_path / first).stat().st_size == size  # the torn record is gone
    monkeypatch.undo()
    state = written(store, session, 3)
    assert store.tensors != first  # a new file with everything live
    assert store.written == nbytes(*session.lab.version.net().state_dict().values())
    assert_bit_for_bit(state, recovery.saved_weights(session.lab.version))


def test_a_file_mostly_dead_is_rewritten_with_only_what_is_live(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(weight_store, "SLACK", 4096)
    session, store = Session(seed=5), weight_store.WeightStore(tmp_path)
    for _ in range(3):
        session.submit(linear(16))
    written(store, session, 1)
    live = nbytes(*session.lab.version.net().state_dict().values())
    files, sizes = [store.tensors], []
    for generation in range(2, 30):  # each redraws one layer's weight: the old one is dead
        session.submit({"op": "init", "init": "normal_", "layers": [str(generation % 3)]})
        state = written(store, session, generation)
        assert_bit_for_bit(state, recovery.saved_weights(session.lab.version))
        if store.tensors != files[-1]:
            files.append(store.tensors)
            assert store.written == store.size == live  # the rewrite: only what is live
        sizes.append(store.size)
    assert len(files) >= 3  # rewritten again and again, never growing past the bound
    assert max(sizes) <= live + max(live, 4096) + nbytes(session.lab.version.net()[0].weight)


@pytest.mark.parametrize("damage", ["flip", "traversal", "beyond", "dtype", "not json"])
def test_a_damaged_index_or_record_is_refused_saying_so(tmp_path, damage) -> None:
    session, store = Session(seed=6), weight_store.WeightStore(tmp_path)
    session.submit(linear())
    written(store, session, 1)
    index_path = tmp_path / "weights-1.json"
    index = json.loads(index_path.read_text())
    record = index["positions"][0][1][0]
    if damage == "flip":
        data = bytearray((tmp_path / index["tensors"]).read_bytes())
        data[record[1] + 3] ^= 0x40
        (tmp_path / index["tensors"]).write_bytes(bytes(data))
    elif damage == "traversal":
        index["tensors"] = "../tensors-1.bin"
    elif damage == "beyond":
        record[1] += 10**9
    elif damage == "dtype":
        record[3] = "object"
    if damage != "flip":
        index_path.write_text("{" if damage == "not json" else json.dumps(index))
    with pytest.raises(LabError) as caught:
        weight_store.read(index_path)
    assert caught.value.kind == INVALID_FILE and "weights-1.json" in caught.value.message


def test_the_memory_limit_is_checked_before_anything_is_read(tmp_path) -> None:
    session, store = Session(seed=8), weight_store.WeightStore(tmp_path)
    session.submit(linear(64))
    written(store, session, 1)
    with pytest.raises(LabError) as caught:
        weight_store.read(tmp_path / "weights-1.json", limit=1000)
    assert caught.value.kind == "too_large"


def test_what_is_kept_in_memory_of_tensors_gone_stays_bounded(tmp_path, monkeypatch) -> None:
    """Redrawing a small layer again and again: the file grows within SLACK, the records
    remembered of tensors no longer alive are dropped."""
    monkeypatch.setattr(weight_store, "PRUNE_AT", 8)
    session, store = Session(seed=9), weight_store.WeightStore(tmp_path)
    session.lab.set_history_limit(100)  # undo keeps (almost) nothing: old tensors are freed
    session.submit(linear(2))
    for generation in range(1, 60):
        session.submit({"op": "init", "init": "normal_", "layers": ["0"]})
        state = written(store, session, generation)
        assert len(store._records) <= 2 * 8 + 2
    assert_bit_for_bit(state, recovery.saved_weights(session.lab.version))


def test_buffers_scalars_and_lazy_layers_once_forwarded_read_back_bit_for_bit(tmp_path) -> None:
    session, store = Session(seed=10), weight_store.WeightStore(tmp_path)
    session.submit(linear())
    session.submit({"op": "add", "layer": "BatchNorm1d", "args": {"num_features": 8}})
    session.submit({"op": "add", "layer": "LazyLinear", "args": {"out_features": 3}})
    state = written(store, session, 1)
    assert not any(key.startswith("2.") for key in state)  # uninitialized: not saved
    session.submit({"op": "forward", "shape": [4, 8]})  # running stats, the lazy weights
    state = written(store, session, 2)
    assert state["1.num_batches_tracked"].shape == () and "2.weight" in state
    assert_bit_for_bit(state, recovery.saved_weights(session.lab.version))
