"""Shared test setup: Qt draws offscreen, so tests run without a display."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
# Autosaves of test windows go to a throw-away folder, never the user's app data.
os.environ.setdefault("LAZY_INIT_LAB_AUTOSAVE_DIR", tempfile.mkdtemp(prefix="lil-autosave-"))
