"""A corpus of bad files, each tried three ways: through core, through the headless
runner (a real ``python main.py --run`` subprocess) and through the window.

Every one must give a clear message and change nothing; nothing a file holds is ever
executed (a pickle that would create a marker file is refused, and the marker never
appears). The corpus is generated in ``tmp_path``; ``SCENARIO_CASES`` and
``WEIGHTS_CASES`` are its table of contents.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import zipfile
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import torch
from torch import nn

from core.errors import INVALID_FILE, TOO_LARGE, LabError
from core.io import scenario, weights
from core.model.inputs import input_spec
from core.model.lab import Lab
from tests.core.lab_helpers import live_view, snapshot_view

ROOT = Path(__file__).resolve().parents[1]
MARKER_NAME = "PWNED"


class Payload:
    """Unpickling this would run a shell command that creates the marker file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


class Stranger:
    """An ordinary object of a class torch's weights-only reader does not allow."""

    def __init__(self) -> None:
        self.weight = [1.0, 2.0]


def deep(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def doc(*steps: dict, **fields) -> bytes:
    return json.dumps({"format": 1, "steps": list(steps), **fields}).encode()


def sparse_file(path: Path, size: int) -> None:
    """A file of ``size`` bytes that takes no disk space (its size is what is checked)."""
    with open(path, "wb") as handle:
        handle.truncate(size)


ADD_RELU = {"op": "add", "layer": "ReLU"}

# name -> (bytes, or a function writing the file; words the message must contain)
SCENARIO_CASES: dict[str, tuple] = {
    "empty.json": (b"", ["empty"]),
    "bom-only.json": (b"\xef\xbb\xbf", ["empty"]),
    "whitespace.json": (b" \n\t \n", ["empty"]),
    "truncated.json": (doc(ADD_RELU, ADD_RELU)[:30], ["JSON", "line 1"]),
    "python-code.json": (b"__import__('os').system('touch PWNED')", ["JSON"]),
    "utf16.json": ('{"format": 1, "steps": []}'.encode("utf-16"), ["UTF-8"]),
    "latin1.json": (b'{"format": 1, "steps": [], "title": "caf\xe9"}', ["UTF-8"]),
    "nul-bytes.json": (doc() + b"\x00\x00", ["JSON"]),
    "lone-surrogate.json": (b'{"format": 1, "steps": [], "title": "\\ud800"}', ["Unicode"]),
    "control-char.json": (b'{"format": 1, "steps": [], "title": "a\x01b"}', ["JSON"]),
    "deep-10000.json": (deep(10_000), ["deeply"]),
    "deep-in-step.json": (
        b'{"format": 1, "steps": [{"op": "add", "layer": "Linear", "args": '
        + b'{"in_features": ' * 5000 + b"1" + b"}" * 5000 + b"}]}", ["deeply"]),
    "nan.json": (b'{"format": 1, "steps": [{"op": "forward", "shape": [2], "low": NaN}]}',
                 ["NaN"]),
    "infinity.json": (b'{"format": 1, "seed": Infinity, "steps": []}', ["Infinity"]),
    "5000-digits.json": (b'{"format": 1, "seed": ' + b"9" * 5000 + b', "steps": []}',
                         ["digits"]),
    "duplicate-key.json": (b'{"format": 1, "format": 2, "steps": []}', ["twice"]),
    "top-array.json": (b"[]", ["top level"]),
    "top-null.json": (b"null", ["top level"]),
    "top-string.json": (b'"steps"', ["top level"]),
    "top-number.json": (b"1", ["top level"]),
    "no-steps.json": (b'{"format": 1}', ["'steps'"]),
    "format-2.json": (b'{"format": 2, "steps": []}', ["format"]),
    "format-string.json": (b'{"format": "1", "steps": []}', ["format"]),
    "steps-object.json": (b'{"format": 1, "steps": {}}', ["'steps'", "array"]),
    "step-not-object.json": (doc("add"), ["step 0", "object"]),
    "op-number.json": (doc({"op": 7}), ["step 0", "'op'"]),
    "unknown-op.json": (doc({"op": "explode"}), ["step 0", "unknown op", "explode"]),
    "unknown-field.json": (doc({"op": "add", "layer": "ReLU", "colour": 1}),
                           ["step 0", "'colour'"]),
    "layer-number.json": (doc({"op": "add", "layer": 7}), ["step 0", "'layer'"]),
    "shape-strings.json": (doc({"op": "forward", "shape": ["2", "20"]}),
                           ["step 0", "'shape'"]),
    "bad-expect.json": (doc({"op": "clear", "expect": {"error": "oops"}}),
                        ["step 0", "'expect'"]),
    "seed-negative.json": (doc(seed=-1), ["'seed'"]),
    "seed-2-64.json": (doc(seed=2**64), ["'seed'"]),
    "bins-zero.json": (doc(bins=0), ["'bins'"]),
    "title-number.json": (doc(title=5), ["'title'"]),
    "unknown-top-field.json": (doc(author="me"), ["'author'"]),
    "too-many-steps.json": (doc(*[{"op": "clear"}] * 10_001), ["10000"]),
    "17-mib.json": (lambda p: p.write_bytes(b" " * (17 * 2**20)), ["16 MiB"]),
    "50-mb.json": (lambda p: p.write_bytes(b"[" * (50 * 10**6)), ["16 MiB"]),
    "20-gib-sparse.json": (lambda p: sparse_file(p, 20 * 2**30), ["20.0 GiB", "16 MiB"]),
    "a-folder.json": (lambda p: p.mkdir(), ["not a regular file"]),
    "missing.json": (lambda p: None, ["cannot read", "No such file"]),
    "weights-as-scenario.json": (
        lambda p: torch.save({"0.weight": torch.zeros(2, 2)}, p), ["UTF-8"]),
    "pickle-as-scenario.json": (lambda p: p.write_bytes(pickle.dumps({"format": 1})),
                                ["UTF-8"]),
    "random-bytes.json": (bytes(range(256)) * 4, ["UTF-8"]),
}

# Each runs as a step of a well-formed scenario (the file itself is fine): the step fails.
STEP_CASES: dict[str, tuple[dict, list[str]]] = {
    "unknown-layer": ({"op": "add", "layer": "Dense"}, ["Unknown layer 'Dense'"]),
    "unknown-initializer": ({"op": "init", "init": "glorot_"}, ["Unknown initializer"]),
    "bad-argument": ({"op": "add", "layer": "Linear",
                      "args": {"in_features": 0, "out_features": 3}},
                     ["in_features", "from 1 to 2147483647"]),
}


def write_scenario_case(folder: Path, name: str) -> Path:
    content, _words = SCENARIO_CASES[name]
    path = folder / name
    if callable(content):
        content(path)
    else:
        path.write_bytes(content)
    return path


def reference_net() -> nn.Sequential:
    return nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))


