"""Shared test setup: Qt draws offscreen, so tests run without a display."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
# Autosaves of test windows go to a throw-away folder, never the user's app data.
os.environ.setdefault("LAZY_INIT_LAB_AUTOSAVE_DIR", tempfile.mkdtemp(prefix="lil-autosave-"))

import pytest  # noqa: E402 (after the environment above)

# Helper modules with asserts get pytest's detailed failure messages, as test modules do.
pytest.register_assert_rewrite(
    "tests.core.lab_helpers", "tests.core.catalogue_helpers", "tests.core.scenario_helpers",
    "tests.core.initializer_helpers", "tests.core.twin_helpers", "tests.gui.panel_helpers",
    "tests.gui.window_helpers", "tests.gui.session_helpers",
)


@pytest.fixture(autouse=True)
def _collections_on_the_main_thread(request):
    """As in the app (gui/kit/interpreter.py), for tests with Qt: no automatic collection,
    which would run on whichever thread allocates and destroy a closed window's Qt
    objects on a worker (a crash); one on this thread after the test."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    import gc

    enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if enabled:
        gc.enable()


@pytest.fixture
def isolated_settings(tmp_path, monkeypatch):
    """The test's QSettings live in tmp_path, never in the user's configuration."""
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("HOME", str(tmp_path))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    return tmp_path


@pytest.fixture
def new_window(qtbot, isolated_settings):
    """Shown main windows, on a session with seed 0 unless one is given."""
    from gui.session.session import LabSession
    from gui.window.main_window import MainWindow

    def make(session=None):
        win = MainWindow(session if session is not None else LabSession(seed=0))
        qtbot.addWidget(win)
        win.show()
        return win

    return make


@pytest.fixture(autouse=True)
def _save_changes_answers_discard():
    """Windows a test leaves open are closed when it ends; offscreen, a modal "Save
    changes?" would wait forever, so it answers Discard unless the test patches it.
    Its own MonkeyPatch: a test's ``monkeypatch.undo()`` does not take it away."""
    from gui.window import unsaved

    patch = pytest.MonkeyPatch()
    patch.setattr(unsaved, "ask_save_changes", lambda *_args: unsaved.Button.Discard)
    yield
    patch.undo()
