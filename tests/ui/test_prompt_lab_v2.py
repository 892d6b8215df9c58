"""Prompt lab v2 on screen: import with preview (button and drop), export, several models side by
side, run history compared, thinking collapsed, batch cancel, settings kept with the file."""
from __future__ import annotations

import json

import pytest

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QApplication

from advisor.lab import test_sets
from tests.ui.lab_support import RULES, click, pane, run_and_wait, send_and_wait, tick

CSV = "__name,ticket,__expected\nrefund,I want my money back,billing\nlogin,cannot log in,account\n"


def _import_via_button(qtbot, page, monkeypatch, path):
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                        lambda *args, **kwargs: (str(path), ""))
    page.tabs.setCurrentIndex(1)
    click(qtbot, page.tests_table.import_button)
    qtbot.waitUntil(lambda: not page.tests_table.is_importing())  # the file is read off the UI thread


def test_import_shows_a_preview_and_the_mapping_then_replaces_the_tests(qtbot, lab_page, lab_document,
                                                                       tmp_path, monkeypatch):
    path = tmp_path / "set.csv"
    path.write_text(CSV, encoding="utf-8")
    _import_via_button(qtbot, lab_page, monkeypatch, path)
    dialog = lab_page.tests_table.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.preview_model.rowCount() == 2
    assert dialog.preview_model.data(dialog.preview_model.index(0, 1)) == "I want my money back"
    assert "__expected → expectation: is exactly" in dialog.mapping.text()
    assert "ticket → variable {{ticket}}" in dialog.mapping.text()
    tick(qtbot, dialog.replace)
    click(qtbot, dialog.import_button)
    assert lab_page.tests_table.model.rowCount() == 2
    qtbot.waitUntil(lambda: [t["name"] for t in lab_document.assessment.prompt_lab["tests"]] == ["refund", "login"])
    assert lab_document.assessment.prompt_lab["tests"][1]["expect"] == [{"type": "equals", "value": "account"}]
    assert "Imported 2 tests from set.csv" in lab_page.tests_table.message.message()


def test_a_bad_row_is_refused_naming_it_and_nothing_changes(qtbot, lab_page, tmp_path, monkeypatch):
    path = tmp_path / "bad.csv"
    path.write_text(CSV + "crash,it crashes,technical,extra\n", encoding="utf-8")
    _import_via_button(qtbot, lab_page, monkeypatch, path)
    assert lab_page.tests_table.import_dialog is None
    text = lab_page.tests_table.message.message()
    assert "bad.csv was not imported: row 4: 4 cells where the header has 3 columns" in text
    assert "Nothing was changed" in text and lab_page.tests_table.model.rowCount() == 3


