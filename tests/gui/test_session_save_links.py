"""Saving a session writes a fresh temporary file: a link planted beside it is never followed."""

from __future__ import annotations

import json

from gui.session.session import LabSession


def test_a_link_planted_at_the_old_partial_name_is_not_followed(qtbot, tmp_path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    target = tmp_path / "lesson.json"
    (tmp_path / "lesson.json.partial").symlink_to(victim)
    target.symlink_to(victim)  # even the target itself: the rename replaces the link
    session = LabSession()
    session.save(target)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not target.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8")) == session.document()
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")]
    assert leftovers == ["lesson.json.partial"]  # only the planted link, untouched
