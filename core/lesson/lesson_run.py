"""Walking a lesson on a Lab: Next performs a step, Back restores the earlier page exactly.

Split from core/lesson/lesson.py (which re-exports ``LessonRun`` and ``Outcome``): the
file format and its checks live there, the walk here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch

from core.errors import LabError
from core.lesson.lesson import STEP, TRY, Exercise, Lesson, Page, Verdict, judge
from core.model.lab import Checkpoint, Lab
from core.model.snapshot import Snapshot
from core.operations import steps as step_ops


@dataclass(frozen=True)
class Outcome:
    """What a performed step did, and whether that was what the lesson expected."""

    page: int
    step: int
    snapshot: Snapshot
    error: LabError | None
    expected: bool
    result: Any = None  # a compare, depth or train step: its result, for the charts


class LessonRun:
    """A lesson on a Lab. ``next()`` performs, ``back()`` restores the earlier page exactly.

    Pages already visited keep their checkpoint, so Next after Back shows the very
    state it showed before. Before performing a step the run returns to its own
    last page, so what a student tried in between never changes the lesson.
    """

    def __init__(self, lesson: Lesson, lab: Lab | None = None, seed: int | None = None) -> None:
        self.lesson = lesson
        self.lab = lab or Lab(bins=lesson.scenario.bins)
        self.seed = lesson.seed if lesson.seed is not None else seed
        self.pages = lesson.pages()
        self.page = 0
        self.checkpoints: dict[int, Checkpoint] = {}
        self.outcomes: dict[int, Outcome] = {}

    # -- moving ---------------------------------------------------------------------

    def start(self) -> Snapshot:
        """Seed the random stream and remember the empty network as the intro page."""
        if self.seed is not None:
            torch.manual_seed(self.seed)
        self.page = 0
        self.checkpoints = {0: self.lab.checkpoint()}
        self.outcomes = {}
        return self.lab.snapshot

    @property
    def at_end(self) -> bool:
        return self.page >= len(self.pages) - 1

    @property
    def at_start(self) -> bool:
        return self.page == 0

    @property
    def current(self) -> Page:
        return self.pages[self.page]

    def next(self) -> Outcome | None:
        """Go to the next page: perform its step (None for a task page or at the end)."""
        if self.at_end:
            return None
        target = self.page + 1
        if target in self.checkpoints:
            self.lab.restore(self.checkpoints[target])
            self.page = target
            return self.outcomes.get(target)
        self.lab.restore(self.checkpoints[self.page])
        page = self.pages[target]
        outcome = None
        if page.kind == STEP:
            outcome = self._perform(target, page.step)
        self.page = target
        self.checkpoints[target] = self.lab.checkpoint()
        return outcome

    def back(self) -> Snapshot:
        """Return to the previous page exactly as it was shown."""
        if not self.at_start:
            self.page -= 1
        return self.lab.restore(self.checkpoints[self.page])

    def run_all(self) -> list[Outcome]:
        """Every page from the start (headless runs and tests)."""
        self.start()
        while not self.at_end:
            self.next()
        return [self.outcomes[p] for p in sorted(self.outcomes)]

    def _perform(self, page: int, index: int) -> Outcome:
        step = self.lesson.steps[index]
        error = result = None
        try:
            if step_ops.is_analysis(step):  # the network stays; the charts get the result
                result = step_ops.analyze(self.lab, step, base=self.lesson.scenario.base)
                snapshot = self.lab.snapshot
            else:
                snapshot = step_ops.perform(self.lab, step, self.lesson.scenario.base)
        except LabError as exc:
            error, snapshot = exc, self.lab.snapshot
        expected = step_ops.expected(step_ops.expect_kind(step), error)
        outcome = Outcome(page, index, snapshot, error, expected, result)
        self.outcomes[page] = outcome
        return outcome

    # -- exercises ------------------------------------------------------------------

    def exercise(self) -> Exercise | None:
        """The exercise waiting for an attempt on this page, if any."""
        page = self.current
        return self.lesson.exercises.get(page.step) if page.kind == TRY else None

    def judge(self, step: dict, error: LabError | None, snapshot: Snapshot) -> Verdict | None:
        """Explain an attempt made on a task page; None when it is not an attempt."""
        exercise = self.exercise()
        if exercise is None:
            return None
        return judge(exercise, step, error, snapshot)

    def attempt(self, step: dict) -> Verdict | None:
        """Perform a student's step on the lab and judge it (headless use)."""
        error = None
        try:
            snapshot = step_ops.perform(self.lab, step, self.lesson.scenario.base)
        except LabError as exc:
            error, snapshot = exc, self.lab.snapshot
        return self.judge(step, error, snapshot)