def test_dropping_a_file_on_the_tests_tab_imports_it(qtbot, lab_page, tmp_path):
    path = tmp_path / "set.jsonl"
    path.write_text(test_sets.tests_to_jsonl([{"name": "n", "vars": {"ticket": "x"}, "expect": []}]),
                    encoding="utf-8")
    lab_page.tabs.setCurrentIndex(1)
    table = lab_page.tests_table
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(table, enter)
    assert enter.isAccepted()  # the tab takes the file
    drop = QDropEvent(QPoint(20, 20).toPointF(), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(table, drop)
    qtbot.waitUntil(lambda: not table.is_importing())
    dialog = table.import_dialog
    assert dialog is not None and dialog.preview_model.rowCount() == 1
    click(qtbot, dialog.import_button)  # added after the three tests by default
    assert table.model.rowCount() == 4 and table.model.tests[3]["name"] == "n"


def test_five_thousand_tests_import_into_the_table(qtbot, lab_page, tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    path.write_text("ticket,__expected\n" + "".join(f"ticket {i},billing\n" for i in range(5000)), encoding="utf-8")
    _import_via_button(qtbot, lab_page, monkeypatch, path)
    dialog = lab_page.tests_table.import_dialog
    assert dialog.preview_model.rowCount() == 20
    tick(qtbot, dialog.replace)
    click(qtbot, dialog.import_button)
    assert lab_page.tests_table.model.rowCount() == 5000
    assert lab_page.tests_table.model.data(lab_page.tests_table.model.index(4999, 1)) == "ticket 4999"


def test_a_file_is_imported_off_the_ui_thread_and_a_hostile_one_refused(qtbot, lab_page, tmp_path,
                                                                        monkeypatch):
    """Issue 28 #4: the window stays responsive while a file is read; a bad one is refused there."""
    import threading

    readers: list[str] = []
    load = test_sets.load
    monkeypatch.setattr(test_sets, "load", lambda path: (readers.append(threading.current_thread().name),
                                                         load(path))[1])
    path = tmp_path / "loop.yaml"
    path.write_text("tests:\n  - &t\n    vars: {ticket: hi}\n    assert: [*t]\n", encoding="utf-8")
    _import_via_button(qtbot, lab_page, monkeypatch, path)
    assert readers and readers[0] != threading.main_thread().name
    assert lab_page.tests_table.import_dialog is None and lab_page.tests_table.import_button.isEnabled()
    text = lab_page.tests_table.message.message()
    assert "loop.yaml was not imported: line 4: the alias *t is inside its own anchor" in text
    assert lab_page.tests_table.model.rowCount() == 3


def test_exporting_a_variable_csv_cannot_carry_says_so_and_writes_nothing(qtbot, lab_page, tmp_path,
                                                                          monkeypatch):
    """Issue 28 #5: a variable named ``expected`` would come back as an equals check."""
    target = tmp_path / "out.csv"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    lab_page.tabs.setCurrentIndex(1)
    lab_page.tests_table.load([{"name": "t", "vars": {"expected": "billing"}, "expect": []}], ["expected"])
    click(qtbot, lab_page.tests_table.export_button)
    assert not target.exists()
    text = lab_page.tests_table.message.message()
    assert "out.csv was not written: the variable 'expected'" in text and "export as JSONL" in text


def test_tests_export_to_csv_and_import_back(qtbot, lab_page, tmp_path, monkeypatch):
    target = tmp_path / "out.csv"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    lab_page.tabs.setCurrentIndex(1)
    click(qtbot, lab_page.tests_table.export_button)
    assert test_sets.load(target).tests == lab_page.tests_table.tests()
    assert "Exported 3 tests to out.csv" in lab_page.tests_table.message.message()
    # The names in a "name" column, as promptfoo and the importer read it (issue 29, item 4).
    assert target.read_text(encoding="utf-8").splitlines()[0].split(",")[0] == "name"


def test_a_promptfoo_style_csv_names_its_tests_in_the_table(qtbot, lab_page, tmp_path, monkeypatch):
    path = tmp_path / "promptfoo.csv"
    path.write_text("description,ticket,__expected\nasks for a refund,I want my money back,billing\n"
                    "locked out,cannot log in,account\n", encoding="utf-8")
    _import_via_button(qtbot, lab_page, monkeypatch, path)
    dialog = lab_page.tests_table.import_dialog
    assert "description → the test's name" in dialog.mapping.text()
    tick(qtbot, dialog.replace)
    click(qtbot, dialog.import_button)
    table = lab_page.tests_table.model
    shown = [table.data(table.index(row, 0)) for row in range(table.rowCount())]
    assert shown == ["asks for a refund", "locked out"]  # not "row 2", "row 3"


@pytest.mark.filterwarnings("ignore:The model .* is deprecated:DeprecationWarning")  # the SDK says so
def test_two_models_run_side_by_side_and_the_cheapest_meeting_the_bar_is_named(
        qtbot, lab_page, lab_document, api_env, tmp_path, monkeypatch):
    api_env.reply = lambda body: next((v for k, v in RULES.items() if k in body["messages"][-1]["content"]
                                       and body["model"] == "claude-sonnet-4-5"), "billing")
    lab_document.assessment.answers["quality_bar_pct"] = 60
    runs = lab_page.runs
    runs.choose_models(["claude-sonnet-4-5"])
    assert runs.models_button.text() == "Also on: claude-sonnet-4-5"
    run_and_wait(qtbot, lab_page)
    table = runs.side_by_side.table
    assert runs.side_by_side.isVisible() and table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["claude-haiku-4-5", "claude-sonnet-4-5"]
    assert table.item(0, 1).text().startswith("33 % (") and table.item(1, 1).text().startswith("100 % (")
    assert "Cheapest model that meets your bar of 60 %:</b> claude-sonnet-4-5" in runs.side_by_side.verdict.text()
    assert "2 cases differ between the models: login, crash" == runs.side_by_side.differ.text()
    saved = lab_document.assessment.prompt_lab["runs"]
    assert [r["model"] for r in saved] == ["claude-haiku-4-5", "claude-sonnet-4-5"]
    assert saved[0]["group"] == saved[1]["group"] and lab_document.assessment.prompt_lab["last_run"] == saved[1]
    runs.showing.setCurrentIndex(1)
    assert runs.results_model.text(1, 1) == "✔ passed"
    target = tmp_path / "results.jsonl"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    click(qtbot, runs.export_button)
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 6 and {r["model"] for r in rows} == {"claude-haiku-4-5", "claude-sonnet-4-5"}


def test_two_runs_compare_with_the_prompt_change_and_the_flipped_cases(qtbot, lab_page, lab_document, api_env):
    api_env.rules = RULES
    run_and_wait(qtbot, lab_page)
    api_env.rules = dict(RULES, crashes="billing")
    lab_page.editor.system_edit.setPlainText("Answer with the team only.")
    run_and_wait(qtbot, lab_page)
    assert len(lab_document.assessment.prompt_lab["runs"]) == 2
    click(qtbot, lab_page.runs.compare_button)
    dialog = lab_page.runs.compare_dialog
    assert "+system: Answer with the team only." in dialog.diff.toPlainText()
    assert dialog.flipped.toPlainText() == "crash: passed → failed"


def test_a_thinking_block_is_shown_apart_and_collapsed(qtbot, lab_page, api_env):
    api_env.thinking = "Money words mean billing"
    api_env.rules = RULES
    send_and_wait(qtbot, lab_page)
    reply = pane(lab_page)
    assert reply.text() == "billing"
    assert reply.thinking_button.isVisible() and not reply.thinking.isVisible()
    assert reply.thinking_button.text() == "Thinking (4 words, not graded)"
    click(qtbot, reply.thinking_button)
    assert reply.thinking.isVisible() and reply.thinking.toPlainText() == "Money words mean billing"
    assert "(thinking included)" in reply.stats.text()


@pytest.mark.parametrize("extra", [[], ["claude-sonnet-4-5"]], ids=["one model", "two models"])
def test_cancel_cancels_a_batch_on_the_server(qtbot, lab_page, lab_document, api_env, extra):
    api_env.rules = RULES
    api_env.batch_polls = 1000
    lab_page.runs.poll_seconds = 0.05
    lab_page.runs.choose_models(extra)
    lab_page.tabs.setCurrentIndex(1)
    tick(qtbot, lab_page.runs.batch_check)
    click(qtbot, lab_page.runs.run_button)
    qtbot.waitUntil(lambda: "batch" in lab_document.assessment.prompt_lab, timeout=60000)
    batch_id = lab_document.assessment.prompt_lab["batch"]["id"]
    assert lab_document.assessment.prompt_lab["batch"]["models"] == ["claude-haiku-4-5", *extra]
    click(qtbot, lab_page.runs.cancel_button)
    qtbot.waitUntil(lambda: "cancelled at Anthropic too" in lab_page.runs.status.text(), timeout=60000)
    assert [r.path for r in api_env.requests if r.path.endswith("/cancel")] == [
        f"/v1/messages/batches/{batch_id}/cancel"]  # one batch holds every model's requests
    assert "batch" not in lab_document.assessment.prompt_lab


def test_the_compare_model_and_the_try_values_are_saved_with_the_file(qtbot, lab_page, lab_document, tmp_path):
    panel = lab_page.try_panel
    tick(qtbot, panel.compare_check)
    panel.compare_picker.set_model_id("claude-opus-4-5")
    lab_page.editor.variables.fields["ticket"].setText("my parcel is late")
    lab_page.flush_edits()
    lab = lab_document.assessment.prompt_lab
    assert lab["compare_model"] == "claude-opus-4-5" and lab["try_values"] == {"ticket": "my parcel is late"}
    path = lab_document.save(tmp_path / "saved.fta.json")
    lab_document.new()
    lab_document.open(path)
    assert panel.compare_check.isChecked() and panel.compare_picker.model_id() == "claude-opus-4-5"
    assert lab_page.editor.variables.fields["ticket"].text() == "my parcel is late"


def test_banners_follow_a_dark_palette(qtbot, lab_page):
    app = QApplication.instance()
    light = app.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    app.setPalette(dark)
    try:
        lab_page.banner.show_message("A batch run is still pending.", "info")
        assert "background: #0f2740" in lab_page.banner.styleSheet()
    finally:
        app.setPalette(light)
    qtbot.waitUntil(lambda: "background: #e8f1fb" in lab_page.banner.styleSheet())


def test_a_model_that_rejects_sampling_disables_temperature_and_says_why(qtbot, lab_page, lab_document):
    from advisor.costs.pricing import load_price_table

    prices = load_price_table()
    rejecting = next(m for m in prices.models.values() if m.rejects_sampling and not m.retired)
    editor = lab_page.editor
    tick(qtbot, editor.temperature_check)
    editor.model_picker.set_model_id(rejecting.id)
    editor.model_settings_changed()
    assert not editor.temperature_check.isEnabled() and not editor.temperature.isEnabled()
    assert editor.sampling_note.isVisible()
    assert "takes no temperature" in editor.sampling_note.text()
    assert "takes no temperature" in editor.temperature_check.toolTip()
    request = lab_page.request_for(rejecting.id)
    assert "extra_body" not in request and "temperature" not in request
    assert editor.effort.isVisible() == bool(rejecting.supports_effort)
    editor.model_picker.set_model_id("claude-haiku-4-5")
    editor.model_settings_changed()
    assert editor.temperature_check.isEnabled() and not editor.sampling_note.isVisible()
    assert lab_page.request_for("claude-haiku-4-5")["extra_body"] == {"temperature": 1.0}


def test_cancel_pressed_while_the_batch_is_being_submitted_cancels_it_at_the_server(qtbot, lab_page,
                                                                                  lab_document, api_env):
    api_env.rules = RULES
    api_env.batch_polls = 1000
    lab_page.runs.poll_seconds = 0.05
    api_env.fail_next("slow", seconds=1.5, path="/v1/messages/batches")  # the submit takes a while
    lab_page.tabs.setCurrentIndex(1)
    tick(qtbot, lab_page.runs.batch_check)
    click(qtbot, lab_page.runs.run_button)
    assert lab_page.runs.status.text() == "Submitting the batch…"
    click(qtbot, lab_page.runs.cancel_button)  # before the server has answered the submit
    qtbot.waitUntil(lambda: "cancelled at Anthropic too" in lab_page.runs.status.text(), timeout=60000)
    created = [r for r in api_env.requests if r.method == "POST" and r.path == "/v1/messages/batches"]
    cancels = [r.path for r in api_env.requests if r.path.endswith("/cancel")]
    assert len(created) == 1 and len(cancels) == 1  # the batch it made is the batch it stopped
    assert "batch" not in lab_document.assessment.prompt_lab and "runs" not in lab_document.assessment.prompt_lab
    assert lab_page.runs.run_button.isEnabled()


def test_a_batch_cancelled_while_its_status_is_being_checked_keeps_no_results(qtbot, lab_page, lab_document,
                                                                              api_env):
    api_env.rules = RULES
    api_env.batch_polls = 1000
    lab_page.runs.poll_seconds = 0.05
    lab_page.tabs.setCurrentIndex(1)
    tick(qtbot, lab_page.runs.batch_check)
    click(qtbot, lab_page.runs.run_button)
    qtbot.waitUntil(lambda: "batch" in lab_document.assessment.prompt_lab, timeout=60000)
    batch_id = lab_document.assessment.prompt_lab["batch"]["id"]
    api_env.fail_next("slow", seconds=1.5, path=f"/v1/messages/batches/{batch_id}")  # the next check hangs
    qtbot.wait(300)  # the check is under way; the cancel below ends the batch before it answers
    click(qtbot, lab_page.runs.cancel_button)
    qtbot.waitUntil(lambda: lab_page.runs.run_button.isEnabled(), timeout=60000)
    qtbot.wait(300)
    assert "cancelled at Anthropic too" in lab_page.runs.status.text()
    assert "runs" not in lab_document.assessment.prompt_lab  # a cancelled batch saves nothing
    assert "batch" not in lab_document.assessment.prompt_lab