def weights_cases(folder: Path) -> dict[str, tuple[Path, str, list[str]]]:
    """name -> (path, kind, words); the lab they go into is Linear(4,3), ReLU, Linear(3,2)."""
    marker = folder / MARKER_NAME
    good = reference_net().state_dict()
    cases: dict[str, tuple[Path, str, list[str]]] = {}

    def add(name: str, write, words: list[str], kind: str = INVALID_FILE) -> None:
        path = folder / name
        write(path)
        cases[name] = (path, kind, words)

    def saved(obj):
        return lambda p: torch.save(obj, p)

    add("malicious-pickle.pt", lambda p: p.write_bytes(pickle.dumps({"0.weight":
                                                                    Payload(marker)})),
        ["safely", "not loaded"])
    add("malicious-zip.pt", saved({"0.weight": Payload(marker)}), ["safely", "not loaded"])
    add("stranger-object.pt", saved(Stranger()), ["safely"])
    add("tensor.pt", saved(torch.zeros(3)), ["holds a Tensor", "not loaded"])
    add("list.pt", saved([torch.zeros(3)]), ["holds a list"])
    add("int-keys.pt", saved({1: torch.zeros(3)}), ["key 1"])
    add("nested.pt", saved({"0": {"weight": torch.zeros(3, 4)}}), ["holds a dict"])
    add("numbers.pt", saved({"0.weight": 1.5}), ["holds a float"])
    add("complex.pt", saved({k: v.to(torch.complex64) for k, v in good.items()}),
        ["complex"])
    add("sparse.pt", saved({**good, "0.weight": good["0.weight"].to_sparse()}), ["sparse"])
    add("other-architecture.pt", saved({"fc.weight": torch.zeros(3, 4)}),
        ["another architecture", "missing 0.bias", "fc.weight"])
    add("missing-layer.pt", saved({k: v for k, v in good.items() if not k.startswith("2.")}),
        ["another architecture", "missing 2.bias, 2.weight"])
    add("extra-layer.pt", saved({**good, "3.weight": torch.zeros(1)}),
        ["not in this network 3.weight"])
    add("wider.pt", saved(nn.Sequential(nn.Linear(5, 3), nn.ReLU(),
                                        nn.Linear(3, 2)).state_dict()),
        ["0.weight is (3, 5) in the file but (3, 4) here"])
    add("empty-dict.pt", saved({}), ["another architecture"])
    add("ordered-dict-of-strings.pt", saved(OrderedDict(a="b")), ["a holds a str"])
    add("truncated.pt", lambda p: (torch.save(good, p), p.write_bytes(p.read_bytes()[:300])),
        ["safely"])
    add("zip-without-data.pt", lambda p: zipfile.ZipFile(p, "w").close(), ["safely"])
    add("empty-file.pt", lambda p: p.write_bytes(b""), ["safely"])
    add("text.pt", lambda p: p.write_text("hello"), ["safely"])
    add("json.pt", lambda p: p.write_bytes(doc(ADD_RELU)), ["safely"])
    add("folder.pt", lambda p: p.mkdir(), ["not a regular file"])
    add("missing.pt", lambda p: None, ["Cannot open", "No such file"])
    add("9-gib-sparse.pt", lambda p: sparse_file(p, 9 * 2**30), ["9.0 GiB", "8 GiB"])
    return cases


