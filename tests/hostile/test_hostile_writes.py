"""Writes land only where they should, and a report cannot grow without bound."""

from __future__ import annotations

import json
import tracemalloc

import pytest

from core.errors import TOO_LARGE
from core.io import report as report_io
from core.io import scenario as scenario_io
from tests.hostile.helpers import leftovers, linear, read_report, run, scenario, write


def test_planted_partial_links_are_never_followed(tmp_path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    victims = {}
    for name in ("report.json.partial", "step-000.pt.partial", "report.json"):
        victim = tmp_path / f"victim-{name}"
        victim.write_text("precious")
        (out / name).symlink_to(victim)
        victims[name] = victim
    doc = scenario(linear(), {"op": "forward", "shape": [2, 4]})
    code, err = run(capsys, write(tmp_path / "s.json", doc), out, "--save-weights")
    assert code == 0, err
    assert all(v.read_text() == "precious" for v in victims.values())
    assert not (out / "report.json").is_symlink() and read_report(out)["ok"]
    assert (out / "step-000.pt").is_file() and leftovers(out) == []


def test_a_planted_figures_link_is_replaced_by_a_folder(tmp_path, capsys) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "figures").symlink_to(elsewhere, target_is_directory=True)
    doc = scenario(linear(), {"op": "compare", "inits": ["default"]})
    code, err = run(capsys, write(tmp_path / "s.json", doc), out)
    assert code == 0, err
    assert list(elsewhere.iterdir()) == []
    assert not (out / "figures").is_symlink() and list((out / "figures").glob("*.svg"))


def test_export_code_over_the_scenario_or_the_report_is_refused(tmp_path, capsys) -> None:
    path = write(tmp_path / "s.json", scenario(linear()))
    original = path.read_text()
    (tmp_path / "alias.json").symlink_to(path)
    out = tmp_path / "out"
    for target in (path, tmp_path / "alias.json", tmp_path / "sub/../s.json",
                   out / "report.json", out / "step-000.pt"):
        code, err = run(capsys, path, out, "--export-code", str(target))
        assert code == 2 and "would overwrite" in err, target
    assert path.read_text() == original
    code, err = run(capsys, path, out, "--export-code", str(tmp_path / "net.py"))
    assert code == 0 and (tmp_path / "net.py").read_text().startswith('"""')


def test_figures_of_folded_names_get_a_file_each(tmp_path, capsys) -> None:
    names = ["a b", "a/b", "a_b", "层", "层层", "A"]
    steps = [linear(4, 4, name=name) for name in names] + [
        {"op": "compare", "inits": ["default", "ones_"], "params": "weight"}]
    code, err = run(capsys, write(tmp_path / "s.json", scenario(*steps)), tmp_path / "out")
    assert code == 0, err
    record = read_report(tmp_path / "out")["steps"][-1]
    figures = record["figures"]
    parameters = [o["parameter"] for o in record["compare"]["overlays"]]
    assert parameters == [f"{n}.{attr}" for n in names for attr in ("weight", "bias")]
    assert len({f.lower() for f in figures}) == len(figures) == len(parameters)
    for figure, parameter in zip(figures, parameters, strict=True):
        text = (tmp_path / "out" / figure).read_text("utf-8")
        assert parameter.replace("&", "&amp;") in text  # each file draws its own parameter
    assert "figures/step-006-compare-a_b.weight.svg" in figures  # plain names stay as they were


def test_a_report_past_its_limit_stops_with_what_to_change(tmp_path, capsys,
                                                           monkeypatch) -> None:
    monkeypatch.setattr(report_io, "MAX_REPORT_BYTES", 300_000)
    steps = [linear()] + [{"op": "forward", "shape": [2, 5]}] * 200
    code, err = run(capsys, write(tmp_path / "s.json", scenario(*steps, bins=10_000)),
                    tmp_path / "out")
    assert code == 2 and "Lower 'bins'" in err and "10000-bin" in err
    assert not (tmp_path / "out/report.json").exists() and leftovers(tmp_path / "out") == []


