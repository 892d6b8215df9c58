"""The Prices dialog, opened from the Costs screen and driven with clicks and key presses."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from advisor.costs.projection import project
from advisor.costs.pricing import load_price_table, shipped_price_table, user_price_table_path
from tests.ui.conftest import activate
from ui.costs import prices_dialog
from ui.costs.prices_dialog import COLUMN

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot):
    from ui.costs.page import CostsPage
    from ui.document import AssessmentDocument

    document = AssessmentDocument()
    document.new()
    costs_page = CostsPage(document)
    qtbot.addWidget(costs_page)
    costs_page.resize(1100, 760)
    costs_page.show()
    qtbot.waitExposed(costs_page)
    return costs_page


@pytest.fixture
def dialog(qtbot, page):
    qtbot.mouseClick(page.form.prices_button, LEFT)
    opened = page.prices_dialog
    qtbot.waitExposed(opened)
    activate(qtbot, opened)
    return opened


def row_of(dialog, model_id: str) -> int:
    return next(r for r in range(dialog.table.rowCount()) if dialog.text(r, "id") == model_id)


def edit_cell(qtbot, dialog, row: int, key: str, text: str) -> None:
    """Click the cell, press F2, replace its text, press Enter: as a user edits a table."""
    table = dialog.table
    table.scrollToItem(table.item(row, COLUMN[key]))  # the table is wider than the dialog
    rect = table.visualItemRect(table.item(row, COLUMN[key]))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "F2 opens the cell's editor"
    editor.selectAll()
    if text:
        qtbot.keyClicks(editor, text)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)  # emptied
    commit(qtbot, dialog, editor)


def commit(qtbot, dialog, editor) -> None:
    """Enter closes the editor; Qt commits the text on the next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.state() != QAbstractItemView.State.EditingState)


def api_line(page) -> list[float]:
    figure = page.charts.figure("cumulative")
    return [float(y) for ax in figure.axes for line in ax.get_lines()
            if line.get_gid() == "api-cumulative" for y in line.get_ydata()]


def test_a_saved_price_changes_the_projection(qtbot, page, dialog):
    qtbot.waitUntil(lambda: "cumulative" not in page.charts.stale)
    before = page.projection.api.total
    edit_cell(qtbot, dialog, row_of(dialog, "claude-sonnet-5-5"), "input", "6")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    saved = json.loads(user_price_table_path().read_text())
    sonnet = next(m for m in saved["models"] if m["id"] == "claude-sonnet-5-5")
    assert sonnet["input"] == 6.0
    expected = project(page.document.assessment.costs, load_price_table())
    assert page.projection.api.total == expected.api.total > before
    qtbot.waitUntil(lambda: api_line(page) == expected.api.cumulative)


def test_an_invalid_price_is_named_and_cannot_be_saved(qtbot, dialog):
    edit_cell(qtbot, dialog, row_of(dialog, "claude-haiku-4-5"), "output", "-2")
    assert not dialog.save_button.isEnabled()
    assert dialog.messages.isVisible()
    assert ("claude-haiku-4-5: the output price must be a number of 0 or more "
            "(USD per million tokens), not “-2”.") in dialog.messages.text()
    edit_cell(qtbot, dialog, row_of(dialog, "claude-haiku-4-5"), "output", "$5.50")
    assert dialog.save_button.isEnabled() and not dialog.messages.isVisible()


def test_added_models_need_a_unique_id_and_appear_in_the_model_list(qtbot, page, dialog):
    qtbot.mouseClick(dialog.add_button, LEFT)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the new row's id is being edited
    editor.selectAll()
    qtbot.keyClicks(editor, "claude-opus-4-5")
    commit(qtbot, dialog, editor)
    assert "claude-opus-4-5 is listed twice" in dialog.messages.text()
    row = dialog.table.rowCount() - 1
    edit_cell(qtbot, dialog, row, "id", "our-gateway-model")
    edit_cell(qtbot, dialog, row, "input", "2")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, LEFT)
    combo = page.form.model_combo
    assert combo.findData("our-gateway-model") >= 0


def test_removing_a_model_in_use_is_said_on_the_page(qtbot, page, dialog):
    table = dialog.table
    row = row_of(dialog, "claude-sonnet-5-5")  # the default model
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualItemRect(table.item(row, 0)).center())
    qtbot.mouseClick(dialog.remove_button, LEFT)
    assert "claude-sonnet-5-5" not in {dialog.text(r, "id") for r in range(table.rowCount())}
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert page.problem.isVisible() and "claude-sonnet-5-5" in page.problem.text()


