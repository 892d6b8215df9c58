"""Every control a screen-reader user can reach is announced with a name (issue 25).

The fast, in-process half: it asks Qt's accessibility interface of each shown interactive widget
for the name a screen reader would hear, on every screen, every question, every tab and every
dialog. A widget someone adds later without a label, placeholder or tooltip fails here by class
and place. tests/ui/test_atspi_tree.py checks the same through a real AT-SPI client.
"""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QTableWidget, QToolButton, QVBoxLayout, QWidget)

from ui.accessibility import describe, name_controls, spoken_name, unnamed_controls
from tests.ui.conftest import activate


def silent(root) -> list[str]:
    QApplication.processEvents()
    return [describe(widget) for widget in unnamed_controls(root)]


def visit(window):
    """Each place a user can get to, one after the other; yields what is shown."""
    yield "welcome"
    window.open_example()
    for page_id in window._page_ids:
        window.show_page(page_id)
        yield page_id
    window.show_page("questionnaire")
    for question_id in [*window.questionnaire.visible_ids(), "__review__"]:
        window.questionnaire.show_question(question_id)
        yield f"question {question_id}"
    window.show_page("prompt_lab")
    for index in range(window.prompt_lab.tabs.count()):
        window.prompt_lab.tabs.setCurrentIndex(index)
        yield f"prompt lab tab {index}"
    window.show_page("costs")
    tabs = window.costs.charts.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield f"costs chart {index}"


def test_every_control_on_every_screen_has_a_name(qtbot, window):
    problems = {}
    for place in visit(window):
        unnamed = silent(window)
        if unnamed:
            problems[place] = unnamed
    assert problems == {}, "controls a screen reader announces with no name: " + repr(problems)


def dialogs(window):
    from ui import help_dialogs
    from ui.api_key_dialog import ApiKeyDialog
    from ui.costs.prices_dialog import PricesDialog

    window.open_example()
    yield help_dialogs.rules_dialog(window)
    yield ApiKeyDialog(window)
    yield PricesDialog(window.costs.prices, window)
    runs = window.document.assessment.prompt_lab.get("runs") or []
    if runs:
        from ui.prompt_lab.compare import CompareRunsDialog
        from ui.prompt_lab.forget_runs import ForgetRunsDialog

        yield ForgetRunsDialog(runs, window)
        if len(runs) > 1:
            yield CompareRunsDialog(runs, window)


def test_every_dialog_is_named_when_it_gets_the_focus(qtbot, window):
    """No dialog calls the helper itself: the application names any window that gets the focus."""
    from ui.app import create_application

    create_application()  # what the app does at start: the tests' application gets the same hook
    problems = {}
    for dialog in dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        activate(qtbot, dialog)
        unnamed = silent(dialog)
        if unnamed:
            problems[type(dialog).__name__] = unnamed
        dialog.reject()
    assert problems == {}, repr(problems)


@pytest.fixture
def form(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    rows = QFormLayout()
    column.addLayout(rows)
    holder.monthly = QSpinBox()
    rows.addRow("Requests per &month:", holder.monthly)
    holder.search = QLineEdit()
    holder.search.setPlaceholderText("Search the tests")
    column.addWidget(holder.search)
    holder.heading = QLabel("<b>Few-shot examples</b>")
    column.addWidget(holder.heading)
    holder.table = QTableWidget(2, 2)
    column.addWidget(holder.table)
    holder.icon_only = QToolButton()
    holder.icon_only.setToolTip("Remove this test")
    column.addWidget(holder.icon_only)
    holder.labelled = QPushButton("&Run the tests")
    holder.labelled.setToolTip("Sends every test to Claude, four at a time")
    column.addWidget(holder.labelled)
    holder.show()
    qtbot.waitExposed(holder)
    return holder


def test_names_come_from_what_the_user_sees_next_to_the_control(form):
    assert name_controls(form) == []
    assert unnamed_controls(form) == []
    assert spoken_name(form.monthly) == "Requests per month"  # the form row's label, no & or colon
    assert spoken_name(form.search) == "Search the tests"  # the placeholder
    # Qt itself derives none of these three: the pass gave them their names.
    assert [form.search.accessibleName(), form.table.accessibleName(), form.icon_only.accessibleName()] == [
        "Search the tests", "Few-shot examples", "Remove this test"]
    assert spoken_name(form.table) == "Few-shot examples"  # the heading just above, without markup
    assert spoken_name(form.icon_only) == "Remove this test"  # the tooltip
    assert spoken_name(form.labelled) == "Run the tests"  # Qt's own, from the button's text
    # A tooltip that says more than the name is read as the description.
    assert form.labelled.accessibleDescription() == "Sends every test to Claude, four at a time"
    assert form.icon_only.accessibleDescription() == ""  # it is the name already: not said twice


def test_a_control_nothing_can_name_is_reported_by_class_and_place(qtbot):
    holder = QWidget()
    holder.setObjectName("newPanel")
    qtbot.addWidget(holder)
    QVBoxLayout(holder).addWidget(QSpinBox())
    holder.show()
    qtbot.waitExposed(holder)
    assert [describe(widget) for widget in name_controls(holder)] == ["QSpinBox in QWidget('newPanel')"]
    assert len(unnamed_controls(holder)) == 1


def test_an_explicit_name_is_never_replaced(form):
    form.search.setAccessibleName("Filter")
    name_controls(form)
    assert spoken_name(form.search) == "Filter"


def test_the_application_names_a_window_when_it_gets_the_focus(qtbot, form):
    from ui.app import create_application

    assert create_application() is QApplication.instance()
    activate(qtbot, form)
    qtbot.waitUntil(lambda: unnamed_controls(form) == [], timeout=2000)
