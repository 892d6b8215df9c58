"""Issue 29, item 2: the prompt lab in a 900×600 window cuts nothing without a way to see it."""
from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from ui.prompt_lab.models import ID_ROLE

SYSTEM = "Read the ticket and route it to exactly one team. " * 4


def settle(qtbot) -> None:
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(20)


def open_lab(window, qtbot, tab: int):
    window.resize(900, 600)
    window.open_example()
    window.show_page("prompt_lab")
    window.prompt_lab.tabs.setCurrentIndex(tab)
    settle(qtbot)
    return window.prompt_lab


def test_a_claude_5_model_with_compare_on_cuts_no_editor_or_note(window, qtbot):
    lab = open_lab(window, qtbot, 0)
    editor = lab.editor
    editor.system_edit.setPlainText(SYSTEM)
    picker = editor.model_picker
    picker.setCurrentIndex(picker.findData("claude-opus-5-5", ID_ROLE))  # as a pick from the list does
    lab.try_panel.compare_check.setChecked(True)
    settle(qtbot)
    assert editor.sampling_note.isVisible()  # the model's note: it takes no temperature
    assert editor.effort.isVisible()
    viewport = editor.parentWidget()
    assert editor.width() <= viewport.width()  # the editor is never wider than what shows it
    for widget in (editor.system_edit, editor.template_edit, editor.sampling_note, editor.effort,
                   editor.model_picker):
        left = widget.mapTo(viewport, QPoint(0, 0)).x()
        assert left + widget.width() <= viewport.width(), f"{widget.accessibleName()} is cut at the right"
    assert lab.try_panel.isVisible() and lab.try_panel.width() >= 300
    window.document._dirty = False


def test_a_results_whole_reason_and_output_show_when_it_is_selected(window, qtbot):
    lab = open_lab(window, qtbot, 1)
    reason = "expected the reply to contain 'billing' but it said something else about refunds"
    output = "Billing. The customer asks for a refund of last month's charge, a billing matter. " * 3
    cases = [{"name": "refund", "passed": False, "reason": reason, "output": output},
             {"name": "login", "passed": True, "reasons": ["contains login"], "output": "technical"}]
    lab.runs.show_runs([{"model": "claude-haiku-4-5", "cases": cases}])
    settle(qtbot)
    table = lab.runs.results
    why_width = table.columnWidth(3)
    assert table.fontMetrics().horizontalAdvance(reason) > why_width  # the cell cuts it
    assert not lab.runs.detail.isVisible()  # nothing selected: the table keeps the room
    table.selectRow(0)
    assert lab.runs.detail.isVisible()
    shown = lab.runs.detail.toPlainText()
    assert f"Why: {reason}" in shown and f"Output: {output}" in shown and "✘ failed" in shown
    table.selectRow(1)
    assert "Output: technical" in lab.runs.detail.toPlainText()
    assert lab.runs.detail.mapTo(window, QPoint(0, lab.runs.detail.height())).y() <= window.height()
    window.document._dirty = False
