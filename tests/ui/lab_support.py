"""Fixtures and helpers for the Prompt lab's tests (registered in tests/conftest.py)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMainWindow

from advisor.core import paths
LEFT = Qt.MouseButton.LeftButton
# Replies of the fake API for the example assessment's three tests (refund, login, crash).
RULES = {"money": "billing", "log in": "account", "crashes": "technical"}


@pytest.fixture
def lab_document(qtbot):
    from ui.document import AssessmentDocument

    doc = AssessmentDocument()
    doc.open(paths.resource("example.fta.json"))
    return doc


@pytest.fixture
def lab_page(qtbot, lab_document):
    """The page in a window of the app's size, with the example assessment loaded."""
    from ui.prompt_lab.page import PromptLabPage

    window = QMainWindow()
    page = PromptLabPage(lab_document)
    window.setCentralWidget(page)
    window.resize(910, 760)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield page
    assert page.shutdown(5.0), "a request was still running after shutdown"


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, LEFT)


def tick(qtbot, box) -> None:
    """Check boxes take clicks on their indicator and label, not their whole width."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(10, box.height() // 2))


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def send_and_wait(qtbot, page, timeout: int = 30000) -> None:
    # A click on a button still disabled (the page settling on a loaded machine) would do nothing
    # and the wait below would pass at once: click only once it can be pressed.
    qtbot.waitUntil(page.try_panel.send_button.isEnabled, timeout=timeout)
    click(qtbot, page.try_panel.send_button)
    qtbot.waitUntil(lambda: not page.try_panel.is_busy() and page.try_panel.send_button.isEnabled(),
                    timeout=timeout)


def run_and_wait(qtbot, page, timeout: int = 30000) -> None:
    """Run all tests from the Tests tab, as a user would, and wait until the run is over."""
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(page.runs.run_button.isEnabled, timeout=timeout)  # as send_and_wait
    click(qtbot, page.runs.run_button)
    qtbot.waitUntil(lambda: not page.runs.is_busy(), timeout=timeout)


def cell_editor(table):
    """The line edit a table opens on the cell being edited."""
    from PySide6.QtWidgets import QLineEdit

    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert editors, "no cell is being edited"
    return editors[-1]


def pane(page, index: int = 0):
    return page.try_panel.panes[index]