def make_lab(memory_limit: int | None = None) -> Lab:
    lab = Lab(memory_limit=memory_limit)
    lab.add("Linear", {"in_features": 4, "out_features": 3})
    lab.add("ReLU")
    lab.add("Linear", {"in_features": 3, "out_features": 2})
    lab.forward(input_spec([2, 4]))
    return lab


def unchanged(lab: Lab):
    """A check that ``lab`` is exactly as it is now (snapshot, tensors, history, RNG)."""
    version, view, live = lab.version, snapshot_view(lab.snapshot), live_view(lab)
    undo, rng = list(lab.history.undo), torch.get_rng_state()

    def check() -> None:
        assert lab.version is version and snapshot_view(lab.snapshot) == view
        assert live_view(lab) == live and lab.history.undo == undo
        assert torch.equal(torch.get_rng_state(), rng)

    return check


# -- core -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SCENARIO_CASES))
def test_bad_scenario_files_through_core(tmp_path, name) -> None:
    path = write_scenario_case(tmp_path, name)
    with pytest.raises(scenario.ScenarioError) as info:
        scenario.load(path)
    message = str(info.value)
    for word in SCENARIO_CASES[name][1]:
        assert word in message, message
    assert "\n" not in message and len(message) < 400
    assert not (tmp_path / MARKER_NAME).exists() and not (ROOT / MARKER_NAME).exists()


def test_bad_weights_files_through_core(tmp_path) -> None:
    cases = weights_cases(tmp_path)  # first: building the reference net draws random numbers
    lab = make_lab()
    check = unchanged(lab)
    for name, (path, kind, words) in cases.items():
        with pytest.raises(LabError) as info:
            lab.load_state_dict(weights.read(path, lab.limit()))
        assert info.value.kind == kind, name
        for word in words:
            assert word in info.value.message, (name, info.value.message)
        check()
    assert not (tmp_path / MARKER_NAME).exists()
    # The payload is real: plain pickle *would* run it, which is why it is never used.
    pickle.loads(pickle.dumps(Payload(tmp_path / "proof")))
    assert (tmp_path / "proof").exists()


def test_a_weights_file_larger_than_the_memory_limit_is_refused_unread(tmp_path) -> None:
    lab = make_lab(memory_limit=2**20)
    check = unchanged(lab)
    path = tmp_path / "big.pt"
    sparse_file(path, 3 * 2**20)  # not even a valid file: its size alone refuses it
    with pytest.raises(LabError) as info:
        weights.read(path, lab.limit())
    assert info.value.kind == TOO_LARGE and "3.0 MiB" in info.value.message
    check()


# -- the runner (real subprocesses) ----------------------------------------------------------


def run_cli(scenario_path: Path, report: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--run", str(scenario_path),
         "--report", str(report)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )


# One real subprocess per kind of problem (each costs a Python start and a torch import);
# every file of the corpus goes through ``main.main``, the code the subprocess runs.
SUBPROCESS_SAMPLE = (
    "empty.json", "truncated.json", "utf16.json", "lone-surrogate.json", "deep-10000.json",
    "nan.json", "duplicate-key.json", "top-array.json", "unknown-op.json",
    "step-not-object.json", "50-mb.json", "20-gib-sparse.json", "a-folder.json",
    "missing.json", "weights-as-scenario.json",
)


def check_refused_run(name: str, code: int, stderr: str, report_dir: Path) -> None:
    """Exit 2, one line on stderr naming the problem, no traceback, no report."""
    lines = stderr.strip().splitlines()
    assert code == 2, (name, stderr)
    assert len(lines) == 1 and lines[0].startswith("main.py: "), (name, stderr)
    for word in SCENARIO_CASES[name][1]:
        assert word in lines[0], (name, lines[0])
    assert not (report_dir / "report.json").exists()


