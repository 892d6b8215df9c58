"""Issue 25: the Prompt lab's runs, results, matrix, contexts, documents, few-shot curve, your own
model and the labelling dialog leave no English on screen under the pseudo catalogue (every
known string reads ⟦English⟧), in each of their states; and a few of them in real German."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale

from tests.ui.lab_documents_support import wait_documents
from tests.ui.lab_support import RULES, click, run_and_wait, tick
from tests.ui.pseudo_locale import english_left, phrases_outside_brackets

OTHER = "claude-sonnet-4-5"
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
# The user's own data, never translated: what the example's tests and the fake API answer.
USERS_OWN = (
    r"^Nach (links|rechts) scrollen$",  # Qt's own German (qtbase_de) for a tab bar's scroll buttons
)


def run_data(runs) -> tuple[str, ...]:
    """Each phrase of the runs on screen that is the user's data or saved with the run as it
    came: test names, the model's outputs and the errors a run met. The checks' reasons are not
    among them: saved in English, the window re-words them (advisor.lab.shown_reasons)."""
    found = set()
    for run in runs:
        for case in run.get("cases") or []:
            for key in ("name", "output"):
                found.update(phrases_outside_brackets(str(case.get(key) or "")))
    return tuple(f"^{re.escape(phrase)}$" for phrase in found)


def not_ours(widget) -> bool:
    """The model picker lists model names, the user's choice of data (tests/ui/
    test_untranslated_lab_prompt.py checks its German words)."""
    return type(widget).__name__ == "ModelPicker"


@pytest.fixture
def page(pseudo, lab_page):
    """The lab page (lab_support's), built once the pseudo catalogue is in."""
    return lab_page


def left(widget, *allow: str) -> list[str]:
    panel = widget if hasattr(widget, "history") else getattr(widget, "runs", None)
    shown = panel.history + panel.shown if hasattr(panel, "history") else getattr(widget, "runs", [])
    data = run_data(shown if isinstance(shown, list) else [])
    return english_left(widget, allow=USERS_OWN + data + allow, skip=not_ours)


def every_view(runs) -> list[str]:
    """What is left on the run panel in each of its three views."""
    found = []
    for index in range(runs.views.count()):
        runs.views.setCurrentIndex(index)
        found += left(runs)
    return found


def test_after_a_one_model_run_with_a_result_selected(qtbot, page, api_env):
    api_env.rules = RULES
    assert left(page.runs) == []  # before any run
    run_and_wait(qtbot, page)
    assert "⟦Finished" in page.runs.status.text()
    page.runs.views.setCurrentIndex(1)
    page.runs.results.selectRow(0)
    assert page.runs.detail.isVisible()
    assert every_view(page.runs) == []


def test_after_a_two_model_run_side_by_side_and_the_matrix_filtered(qtbot, page, api_env):
    api_env.reply = lambda body: "billing" if body["model"] == OTHER else next(
        (v for k, v in RULES.items() if k in body["messages"][-1]["content"]), "billing")
    page.runs.choose_models([OTHER])
    run_and_wait(qtbot, page)
    assert page.runs.side_by_side.isVisible()
    assert left(page.runs) == []
    matrix = page.runs.matrix
    page.runs.views.setCurrentWidget(matrix)
    for box in (matrix.failures_check, matrix.disagree_check):
        tick(qtbot, box)
        assert left(page.runs) == []
    matrix.view.setCurrentIndex(matrix.view.model().index(0, 1))
    assert matrix.detail.isVisible()
    assert every_view(page.runs) == []
    dialog = page.runs.open_compare()
    qtbot.waitExposed(dialog)
    assert left(dialog) == []
    dialog.close()


def test_a_run_with_documents_in_full_and_retrieve_contexts(qtbot, pseudo, help_page, api_env, tmp_path):
    api_env.reply = api_env.grounded_reply
    assert left(help_page.documents) == []  # no documents yet
    help_page.documents.add_paths([tmp_path / "docs" / "handbook.md"])
    wait_documents(qtbot, help_page)
    assert left(help_page.documents, r"^handbook$") == []  # the file's name
    choice = help_page.runs.context_choice
    tick(qtbot, choice.mode_checks["full"])
    tick(qtbot, choice.mode_checks["retrieve"])
    run_and_wait(qtbot, help_page)
    assert help_page.runs.side_by_side.isVisible()
    help_page.runs.views.setCurrentIndex(1)
    help_page.runs.showing.setCurrentIndex(2)
    help_page.runs.results.selectRow(0)
    assert every_view(help_page.runs) == []
    # The document moved away: its state and what to do, in the window's language.
    (tmp_path / "docs" / "handbook.md").rename(tmp_path / "handbook-moved.md")
    help_page.documents.start([])
    wait_documents(qtbot, help_page)
    assert "⟦moved or deleted⟧" in help_page.documents.table.item(0, 2).text()
    assert left(help_page.documents, r"^handbook$") == []


def test_documents_that_cannot_be_added(qtbot, pseudo, help_page, tmp_path):
    binary = tmp_path / "docs" / "photo.txt"
    binary.write_bytes(b"\x00\x01\x02JFIF" * 100)
    help_page.documents.add_paths([binary, tmp_path / "docs" / "gone.md", tmp_path / "docs" / "handbook.md"])
    wait_documents(qtbot, help_page)
    states = [help_page.documents.table.item(row, 2).text() for row in range(3)]
    assert all(state.startswith("⟦") for state in states)
    assert left(help_page.documents, r"^handbook$",
                r"^No such file or directory$") == []  # the system's own words for a missing file


def test_a_direct_run_cancelled(qtbot, page, api_env):
    api_env.rules = RULES
    api_env.delay = 0.3
    page.runs.concurrency.setValue(1)
    page.runs.repeat.setValue(5)
    page.tabs.setCurrentIndex(1)
    click(qtbot, page.runs.run_button)
    qtbot.waitUntil(lambda: page.runs.progress.value() >= 1)
    assert left(page.runs) == []  # running, with its progress
    click(qtbot, page.runs.cancel_button)
    qtbot.waitUntil(lambda: not page.runs.is_busy())
    assert "⟦Cancelled after" in page.runs.status.text()
    assert every_view(page.runs) == []


def test_the_few_shot_curve_and_a_bad_shot_count(qtbot, pseudo, help_page, api_env):
    from tests.ui.test_lab_context_modes import FACTS, _set_examples

    api_env.reply = lambda body: next(iter(FACTS.values())) if len(body["messages"]) >= 9 else "No idea."
    tests = [{"name": f"t{n}", "vars": {"question": f"Question {n}?"},
              "expect": [{"type": "contains", "value": "refund window"}]} for n in range(6)]
    page = help_page
    page.document.set_prompt_lab(dict(page.document.assessment.prompt_lab, tests=tests))
    _set_examples(page, 4)
    page.runs.views.setCurrentWidget(page.runs.curve)
    assert left(page.runs) == []  # no curve yet
    page.runs.context_choice.shots.setText("0, 2, 4")
    run_and_wait(qtbot, page)
    curve = page.runs.curve
    assert page.runs.views.currentWidget() is curve and curve.reading == "rising"
    assert every_view(page.runs) == []
    assert "⟦" in curve._canvas.accessibleDescription()
    axes = curve._canvas.figure.axes[0]
    assert axes.get_xlabel().startswith("⟦") and axes.get_title().startswith("⟦")
    page.runs.context_choice.shots.setText("two")
    click(qtbot, page.runs.run_button)
    assert page.runs.message.isVisible() and left(page.runs) == []


def test_the_own_model_dialog_and_its_line(qtbot, page):
    from advisor.lab import targets

    page.tabs.setCurrentIndex(1)
    dialog = page.runs.own_model.open_setup()
    qtbot.waitExposed(dialog)
    assert left(dialog) == []
    dialog.price_kind.setCurrentIndex(1)
    dialog.gpu_hourly.setValue(2.0)
    dialog.throughput.setValue(1000)
    assert left(dialog) == []
    dialog.accept()  # no URL nor model: the fields are named
    assert dialog.message.isVisible() and left(dialog) == []
    dialog.close()
    target = targets.parse("mine=http://127.0.0.1:8000/v1", "qwen-7b", {"in_per_mtok": 0.1, "out_per_mtok": 0.2})
    page.runs.own_model.set_target(target, include=True)
    assert left(page.runs) == []
    from ui.prompt_lab.own_model import plain_http_warning

    remote = targets.parse("gpu-box=http://10.0.0.5:8000/v1", "qwen-7b", {})
    page.runs.own_model.set_target(remote, include=True, warning=plain_http_warning(remote, has_key=False))
    assert page.runs.own_model.note.isVisible() and "⟦target" in page.runs.own_model.note.text()
    assert left(page.runs) == []


def test_the_labelling_dialog_with_its_estimate(qtbot, pseudo, api_env, tmp_path):
    from tests.ui.test_dataset_dialog import _dialog

    api_env.add_claude_5_models()
    dialog = _dialog(qtbot, tmp_path, 20)  # its inputs read, the estimate shown
    assert dialog.estimate_label.text().startswith("⟦")
    assert left(dialog) == []
    dialog.batch_check.setChecked(True)
    assert left(dialog) == []


def test_the_labelling_dialog_after_labelling_and_after_a_cancelled_batch(qtbot, pseudo, api_env, tmp_path):
    from tests.ui.test_dataset_dialog import _dialog

    api_env.add_claude_5_models()
    api_env.rules = {"money": "billing", "log in": "account"}
    dialog = _dialog(qtbot, tmp_path, 12)
    dialog.label_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running() and "⟦Wrote" in dialog.status.text(), timeout=30000)
    assert left(dialog) == []
    dialog.close()
    (tmp_path / "train.jsonl").unlink()
    (tmp_path / "train.validation.jsonl").unlink(missing_ok=True)
    for leftover in tmp_path.glob("train.jsonl*"):
        leftover.unlink()
    api_env.batch_polls = 100_000
    dialog = _dialog(qtbot, tmp_path, 12)
    dialog.batch_check.setChecked(True)
    dialog.label_button.click()
    qtbot.waitUntil(lambda: dialog.batch_id != "", timeout=10000)
    assert left(dialog, re.escape(dialog.batch_id)) == []  # a batch in progress, with its id
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10000)
    assert "⟦Cancelled:" in dialog.status.text()
    assert left(dialog) == []


