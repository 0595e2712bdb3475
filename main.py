"""Lazy Init Lab: the window, or a headless run of a scenario.

    python main.py                                  open the app
    python main.py --load lesson.json               open the app and play a scenario
    python main.py --load s.json --screenshot a.png play it, save a screenshot, exit
    python main.py --lesson lazy_initialization --step 7 --presenter
                                                    start class: that step, in presenter mode
    python main.py --run lesson.json --report out/  headless: write out/report.json
    python main.py --run s.json --report out/ --export-code net.py
                                                    ... and the PyTorch script of the final state
    python main.py --model my_net.py:make_net       open the app on your own model
    python main.py --model my_net.py:make_net --run steps.json --report out/
                                                    headless, on your own model
(--model runs my_net.py as Python: it is your own code. Opening files never runs code.)
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gc
import importlib
import json
import os
import sys
import threading
from pathlib import Path

LESSONS = Path(__file__).resolve().parent / "lessons"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py", description=__doc__.splitlines()[0])
    parser.add_argument("--run", metavar="SCENARIO", help="run a scenario without a window")
    parser.add_argument("--report", metavar="DIR", help="where --run writes report.json")
    parser.add_argument(
        "--save-weights", action="store_true", help="with --run: DIR/step-NNN.pt after each step"
    )
    parser.add_argument(
        "--export-code", metavar="FILE",
        help="with --run: write a PyTorch script that rebuilds the final network",
    )
    parser.add_argument(
        "--model", metavar="FILE.py:NAME",
        help="your own nn.Module: NAME() in FILE.py returns it (or NAME is one); the file "
             "runs as Python",
    )
    parser.add_argument("--load", metavar="SCENARIO", help="open the window and play a scenario")
    parser.add_argument("--screenshot", metavar="PNG", help="save the window to PNG and exit")
    parser.add_argument(
        "--lesson", metavar="NAME",
        help="open a lesson: a name from lessons/ (e.g. lazy_initialization) or a lesson file",
    )
    parser.add_argument(
        "--step", metavar="N", type=int,
        help="with --lesson: go to step N, as the lesson's counter numbers them (1 is the intro)",
    )
    parser.add_argument("--presenter", action="store_true",
                        help="start in presenter mode (large texts and plots for a projector)")
    parser.add_argument(
        "--language", choices=("system", "en", "zh_CN"),
        help="interface language for this run (default: the saved choice, else the locale)",
    )
    args = parser.parse_args(argv)
    if args.run and not args.report:
        parser.error("--run needs --report DIR")
    if (args.report or args.save_weights) and not args.run:
        parser.error("--report and --save-weights go with --run")
    if args.export_code and not args.run:
        parser.error("--export-code goes with --run (in the window: File > Export as PyTorch code)")
    if args.run and (args.load or args.screenshot or args.lesson or args.presenter):
        parser.error("--run is headless; --load, --lesson, --presenter and --screenshot open "
                     "the window")
    if args.model and (args.load or args.lesson):
        parser.error("--model opens your own model; --load and --lesson open another network")
    if args.step is not None and not args.lesson:
        parser.error("--step goes with --lesson")
    if args.lesson and args.load:
        parser.error("--lesson and --load both start the network; give one of them")
    if args.lesson:
        args.lesson = _check_lesson(parser, args.lesson, args.step)
    return args


def lesson_path(name: str) -> Path | None:
    """A lesson by name (``lessons/NAME.json``) or by file path; None if there is none."""
    named = LESSONS / f"{name}.json"
    if named.is_file():
        return named
    given = Path(name)
    return given if given.is_file() else None


def lesson_names() -> list[str]:
    return sorted(path.stem for path in LESSONS.glob("*.json"))


def _check_lesson(parser: argparse.ArgumentParser, name: str, step: int | None) -> str:
    """The lesson's path; a clear message and exit 2 for a missing lesson or a step past its end.

    Counts the pages as the lesson card does (the intro, each step, a task page before each
    exercise) without importing torch, so a typo is reported at once.
    """
    path = lesson_path(name)
    if path is None:
        parser.error(f"--lesson: no lesson {name!r}; lessons are {', '.join(lesson_names())} "
                     "(or give the path of a lesson file)")
    try:
        steps = json.loads(path.read_text("utf-8-sig")).get("steps")
    except (OSError, ValueError, AttributeError) as exc:
        parser.error(f"--lesson: {path} is not a lesson file: {exc}")
    if not isinstance(steps, list) or not steps:
        parser.error(f"--lesson: {path} has no steps")
    pages = 1 + sum(2 if isinstance(s, dict) and "exercise" in s else 1 for s in steps)
    if step is not None and not 1 <= step <= pages:
        parser.error(f"--step {step}: the lesson {path.stem!r} has steps 1 to {pages} "
                     "(1 is its introduction)")
    return str(path)


def run_headless(
    scenario_path: str, report_dir: str, save_weights: bool, export_code: str | None = None,
    model: str | None = None,
) -> int:
    """Exit 0 when every step met its expectation, 1 when one did not, 2 when unusable.

    An earlier run's report, weights and figures in ``report_dir`` are removed first,
    so whatever the outcome, nothing stale is left that could pass for this run's.
    """
    import core.session  # noqa: F401 (torch and the lab, loaded before the heap is frozen)

    # the imports leave about 170,000 objects that live as long as the process; frozen,
    # the run's full garbage collections skip them (they took a fifth of a 1000-layer run)
    gc.freeze()
    try:
        return _run_headless(scenario_path, report_dir, save_weights, export_code, model)
    finally:
        gc.unfreeze()  # a caller in the same process (the tests) collects them again


def _run_headless(scenario_path: str, report_dir: str, save_weights: bool,
                  export_code: str | None, model: str | None) -> int:
    from core.io import report as report_io
    from core.io import scenario
    from core.lesson.lesson import LessonError, check_lesson
    from core.session import Session

    directory = Path(report_dir)
    if report_io.is_report_output(scenario_path, directory):
        print(f"main.py: {scenario_path} is where the report goes; choose another --report "
              "folder", file=sys.stderr)
        return 2
    try:
        report_io.clear_previous(directory)
    except OSError as exc:
        print(f"main.py: cannot clear {directory}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    try:
        loaded = scenario.load(scenario_path)
        check_lesson(loaded)  # a lesson's exercises are checked as the window would
    except (scenario.ScenarioError, LessonError) as exc:
        print(f"main.py: {scenario_path}: {exc}", file=sys.stderr)
        return 2
    if export_code and not _export_target_allowed(export_code, scenario_path, directory):
        return 2
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"main.py: cannot create {directory}: {exc.strerror}", file=sys.stderr)
        return 2
    if model:  # the scenario's seed first, then the user's file: as plain PyTorch would
        lab = _open_model(model, loaded)
        if lab is None:
            return 2
        run_as = dataclasses.replace(loaded, seed=None)  # seeded already, before make_net()
    else:
        lab, run_as = None, loaded
    writer = None
    trained: list = []  # train steps, for --export-code
    try:
        writer = report_io.ReportWriter(directory, len(loaded.steps), loaded.bins)
        session, _report = Session.from_scenario(
            run_as, lab=lab, weights_dir=directory if save_weights else None,
            writer=writer, trained=trained if export_code else None)
        path = writer.finish()
    except (OSError, report_io.ReportTooLarge) as exc:  # a full disk, a read-only folder
        if writer is not None:
            writer.abort()
        with contextlib.suppress(OSError):
            report_io.clear_previous(directory)  # nothing half-written is kept
        reason = exc.strerror or exc if isinstance(exc, OSError) else exc
        print(f"main.py: cannot write the report in {directory}: {reason}", file=sys.stderr)
        return 2
    if export_code and not _write_code(session.lab, loaded, scenario_path, export_code,
                                       trained):
        return 2
    for step in writer.failures:
        error = step["error"]
        reason = error["message"] if error else "succeeded, but an error was expected"
        print(f"step {step['index']} ({step['op']}): {reason}", file=sys.stderr)
    if writer.failed > len(writer.failures):
        print(f"... and {writer.failed - len(writer.failures)} more (see the report)",
              file=sys.stderr)
    print(f"{writer.count} steps, {writer.failed} unexpected; report: {path}")
    return 0 if writer.ok else 1


def _open_model(spec: str, loaded):
    """The user's model in a Lab, after ``torch.manual_seed(seed)``; None (and one line on
    stderr naming the user's own line) when the file or its factory fails."""
    import core
    from core.model.model_file import ModelFileError, load_model
    from core.operations.steps import manual_seed

    if loaded.seed is not None:
        manual_seed(loaded.seed)
    try:
        module, source = load_model(spec)
        return core.open_model(module, source=source, bins=loaded.bins)
    except ModelFileError as exc:
        print(f"main.py: --model {spec}: {exc}", file=sys.stderr)
    except Exception as exc:  # noqa: BLE001 (a model the lab cannot copy or snapshot)
        print(f"main.py: --model {spec}: the model cannot be opened: {type(exc).__name__}: "
              f"{str(exc).splitlines()[0] if str(exc) else ''}", file=sys.stderr)
    return None


