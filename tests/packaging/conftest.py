"""Packaging tests build and install the app (minutes, and the registry for dependencies): .ci/run
runs them on every CI run (FTA_PACKAGING_TESTS=1); a local run skips them unless asked."""
from __future__ import annotations

import os

import pytest


def pytest_collection_modifyitems(config, items):
    if os.environ.get("FTA_PACKAGING_TESTS") == "1":
        return
    skip = pytest.mark.skip(reason="builds and installs the app: set FTA_PACKAGING_TESTS=1 (.ci/run does)")
    for item in items:
        if "tests/packaging/" in str(item.fspath).replace(os.sep, "/") and "slow_install" in item.keywords:
            item.add_marker(skip)
