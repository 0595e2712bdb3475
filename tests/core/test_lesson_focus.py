"""A lesson step's focus: validated on load; the built-in lesson names one for every step."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from core.lesson import lesson as lessons
from core.lesson.lesson_focus import FOCUS_VIEWS

BUILT_IN = Path(__file__).resolve().parents[2] / "lessons" / "lazy_initialization.json"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "lessons.md"
CJK = r"[\u4e00-\u9fff]"


def lesson_with(focus) -> bytes:
    step = {"op": "add", "layer": "LazyLinear", "args": {"out_features": 4}, "focus": focus}
    return json.dumps({"format": 1, "steps": [{"op": "clear"}, step]}).encode()


@pytest.mark.parametrize("focus", ["trace", ["cards", "trace"], ["histogram"]])
def test_a_focus_names_the_views_of_its_step(focus):
    lesson = lessons.parse(lesson_with(focus))
    expected = (focus,) if isinstance(focus, str) else tuple(focus)
    assert lesson.focus[1] == expected and lesson.focus[0] == ()
    pages = lesson.pages()
    assert lesson.page_focus(pages[2]) == expected
    assert lesson.page_focus(pages[0]) == ()  # the intro page


@pytest.mark.parametrize(("focus", "words"), [
    ("histogramm", ["step 1", "'histogramm' is not a view", "cards, print, visit_log"]),
    (["cards", "chart"], ["step 1", "'chart' is not a view"]),
    ([], ["step 1", "one to 3 views"]),
    (["cards", "trace", "print", "histogram"], ["one to 3 views"]),
    (["cards", "cards"], ["names a view twice"]),
    (3, ["step 1", "field 'focus'"]),
])
def test_a_bad_focus_is_refused_with_a_clear_message(focus, words):
    with pytest.raises(lessons.LessonError) as refused:
        lessons.parse(lesson_with(focus))
    for word in words:
        assert word in str(refused.value)


def test_a_headless_run_ignores_the_focus():
    from core.io import scenario

    loaded = scenario.parse(lesson_with(["cards", "trace"]))
    assert [step["op"] for step in loaded.steps] == ["clear", "add"]


def test_every_view_is_documented():
    text = DOCS.read_text("utf-8")
    for view in FOCUS_VIEWS:
        assert f"`{view}`" in text, view


def test_every_step_of_the_built_in_lesson_has_a_focus():
    lesson = lessons.load(BUILT_IN)
    assert all(lesson.focus[i] for i in range(len(lesson.steps)))
    first_forward = next(i for i, s in enumerate(lesson.steps) if s.get("low") is not None)
    assert lesson.focus[first_forward] == ("cards", "trace")  # the ★ line and the 1e37


def test_built_in_titles_leave_the_numbering_to_the_step_counter():
    """The counter says "Step 7 of 27"; a title of its own numbering ("3 · ...") would clash."""
    lesson = lessons.load(BUILT_IN)
    for step in lesson.steps:
        for language in ("en", "zh_CN"):
            title = lessons.text_for(step.get("title"), language)
            assert not re.match(r"^(\d+|[一二三四五六七八九十]+) · ", title), title


def test_built_in_chinese_narration_uses_full_width_punctuation_and_the_windows_terms():
    texts = []

    def collect(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "zh_CN" and isinstance(item, str):
                    texts.append(item)
                else:
                    collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(json.loads(BUILT_IN.read_text("utf-8")))
    assert len(texts) > 50
    for text in texts:
        assert "正向计算" not in text, text  # the window says 前向传播
        ascii_next_to_chinese = re.search(f"{CJK}[,;:?!]|[,;:?!]{CJK}", text)
        assert ascii_next_to_chinese is None, (ascii_next_to_chinese, text)
