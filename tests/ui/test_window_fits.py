"""A 900×600 window (a small laptop) shows every screen without a horizontal scroll bar and
without anything cut off on the right."""
from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QScrollArea,
                               QTabWidget, QWidget)

SMALL = (900, 600)


def settle(qtbot) -> None:
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(20)


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    label = text() if callable(text) and isinstance(text(), str) else ""
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName() or label[:40]!r}"


def squeezed(widget: QWidget) -> bool:
    """A one-line text (button or label) given less width than it needs: its text is cut off.
    An explicit minimum width is the widget's own promise that it needs no more."""
    if not isinstance(widget, (QAbstractButton, QLabel)) or not widget.text():
        return False
    if isinstance(widget, QLabel) and widget.wordWrap():
        return False
    needs = widget.minimumWidth() or widget.minimumSizeHint().width()
    return widget.width() < needs - 1


def overflow(window: QWidget) -> list[str]:
    """What a user would see as not fitting: horizontal scroll bars, scrolled content wider
    than its viewport, and widgets that reach past the right edge of the widget holding them."""
    problems = []
    for area in window.findChildren(QAbstractScrollArea):
        if not area.isVisible():
            continue
        if area.horizontalScrollBar().isVisible():
            problems.append(f"horizontal scroll bar on {_name(area)}")
        inner = area.widget() if isinstance(area, QScrollArea) else None
        if inner is not None and inner.width() > area.viewport().width():
            problems.append(f"{_name(inner)} is {inner.width()} px wide in a "
                            f"{area.viewport().width()} px viewport")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow():
            continue
        if squeezed(widget):
            problems.append(f"{_name(widget)} is squeezed to {widget.width()} px: its text is cut")
        parent = widget.parentWidget()
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            continue  # a scroll area's content or a cell editor: the checks above cover those
        right = widget.x() + widget.width()
        if right > parent.width() + 1:  # the parent cuts it off
            where = widget.mapTo(window, QPoint(widget.width(), 0)).x()
            problems.append(f"{_name(widget)} is cut off at x={where} by its {parent.width()} px "
                            f"wide {_name(parent)}")
    return problems


def visit(window, qtbot, page: str) -> list[str]:
    window.show_page(page)
    settle(qtbot)
    problems = [f"{page}: {problem}" for problem in overflow(window)]
    # The screen fits the height too: it never scrolls as a whole on top of its own scroll areas.
    if window.findChild(QScrollArea, "pageScroller").verticalScrollBar().isVisible():
        problems.append(f"{page}: the whole screen scrolls vertically")
    return problems


def test_every_screen_fits_a_900_by_600_window(window, qtbot):
    window.resize(*SMALL)
    long_name = "Support-ticket triage for the customer-care team, second round after the vendor pitch " * 2
    window.welcome.show_recent([f"/home/lead/{long_name}.fta.json"])
    settle(qtbot)
    assert (window.width(), window.height()) == SMALL  # no minimum size forces it wider
    problems = [f"welcome: {problem}" for problem in overflow(window)]
    window.open_example()
    settle(qtbot)
    for page in ("overview", "recommendation", "costs"):
        problems += visit(window, qtbot, page)
    charts = window.costs.charts.tabs
    for index in range(charts.count()):  # each chart tab
        charts.setCurrentIndex(index)
        problems += visit(window, qtbot, "costs")
    for question in window.questionnaire.visible_ids():  # every question, then the review
        window.show_page("questionnaire")
        window.questionnaire.show_question(question)
        problems += visit(window, qtbot, "questionnaire")
    lab_tabs = window.prompt_lab.findChild(QTabWidget)
    for index in range(lab_tabs.count()):
        lab_tabs.setCurrentIndex(index)
        problems += visit(window, qtbot, "prompt_lab")
    assert not problems, "\n".join(problems)
    assert (window.width(), window.height()) == SMALL
    window.document._dirty = False
