"""Packaging tests build and install the app (minutes, and the registry for dependencies): .ci/run
runs them on every CI run (FTA_PACKAGING_TESTS=1); a local run skips them unless asked."""
from __future__ import annotations

import os
from pathlib import Path

import pytest


def pytest_collection_modifyitems(config, items):
    if os.environ.get("FTA_PACKAGING_TESTS") == "1":
        return
    skip = pytest.mark.skip(reason="builds and installs the app: set FTA_PACKAGING_TESTS=1 (.ci/run does)")
    for item in items:
        if "tests/packaging/" in str(item.fspath).replace(os.sep, "/") and "slow_install" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def program(user_home: Path) -> Path:
    """The installed fine-tune-advisor on the user's PATH (each test module installs for its user_home)."""
    return user_home / ".local" / "bin" / "fine-tune-advisor"


@pytest.fixture
def fresh_folders(tmp_path: Path) -> tuple[Path, Path]:
    """A working folder that is not the source tree, and an FTA_HOME of its own."""
    workdir = tmp_path / "somewhere"
    workdir.mkdir()
    return workdir, tmp_path / "home"
