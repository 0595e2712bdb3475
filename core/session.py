"""A session: the Lab on show, its seed and file, a lesson walked on it, the kept analyses.

Everything that changes what a person sees goes through one Session and returns a
Transition (core/operations/transition.py): steps (``submit``, the scenario step
format), undo and redo (across File ▸ New and Open too), opening or restoring a
file, a lesson's moves, and analyses. "Open a scenario, seed, new Lab, replay"
lives here once (``from_scenario``): the headless runner, Open and autosave
recovery all use it. No Qt: the window runs these methods on its worker.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

from core.analysis.compare import DEFAULT_BINS
from core.cancel import IDLE, Monitor
from core.errors import INVALID_ARGUMENT, INVALID_FILE, LabError
from core.io import files, recovery, weights
from core.io import scenario as scenario_io
from core.messages import msg
from core.model.lab import Lab
from core.model.snapshot import Snapshot
from core.model.workspaces import Replaced, Workspace
from core.operations import steps as step_ops
from core.operations.transition import (
    ANALYSIS,
    COMMIT,
    REDO,
    REPLACE,
    RESTORE,
    UNDO,
    Analysis,
    Transition,
    between,
)


def random_seed() -> int:
    return random.randrange(2**31)


class Session:
    """The lab on show and everything that belongs to it; each change returns a Transition.

    Not thread-safe: one operation at a time (the window's session is busy meanwhile).
    """

    def __init__(self, lab: Lab | None = None, seed: int | None = None) -> None:
        self.lab = lab or Lab()
        self.seed = random_seed() if seed is None else seed
        self.seeded = False  # torch's stream starts at ``seed`` before the first step
        self.path: Path | None = None
        self.saved_steps: tuple = ()  # the steps as last saved or opened (see ``modified``)
        self.replaced = Replaced()  # networks New or Open replaced, for undo
        self.history_limit = self.lab.history.max_bytes
        self.lesson = None  # a core.lesson.lesson_run.LessonRun walked on ``lab``, or None
        # op -> the last compare / depth: bounded in number (one of each kind, the one a
        # view shows and re-bins); a new one lets the earlier one's tensors go
        self.analyses: dict[str, Analysis] = {}

    # -- reading -------------------------------------------------------------------

    @property
    def snapshot(self) -> Snapshot:
        return self.lab.snapshot

    @property
    def base(self) -> Path | None:
        """The folder relative paths in steps start from: the session file's."""
        return self.path.parent if self.path else None

    @property
    def can_undo(self) -> bool:
        return self.lab.can_undo or bool(self.replaced.undo)

    @property
    def can_redo(self) -> bool:
        return self.lab.can_redo or bool(self.replaced.redo)

    @property
    def modified(self) -> bool:
        """True when closing now would lose steps: they differ from the last save or open."""
        return self.workspace().modified

    def steps(self) -> tuple[dict, ...]:
        return self.lab.version.steps

    def history(self) -> list[Snapshot]:
        return self.lab.snapshots()

    def index_history(self) -> None:
        """Index each kept snapshot's parameters by name (a parameter's history looks it up
        in each: 15 ms at 1000 layers) on a worker after a step, not in the window."""
        for snapshot in self.lab.snapshots():
            snapshot.index_parameters()

    def document(self) -> dict:
        """The session as a scenario document: its seed and the steps so far."""
        return {"format": scenario_io.FORMAT, "seed": self.seed, "steps": list(self.steps())}

    def workspace(self) -> Workspace:
        return Workspace(self.lab, self.seed, self.seeded, self.path, self.saved_steps)

    def history_usage(self) -> tuple[int, int]:
        """(steps undo can go back, bytes of earlier weights they keep alive)."""
        return (len(self.lab.history.undo) + self.replaced.steps(),
                self.lab.history_bytes() + self.replaced.nbytes())

    def analysis(self, op: str) -> Analysis | None:
        """The last ``compare`` or ``depth`` the session ran, or None."""
        return self.analyses.get(op)

    # -- steps ---------------------------------------------------------------------

    def submit(self, step: dict, monitor: Monitor = IDLE) -> Transition:
        """Perform one step (the scenario format); raises StepFormatError or LabError.

        A failed step changes nothing. ``monitor`` reports progress and cancels.
        """
        step_ops.check_structure(step, "step")
        op = step["op"]
        if op in step_ops.ANALYSES:
            return self._analyse(step, monitor)
        self._seed_once()
        if op in ("undo", "redo"):
            return self.undo(monitor) if op == "undo" else self.redo(monitor)
        before = self.lab.version
        with self.lab.monitored(monitor):
            step_ops.perform(self.lab, step, self.base)
        self.replaced.redo.clear()  # a new action: what redo held is forgotten
        return between(COMMIT, before, self.lab.version, step=step)

    def undo(self, monitor: Monitor = IDLE) -> Transition:
        """Undo the last operation; past the lab's first one, bring back what New replaced."""
        before = self.lab.version
        if self.lab.can_undo or not self.replaced.undo:
            with self.lab.monitored(monitor):
                self.lab.undo()  # raises "Nothing to undo." when there is nothing
            return between(UNDO, before, self.lab.version, step={"op": "undo"})
        self._adopt(self.replaced.step_back(self.workspace()))
        return between(UNDO, before, self.lab.version, step={"op": "undo"}, new_lab=True)

    def redo(self, monitor: Monitor = IDLE) -> Transition:
        before = self.lab.version
        if self.lab.can_redo or not self.replaced.redo:
            with self.lab.monitored(monitor):
                self.lab.redo()
            return between(REDO, before, self.lab.version, step={"op": "redo"})
        self._adopt(self.replaced.step_forward(self.workspace()))
        return between(REDO, before, self.lab.version, step={"op": "redo"}, new_lab=True)

    def _seed_once(self) -> None:
        if not self.seeded:
            step_ops.manual_seed(self.seed)
            self.seeded = True

    # -- analyses ------------------------------------------------------------------

    def _analyse(self, step: dict, monitor: Monitor) -> Transition:
        """Run compare or depth on copies; the network stays as it is, the result is kept."""
        snapshot = self.lab.snapshot
        with self.lab.monitored(monitor):  # stops between initializers on cancel
            result = step_ops.analyze(self.lab, step)
        return self._keep(_analysis(step, result, snapshot))

    def regrid(self, bins: int, clip: float | None = None) -> Transition:
        """The kept comparison's histograms at other bins or clipping (nothing is re-drawn)."""
        kept = self.analyses.get("compare")
        if kept is None:
            raise LabError(INVALID_ARGUMENT,
                           msg("There is no comparison to re-bin; compare first."))
        step = {**kept.step, "bins": bins, "clip": clip}
        return self._keep(Analysis(step, kept.result, kept.snapshot,
                                   kept.result.grid(bins, clip)))

    def _keep(self, analysis: Analysis) -> Transition:
        self.analyses[analysis.step["op"]] = analysis  # the earlier one of its kind goes
        version = self.lab.version
        return between(ANALYSIS, version, version, step=analysis.step, analysis=analysis)

    # -- whole networks ------------------------------------------------------------

    def new(self, seed: int | None = None) -> Transition:
        """A fresh, empty lab; undo brings the replaced one back."""
        lab = Lab(memory_limit=self.lab.memory_limit, history_bytes=self.history_limit)
        return self._replace(Workspace(lab, random_seed() if seed is None else seed))

    def open_model(self, spec: str | None = None, module=None, example_input=None) -> Transition:
        """The user's model (``spec`` "my_net.py:make_net" or ``module``) replaces the
        network, seeded first (core/operations/model_opening.py); undo brings the old one."""
        from core.operations.model_opening import model_lab

        return self._open_seeded(
            lambda seed: model_lab(seed, self.lab.memory_limit, spec, module, example_input))

    def open_architecture(self, key: str) -> Transition:
        """The architecture template ``key`` replaces the network, opened as a user model
        after seeding (core/operations/model_opening.py); undo brings the old one back."""
        from core.operations.model_opening import architecture_lab

        return self._open_seeded(lambda seed: architecture_lab(key, seed, self.lab.memory_limit))

    def _open_seeded(self, make_lab) -> Transition:
        """``make_lab(seed)`` with a new seed replaces the network; its steps count as saved."""
        seed = random_seed()
        lab = make_lab(seed)
        return self._replace(Workspace(lab, seed, True, None, tuple(lab.version.steps)))

    @classmethod
    def from_scenario(
        cls,
        scenario: scenario_io.Scenario,
        memory_limit: int | None = None,
        fallback_seed: int | None = None,
        weights_dir: Path | None = None,
        writer: scenario_io.ReportWriter | None = None,
        lab: Lab | None = None,
        trained: list | None = None,
        brief: bool = False,
    ) -> tuple[Session, dict]:
        """A session that replayed ``scenario`` on a new Lab, and the replay's report.

        Torch is seeded with the scenario's seed, else ``fallback_seed``; with neither
        the stream is left as it is (a headless run of an unseeded scenario). ``lab``: replay
        on this lab instead of a new one (a user's model, opened after seeding). ``trained``
        collects each train step's network steps and record, ``brief`` keeps the records
        short (core/io/scenario.py).
        """
        seed = scenario.seed if scenario.seed is not None else fallback_seed
        if seed is not None:
            step_ops.manual_seed(seed)
        lab = lab if lab is not None else Lab(memory_limit=memory_limit, bins=scenario.bins)
        report = scenario_io.run(scenario, lab=lab, weights_dir=weights_dir, writer=writer,
                                 trained=trained, brief=brief)
        session = cls(lab, seed)
        session.seed, session.seeded = seed, True
        return session, report

    def open(self, path: str | os.PathLike) -> Transition:
        """Replay a session or scenario file on a new Lab and show it; its steps count as
        saved. Raises LabError, changing nothing, when the file is unusable or one of its
        steps does not replay as the file expects."""
        path = Path(path)
        try:
            loaded = scenario_io.load(path)
        except scenario_io.ScenarioError as exc:  # name the file: the banner is all they see
            raise LabError(INVALID_FILE, msg("{name} cannot be opened: {reason}.",
                                             name=path.name, reason=str(exc))) from exc
        played, report = Session.from_scenario(loaded, self.lab.memory_limit, random_seed(),
                                               brief=True)
        scenario_io.refuse_unexpected(path, report)
        workspace = Workspace(played.lab, played.seed, True, path, tuple(played.steps()))
        return self._replace(workspace, report=report)

    def restore(self, session_path: str | os.PathLike,
                weights_path: str | os.PathLike | None = None,
                journal_path: str | os.PathLike | None = None,
                steps: int | None = None) -> Transition:
        """Replay an autosaved session, then put back its exact weights (core/io/recovery.py).

        ``journal_path`` holds the steps appended after the session file, ``steps`` how
        many were complete. The file is not adopted as the session's path: saving asks
        where, as for a new session. Raises ScenarioError when the session file is
        unusable. Weights that cannot be put back leave the replayed values; the
        report's ``restore_error`` says why.
        """
        loaded = recovery.load_autosave(session_path, journal_path, steps)
        played, report = Session.from_scenario(loaded, self.lab.memory_limit, self.seed,
                                               brief=True)
        report["restore_error"] = None
        if weights_path is not None and Path(weights_path).exists():
            try:
                recovery.restore_weights(played.lab, recovery.read_weights(
                    weights_path, played.lab.limit()))
            except LabError as error:
                report["restore_error"] = error.to_dict()
        return self._replace(Workspace(played.lab, played.seed, True), report=report)

    def _replace(self, workspace: Workspace, report: dict | None = None) -> Transition:
        """Swap in another network; the current one is kept for undo."""
        before = self.lab.version
        self.replaced.push(self.workspace())
        self._adopt(workspace)
        self.apply_history_limit()
        return between(REPLACE, before, self.lab.version, new_lab=True, report=report)

    def _adopt(self, workspace: Workspace) -> None:
        self.lab, self.seed, self.seeded = workspace.lab, workspace.seed, workspace.seeded
        self.saved_steps, self.path = tuple(workspace.saved_steps), workspace.path
        if self.lesson is not None and self.lesson.lab is not self.lab:
            self.lesson = None  # a lesson walks one network: it ends with it

    # -- lessons -------------------------------------------------------------------

    def start_lesson(self, lesson) -> Transition:
        """Walk ``lesson`` (core.lesson.lesson.Lesson) on the current lab, from its intro.

        Callers start it on a fresh network: ``new(seed=lesson.seed)`` first.
        """
        from core.lesson.lesson_run import LessonRun

        before = self.lab.version
        self.lesson = LessonRun(lesson, self.lab, self.seed)
        self.seeded = True  # the lesson's own seed starts the stream (LessonRun.start)
        self.lesson.start()
        return between(RESTORE, before, self.lab.version, lesson_page=0)

    def lesson_next(self) -> Transition:
        """The lesson's next page: its step performed (kind COMMIT), or a page shown again."""
        run = self._lesson()
        before, target = self.lab.version, run.page + 1
        performs = target not in run.checkpoints
        run.next()
        self.replaced.redo.clear()
        outcome = run.outcomes.get(run.page) if performs else None
        step = run.lesson.steps[outcome.step] if outcome is not None else None
        kind = COMMIT if step is not None else RESTORE
        return between(kind, before, self.lab.version, step=step, lesson_page=run.page,
                       analysis=self._lesson_analysis(run))

    def lesson_back(self) -> Transition:
        """The lesson's previous page, exactly as it was shown (network, undo, random stream)."""
        run = self._lesson()
        before = self.lab.version
        run.back()
        self.replaced.redo.clear()
        return between(RESTORE, before, self.lab.version, lesson_page=run.page,
                       analysis=self._lesson_analysis(run))

    def _lesson_analysis(self, run) -> Analysis | None:
        """The page's compare, depth or train result (kept, as the window's own are)."""
        outcome = run.outcomes.get(run.page)
        if outcome is None or outcome.result is None:
            return None
        step = run.lesson.steps[outcome.step]
        self.analyses[step["op"]] = kept = _analysis(step, outcome.result, outcome.snapshot)
        return kept

    def end_lesson(self) -> None:
        """Stop walking the lesson; the network stays as it is."""
        self.lesson = None

    def _lesson(self):
        if self.lesson is None:
            raise LabError(INVALID_ARGUMENT, msg("No lesson is open."))
        return self.lesson

    # -- files and limits ----------------------------------------------------------

    def save(self, path: str | os.PathLike) -> None:
        """Write the steps so far as a scenario; raises OSError with the reason."""
        path = Path(path)
        text = json.dumps(self.document(), indent=1, ensure_ascii=False, allow_nan=False)
        files.write_text(path, text + "\n")  # whole or not at all, never through a link
        self.saved_steps, self.path = tuple(self.steps()), path

    def export_weights(self, path: str | os.PathLike) -> None:
        weights.save(self.lab.state_dict(), path)

    def export_code(self, path: str | os.PathLike, title: str | None = None,
                    scope: str = "screen"):
        """Write the PyTorch script of the network on screen (or the whole session), checked
        by a replay; the codegen Export, or LabError when it cannot be written."""
        from core.export import codegen

        result = codegen.export(self.lab, self.seed, self.base, title, scope)
        try:
            Path(path).write_text(result.source, encoding="utf-8")
        except OSError as exc:
            raise LabError(INVALID_FILE, msg(
                "The script could not be written to {path}: {reason}",
                path=str(path), reason=exc.strerror or str(exc))) from exc
        return result

    def set_history_limit(self, max_bytes: int) -> None:
        """Bound the bytes of earlier weights undo keeps (``apply_history_limit`` applies it).

        Raises LabError for a bad value."""
        if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0:
            self.lab.set_history_limit(max_bytes)  # raises the typed, explained error
        self.history_limit = max_bytes

    def apply_history_limit(self, max_bytes: int | None = None) -> bool:
        """Apply the bound (``max_bytes``, else the one set) to the current lab and replaced
        ones; True when steps were dropped."""
        limit = self.history_limit if max_bytes is None else max_bytes
        kept = len(self.lab.history.undo)
        self.lab.set_history_limit(limit)
        dropped = self.replaced.trim(limit, self.lab.history_bytes())
        return dropped or len(self.lab.history.undo) != kept


def _analysis(step: dict, result, snapshot) -> Analysis:
    overlays = ()
    if step["op"] == "compare":
        overlays = result.grid(step.get("bins", DEFAULT_BINS), step.get("clip"))
    return Analysis(dict(step), result, snapshot, overlays)
