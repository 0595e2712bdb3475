"""Texts from files are data: placeholders are replaced, never formatted, and every text
a file can carry has a length limit that is refused with the field's name."""

from __future__ import annotations

import json
import time

import pytest

from core.io import limits
from core.io import scenario as scenario_io
from core.lesson import lesson as lessons
from core.lesson.lesson_run import LessonRun
from core.lesson.narration import Verdict
from core.model.lab import Lab
from tests.hostile.helpers import linear, run, scenario, write

HOSTILE = ["{message:>300000000}", "{", "{message.nope}", "{message[99999]}",
           "{message.__class__.__mro__}", "{0}", "{}"]


def exercise_lesson(explain: str, otherwise: str = "Not that: {message}") -> dict:
    answer = {"op": "forward", "expect": "error", "explain": {"en": explain}}
    step = {"op": "forward", "shape": [2, 5], "expect": "error",
            "exercise": {"task": "Make it fail", "answers": [answer], "otherwise": otherwise}}
    return scenario(linear(), step)


@pytest.mark.parametrize("text", HOSTILE)
def test_a_format_field_in_an_explanation_is_refused_at_load(text) -> None:
    data = json.dumps(exercise_lesson(f"It failed: {text}")).encode()
    started = time.perf_counter()
    with pytest.raises(lessons.LessonError) as caught:
        lessons.parse(data)
    assert time.perf_counter() - started < 1
    assert "not a placeholder" in str(caught.value) and "{message}" in str(caught.value)
    assert "answers[0].explain" in str(caught.value)


@pytest.mark.parametrize("text", HOSTILE[:3])
def test_the_headless_runner_refuses_the_same_lessons(tmp_path, capsys, text) -> None:
    path = write(tmp_path / "lesson.json", exercise_lesson("ok", otherwise=text))
    code, err = run(capsys, path, tmp_path / "out")
    assert code == 2 and "otherwise" in err and "not a placeholder" in err


def test_placeholders_are_replaced_once_and_never_formatted() -> None:
    values = {"message": "{layer} {kind:>9} {message.__class__}", "layer": "2", "kind": "k",
              "label": ""}
    verdict = Verdict(True, {"en": "At {layer} ({kind}): {message} {unknown} {{layer}}"}, values)
    assert verdict.render("en") == (
        "At 2 (k): {layer} {kind:>9} {message.__class__} {unknown} {2}")


def test_a_lesson_with_the_documented_placeholders_explains_an_attempt() -> None:
    lesson = lessons.parse(json.dumps(exercise_lesson("At {layer}: {message} ({kind})")).encode())
    run_ = LessonRun(lesson, Lab())
    run_.start()
    run_.next()  # the layer
    run_.next()  # the task page
    verdict = run_.attempt({"op": "forward", "shape": [2, 5]})
    text = verdict.render("en")
    assert verdict.solved and text.startswith("At 0: ") and text.endswith("(shape_mismatch)")
    assert "in_features" in text or "features" in text


@pytest.mark.parametrize(("where", "size"), [
    (("steps", 0, "name"), limits.MAX_NAME_CHARS + 1),
    (("steps", 1, "label"), 5 * 1024 * 1024),
    (("steps", 0, "note"), limits.MAX_TEXT_CHARS + 1),
    (("title", "en"), limits.MAX_TEXT_CHARS + 1),
])
def test_every_text_a_file_carries_is_capped(where, size) -> None:
    doc = scenario(linear(), {"op": "build", "layers": [{"layer": "ReLU"}]})
    doc["title"] = {"en": "t"}
    target = doc
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = "x" * size
    started = time.perf_counter()
    with pytest.raises(scenario_io.ScenarioError) as caught:
        scenario_io.parse(json.dumps(doc).encode())
    assert time.perf_counter() - started < 2
    message = str(caught.value)
    assert where[-1] in message and f"{size:,} characters" in message
    assert len(message) < 400  # the text itself is not echoed
    target[where[-1]] = "x" * (size - 1 if size <= limits.MAX_TEXT_CHARS + 1 else 10)
    if where[-1] != "name":  # a name has its own, smaller rule in the network
        scenario_io.parse(json.dumps(doc).encode())


def test_a_one_megabyte_name_is_not_echoed_in_full() -> None:
    lab = Lab()
    lab.add("Linear", {"in_features": 2, "out_features": 2})
    for attempt in (lambda: lab.rename(0, "n" * 1_000_000), lambda: lab.remove("r" * 1_000_000)):
        with pytest.raises(Exception) as caught:
            attempt()
        assert len(str(caught.value)) < 500