def test_a_batch_in_progress_and_cancelled(qtbot, page, lab_document, api_env):
    api_env.rules = RULES
    api_env.batch_polls = 1000
    page.runs.poll_seconds = 0.05
    page.tabs.setCurrentIndex(1)
    tick(qtbot, page.runs.batch_check)
    click(qtbot, page.runs.run_button)
    qtbot.waitUntil(lambda: "batch" in lab_document.assessment.prompt_lab, timeout=60000)
    qtbot.waitUntil(lambda: "⟦Batch submitted" in page.runs.status.text(), timeout=10000)
    assert left(page.runs) == []
    click(qtbot, page.runs.cancel_button)
    qtbot.waitUntil(lambda: "cancelled at Anthropic too" in page.runs.status.text(), timeout=60000)
    assert left(page.runs) == []


# -- in real German -----------------------------------------------------------------------------------

def test_the_run_panel_and_the_matrix_in_german(qtbot, german, lab_page, api_env):
    api_env.rules = RULES
    lab = lab_page
    runs = lab.runs
    assert runs.run_button.text() == "Alle Tests a&usführen"
    assert [runs.views.tabText(i) for i in range(3)] == ["Tests × &Modelle", "Ein Modell im Detail",
                                                         "Few-Shot-&Kurve"]
    assert runs.context_choice.mode_checks["none"].text() == "Nur &Prompt"
    run_and_wait(qtbot, lab)
    assert runs.status.text() == "Fertig; die Ergebnisse sind in der Bewertung gespeichert."
    assert runs.totals.text().startswith("<b>3 bestanden, 0 nicht bestanden, 0 Fehler</b> von 3 auf")
    assert runs.results_model.headerData(2, runs.results.horizontalHeader().orientation()) == "Quote"
    assert runs.results_model.text(0, 1) == "✔ bestanden"


