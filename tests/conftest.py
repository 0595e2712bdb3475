"""Shared test setup: Qt draws offscreen, so tests run without a display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
