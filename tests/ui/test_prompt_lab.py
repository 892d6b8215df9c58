"""The Prompt lab, driven with clicks and keys: editing, streaming, Stop, compare, the document.

Every request goes through the real ``anthropic`` SDK to the local fake Messages API. Shared
fixtures and helpers live in ``tests/ui/lab_support.py``.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from advisor.core import paths
from tests.ui.lab_support import cell_editor, click, pane, send_and_wait, tick, type_into


# -- editing ----------------------------------------------------------------------------------
def test_the_example_fills_the_lab(lab_page):
    assert lab_page.editor.model_picker.model_id() == "claude-haiku-4-5"
    assert lab_page.editor.template_edit.toPlainText() == "Ticket: {{ticket}}"
    assert list(lab_page.editor.variables.fields) == ["ticket"]
    assert lab_page.editor.examples.table.rowCount() == 2
    assert lab_page.tests_table.model.rowCount() == 3


def test_template_variables_become_input_fields_live(qtbot, lab_page):
    type_into(qtbot, lab_page.editor.template_edit, "Hello {{name}} from {{ city }}, {{name}}")
    assert list(lab_page.editor.variables.fields) == ["name", "city"]
    headers = lab_page.tests_table.model.headers()
    assert headers == ["Name", "{{name}}", "{{city}}", "Expectations"]
    qtbot.keyClicks(lab_page.editor.variables.fields["city"], "Paris")
    type_into(qtbot, lab_page.editor.template_edit, "Only {{city}}")
    assert list(lab_page.editor.variables.fields) == ["city"]
    assert lab_page.editor.variables.fields["city"].text() == "Paris"  # kept by name


def test_edits_reach_the_document_and_a_load_fills_the_lab(qtbot, lab_page, lab_document):
    type_into(qtbot, lab_page.editor.system_edit, "Answer in one word.")
    qtbot.waitUntil(lambda: lab_document.assessment.prompt_lab.get("system") == "Answer in one word.")
    assert lab_document.is_dirty
    assert lab_document.assessment.prompt_lab["tests"][0]["name"] == "refund"  # the rest is kept
    lab_document.new()
    assert lab_page.editor.system_edit.toPlainText() == ""
    assert lab_page.tests_table.model.rowCount() == 0
    lab_document.open(paths.resource("example.fta.json"))
    assert lab_page.editor.system_edit.toPlainText().startswith("You route customer support")


def test_examples_can_be_added_removed_and_reordered(qtbot, lab_page, lab_document):
    examples = lab_page.editor.examples
    click(qtbot, examples.add_button)
    editor = cell_editor(examples.table)
    qtbot.keyClicks(editor, "Ticket: password reset")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the table commits the edit a moment later
    qtbot.waitUntil(lambda: examples.examples()[2]["input"] == "Ticket: password reset")
    examples.table.selectRow(2)
    click(qtbot, examples.up_button)
    assert [e["input"] for e in examples.examples()][1] == "Ticket: password reset"
    examples.table.selectRow(0)
    click(qtbot, examples.remove_button)
    assert [e["input"] for e in examples.examples()] == [
        "Ticket: password reset", "Ticket: the parcel says delivered but nothing arrived"]
    qtbot.waitUntil(lambda: lab_document.assessment.prompt_lab["examples"][0]["input"]
                    == "Ticket: password reset")
    assert len(lab_document.assessment.prompt_lab["examples"]) == 2


def test_the_test_table_edits_names_values_and_expectations_in_plain_words(qtbot, lab_page, lab_document):
    table = lab_page.tests_table
    lab_page.tabs.setCurrentIndex(1)
    click(qtbot, table.add_button)
    row = table.model.rowCount() - 1
    cell = table.table.visualRect(table.model.index(row, 1)).center()
    qtbot.mouseClick(table.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    editor = cell_editor(table.table)
    qtbot.keyClicks(editor, "Where is my parcel?")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    expects = table.expect_editor
    assert "Expectations of “test 4”" in expects.title.text()
    click(qtbot, expects.add_button)
    kinds = [expects.rows[0].kind.itemText(i) for i in range(expects.rows[0].kind.count())]
    assert "contains, ignoring case" in kinds and not any(":" in k or "_" in k for k in kinds)
    expects.rows[0].kind.setCurrentIndex(kinds.index("contains, ignoring case"))
    qtbot.keyClicks(expects.rows[0].value, "shipping")
    click(qtbot, expects.add_button)
    expects.rows[1].kind.setCurrentIndex(kinds.index("matches the pattern"))
    qtbot.keyClicks(expects.rows[1].value, "([a-z")
    assert "matches the pattern: the value must be a valid regular expression" in expects.problem_label.text()
    qtbot.waitUntil(lambda: len(lab_document.assessment.prompt_lab["tests"]) == 4)
    qtbot.waitUntil(lambda: lab_document.assessment.prompt_lab["tests"][3]["expect"]
                    == [{"type": "icontains", "value": "shipping"}])  # the bad pattern is not saved
    saved = lab_document.assessment.prompt_lab["tests"][3]
    assert saved["vars"] == {"ticket": "Where is my parcel?"}
    assert table.model.data(table.model.index(row, 2)) == "contains, ignoring case “shipping”"


# -- sending ----------------------------------------------------------------------------------
def test_send_streams_the_reply_with_tokens_cost_and_timings(qtbot, lab_page, api_env):
    send_and_wait(qtbot, lab_page)
    assert pane(lab_page).text() == "Echo: Ticket: I want my money back for last month"
    stats = pane(lab_page).stats.text()
    for word in ("Tokens", "in", "out", "cache write", "cache read", "Cost", "$", "Latency",
                 "First token"):
        assert word in stats
    assert pane(lab_page).status.text().startswith("Done")
    sent = api_env.message_requests()[-1].body
    assert sent["stream"] is True and sent["model"] == "claude-haiku-4-5"
    assert sent["messages"][0] == {"role": "user", "content": "Ticket: my card was declined twice"}


def test_the_estimate_counts_input_tokens_before_sending(qtbot, lab_page, api_env):
    lab_page.try_panel.estimate()
    qtbot.waitUntil(lambda: "input tokens" in lab_page.try_panel.estimate_label.text())
    request = lab_page.request_for("claude-haiku-4-5")
    expected = api_env._input_tokens(request)
    assert f"≈ {expected:,} input tokens" in lab_page.try_panel.estimate_label.text()
    assert "$" in lab_page.try_panel.estimate_label.text()


def test_stop_mid_stream_keeps_the_partial_reply(qtbot, lab_page, api_env):
    api_env.stream_tokens = 400
    api_env.token_delay = 0.01
    click(qtbot, lab_page.try_panel.send_button)
    qtbot.waitUntil(lambda: len(pane(lab_page).text()) > 20)
    assert lab_page.try_panel.stop_button.isEnabled()
    click(qtbot, lab_page.try_panel.stop_button)
    qtbot.waitUntil(lambda: not lab_page.try_panel.is_busy())
    text = pane(lab_page).text()
    assert text.startswith("t0 t1 ") and "t399" not in text
    assert "Stopped" in pane(lab_page).status.text() and "incomplete" in pane(lab_page).status.text()
    assert pane(lab_page).reply.cancelled


@pytest.mark.filterwarnings("ignore:The model .* is deprecated:DeprecationWarning")  # the SDK says so
def test_compare_sends_to_two_models_side_by_side(qtbot, lab_page, api_env):
    panel = lab_page.try_panel
    tick(qtbot, panel.compare_check)
    assert panel.panes[1].isVisible()
    panel.compare_picker.setCurrentIndex(panel.compare_picker.findData("claude-opus-4-5"))
    send_and_wait(qtbot, lab_page)
    assert [p.title.text() for p in panel.panes] == ["claude-haiku-4-5", "claude-opus-4-5"]
    for each in panel.panes:
        assert each.text().startswith("Echo: Ticket:")
        assert "Tokens" in each.stats.text() and "Latency" in each.stats.text()
    assert {r.body["model"] for r in api_env.message_requests()} == {"claude-haiku-4-5",
                                                                     "claude-opus-4-5"}


def test_the_live_model_list_marks_retired_models(qtbot, lab_page, api_env):
    lab_page.key_changed()
    picker = lab_page.editor.model_picker
    qtbot.waitUntil(lambda: picker.source == "api")
    index = picker.findData("claude-3-5-haiku-20241022")
    assert picker.itemText(index).endswith("(retired)")
    assert not picker.model().item(index).isEnabled()
    assert picker.model_id() == "claude-haiku-4-5"


def test_shutdown_mid_stream_stops_cleanly(qtbot, lab_page, api_env):
    api_env.stream_tokens = 5000
    api_env.token_delay = 0.01
    click(qtbot, lab_page.try_panel.send_button)
    qtbot.waitUntil(lambda: pane(lab_page).text() != "")
    assert lab_page.shutdown(5.0)
    qtbot.waitUntil(lambda: not lab_page.is_busy())  # the outcome is delivered, not lost


def test_opening_another_assessment_mid_stream_clears_the_reply_and_typed_values(qtbot, lab_page, api_env,
                                                                                 lab_document, tmp_path):
    from tests.helpers import write_assessment

    api_env.stream_tokens = 400
    api_env.token_delay = 0.01
    click(qtbot, lab_page.try_panel.send_button)
    qtbot.waitUntil(lambda: len(pane(lab_page).text()) > 20)
    other = write_assessment(tmp_path / "other.fta.json", title="Other",
                             prompt_lab={"model": "claude-haiku-4-5", "template": "Ticket: {{ticket}}"})
    lab_document.open(other)
    qtbot.waitUntil(lambda: not lab_page.try_panel.is_busy())
    qtbot.wait(200)  # any late callback of the cancelled stream would land now
    assert pane(lab_page).text() == "" and pane(lab_page).stats.text() == ""
    assert "Stopped" not in pane(lab_page).status.text()
    assert lab_page.editor.variables.values() == {"ticket": ""}
