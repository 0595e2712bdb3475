"""Lazy Init Lab: the window, or a headless run of a scenario.

    python main.py                                  open the app
    python main.py --load lesson.json               open the app and play a scenario
    python main.py --load s.json --screenshot a.png play it, save a screenshot, exit
    python main.py --run lesson.json --report out/  headless: write out/report.json
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py", description=__doc__.splitlines()[0])
    parser.add_argument("--run", metavar="SCENARIO", help="run a scenario without a window")
    parser.add_argument("--report", metavar="DIR", help="where --run writes report.json")
    parser.add_argument(
        "--save-weights", action="store_true", help="with --run: DIR/step-NNN.pt after each step"
    )
    parser.add_argument("--load", metavar="SCENARIO", help="open the window and play a scenario")
    parser.add_argument("--screenshot", metavar="PNG", help="save the window to PNG and exit")
    args = parser.parse_args(argv)
    if args.run and not args.report:
        parser.error("--run needs --report DIR")
    if (args.report or args.save_weights) and not args.run:
        parser.error("--report and --save-weights go with --run")
    if args.run and (args.load or args.screenshot):
        parser.error("--run is headless; --load and --screenshot open the window")
    return args


def run_headless(scenario_path: str, report_dir: str, save_weights: bool) -> int:
    """Exit 0 when every step met its expectation, 1 when one did not, 2 when unusable."""
    from core import scenario

    try:
        loaded = scenario.load(scenario_path)
    except scenario.ScenarioError as exc:
        print(f"main.py: {scenario_path}: {exc}", file=sys.stderr)
        return 2
    directory = Path(report_dir)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"main.py: cannot create {directory}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        report = scenario.run(loaded, weights_dir=directory if save_weights else None)
        path = scenario.write_report(report, directory)
    except OSError as exc:  # a full disk, a read-only folder: nothing half-written is kept
        print(f"main.py: cannot write to {directory}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    failed = [s for s in report["steps"] if not s["expected"]]
    for step in failed:
        error = step["error"]
        reason = error["message"] if error else "succeeded, but an error was expected"
        print(f"step {step['index']} ({step['op']}): {reason}", file=sys.stderr)
    print(f"{len(report['steps'])} steps, {len(failed)} unexpected; report: {path}")
    return 0 if report["ok"] else 1


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.run:
        return run_headless(args.run, args.report, args.save_weights)
    from gui.app import run_app

    return run_app(load=args.load, screenshot=args.screenshot)


if __name__ == "__main__":
    sys.exit(main())