def _export_target_allowed(target: str, scenario_path: str, directory: Path) -> bool:
    """--export-code must not overwrite the scenario it runs or what the run writes."""
    from core.io import files
    from core.io.report import is_report_output

    if files.same_file(target, scenario_path) or is_report_output(target, directory):
        print(f"main.py: --export-code {target} would overwrite the scenario or the report; "
              "choose another file", file=sys.stderr)
        return False
    if Path(target).is_dir():
        print(f"main.py: --export-code {target} is a folder; give a file name such as net.py",
              file=sys.stderr)
        return False
    return True


def _write_code(lab, loaded, scenario_path: str, target: str, trained=()) -> bool:
    """The PyTorch script of the run's final state (with its train steps' loops); False
    (and a message) if not written."""
    from core.export import codegen
    from core.export import train_code as code
    from core.io import files
    from core.lesson.lesson import text_for

    title = text_for(loaded.title, "en") or Path(scenario_path).stem
    if not trained:
        source = codegen.export_lab(lab, loaded.seed, loaded.base, title)
    else:
        source, skipped = code.export(lab, loaded.seed, loaded.base, title, trained)
        for number in skipped:
            print(f"main.py: --export-code: the run's train step no. {number + 1} is left out of "
                  f"{target}: a later undo went back past the network it trained",
                  file=sys.stderr)
    try:
        files.write_text(target, source)
    except OSError as exc:
        print(f"main.py: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return False
    return True


def _idle_threads_sleep() -> None:
    """Before torch loads OpenMP: its idle threads sleep rather than spin (the values
    computed are the same).

    A headless run interleaves many small torch operations with Python work; after each
    one OpenMP's threads spin for a while, holding a core. On a shared machine the main
    thread then waits for a core: a 1000-layer run took 3× longer than with sleeping
    threads. In the window they compete with the UI thread for a core in the same way.
    An ``OMP_WAIT_POLICY`` you set is kept.
    """
    if "torch" not in sys.modules:  # read once, when torch's OpenMP is loaded
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


def _start_importing_torch() -> None:
    """Begin ``import torch`` (about a second) now, beside PySide6's import and the first paint.

    The app's own loader imports torch off the UI thread too and simply waits for this
    import to finish; a failure here is left for it to report.
    """

    def load() -> None:
        with contextlib.suppress(BaseException):  # the loader imports again and says why
            importlib.import_module("torch")

    threading.Thread(target=load, name="preload-torch", daemon=True).start()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    _idle_threads_sleep()
    if args.run:
        return run_headless(args.run, args.report, args.save_weights, args.export_code,
                            args.model)
    _start_importing_torch()
    from gui.app import run_app

    return run_app(load=args.load, screenshot=args.screenshot, language=args.language,
                   lesson=args.lesson, step=args.step, presenter=args.presenter,
                   model=args.model)


if __name__ == "__main__":
    sys.exit(main())