def test_a_compare_record_past_the_limit_is_a_step_error(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(scenario_io, "MAX_REPORT_BYTES", 100_000)
    doc = scenario(linear(), {"op": "compare", "inits": ["default", "ones_"], "bins": 10_000})
    code, _ = run(capsys, write(tmp_path / "s.json", doc), tmp_path / "out")
    assert code == 1
    assert read_report(tmp_path / "out")["steps"][1]["error"]["kind"] == TOO_LARGE


def test_the_streamed_report_is_the_report_built_in_memory(tmp_path, capsys) -> None:
    doc = scenario(linear(), {"op": "forward", "shape": [2, 4]}, {"op": "forward", "shape": [2, 5]},
                   {"op": "init", "init": "xavier_uniform_"}, {"op": "depth", "inits": ["default"]})
    path = write(tmp_path / "s.json", doc)
    assert run(capsys, path, tmp_path / "out")[0] == 1
    streamed = read_report(tmp_path / "out")
    in_memory = json.loads(json.dumps(scenario_io.run(scenario_io.load(path)), allow_nan=False))
    for record in streamed["steps"]:
        record.pop("figures", None)
    assert streamed == in_memory


def _python_peak(run_it) -> int:
    tracemalloc.start()
    try:
        run_it()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_streaming_keeps_memory_flat_as_steps_grow(tmp_path) -> None:
    doc = scenario(linear(), *[{"op": "forward", "shape": [2, 5]}] * 40, bins=10_000)
    loaded = scenario_io.from_document(doc)
    in_memory = _python_peak(lambda: scenario_io.run(loaded))
    out = tmp_path / "out"
    out.mkdir()

    def streamed() -> None:
        writer = report_io.ReportWriter(out, len(loaded.steps), loaded.bins)
        scenario_io.run(loaded, writer=writer)
        writer.finish()

    assert _python_peak(streamed) * 5 < in_memory
    assert len(read_report(out)["steps"]) == 41


@pytest.mark.parametrize("name", ["report.json", "step-003.pt"])
def test_a_scenario_stored_as_a_report_output_is_not_deleted(tmp_path, capsys, name) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = write(out / name, scenario(linear()))
    code, err = run(capsys, path, out)
    assert code == 2 and "where the report goes" in err and path.exists()


def test_a_report_held_in_memory_is_bounded_too(monkeypatch) -> None:
    monkeypatch.setattr(scenario_io, "MAX_REPORT_BYTES", 5_000_000)
    steps = [linear()] + [{"op": "forward", "shape": [2, 5]}] * 200
    loaded = scenario_io.from_document(scenario(*steps, bins=10_000))
    with pytest.raises(scenario_io.ScenarioError) as caught:
        scenario_io.run(loaded)
    assert "lower 'bins'" in str(caught.value) and "10000-bin" in str(caught.value)


def test_the_window_replays_a_long_report_without_holding_it(qtbot, new_window, tmp_path,
                                                             monkeypatch) -> None:
    """The run above refuses this report (too large to hold); the window keeps only each
    step's outcome (brief records), so its memory does not grow with the report."""
    monkeypatch.setattr(scenario_io, "MAX_REPORT_BYTES", 5_000_000)
    window = new_window()
    steps = [linear()] + [{"op": "forward", "shape": [2, 5], "expect": "error"}] * 200
    path = write(tmp_path / "long.json", scenario(*steps, bins=10_000))
    with qtbot.waitSignal(window.session.scenarioPlayed, timeout=60000) as played:
        window.session.open(path)
    records = played.args[0]["steps"]
    assert len(records) == 201 and all(r["expected"] for r in records)
    assert not any("parameters" in r or "modules" in r for r in records)
    assert window.session.path == path and not window.banner.isVisible()
