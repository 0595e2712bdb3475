"""An autosave read back: its base session file, then the steps its journal appended."""

from __future__ import annotations

import json

import pytest

from core.io import recovery
from core.io.scenario import ScenarioError
from core.session import Session
from tests.core.test_session import DOCUMENT, SEED, STEPS, assert_same_tensors, pytorch_state


def autosaved(tmp_path, base_steps: int, tail: bytes = b""):
    """A base file of the first ``base_steps`` steps and a journal of the others."""
    base = tmp_path / "session-1.json"
    base.write_text(json.dumps({**DOCUMENT, "steps": STEPS[:base_steps]}), "utf-8")
    journal = tmp_path / "journal-1.jsonl"
    journal.write_bytes(b"".join(recovery.journal_line(s) for s in STEPS[base_steps:]) + tail)
    return base, journal


def test_the_base_and_its_journal_replay_as_the_whole_session(tmp_path) -> None:
    base, journal = autosaved(tmp_path, 2)
    loaded = recovery.load_autosave(base, journal, len(STEPS))
    assert list(loaded.steps) == STEPS and loaded.seed == SEED
    whole = tmp_path / "whole.json"
    whole.write_text(json.dumps(DOCUMENT), "utf-8")
    replayed, restored = Session(seed=3), Session(seed=3)
    replayed.restore(whole)
    restored.restore(base, None, journal, len(STEPS))
    assert restored.steps() == replayed.steps()
    assert_same_tensors(restored.lab.state_dict(), pytorch_state())


def test_a_line_cut_short_is_dropped_and_the_steps_before_it_kept(tmp_path) -> None:
    base, journal = autosaved(tmp_path, 2, tail=b'{"op": "add", "lay')
    assert list(recovery.load_autosave(base, journal).steps) == STEPS
    assert list(recovery.load_autosave(base, journal, len(STEPS) + 1).steps) == STEPS
    # A whole step whose newline was not written yet was not complete either.
    journal.write_bytes(recovery.journal_line(STEPS[2]) + recovery.journal_line(STEPS[3])[:-1])
    assert list(recovery.load_autosave(base, journal).steps) == STEPS[:3]
    # A line that is not JSON ends the journal there, even with a newline after it.
    journal.write_bytes(recovery.journal_line(STEPS[2]) + b'{"op": "ad\n'
                        + recovery.journal_line(STEPS[3]))
    assert list(recovery.load_autosave(base, journal).steps) == STEPS[:3]


def test_only_the_steps_meta_counted_are_read(tmp_path) -> None:
    base, journal = autosaved(tmp_path, 2)
    assert list(recovery.load_autosave(base, journal, 4).steps) == STEPS[:4]
    assert list(recovery.load_autosave(base, journal, 2).steps) == STEPS[:2]
    assert list(recovery.load_autosave(base, None, 6).steps) == STEPS[:2]


def test_a_journal_step_is_checked_like_a_step_of_a_file(tmp_path) -> None:
    base, journal = autosaved(tmp_path, 2)
    journal.write_bytes(b'{"op": "no such op"}\n')
    with pytest.raises(ScenarioError):
        recovery.load_autosave(base, journal)
