"""torch leaves one core to the UI thread, unless the user chose a thread count."""

import pytest
import torch

from core import threads


@pytest.fixture(autouse=True)
def keep_thread_count(monkeypatch):
    before = torch.get_num_threads()
    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        monkeypatch.delenv(name, raising=False)
    yield
    torch.set_num_threads(before)


@pytest.mark.parametrize(("cores", "expected"), [(1, 1), (2, 1), (4, 3), (16, 15)])
def test_one_core_is_left_to_the_ui(monkeypatch, cores, expected):
    monkeypatch.setattr(threads, "available_cores", lambda: cores)
    assert threads.reserve_ui_core() == expected
    assert torch.get_num_threads() == expected


def test_a_thread_count_the_user_set_is_kept(monkeypatch):
    torch.set_num_threads(2)
    monkeypatch.setenv("OMP_NUM_THREADS", "2")
    monkeypatch.setattr(threads, "available_cores", lambda: 8)
    assert threads.reserve_ui_core() == 2
    assert torch.get_num_threads() == 2


def test_available_cores_is_at_least_one():
    assert threads.available_cores() >= 1
