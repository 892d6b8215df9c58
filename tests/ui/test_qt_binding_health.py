"""Guards against a broken Qt binding: PySide6 6.12.0 freed None a little on every call."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_widget_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel("x")
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("y")
    assert sys.getrefcount(None) >= before - 10, "the Qt binding frees None: pin another PySide6"
