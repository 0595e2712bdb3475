"""Replaced workspaces (what New and Open swap out): one linear undo history, bounded."""

from __future__ import annotations

import torch

from core.model.lab import Lab
from core.model.workspaces import Replaced, Workspace, lab_bytes


def linear_lab(features: int = 4) -> Lab:
    lab = Lab()
    lab.add("Linear", {"in_features": features, "out_features": features})
    return lab


def torch_bytes(features: int) -> int:
    """What PyTorch itself allocates for Linear(features, features)."""
    layer = torch.nn.Linear(features, features)
    return sum(t.numel() * t.element_size() for t in layer.state_dict().values())


def test_lab_bytes_counts_every_kept_tensor_once() -> None:
    lab = linear_lab(4)
    assert lab_bytes(lab) == torch_bytes(4)
    lab.add("ReLU")  # shares the Linear's tensors with the previous version
    assert lab_bytes(lab) == torch_bytes(4)
    lab.reset()  # fresh weights: the undo history keeps the old ones alive
    assert lab_bytes(lab) == 2 * torch_bytes(4)


def test_an_untouched_workspace_is_not_kept() -> None:
    replaced = Replaced()
    replaced.push(Workspace(Lab(), seed=1))
    assert replaced.undo == [] and replaced.steps() == 0


def test_undo_and_redo_walk_one_linear_history() -> None:
    replaced = Replaced()
    first = Workspace(linear_lab(), seed=1)
    first.lab.add("ReLU")
    first.lab.undo()  # a redo step in the replaced lab: the new action forgets it
    replaced.push(first)
    assert not first.lab.can_redo and replaced.steps() == 1 + len(first.lab.history.undo)
    second = Workspace(Lab(), seed=2)
    back = replaced.step_back(second)
    assert back is first and replaced.redo == [second]
    assert replaced.step_forward(first) is second and replaced.undo == [first]
    replaced.step_back(second)
    replaced.push(Workspace(linear_lab(), seed=3))  # a new replacement: redo is gone
    assert replaced.redo == []


def test_trim_drops_the_oldest_beyond_the_memory_bound() -> None:
    replaced = Replaced()
    old, newer = Workspace(linear_lab(8), seed=1), Workspace(linear_lab(4), seed=2)
    replaced.push(old)
    replaced.push(newer)
    assert replaced.nbytes() == torch_bytes(8) + torch_bytes(4)
    assert not replaced.trim(torch_bytes(8) + torch_bytes(4), 0)
    assert replaced.trim(torch_bytes(4), 0) and replaced.undo == [newer]
    assert replaced.trim(0, 0) and replaced.undo == []


def test_modified_compares_the_steps_with_the_save_point() -> None:
    lab = linear_lab()
    workspace = Workspace(lab, seed=0)
    assert not workspace.modified  # the lab recorded no steps (added directly)
    workspace.saved_steps = ({"op": "add", "layer": "ReLU"},)
    assert workspace.modified
