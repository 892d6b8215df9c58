"""Shared fixtures: every test gets its own home, so nothing touches the user's real settings."""
from __future__ import annotations

import os

import pytest

# Headless by default; CI runs the suite under a real X server (Xvfb) and sets DISPLAY itself.
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.fakes.plugin", "tests.ui.lab_support", "tests.ui.lab_documents_support"]


@pytest.fixture(autouse=True)
def app_home(tmp_path_factory, monkeypatch):
    """A fresh settings/state/log home for each test (platformdirs is bypassed via FTA_HOME)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FTA_HOME", str(home))
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.delenv("ANTHROPIC_BASE_URL", raising=False)
    return home
