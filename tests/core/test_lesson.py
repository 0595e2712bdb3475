"""The built-in lesson runs headless as expected, Back is exact, exercises are judged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from torch import nn

from core.errors import SHAPE_MISMATCH, UNINITIALIZED
from core.io import scenario
from core.lesson import lesson as lessons
from core.lesson.lesson_run import LessonRun
from core.model.lab import Lab

ROOT = Path(__file__).resolve().parents[2]
LESSON = ROOT / "lessons" / "lazy_initialization.json"


@pytest.fixture(scope="module")
def lesson():
    return lessons.load(LESSON)


def walk(lesson) -> tuple[LessonRun, list]:
    """Every page forward; the snapshot and undo depth shown on each."""
    run = LessonRun(lesson)
    run.start()
    shown = [(run.lab.snapshot, len(run.lab.history.undo))]
    while not run.at_end:
        run.next()
        shown.append((run.lab.snapshot, len(run.lab.history.undo)))
    return run, shown


def step_page(run, step_index: int) -> int:
    return next(i for i, p in enumerate(run.pages) if p.kind == "step" and p.step == step_index)


def test_every_step_goes_as_the_lesson_expects(lesson):
    outcomes = LessonRun(lesson).run_all()
    assert len(outcomes) == len(lesson.steps)
    assert all(o.expected for o in outcomes), [o.step for o in outcomes if not o.expected]
    kinds = [o.error.kind for o in outcomes if o.error]
    assert kinds == [UNINITIALIZED, SHAPE_MISMATCH, SHAPE_MISMATCH]
    report = scenario.run(scenario.load(LESSON))  # the plain scenario runner agrees
    assert report["ok"]


def test_the_six_points_show_what_pytorch_does(lesson):
    run, shown = walk(lesson)
    snap = {i: shown[step_page(run, i)][0] for i in range(len(lesson.steps))}

    eager = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
    assert snap[0].repr == repr(eager)
    assert [(p.name, p.shape) for p in snap[0].parameters] == [
        (n, tuple(p.shape)) for n, p in eager.named_parameters()]
    visits: list[str] = []
    eager.apply(lambda m: visits.append(f"Init {m}"))
    assert list(snap[1].visit_lines) == visits
    assert snap[2].trace[-1].output_shape == (2, 10)

    lazy = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.Linear(256, 10))
    assert snap[3].repr == repr(lazy)
    assert snap[3].parameter("0.weight").shape is None
    assert snap[4] is snap[3]  # refused: nothing changed
    low, high = torch.finfo(torch.float32).min / 10, torch.finfo(torch.float32).max / 10
    lazy(torch.zeros([2, 20]).uniform_(low, high))
    assert snap[5].repr == repr(lazy)
    assert abs(snap[5].trace[0].output.max) > 1e30  # the seed's extreme range
    assert snap[6].parameter("0.weight").changed and not snap[6].parameter("0.bias").changed

    named = nn.Sequential()
    named.add_module("Linear1", nn.Linear(20, 256))
    named.add_module("Linear2", nn.Linear(256, 10))
    assert snap[8].repr == repr(named)
    changed = {p.name for p in snap[8].parameters if p.changed}
    assert changed == {"Linear1.weight", "Linear2.weight"}


def test_exercise_a_same_seed_different_weights(lesson):
    run, shown = walk(lesson)
    eager_snap = shown[step_page(run, 9)][0]
    partial_snap = shown[step_page(run, 10)][0]
    fed_snap = shown[step_page(run, 11)][0]
    torch.manual_seed(0)
    eager = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
    torch.manual_seed(0)
    partial = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.LazyLinear(10))
    partial(torch.rand(2, 20))
    assert eager_snap.parameter("2.weight").stats.mean == pytest.approx(
        eager[2].weight.mean().item(), abs=1e-7)
    assert partial_snap.parameter("0.weight").stats == eager_snap.parameter("0.weight").stats
    assert partial_snap.parameter("2.weight").shape is None
    fed = fed_snap.parameter("2.weight").stats
    assert fed.mean == pytest.approx(partial[2].weight.mean().item(), abs=1e-7)
    assert fed.mean != eager_snap.parameter("2.weight").stats.mean


def test_exercise_c_tied_parameters_are_one_tensor(lesson):
    run, shown = walk(lesson)
    final = shown[-1][0]
    names = [p.name for p in final.parameters]
    assert "shared.weight" in names and not any(n.startswith("4.") for n in names)
    assert final.modules[4].tied_to == 2
    weight = final.parameter("shared.weight").stats
    assert weight.min == weight.max == pytest.approx(0.1)
    before = shown[step_page(run, 21)][0].parameter("shared.weight").stats
    at_width_20 = shown[step_page(run, 17)][0].parameter("shared.weight").stats
    assert before == at_width_20  # swapping the adapter kept the shared weights
    assert final.modules[0].repr == "Linear(in_features=30, out_features=16, bias=True)"


def test_back_restores_every_page_exactly_and_undo_still_works(lesson):
    run, shown = walk(lesson)
    for page in range(len(shown) - 2, -1, -1):
        run.back()
        snapshot, depth = shown[page]
        assert run.page == page
        assert run.lab.snapshot == snapshot
        assert run.lab.snapshot.repr == snapshot.repr
        assert run.lab.snapshot.parameters == snapshot.parameters
        assert run.lab.snapshot.trace == snapshot.trace
        assert len(run.lab.history.undo) == depth
    # forward again: identical pages; then undo goes one operation back, redo returns
    for page in range(1, len(shown)):
        run.next()
        assert run.lab.snapshot == shown[page][0]
    page = step_page(run, 15)
    while run.page > page:
        run.back()
    assert run.lab.can_undo and not run.lab.can_redo
    run.lab.undo()
    assert run.lab.snapshot == shown[step_page(run, 14)][0]
    run.lab.redo()
    assert run.lab.snapshot == shown[page][0]


def test_the_lesson_is_deterministic(lesson):
    _, first = walk(lesson)
    _, second = walk(lesson)
    assert [s.repr for s, _ in first] == [s.repr for s, _ in second]
    for (a, _), (b, _) in zip(first, second, strict=True):
        assert a.parameters == b.parameters


def test_exercise_attempts_are_judged_and_next_shows_the_lessons_answer(lesson):
    run = LessonRun(lesson)
    run.start()
    while run.current.kind != "try" or run.current.step != 13:
        run.next()
    assert "make it fail" in lessons.text_for(run.exercise().task, "en").lower()
    assert run.attempt({"op": "add", "layer": "ReLU"}) is None  # not an attempt
    verdict = run.attempt({"op": "forward", "shape": [2, 20]})
    assert verdict.solved
    text = verdict.render("en")
    assert text.startswith("It failed at layer 2:") and "30" in text
    assert "在第 2 层出错" in verdict.render("zh_CN")
    run.attempt({"op": "edit", "at": 2, "args": {"in_features": 256}})
    verdict = run.attempt({"op": "forward", "shape": [2, 20]})
    assert not verdict.solved and "went through" in verdict.render("en")
    verdict = run.attempt({"op": "forward", "shape": [2, 7]})
    assert not verdict.solved
    # Next performs the worked answer from the lesson's own state, not the student's
    outcome = run.next()
    assert outcome.error.kind == SHAPE_MISMATCH and outcome.expected
    clean, shown = walk(lesson)
    assert run.lab.snapshot == shown[run.page][0]


def test_narration_is_bilingual_and_follows_the_language(lesson):
    for page in lesson.pages():
        for language in ("en", "zh_CN"):
            assert lesson.page_title(page, language), page
            assert lesson.page_text(page, language), page
    for index, step in enumerate(lesson.steps):
        for field in ("title", "note"):
            assert set(step[field]) == {"en", "zh_CN"}, (index, field)
    intro = lesson.pages()[0]
    assert lesson.page_title(intro, "en") == "Lazy initialization"
    assert lesson.page_title(intro, "zh_CN") == "延迟初始化"
    assert lessons.text_for({"en": "a", "zh": "b"}, "zh_CN") == "b"
    assert lessons.text_for({"en": "a"}, "zh_CN") == "a"
    assert lessons.text_for("plain", "zh_CN") == "plain"


def test_examples_open_as_lessons():
    for path in sorted((ROOT / "examples").glob("*.json")):
        outcomes = LessonRun(lessons.load(path)).run_all()
        assert all(o.expected for o in outcomes), path


GOOD_STEP = {"op": "forward", "shape": [2, 20]}


@pytest.mark.parametrize(("change", "expected"), [
    ({"steps": []}, "at least one step"),
    ({"steps": [{**GOOD_STEP, "exercise": []}]}, "step 0: field 'exercise' must be object"),
    ({"steps": [{**GOOD_STEP, "exercise": {"task": "t"}}]}, "needs field 'answers'"),
    ({"steps": [{**GOOD_STEP, "exercise": {"task": "t", "answers": [], "hint": "h"}}]},
     "has no field 'hint'"),
    ({"steps": [{**GOOD_STEP, "exercise": {"task": "t", "answers": [
        {"op": "fly", "explain": "x"}]}}]}, "answers[0]: op 'fly' is not an operation"),
    ({"steps": [{**GOOD_STEP, "exercise": {"task": "t", "answers": [
        {"op": "forward", "explain": "x", "expect": {"error": "oops"}}]}}]}, "'expect'"),
    ({"steps": [{**GOOD_STEP, "note": {"english": "x"}}]}, "'english' is not a language code"),
    ({"title": {}}, "field 'title' must be a text or an object of texts"),
    ({"steps": [{**GOOD_STEP, "exercise": {"task": "t", "answers": [
        {"op": "forward", "explain": "x", "solved": "yes"}]}}]}, "solved must be true or false"),
])
def test_malformed_lessons_are_refused_clearly(change, expected):
    document = {"format": 1, "steps": [GOOD_STEP], **change}
    with pytest.raises(lessons.LessonError) as caught:
        lessons.parse(json.dumps(document).encode())
    assert expected in str(caught.value)


def test_lab_restore_keeps_history_consistent():
    lab = Lab()
    lab.add("Linear", {"in_features": 3, "out_features": 2})
    mark = lab.checkpoint()
    first = lab.snapshot
    lab.add("ReLU")
    lab.add("Tanh")
    lab.undo()
    assert lab.restore(mark) is first
    assert lab.can_undo and not lab.can_redo
    torch.rand(5)  # moves the random stream on; restore rewinds it
    assert not torch.equal(torch.get_rng_state(), mark.rng)
    lab.restore(mark)
    assert torch.equal(torch.get_rng_state(), mark.rng)
    lab.undo()
    assert lab.snapshot.repr == "Sequential()"


# -- random walks --------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

ACTIONS = st.lists(st.one_of(
    st.just("next"), st.just("next"), st.just("back"), st.just("undo"),
    st.builds(lambda width: {"op": "forward", "shape": [2, width]}, st.sampled_from([20, 30])),
    st.just({"op": "add", "layer": "ReLU"}),
    st.just({"op": "init", "init": "zeros_", "types": ["Linear"]}),
), min_size=1, max_size=40)


_REFERENCE: dict = {}


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ACTIONS)
def test_random_walks_show_each_page_exactly(lesson, actions):
    """Whatever a student does in between, Next and Back land on the lesson's own pages."""
    if "walk" not in _REFERENCE:
        _REFERENCE["walk"] = walk(lesson)[1]
    reference = _REFERENCE["walk"]
    run = LessonRun(lesson)
    run.start()
    for action in actions:
        if action == "next":
            run.next()
        elif action == "back":
            run.back()
        elif action == "undo":
            if run.lab.can_undo:
                run.lab.undo()
            continue
        else:
            run.attempt(action)
            continue
        snapshot, depth = reference[run.page]
        assert run.lab.snapshot == snapshot
        assert len(run.lab.history.undo) == depth