def test_reset_to_shipped_prices_after_confirming(qtbot, page, dialog, monkeypatch):
    edit_cell(qtbot, dialog, row_of(dialog, "claude-sonnet-4-5"), "input", "9")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert user_price_table_path().exists()
    asked: list[bool] = []
    monkeypatch.setattr(prices_dialog, "confirm_reset", lambda parent: asked.append(False) or False)
    qtbot.mouseClick(page.form.prices_button, LEFT)
    second = page.prices_dialog
    qtbot.mouseClick(second.reset_button, LEFT)
    assert asked == [False] and user_price_table_path().exists() and second.isVisible()
    monkeypatch.setattr(prices_dialog, "confirm_reset", lambda parent: True)
    qtbot.mouseClick(second.reset_button, LEFT)
    assert not user_price_table_path().exists() and not second.isVisible()
    assert page.prices.models == shipped_price_table().models
    assert page.projection.api.total == project(page.document.assessment.costs, shipped_price_table()).api.total


def test_cancel_keeps_the_prices(qtbot, page, dialog):
    edit_cell(qtbot, dialog, row_of(dialog, "claude-sonnet-4-5"), "input", "9")
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert not user_price_table_path().exists()
    assert page.prices.models["claude-sonnet-4-5"].input == 3.0


def test_every_dialog_control_has_an_accessible_name(dialog):
    from PySide6.QtWidgets import QAbstractButton

    assert dialog.table.accessibleName()
    assert [b.text() for b in dialog.findChildren(QAbstractButton)
            if b.isVisible() and not b.accessibleName()] == []


def test_a_saved_price_reaches_the_prompt_lab_too(qtbot, page, dialog):
    from ui.prompt_lab.page import PromptLabPage

    lab = PromptLabPage(page.document)
    qtbot.addWidget(lab)
    assert lab.try_panel.price_for("claude-sonnet-5-5").input == 2.0
    edit_cell(qtbot, dialog, row_of(dialog, "claude-sonnet-5-5"), "input", "6")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert lab.try_panel.price_for("claude-sonnet-5-5").input == 6.0
    assert lab.shutdown(5.0)


def toggle_check(qtbot, dialog, row: int, key: str) -> None:
    """Select the cell and press Space, as a keyboard user ticks a box in a table."""
    table = dialog.table
    item = table.item(row, COLUMN[key])
    table.scrollToItem(item)
    table.setCurrentItem(item)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Space)


def test_the_long_prompt_tier_status_and_sampling_flag_are_edited_and_saved(qtbot, page, dialog):
    row = row_of(dialog, "claude-sonnet-5-5")
    for key, text in (("long_above", "200000"), ("long_input", "4"), ("long_output", "20"),
                      ("long_cache_read", "0.4"), ("long_cache_write", "5"), ("status", "legacy")):
        edit_cell(qtbot, dialog, row, key, text)
    assert dialog.table.item(row, COLUMN["rejects_sampling"]).checkState() == Qt.CheckState.Checked
    toggle_check(qtbot, dialog, row, "rejects_sampling")
    assert dialog.save_button.isEnabled(), dialog.messages.text()
    qtbot.mouseClick(dialog.save_button, LEFT)
    sonnet = load_price_table().models["claude-sonnet-5-5"]
    assert (sonnet.long_above, sonnet.long_input, sonnet.long_output, sonnet.long_cache_read,
            sonnet.long_cache_write) == (200000, 4, 20, 0.4, 5)
    assert sonnet.status == "legacy" and not sonnet.rejects_sampling and sonnet.supports_effort
    # A long prompt on the screen's default model is now billed at the tier's prices.
    page.document.set_cost("avg_input_tokens", 250_000)
    qtbot.waitUntil(lambda: page.projection is not None and page.projection.inputs["avg_input_tokens"] == 250_000)
    assert page.projection.api.tokens[0] == pytest.approx(100_000 * (250_000 * 4 + 300 * 20) / 1e6)
    combo = page.form.model_combo
    assert combo.itemText(combo.findData("claude-sonnet-5-5")).endswith("(legacy)")


def test_a_half_filled_long_tier_and_an_unknown_status_are_named(qtbot, dialog):
    row = row_of(dialog, "claude-opus-5-5")
    edit_cell(qtbot, dialog, row, "long_above", "150000")
    assert not dialog.save_button.isEnabled()
    assert "claude-opus-5-5: the long input price must be a number of 0 or more" in dialog.messages.text()
    edit_cell(qtbot, dialog, row, "long_above", "")
    assert dialog.save_button.isEnabled()
    edit_cell(qtbot, dialog, row, "status", "old")
    assert "claude-opus-5-5: the status must be current, legacy or retired, not “old”." in dialog.messages.text()
