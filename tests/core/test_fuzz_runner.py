"""Random and mutated scenario files through the headless runner (``main.main``, the code
``python main.py --run F --report D`` runs; a real subprocess is exercised in
tests/test_bad_files.py).

Whatever the file holds, the runner ends with exit 0 or 1 and a strict-JSON report whose
records agree with themselves, or with exit 2 and one line on stderr: never a traceback.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import os
import tempfile
from pathlib import Path

import torch
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import main
from core.errors import ERROR_KINDS, LabError
from core.model.lab import Lab
from core.operations import steps
from tests.core.test_fuzz_core import HOSTILE, hostile_step

EXAMPLES = int(os.environ.get("LAZY_INIT_LAB_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=max(EXAMPLES // 2, 10),
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MEMORY_LIMIT = 32 * 2**20


def strict(name: str) -> None:
    raise AssertionError(f"{name} in a report is not strict JSON")


def run_file(data: bytes) -> tuple[int, str, str, dict | None]:
    """Write ``data`` as a scenario, run the runner on it; (code, stdout, stderr, report)."""
    with tempfile.TemporaryDirectory() as folder:
        path, out_dir = Path(folder) / "scenario.json", Path(folder) / "out"
        path.write_bytes(data)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main.main(["--run", str(path), "--report", str(out_dir)])
        report_path = out_dir / "report.json"
        report = None
        if report_path.exists():
            report = json.loads(report_path.read_text("utf-8"), parse_constant=strict)
        return code, out.getvalue(), err.getvalue(), report


def check_outcome(code: int, err: str, report: dict | None, count: int | None) -> None:
    assert "Traceback" not in err
    if code == 2:
        assert report is None
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("main.py: "), err
        return
    assert code in (0, 1), (code, err)
    assert report is not None and report["ok"] == (code == 0)
    if count is not None:
        assert len(report["steps"]) == count
    assert report["ok"] == all(record["expected"] for record in report["steps"])
    for record in report["steps"]:
        assert record["ok"] == (record["error"] is None)
        if record["error"] is not None:
            assert record["error"]["kind"] in ERROR_KINDS and record["error"]["message"]


@st.composite
def scenario_steps(draw) -> list[dict]:
    """Hostile steps, each aimed at the network as it would be by then."""
    lab, taken = Lab(memory_limit=MEMORY_LIMIT), []
    for _ in range(draw(st.integers(0, 8))):
        step = draw(hostile_step(lab))
        try:
            steps.check_structure(step, "step")
        except steps.StepFormatError:
            continue
        with contextlib.suppress(LabError):
            steps.perform(lab, step)
        if draw(st.integers(0, 5)) == 0:
            step["expect"] = draw(st.sampled_from(["ok", "error", *({"error": k}
                                                                    for k in ERROR_KINDS)]))
        taken.append(step)
    return taken


def encode(document: object) -> bytes:
    """JSON as a person's editor or another tool may write it: NaN and all."""
    return json.dumps(document, allow_nan=True).encode()


@FUZZ
@given(taken=scenario_steps(), seed=st.one_of(st.none(), st.integers(0, 2**63 - 1)))
def test_random_scenarios_give_a_strict_report_or_a_one_line_refusal(taken, seed) -> None:
    torch.manual_seed(0)
    document = {"format": 1, "steps": taken, **({} if seed is None else {"seed": seed})}
    code, _out, err, report = run_file(encode(document))
    check_outcome(code, err, report, len(taken))
    holds_nan = "NaN" in encode(document).decode() or "Infinity" in encode(document).decode()
    if holds_nan:
        assert code == 2 and "JSON" in err  # NaN/Infinity are not JSON: the file is refused


def paths(value: object, prefix: tuple = ()) -> list[tuple]:
    """Every place in a JSON document: object keys and list indices, depth first."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, prefix + (index,))
    return found


def mutate(document: dict, where: tuple, how: str, value: object) -> object:
    """A copy of ``document`` with the place ``where`` replaced, deleted or extended."""
    copy = json.loads(json.dumps(document))
    if not where:
        return value
    parent = copy
    for key in where[:-1]:
        parent = parent[key]
    last = where[-1]
    if how == "delete":
        del parent[last]
    elif how == "extra" and isinstance(parent, dict):
        parent["unexpected_field"] = value
    else:
        parent[last] = value
    return copy


BASE = {
    "format": 1,
    "seed": 3,
    "steps": [
        {"op": "add", "layer": "LazyLinear", "args": {"out_features": 8}},
        {"op": "add", "layer": "ReLU"},
        {"op": "forward", "shape": [2, 5]},
        {"op": "init", "init": "xavier_uniform_", "args": {"gain": "relu"}, "types": ["Linear"]},
        {"op": "undo"},
    ],
}


@FUZZ
@given(
    data=st.data(),
    how=st.sampled_from(["replace", "delete", "extra"]),
    value=st.sampled_from(HOSTILE + ("explode", "Dense", "glorot_", {"op": "explode"})),
)
def test_mutated_scenarios_never_crash_the_runner(data, how, value) -> None:
    where = data.draw(st.sampled_from(paths(BASE)), label="where")
    document = mutate(BASE, where, how, value)
    code, _out, err, report = run_file(encode(document))
    check_outcome(code, err, report, None)


@FUZZ
@given(data=st.binary(max_size=200), cut=st.integers(0, 400))
def test_garbage_and_truncated_bytes_are_refused_in_one_line(data, cut) -> None:
    text = json.dumps(BASE).encode()
    for blob in (data, text[:cut], text[:cut] + data):
        code, _out, err, report = run_file(blob)
        check_outcome(code, err, report, None)


def test_the_runner_reports_non_finite_statistics_as_strings() -> None:
    document = {"format": 1, "seed": 0, "steps": [
        {"op": "add", "layer": "Linear", "args": {"in_features": 3, "out_features": 2}},
        {"op": "init", "init": "constant_", "args": {"val": 3.0e38}},
        {"op": "forward", "shape": [2, 3], "fill": "ones"},
    ]}
    code, _out, err, report = run_file(encode(document))
    check_outcome(code, err, report, 3)
    trace = report["steps"][2]["trace"]
    # 3 * 3e38 overflows float32: torch itself gives inf here, the report the string.
    expected = torch.nn.functional.linear(torch.ones(2, 3), torch.full((2, 3), 3.0e38))
    assert math.isinf(expected.max().item())
    assert trace[0]["output"]["max"] == "Infinity"