def test_bad_scenario_files_through_the_runner(tmp_path, capsys) -> None:
    import main

    paths = {name: write_scenario_case(tmp_path, name) for name in SCENARIO_CASES}
    for name, path in paths.items():
        code = main.main(["--run", str(path), "--report", str(tmp_path / f"in-{name}")])
        check_refused_run(name, code, capsys.readouterr().err, tmp_path / f"in-{name}")
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(SUBPROCESS_SAMPLE, pool.map(
            lambda name: run_cli(paths[name], tmp_path / f"report-{name}"), SUBPROCESS_SAMPLE),
            strict=True))
    for name, result in results.items():
        check_refused_run(name, result.returncode, result.stderr, tmp_path / f"report-{name}")
    assert not (tmp_path / MARKER_NAME).exists() and not (ROOT / MARKER_NAME).exists()


def test_bad_weights_and_bad_steps_through_the_runner(tmp_path) -> None:
    """Step failures, not file failures: exit 1, each step's error in the strict report,
    the network the same after every failed step."""
    cases = weights_cases(tmp_path)
    build = [
        {"op": "add", "layer": "Linear", "args": {"in_features": 4, "out_features": 3}},
        ADD_RELU,
        {"op": "add", "layer": "Linear", "args": {"in_features": 3, "out_features": 2}},
        {"op": "forward", "shape": [2, 4]},
    ]
    loads = [{"op": "load_weights", "path": str(path)} for path, _kind, _w in cases.values()]
    bad_steps = [step for step, _words in STEP_CASES.values()]
    path = tmp_path / "weights.json"
    path.write_bytes(doc(*build, *loads, *bad_steps, seed=0))
    result = run_cli(path, tmp_path / "out")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"),
                        parse_constant=lambda name: pytest.fail(name))
    records = report["steps"]
    assert [r["ok"] for r in records[:4]] == [True] * 4
    failing = records[4:]
    expected_words = [words for _p, _k, words in cases.values()] + [
        words for _s, words in STEP_CASES.values()]
    assert len(failing) == len(expected_words)
    for record, words in zip(failing, expected_words, strict=True):
        assert not record["ok"] and record["error"]["message"]
        for word in words:
            assert word in record["error"]["message"], record["error"]["message"]
        assert record["parameters"] == records[3]["parameters"]  # nothing changed
        assert record["repr"] == records[3]["repr"]
    stderr_lines = result.stderr.strip().splitlines()
    assert len(stderr_lines) == len(failing)  # one line per failed step
    assert not (tmp_path / MARKER_NAME).exists()


# -- the window ------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, new_window):
    from gui.session.session import LabSession

    win = new_window(LabSession(lab=Lab(memory_limit=64 * 2**20), seed=0))
    for step in (
        {"op": "add", "layer": "Linear", "args": {"in_features": 4, "out_features": 3}},
        ADD_RELU,
        {"op": "add", "layer": "Linear", "args": {"in_features": 3, "out_features": 2}},
        {"op": "forward", "shape": [2, 4]},
    ):
        with qtbot.waitSignal(win.session.snapshotChanged, timeout=20_000):
            win.perform(step)
    return win


def expect_refusal(qtbot, win, start, words: list[str], name: str) -> None:
    session = win.session
    before, history, steps = session.snapshot, session.history(), session.steps()
    path_before, title = session.path, win.windowTitle()
    with qtbot.waitSignal(session.failed, timeout=30_000) as failed:
        start()
    error = failed.args[0]
    shown = win.banner.message.text()
    for word in words:
        assert word in error.message and word in shown, (name, error.message)
    assert win.banner.isVisible() and "left as it was" in shown
    qtbot.waitUntil(lambda: not session.busy)
    assert session.snapshot is before and session.history() == history, name
    assert session.steps() == steps and session.path == path_before, name
    assert win.print_pane.text() == before.repr and win.windowTitle() == title
    assert win.forward_panel.isEnabled()


def test_bad_files_through_the_window(qtbot, window, tmp_path, monkeypatch) -> None:
    """Open each bad session, import each bad weights file: banner, nothing changed."""
    for name in sorted(SCENARIO_CASES):
        path = write_scenario_case(tmp_path, name)
        expect_refusal(qtbot, window, lambda p=path: window.open_session(str(p)),
                       SCENARIO_CASES[name][1], name)
    for name, (step, words) in STEP_CASES.items():  # a session whose step does not replay
        path = tmp_path / f"{name}.json"
        path.write_bytes(doc(ADD_RELU, step))
        expect_refusal(qtbot, window, lambda p=path: window.open_session(str(p)),
                       ["step 1", "left as it was", *words], name)
    (tmp_path / "weights").mkdir()
    for name, (path, _kind, words) in weights_cases(tmp_path / "weights").items():
        monkeypatch.setattr(window, "ask_open_path", lambda *_a, p=path: str(p))
        expect_refusal(qtbot, window, window.import_weights, words, name)
    assert not (tmp_path / "weights" / MARKER_NAME).exists()
