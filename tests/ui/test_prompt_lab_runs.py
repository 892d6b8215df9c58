"""Run all tests from the Prompt lab: progress, results, totals, cancel, batches, the lab_document."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from advisor.lab import batches

from advisor.claude import client as claude
from tests.ui.lab_support import RULES, click, run_and_wait, tick


def test_run_all_shows_progress_results_and_totals_and_saves_last_run(qtbot, lab_page, lab_document,
                                                                      api_env):
    api_env.rules = dict(RULES, crashes="Technical.")  # the regex ^technical$ then fails
    progress: list[int] = []
    lab_page.runs.progress.valueChanged.connect(progress.append)
    run_and_wait(qtbot, lab_page)
    assert max(progress) == 3 and lab_page.runs.progress.maximum() == 3
    table = lab_page.runs.results_model
    rows = [[table.text(r, c) for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert [r[:2] for r in rows] == [["refund", "✔ passed"], ["login", "✔ passed"], ["crash", "✘ failed"]]
    assert rows[2][3] == "reply does not match /^technical$/" and rows[2][4] == "Technical."
    assert rows[0][6].startswith("$")
    assert "2 passed, 1 failed, 0 errors" in lab_page.runs.totals.text()
    last_run = lab_document.assessment.prompt_lab["last_run"]
    assert (last_run["model"], last_run["passed"], last_run["failed"]) == ("claude-haiku-4-5", 2, 1)
    assert [c["name"] for c in last_run["cases"]] == ["refund", "login", "crash"]


def test_repeat_and_concurrency_reach_the_runner(qtbot, lab_page, lab_document, api_env):
    api_env.rules = RULES
    lab_page.runs.repeat.setValue(3)
    run_and_wait(qtbot, lab_page)
    assert len(api_env.message_requests()) == 9
    last_run = lab_document.assessment.prompt_lab["last_run"]
    assert last_run["repeat"] == 3 and last_run["cases"][0]["runs"] == 3
    assert lab_page.runs.results_model.text(0, 2) == "100% of 3"


def test_cancel_stops_the_run_and_saves_nothing(qtbot, lab_page, lab_document, api_env):
    api_env.rules = RULES
    api_env.delay = 0.3
    lab_page.runs.concurrency.setValue(1)
    lab_page.runs.repeat.setValue(5)
    lab_page.tabs.setCurrentIndex(1)
    click(qtbot, lab_page.runs.run_button)
    qtbot.waitUntil(lambda: lab_page.runs.progress.value() >= 1)
    click(qtbot, lab_page.runs.cancel_button)
    qtbot.waitUntil(lambda: not lab_page.runs.is_busy())
    assert "Cancelled" in lab_page.runs.status.text()
    assert "last_run" not in lab_document.assessment.prompt_lab
    assert lab_page.runs.run_button.isEnabled()


def test_a_refused_key_stops_the_run_with_the_key_button(qtbot, lab_page, fake_api, monkeypatch):
    opened = []
    monkeypatch.setattr("ui.api_key_dialog.open_key_dialog", lambda parent: opened.append(parent))
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_api.base_url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-not-the-right-one")
    run_and_wait(qtbot, lab_page)
    assert "refused (401)" in lab_page.runs.message.message()
    click(qtbot, lab_page.runs.message.button("Key settings…"))
    assert opened == [lab_page]


def test_batch_mode_submits_saves_the_id_then_collects(qtbot, lab_page, lab_document, api_env):
    api_env.rules = RULES
    api_env.batch_polls = 3
    lab_page.runs.poll_seconds = 0.05
    records: list[dict] = []
    lab_page.runs.batch_submitted.connect(lambda record: records.append(
        dict(lab_document.assessment.prompt_lab.get("batch") or {})))
    lab_page.tabs.setCurrentIndex(1)
    tick(qtbot, lab_page.runs.batch_check)
    run_and_wait(qtbot, lab_page)
    assert records and records[0]["id"].startswith("msgbatch_")  # saved as soon as submitted
    lab = lab_document.assessment.prompt_lab
    assert "batch" not in lab and lab["last_run"]["passed"] == 3
    assert api_env.message_requests() == []  # all of it went through the batch



def _reopen_with_a_pending_batch(lab_document, api_env, tmp_path, models=None) -> None:
    """Submit the lab's tests as a batch, save it pending, and reopen the file (as after closing
    the app mid-run)."""
    lab = dict(lab_document.assessment.prompt_lab)
    client = claude.make_client(api_env.valid_key, base_url=api_env.base_url)
    record = batches.submit(lab, models=models, client=client)
    client.close()
    lab_document.assessment.prompt_lab = {**lab, "batch": record}
    path = lab_document.save(tmp_path / "pending.fta.json")
    lab_document.new()
    lab_document.open(path)


def test_opening_an_assessment_with_a_pending_batch_offers_to_resume(qtbot, lab_page, lab_document,
                                                                     api_env, tmp_path):
    api_env.rules = RULES
    api_env.batch_polls = 2
    _reopen_with_a_pending_batch(lab_document, api_env, tmp_path)
    assert "still pending" in lab_page.banner.message()
    lab_page.runs.poll_seconds = 0.05
    click(qtbot, lab_page.banner.button("Resume checking"))
    qtbot.waitUntil(lambda: "last_run" in lab_document.assessment.prompt_lab)
    assert lab_document.assessment.prompt_lab["last_run"]["passed"] == 3
    assert "batch" not in lab_document.assessment.prompt_lab
    assert lab_page.tabs.currentIndex() == 1


def test_opening_another_assessment_abandons_a_run(qtbot, lab_page, lab_document, api_env):
    api_env.rules = RULES
    api_env.delay = 0.3
    lab_page.runs.concurrency.setValue(1)
    lab_page.tabs.setCurrentIndex(1)
    click(qtbot, lab_page.runs.run_button)
    qtbot.waitUntil(lambda: lab_page.runs.is_busy())
    lab_document.new()
    assert lab_page.shutdown(5.0)
    qtbot.wait(50)
    assert "last_run" not in lab_document.assessment.prompt_lab  # the old run's results did not land


def _two_model_replies(api_env):
    """Sonnet answers by the rules (3 of 3 pass); Haiku always says billing (1 of 3 pass)."""
    api_env.reply = lambda body: next((v for k, v in RULES.items() if k in body["messages"][-1]["content"]
                                       and body["model"] == "claude-sonnet-4-5"), "billing")


def test_batch_mode_on_two_models_sends_one_batch_and_keeps_each_models_run(qtbot, lab_page, lab_document,
                                                                             api_env):
    _two_model_replies(api_env)
    api_env.batch_polls = 2
    lab_document.assessment.answers["quality_bar_pct"] = 60
    runs = lab_page.runs
    runs.poll_seconds = 0.05
    runs.choose_models(["claude-sonnet-4-5"])
    lab_page.tabs.setCurrentIndex(1)
    tick(qtbot, runs.batch_check)
    run_and_wait(qtbot, lab_page)
    submitted = [r.body for r in api_env.requests if r.method == "POST" and r.path == "/v1/messages/batches"]
    assert len(submitted) == 1 and api_env.message_requests() == []
    assert sorted({r["params"]["model"] for r in submitted[0]["requests"]}) == ["claude-haiku-4-5",
                                                                                 "claude-sonnet-4-5"]
    lab = lab_document.assessment.prompt_lab
    assert "batch" not in lab
    assert [(r["model"], r["passed"], r["failed"], r["batch"]) for r in lab["runs"]] == [
        ("claude-haiku-4-5", 1, 2, True), ("claude-sonnet-4-5", 3, 0, True)]
    assert lab["runs"][0]["group"] == lab["runs"][1]["group"] and lab["last_run"] == lab["runs"][1]
    table = runs.side_by_side.table
    assert runs.side_by_side.isVisible() and table.rowCount() == 2
    assert "Cheapest model that meets your bar of 60 %:</b> claude-sonnet-4-5" in runs.side_by_side.verdict.text()
    assert runs.showing.count() == 2 and runs.showing.isEnabled()
    # A small window, as small as the layout allows: the table scrolls, nothing is drawn over it.
    # (The layout's minimum differs from run to run by a few lines while the results settle, so
    # the test waits for the resize to take effect, not for one exact height.)
    window = lab_page.window()
    window.resize(900, 300)
    qtbot.waitUntil(lambda: window.height() < 600)
    QApplication.processEvents()
    assert table.geometry().bottom() < runs.side_by_side.verdict.geometry().top()
    assert runs.side_by_side.verdict.geometry().bottom() < runs.side_by_side.differ.geometry().top()


def test_a_two_model_batch_resumes_after_reopening(qtbot, lab_page, lab_document, api_env, tmp_path):
    _two_model_replies(api_env)
    api_env.batch_polls = 2
    _reopen_with_a_pending_batch(lab_document, api_env, tmp_path, ["claude-haiku-4-5", "claude-sonnet-4-5"])
    assert "on claude-haiku-4-5, claude-sonnet-4-5" in lab_page.banner.message()
    lab_page.runs.poll_seconds = 0.05
    click(qtbot, lab_page.banner.button("Resume checking"))
    qtbot.waitUntil(lambda: "last_run" in lab_document.assessment.prompt_lab)
    saved = lab_document.assessment.prompt_lab["runs"]
    assert [(r["model"], r["passed"]) for r in saved] == [("claude-haiku-4-5", 1), ("claude-sonnet-4-5", 3)]
    assert "batch" not in lab_document.assessment.prompt_lab
    assert lab_page.runs.side_by_side.table.rowCount() == 2


def test_editing_a_test_after_a_run_leaves_the_kept_tests_alone_until_saved(qtbot, lab_page, lab_document,
                                                                          api_env):
    """The table hands its tests to the document uncopied after a run: an edit must replace the
    test, never change the document's copy behind its back (nor a run in flight)."""
    api_env.rules = RULES
    run_and_wait(qtbot, lab_page)
    kept = lab_document.assessment.prompt_lab
    first_name, first_vars = kept["tests"][0]["name"], dict(kept["tests"][0]["vars"])
    model = lab_page.tests_table.model
    for column, text in ((0, "renamed"), (1, "a new ticket")):  # what the cell editor commits
        assert model.setData(model.index(0, column), text)
    model.set_expectations(0, [{"type": "equals", "value": "refunds"}])
    assert (kept["tests"][0]["name"], kept["tests"][0]["vars"]) == (first_name, first_vars)  # not yet saved
    assert kept["tests"][0]["expect"] != [{"type": "equals", "value": "refunds"}]
    lab_page.flush_edits()
    saved = lab_document.assessment.prompt_lab["tests"][0]
    assert (saved["name"], saved["vars"]["ticket"]) == ("renamed", "a new ticket")
    assert lab_document.assessment.prompt_lab["last_run"]["cases"][0]["name"] == first_name


