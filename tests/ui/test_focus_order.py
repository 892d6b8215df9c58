"""Tab moves through each screen in reading order: down a column, left to right along a row,
then on to the next column; it never jumps back up the same column (issue 25)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication

from ui.accessibility import describe
from tests.ui.test_accessible_names import visit


def tab_stops(window) -> list:
    """The widgets Tab visits, in order, from the window's first one round to it again."""
    first = window.nextInFocusChain()
    stops, widget = [], first
    for _ in range(5000):
        if (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.window() is window and widget.focusProxy() is None):
            stops.append(widget)
        widget = widget.nextInFocusChain()
        if widget is first:
            break
    return stops


def backward_steps(window) -> list[str]:
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # rows a screen replaced are gone
    steps = []
    stops = tab_stops(window)
    for before, after in zip(stops, stops[1:]):
        a, b = before.mapTo(window, QPoint(0, 0)), after.mapTo(window, QPoint(0, 0))
        up_the_same_column = b.y() < a.y() - 4 and b.x() < a.x() + before.width() // 2
        back_along_the_row = abs(b.y() - a.y()) <= 4 and b.x() < a.x() - 4
        if up_the_same_column or back_along_the_row:
            steps.append(f"{describe(before)} → {describe(after)}")
    return steps


def test_tab_follows_reading_order_on_every_screen(qtbot, window):
    window.resize(1600, 1000)
    problems = {}
    for place in visit(window):
        steps = backward_steps(window)
        if steps:
            problems[place] = steps
    assert problems == {}, "Tab goes back against reading order: " + repr(problems)