def test_the_labelling_dialog_and_a_missing_document_in_german(qtbot, german, tmp_path):
    from advisor.lab import documents
    from tests.ui.test_dataset_dialog import LAB
    from ui.dataset_dialog import LabellingDialog

    dialog = LabellingDialog(LAB, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Trainingsdaten beschriften"  # as the File menu names it
    assert dialog.label_button.text() == "&Beschriften"
    assert dialog.estimate_label.text() == "Wählen Sie die Eingaben, um zu sehen, was ihr Beschriften kostet."
    found = documents.check({"path": "gone.md", "bytes": 1, "sha256": "0" * 64}, tmp_path / "a.fta.json")
    assert found.state == "missing" and found.message.startswith("das Dokument ist nicht mehr da")


def test_the_command_line_keeps_the_documents_english(tmp_path):
    from advisor.lab import documents

    found = documents.check({"path": "gone.md", "bytes": 1, "sha256": "0" * 64}, tmp_path / "a.fta.json")
    assert found.message.startswith("the document is gone (looked for ")


def test_the_tests_tab_fits_900_by_600_in_german_with_more_models_and_your_own(qtbot, german, window):
    """The longest German of the run panel's option line: two more models and your own model with
    its plain-http warning; then a go of two models shown (side by side, each view)."""
    from advisor.lab import targets
    from tests.ui.test_window_fits import SMALL, visit
    from ui.prompt_lab.own_model import plain_http_warning

    window.resize(*SMALL)
    window.open_example()
    window.show_page("prompt_lab")
    window.prompt_lab.tabs.setCurrentIndex(1)
    runs = window.prompt_lab.runs
    runs.set_model_choices(["claude-sonnet-4-5", "claude-opus-4-5"])
    runs.choose_models(["claude-sonnet-4-5", "claude-opus-4-5"])
    assert runs.models_button.text() == "Auch auf: 2 Modellen"
    remote = targets.parse("the-team-gpu-box-number-two=http://10.0.0.7:8000/v1", "qwen-7b", {})
    runs.own_model.set_target(remote, include=True, warning=plain_http_warning(remote, has_key=False))
    assert runs.own_model.note.text().startswith("⚠ Ziel the-team-gpu-box-number-two:")
    assert not visit(window, qtbot, "prompt_lab")
    runs.own_model.set_target(None)
    cases = [{"name": name, "passed": True, "output": "billing"} for name in ("refund", "login", "crash")]
    runs.show_runs([{"model": model, "passed": 3, "cases": cases} for model in ("claude-haiku-4-5", "claude-sonnet-4-5")])
    assert runs.side_by_side.isVisible()
    for index in range(runs.views.count()):
        runs.views.setCurrentIndex(index)
        assert not visit(window, qtbot, "prompt_lab")
    window.document._dirty = False


def test_your_own_model_refused_in_german(qtbot, german):
    from ui.prompt_lab.own_model import OwnModelDialog

    dialog = OwnModelDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Ihr eigenes Modell"
    dialog.url.setText("ftp://127.0.0.1/v1")
    dialog.model.setText("qwen-7b")
    dialog.accept()
    assert dialog.message.text.text() == "'ftp://127.0.0.1/v1' ist keine Webadresse; geben Sie http(s)://HOST[:PORT]/v1 an"


def test_a_run_whose_requests_failed_shows_its_saved_errors_translated(qtbot, page, api_env):
    api_env.rules = RULES
    api_env.fail_next("cut", times=100)  # each reply cut off: each case keeps the error, in English
    run_and_wait(qtbot, page)
    errors = {case.get("error") for run in page.runs.history + page.runs.shown for case in run.get("cases") or []}
    assert any(error and "Claude API broke" in error for error in errors)  # saved as the command line says it
    page.runs.views.setCurrentIndex(1)
    page.runs.results.selectRow(0)
    assert every_view(page.runs) == []  # shown re-worded (advisor.lab.shown_errors)