def test_forgetting_old_runs_lets_a_history_too_big_to_save_be_saved(qtbot, lab_page, lab_document,
                                                                     api_env, tmp_path, monkeypatch):
    import json

    import pytest

    from advisor.document import assessment
    from advisor.core.errors import FileProblem

    api_env.rules = RULES
    for _ in range(3):
        run_and_wait(qtbot, lab_page)
    runs = lab_document.assessment.prompt_lab["runs"]
    assert len(runs) == 3 and lab_page.runs.forget_button.isEnabled()
    newest = runs[-1]
    full = lab_document.save(tmp_path / "full.fta.json").stat().st_size
    monkeypatch.setattr(assessment, "MAX_FILE_BYTES", full - 1)  # one byte too many: refused
    target = tmp_path / "mine.fta.json"
    with pytest.raises(FileProblem, match="Forget old runs"):
        lab_document.save(target)
    assert not target.exists()

    dialog = lab_page.runs.open_forget()
    dialog.keep.setValue(1)
    assert "Forgets 2 runs" in dialog.effect.text()
    click(qtbot, dialog.forget_button)
    kept = lab_document.assessment.prompt_lab["runs"]
    assert kept == [newest] and lab_document.assessment.prompt_lab["last_run"] == newest
    assert lab_document.is_dirty and not lab_page.runs.compare_button.isEnabled()
    lab_document.save(target)
    assert [r["id"] for r in json.loads(target.read_text())["prompt_lab"]["runs"]] == [newest["id"]]
