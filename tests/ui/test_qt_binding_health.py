"""Guards against a broken Qt binding: PySide6 6.12.0 freed None a little on every call."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel

# From Python 3.12 None is immortal: its reference count never drops, so the bug cannot happen
# there and this check could not fail (pyproject.toml caps PySide6 only before 3.12).
pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")


def test_widget_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel("x")
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("y")
    assert sys.getrefcount(None) >= before - 10, "the Qt binding frees None: pin another PySide6"
