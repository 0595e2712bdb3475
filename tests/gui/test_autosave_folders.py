"""One bad file in the autosave folder never turns autosave off: each broken kind is
reported and skipped, the live session is autosaved, a huge file is never read whole,
a failing autosave shows a lasting sign, and a read-only autosave is not offered forever."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from core.io import weight_store
from gui.session import autosave, autosave_folders, settings
from gui.session.session import LabSession

DEAD_PID = 2**22 + 12345  # above Linux's largest pid: no such process
GOOD_META = {"generation": 1, "steps": 2, "label": "add ReLU()", "saved": 1_700_000_000.0}
HUGE_NUMBER = "9" * 4000  # parses (below Python's 4300 digits) and overflows os.kill
DEEP = "[" * 5000 + "]" * 5000  # 10 KB: inside the read limit, too deep for the parser


@pytest.fixture
def root(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "autosave"
    folder.mkdir()
    monkeypatch.setenv(autosave.ROOT_VARIABLE, str(folder))
    return folder


def write_folder(root: Path, name: str, marker: str | bytes, meta: str) -> Path:
    folder = root / name
    folder.mkdir()
    marker_path = folder / autosave.MARKER
    if isinstance(marker, bytes):
        marker_path.write_bytes(marker)
    else:
        marker_path.write_text(marker, encoding="utf-8")
    (folder / autosave.META).write_text(meta, encoding="utf-8")
    (folder / "session-1.json").write_text(json.dumps(
        {"format": 1, "seed": 3, "steps": [{"op": "add", "layer": "ReLU"},
                                           {"op": "add", "layer": "Tanh"}]}), encoding="utf-8")
    return folder


def good_marker() -> str:
    return json.dumps({"pid": DEAD_PID})


BROKEN = {
    "huge pid": (f'{{"pid": {HUGE_NUMBER}}}', json.dumps(GOOD_META)),
    "infinite pid": ('{"pid": 1e999}', json.dumps(GOOD_META)),
    "deeply nested marker": (DEEP, json.dumps(GOOD_META)),
    "deeply nested meta": (good_marker(), DEEP),
    "NaN timestamp": (good_marker(), json.dumps({**GOOD_META, "saved": float("nan")})),
    "huge timestamp": (good_marker(), json.dumps({**GOOD_META, "saved": 1e300})),
    "huge generation": (good_marker(), f'{{"generation": {HUGE_NUMBER}, "steps": 2, '
                                       f'"label": "x", "saved": 1.0}}'),
    "not JSON": (b"\xff\x00", json.dumps(GOOD_META)),
}


def perform(qtbot, win, step) -> None:
    with qtbot.waitSignal(win.session.busyChanged, check_params_cb=lambda busy: not busy,
                          timeout=20_000):
        assert win.session.perform(step)


def assert_autosaves_live_session(qtbot, win) -> None:
    assert win.autosave.active
    with qtbot.waitSignal(win.autosave.written, timeout=20_000):
        perform(qtbot, win, {"op": "add", "layer": "Sigmoid"})
    meta = json.loads((win.autosave.folder / autosave.META).read_text("utf-8"))
    assert meta["steps"] == len(win.session.steps())


@pytest.mark.parametrize("kind", list(BROKEN))
def test_a_broken_folder_is_reported_skipped_and_autosave_starts(
    qtbot, new_window, root, monkeypatch, kind
) -> None:
    marker, meta = BROKEN[kind]
    broken = write_folder(root, "broken", marker, meta)
    crashed = write_folder(root, "crashed", good_marker(), json.dumps(GOOD_META))
    scan = autosave.scan(root)
    assert [folder for folder, _why in scan.broken] == [broken]
    assert [orphan.folder for orphan in scan.orphans] == [crashed]

    win = new_window(LabSession(seed=0))
    offered = []
    monkeypatch.setattr(win, "ask_recovery", lambda orphan: offered.append(orphan) or False)
    assert win.offer_recovery() is False  # the good one is offered (and declined here)
    assert [orphan.folder for orphan in offered] == [crashed]
    assert_autosaves_live_session(qtbot, win)
    assert broken.exists()  # reported and left alone, never deleted unasked


def test_the_broken_folder_is_named_in_the_status_bar(new_window, root, monkeypatch) -> None:
    broken = write_folder(root, "broken", good_marker(),
                          json.dumps({**GOOD_META, "saved": float("nan")}))
    win = new_window()
    assert win.offer_recovery() is False
    message = win.statusBar().currentMessage()
    assert "Skipped 1 unreadable autosave" in message and str(broken) in message
    assert "saved" in message and win.autosave.active


def test_a_huge_sparse_marker_is_never_read_whole(qtbot, new_window, root, monkeypatch) -> None:
    folder = write_folder(root, "sparse", good_marker(), json.dumps(GOOD_META))
    marker = folder / autosave.MARKER
    with marker.open("r+b") as stream:
        stream.truncate(3 * 1024**3)  # 3 GB, sparse: almost no disk
    assert marker.stat().st_size == 3 * 1024**3
    assert marker.stat().st_blocks * 512 < 1024**2
    requested = []
    real_open = Path.open

    class Bounded:
        """A file whose read() must say how much: a bare read() would take 3 GB."""

        def __init__(self, stream) -> None:
            self.stream = stream

        def read(self, size=-1):
            requested.append(size)
            assert size is not None and 0 <= size <= autosave_folders.READ_LIMIT + 1
            return self.stream.read(size)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

    def spying_open(self, *args, **kwargs):
        stream = real_open(self, *args, **kwargs)
        return Bounded(stream) if self == marker else stream

    monkeypatch.setattr(Path, "open", spying_open)
    scan = autosave.scan(root)
    monkeypatch.undo()
    assert requested == [autosave_folders.READ_LIMIT + 1]
    assert scan.orphans == [] and "larger than" in scan.broken[0][1]
    win = new_window()
    assert win.offer_recovery() is False
    assert_autosaves_live_session(qtbot, win)


def test_a_failed_write_removes_its_partial_files_and_shows_a_lasting_sign(
    qtbot, new_window, root, monkeypatch
) -> None:
    win = new_window()
    win.offer_recovery(ask=False)
    folder = win.autosave.folder

    real = weight_store.WeightStore._append

    def full_disk(store, path, pending, new):
        Path(f"{path}.partial").write_bytes(b"half an index")
        real(store, path, [b"half a tensor"], new)  # the disk filled in the middle of a record
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(weight_store.WeightStore, "_append", full_disk)
    with qtbot.waitSignal(win.autosave.writeFailed, timeout=10_000):
        perform(qtbot, win, {"op": "add", "layer": "ReLU"})
    assert not list(folder.glob("*.partial")) and not list(folder.glob("weights-*"))
    assert not list(folder.glob("tensors-*"))
    alert = win._autosave_label
    win.statusBar().clearMessage()  # the transient message goes; the sign stays
    assert alert.isVisible() and "No space left" in alert.toolTip()
    monkeypatch.undo()
    with qtbot.waitSignal(win.autosave.written, timeout=10_000):
        perform(qtbot, win, {"op": "add", "layer": "Tanh"})
    assert not alert.isVisible()


def test_an_autosave_folder_that_cannot_be_created_is_retried_at_each_change(
    qtbot, new_window, tmp_path, monkeypatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(autosave.ROOT_VARIABLE, str(blocker / "autosave"))
    win = new_window()
    with qtbot.waitSignal(win.autosave.writeFailed):
        win.offer_recovery()
    assert win._autosave_label.isVisible() and not win.autosave.active
    blocker.unlink()
    blocker.mkdir()  # the disk is usable again
    with qtbot.waitSignal(win.autosave.written, timeout=10_000):
        perform(qtbot, win, {"op": "add", "layer": "ReLU"})
    assert win.autosave.active and not win._autosave_label.isVisible()


def test_a_restored_session_that_cannot_be_deleted_is_not_offered_again(
    qtbot, new_window, root, monkeypatch
) -> None:
    folder = write_folder(root, "crashed", good_marker(), json.dumps(GOOD_META))

    def read_only(path, ignore_errors=False, **kwargs):
        if not ignore_errors:
            raise PermissionError(13, "Read-only file system", str(path))

    monkeypatch.setattr(autosave_folders.shutil, "rmtree", read_only)
    win = new_window()
    monkeypatch.setattr(win, "ask_recovery", lambda orphan: True)
    with qtbot.waitSignal(win.session.scenarioPlayed, timeout=20_000):
        assert win.offer_recovery() is True
    qtbot.waitUntil(lambda: "could not be deleted" in win.statusBar().currentMessage())
    assert "Read-only" in win.statusBar().currentMessage()
    assert folder.exists() and settings.dismissed_autosaves() == [str(folder)]
    assert [m.type for m in win.session.snapshot.modules] == ["ReLU", "Tanh"]

    again = new_window()
    monkeypatch.setattr(again, "ask_recovery", lambda orphan: pytest.fail("offered again"))
    assert again.offer_recovery() is False and again.autosave.active


def test_reading_is_bounded_and_strict(tmp_path) -> None:
    path = tmp_path / "meta.json"
    path.write_text('{"saved": NaN}')
    with pytest.raises(autosave_folders.Unreadable, match="not valid JSON"):
        autosave_folders.read_small_json(path)
    path.write_text("[1, 2]")
    with pytest.raises(autosave_folders.Unreadable, match="object"):
        autosave_folders.read_small_json(path)
    os.mkfifo(tmp_path / "fifo")  # opening a FIFO for reading would block forever
    with pytest.raises(autosave_folders.Unreadable, match="regular file"):
        autosave_folders.read_small_json(tmp_path / "fifo")
