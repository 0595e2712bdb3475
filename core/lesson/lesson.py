"""Guided lessons: a scenario with narration, walked one step at a time.

A lesson file *is* a scenario file (docs/scenario-format.md). Each step's
``title`` and ``note`` are its narration, plain text or texts by language
(``{"en": ..., "zh_CN": ...}``). A step with an ``exercise`` is interactive: the
lesson first shows the task and waits while the student tries it in the app;
each attempt is judged and explained; Next then performs the step itself as
the worked answer. See docs/lessons.md.

``LessonRun`` (core/lesson/lesson_run.py) walks a lesson on a Lab: Next performs a
step, Back restores the earlier page exactly (network, snapshot, undo history and
random stream), so a lesson can be replayed headless and shows the same numbers
every time.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import LabError
from core.io import scenario as scenario_io
from core.lesson.lesson_focus import FocusError, parse_focus
from core.lesson.narration import (
    LANGUAGE_CODE,
    PLACEHOLDERS,
    Verdict,
    text_for,
    unknown_placeholders,
)
from core.messages import msg
from core.model.snapshot import Snapshot
from core.operations import registry
from core.operations import steps as step_ops

__all__ = ["Lesson", "LessonError", "Verdict", "check_lesson", "load", "parse",
           "text_for"]

EXERCISE_FIELDS = {"task", "answers", "otherwise"}
ANSWER_FIELDS = {"op", "expect", "layer", "explain", "solved"}

INTRO, TRY, STEP = "intro", "try", "step"


class LessonError(scenario_io.ScenarioError):
    """The lesson cannot be used; the message names the step and the field."""


# -- the file ------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """One outcome of an attempt the lesson explains: op(s), expected outcome, text."""

    ops: tuple[str, ...]
    expect: str | None  # None: succeeds; "error": any error; else an error kind
    explain: Any
    solved: bool = True
    layer: str | None = None  # the layer an expected error must name, as print(net) does

    def matches(self, op: str, error: LabError | None) -> bool:
        if op not in self.ops:
            return False
        if not step_ops.expected(self.expect, error):
            return False
        return error is None or self.layer is None or error.layer == self.layer


@dataclass(frozen=True)
class Exercise:
    task: Any
    answers: tuple[Answer, ...]
    otherwise: Any

    @property
    def ops(self) -> set[str]:
        return {op for answer in self.answers for op in answer.ops}


@dataclass(frozen=True)
class Page:
    """What the lesson shows at one place: the intro, a task to try, or a performed step."""

    kind: str
    step: int | None = None  # index into the steps; None for the intro


@dataclass(frozen=True)
class Lesson:
    scenario: scenario_io.Scenario
    title: Any
    description: Any
    exercises: dict[int, Exercise] = field(default_factory=dict)
    path: Path | None = None
    focus: dict[int, tuple[str, ...]] = field(default_factory=dict)  # step -> views

    @property
    def steps(self) -> tuple[dict, ...]:
        return self.scenario.steps

    @property
    def seed(self) -> int | None:
        return self.scenario.seed

    def pages(self) -> tuple[Page, ...]:
        pages = [Page(INTRO)]
        for index in range(len(self.steps)):
            if index in self.exercises:
                pages.append(Page(TRY, index))
            pages.append(Page(STEP, index))
        return tuple(pages)

    def page_title(self, page: Page, language: str) -> str:
        if page.kind == INTRO:
            return text_for(self.title, language)
        return text_for(self.steps[page.step].get("title"), language)

    def page_focus(self, page: Page) -> tuple[str, ...]:
        """The views the page is about (core/lesson/lesson_focus.py); () for the intro or none."""
        return () if page.step is None else self.focus.get(page.step, ())

    def page_text(self, page: Page, language: str) -> str:
        if page.kind == INTRO:
            return text_for(self.description, language)
        if page.kind == TRY:
            return text_for(self.exercises[page.step].task, language)
        return text_for(self.steps[page.step].get("note"), language)


def load(path: str | Path) -> Lesson:
    """Read and check a lesson (any scenario is one); LessonError says what is wrong."""
    path = Path(path)
    loaded = _as_lesson_error(lambda: scenario_io.load(path))
    data = path.read_bytes()
    return _lesson(loaded, json.loads(data.decode("utf-8-sig")), path)


def parse(data: bytes, base: Path | None = None) -> Lesson:
    loaded = _as_lesson_error(lambda: scenario_io.parse(data, base))
    return _lesson(loaded, json.loads(data.decode("utf-8-sig")), None)


def _as_lesson_error(read: Callable[[], scenario_io.Scenario]) -> scenario_io.Scenario:
    try:
        return read()
    except LessonError:
        raise
    except scenario_io.ScenarioError as exc:
        raise LessonError(str(exc)) from exc


def _lesson(loaded: scenario_io.Scenario, document: dict, path: Path | None) -> Lesson:
    if not loaded.steps:
        raise LessonError(msg("a lesson needs at least one step in 'steps'"))
    _check_texts(document.get("title"), "field 'title'")
    _check_texts(document.get("description"), "field 'description'")
    exercises, focus = {}, {}
    for index, step in enumerate(loaded.steps):
        where = f"step {index}"
        for name in ("title", "note"):
            _check_texts(step.get(name), f"{where}: field {name!r}")
        if "exercise" in step:
            exercises[index] = _exercise(step["exercise"], where)
        try:
            focus[index] = parse_focus(step.get("focus"), where)
        except FocusError as exc:
            raise LessonError(str(exc)) from exc
    return Lesson(loaded, document.get("title"), document.get("description"), exercises, path,
                  focus)


def _check_texts(text: Any, where: str, placeholders: bool = False) -> None:
    if placeholders:
        _check_placeholders(text, where)
    if text is None or isinstance(text, str):
        return
    if not isinstance(text, dict) or not text:
        raise LessonError(msg("{where} must be a text or an object of texts by language, "
                              "such as {example}", where=where,
                              example='{"en": "...", "zh_CN": "..."}'))
    for code, value in text.items():
        if not LANGUAGE_CODE.match(code):
            raise LessonError(msg("{where}: {code} is not a language code; use codes such as "
                                  "\"en\", \"zh_CN\"", where=where, code=repr(code)))
        if not isinstance(value, str):
            raise LessonError(msg("{where}: the {code} text must be a string", where=where,
                                  code=repr(code)))


def _check_placeholders(text: Any, where: str) -> None:
    texts = [text] if isinstance(text, str) else (
        [v for v in text.values() if isinstance(v, str)] if isinstance(text, dict) else [])
    for value in texts:
        unknown = unknown_placeholders(value)
        if unknown:
            raise LessonError(msg(
                "{where} uses {field}, which is not a placeholder; only {names} are filled in",
                where=where, field=unknown[0][:42],
                names=", ".join("{" + name + "}" for name in PLACEHOLDERS)))


def check_lesson(loaded: scenario_io.Scenario) -> None:
    """Check a scenario's narration and exercises as loading it as a lesson would
    (the headless runner refuses the same files the window refuses)."""
    if any("exercise" in step for step in loaded.steps):
        _lesson(loaded, {"title": loaded.title, "description": loaded.description}, None)


def _exercise(value: Any, where: str) -> Exercise:
    where = f"{where}: field 'exercise'"
    if not isinstance(value, dict):
        raise LessonError(msg("{where} must be an object with task, answers and otherwise",
                              where=where))
    unknown = sorted(set(value) - EXERCISE_FIELDS)
    if unknown:
        raise LessonError(msg("{where} has no field {name}; it takes {fields}", where=where,
                              name=repr(unknown[0]), fields=", ".join(sorted(EXERCISE_FIELDS))))
    for name in ("task", "answers"):
        if name not in value:
            raise LessonError(msg("{where} needs field {name}", where=where, name=repr(name)))
    _check_texts(value["task"], f"{where}.task")
    _check_texts(value.get("otherwise"), f"{where}.otherwise", placeholders=True)
    answers = value["answers"]
    if not isinstance(answers, list) or not answers:
        raise LessonError(msg("{where}.answers must be a non-empty array of objects",
                              where=where))
    return Exercise(
        value["task"],
        tuple(_answer(item, f"{where}.answers[{i}]") for i, item in enumerate(answers)),
        value.get("otherwise"),
    )


def _answer(item: Any, where: str) -> Answer:
    if not isinstance(item, dict):
        raise LessonError(msg("{where} must be an object with op, expect and explain",
                              where=where))
    unknown = sorted(set(item) - ANSWER_FIELDS)
    if unknown:
        raise LessonError(msg("{where} has no field {name}; it takes {fields}", where=where,
                              name=repr(unknown[0]), fields=", ".join(sorted(ANSWER_FIELDS))))
    if "op" not in item or "explain" not in item:
        raise LessonError(msg("{where} needs fields 'op' and 'explain'", where=where))
    ops = item["op"] if isinstance(item["op"], list) else [item["op"]]
    for op in ops:
        if op not in registry.names():
            raise LessonError(msg("{where}: op {op} is not an operation; ops are {ops}",
                                  where=where, op=repr(op), ops=", ".join(registry.names())))
    try:
        expect = step_ops.expect_kind(item, where)
    except step_ops.StepFormatError as exc:
        raise LessonError(str(exc)) from exc
    _check_texts(item["explain"], f"{where}.explain", placeholders=True)
    solved = item.get("solved", True)
    if not isinstance(solved, bool):
        raise LessonError(msg("{where}.solved must be true or false", where=where))
    layer = item.get("layer")
    if layer is not None and not isinstance(layer, str):
        raise LessonError(msg("{where}.layer must be a layer name as print(net) shows it, "
                              "such as \"2\" or \"Linear1\"", where=where))
    return Answer(tuple(ops), expect, item["explain"], solved, layer)


def judge(exercise: Exercise, step: dict, error: LabError | None, snapshot: Snapshot):
    """The first answer the attempt matches, else ``otherwise``; None if not an attempt."""
    op = step.get("op")
    if op not in exercise.ops:
        return None
    values = {
        "message": error.message if error else "",
        "layer": (error.layer or "") if error else "",
        "kind": error.kind if error else "",
        "label": snapshot.label if error is None else "",
    }
    for answer in exercise.answers:
        if answer.matches(op, error):
            return Verdict(answer.solved, answer.explain, values)
    return Verdict(False, exercise.otherwise, values)
