"""The Prompt lab's page, prompt editing, tests and import speak the window's language (issue 25).

Under the pseudo catalogue every string that went through tr() reads ⟦English⟧: a phrase left
outside the brackets skipped it. The run panel, results and documents are checked elsewhere
(tests/ui/test_untranslated_lab_runs.py): they are skipped here.
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMainWindow

from tests.ui.lab_support import RULES, click, pane, send_and_wait
from tests.ui.pseudo_locale import english_left, phrases_outside_brackets

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
# The user's own data only: model names from the price table and the API ("Claude Haiku 4.5").
ALLOW = (r"^Claude(?: [A-Z][a-z]+)+$", r"^Haiku$|^Sonnet$|^Opus$")


def make_page(qtbot, document):
    """The page in a window of the app's size, built after the language is installed."""
    from ui.prompt_lab.page import PromptLabPage

    window = QMainWindow()
    page = PromptLabPage(document)
    window.setCentralWidget(page)
    window.resize(910, 760)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page.test_window = window  # the window lives as long as the page's wrapper
    return page


@pytest.fixture
def page(qtbot, pseudo, lab_document):
    lab = make_page(qtbot, lab_document)
    yield lab
    assert lab.shutdown(5.0)


def users_own(lab: dict) -> tuple[str, ...]:
    """The example assessment's own words: its few-shot examples, test values and expected words."""
    texts = [str(v) for e in lab.get("examples") or [] for v in e.values()]
    for test in lab.get("tests") or []:
        texts += [str(v) for v in (test.get("vars") or {}).values()]
        texts += [str(e.get("value")) for e in test.get("expect") or []]
    return tuple(f"^{re.escape(phrase)}$" for text in texts for phrase in phrases_outside_brackets(text))


def left(page, root=None, allow: tuple[str, ...] = ()) -> list[str]:
    """English under ``root`` (the page), leaving out what t-lab2's panels show."""
    others = (page.runs, page.documents)
    return english_left(root or page, allow=ALLOW + allow + users_own(page.document.assessment.prompt_lab),
                        skip=lambda widget: any(o is widget or o.isAncestorOf(widget) for o in others))


def test_the_prompt_tab_without_a_key(qtbot, page):
    assert page.tabs.tabText(0) == "⟦&Prompt⟧"
    qtbot.waitUntil(lambda: "counting" not in page.try_panel.estimate_label.text(), timeout=10000)
    send_and_wait(qtbot, page)
    assert "⟦No Anthropic API key" in pane(page).message.message()
    assert left(page) == []


def test_a_pending_batch_banner(qtbot, page, lab_document):
    record = {"id": "msgbatch_01", "requests": 3, "models": ["claude-haiku-4-5"],
              "submitted_at": "2026-12-07T10:00:00Z", "format": 2}
    lab_document.assessment.prompt_lab = {**lab_document.assessment.prompt_lab, "batch": record}
    page.load_from_document()
    assert page.banner.isVisible() and "⟦A batch run is still pending" in page.banner.message()
    assert left(page) == []


def test_the_try_panel_after_a_reply_and_a_comparison(qtbot, page, api_env):
    api_env.rules = RULES
    page.key_changed()
    qtbot.waitUntil(lambda: page.editor.model_picker.source == "api", timeout=10000)
    page.try_panel.compare_check.setChecked(True)
    send_and_wait(qtbot, page)
    qtbot.waitUntil(lambda: "⟦Estimate: ≈" in page.try_panel.estimate_label.text(), timeout=10000)
    assert pane(page).stats.text().startswith("⟦<b>Tokens</b>")
    assert left(page) == []


@pytest.mark.parametrize("status", [401, 429, 500, 404])
def test_the_try_panel_after_an_error(qtbot, page, api_env, status):
    api_env.fail_next(status, times=3, retry_after=0.05)  # beyond the retries
    send_and_wait(qtbot, page)
    assert pane(page).message.message().startswith("⟦")
    assert left(page) == []


def test_the_tests_tab_and_the_expectation_editor(qtbot, page):
    page.tabs.setCurrentIndex(1)
    table = page.tests_table
    table.select_row(0)
    editor = table.expect_editor
    assert editor.rows and editor.title.text().startswith("⟦Expectations of")
    click(qtbot, editor.add_button)
    for kind in ("json_schema", "llm_rubric", "is_json"):  # each kind's own placeholder
        editor.rows[-1].kind.setCurrentIndex(editor.rows[-1].kind.findData(kind))
        assert left(page) == []
    table.select_row(-1)
    table._show_expectations()
    assert left(page) == []


def test_the_import_dialog_previews_a_csv(qtbot, page, tmp_path):
    page.tabs.setCurrentIndex(1)
    source = tmp_path / "tickets.csv"
    source.write_text("name,ticket,expected_icontains\nfirst,money back,billing\nsecond,locked out,account\n",
                      encoding="utf-8")
    page.tests_table.import_file(source)
    qtbot.waitUntil(lambda: page.tests_table.import_dialog is not None, timeout=10000)
    dialog = page.tests_table.import_dialog
    qtbot.waitExposed(dialog)
    rows = (r"^money back$", r"^locked out$")  # the file's own data: its rows' values
    assert english_left(dialog, allow=rows) == []
    dialog.accept()
    assert "⟦Imported" in page.tests_table.message.message()
    assert left(page, allow=rows) == []


def test_the_forget_runs_dialog(qtbot, pseudo):
    from ui.prompt_lab.forget_runs import ForgetRunsDialog

    for runs in ([{"cases": []}], [{"cases": []}] * 2, [{"cases": [{"output": "x" * 5000}]}] * 5):
        dialog = ForgetRunsDialog(runs)
        qtbot.addWidget(dialog)
        dialog.show()
        assert english_left(dialog) == []


def test_the_lab_in_german(qtbot, german, lab_document, api_env, monkeypatch):
    from advisor.claude.problems import explain  # noqa: F401 - the domain's words, through the hook

    page = make_page(qtbot, lab_document)
    try:
        assert [page.tabs.tabText(i) for i in range(2)] == ["&Prompt", "&Tests"]
        assert page.try_panel.send_button.text() == "Se&nden"
        assert page.editor.variables.parentWidget().title() == "Variablen (zum Ausprobieren)"
        monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-wrong-key-0000")
        send_and_wait(qtbot, page)
        assert "Der API-Schlüssel wurde abgelehnt (401)" in pane(page).message.message()
        assert pane(page).message.buttons[0].text() == "API-Schlüssel …"
        page.tabs.setCurrentIndex(1)
        page.tests_table.select_row(0)
        assert page.tests_table.expect_editor.rows[0].kind.currentText() == \
            "enthält (ohne Groß-/Kleinschreibung)"
        assert page.tests_table.model.headers()[-1] == "Erwartungen"
    finally:
        assert page.shutdown(5.0)


def test_a_problem_stays_english_for_the_file_and_the_command_line(german):
    from advisor.claude.problems import no_key_problem

    problem = no_key_problem()
    assert str(problem).startswith("No Anthropic API key")  # kept in a run, printed by the CLI
    assert problem.shown().startswith("Kein Anthropic-API-Schlüssel")


REFUSED = {  # hostile files (tests/advisor/test_import_refusals_german.py has them all)
    "nameless.csv": b"a,,b\n1,2,3\n",
    "latin1.csv": b"a,b\n\xff\xfe,1\n",
    "types.csv": b'a,__expect\n1,"[{""type"": ""equals"", ""value"": 5}]"\n',
    "schema.csv": b'a,__expect\n1,"[{""type"": ""json_schema"", ""value"": {""$ref"": ""#/nope""}}]"\n',
    "lines.jsonl": b'{"vars": {"a": "1"}}\n[1, 2]\n',
    "asserts.yaml": b"tests:\n  - vars: {a: 1}\n    assert:\n      - type: javascript\n        value: x\n",
    "pattern.yaml": b"tests:\n  - vars: {a: 1}\n    assert:\n      - type: regex\n        value: '('\n",
}
# Python's re names what is wrong with a pattern in its own words, quoted as they are.
RE_WORDS = (r"^missing \), unterminated subpattern at position 0$",)


@pytest.mark.parametrize("name", list(REFUSED))
def test_a_refused_import_names_the_problem_in_the_windows_language(qtbot, page, tmp_path, name):
    page.tabs.setCurrentIndex(1)
    source = tmp_path / name
    source.write_bytes(REFUSED[name])
    page.tests_table.import_file(source)
    qtbot.waitUntil(lambda: "was not imported" in page.tests_table.message.message(), timeout=10000)
    text = page.tests_table.message.message()
    assert text.startswith("⟦") and page.tests_table.import_dialog is None
    assert left(page, allow=RE_WORDS + (rf"^{re.escape(name)}$",)) == [], text  # the file's own name


def test_a_refused_import_in_german(qtbot, german, lab_document, tmp_path):
    page = make_page(qtbot, lab_document)
    page.tabs.setCurrentIndex(1)
    source = tmp_path / "types.csv"
    source.write_bytes(REFUSED["types.csv"])
    page.tests_table.import_file(source)
    qtbot.waitUntil(lambda: "nicht importiert" in page.tests_table.message.message(), timeout=10000)
    assert page.tests_table.message.message() == (
        "types.csv wurde nicht importiert: Zeile 2, Spalte '__expect': Der Wert für equals muss Text sein. "
        "Nichts wurde geändert; korrigieren Sie diese Zeile und importieren Sie erneut.")
    assert page.shutdown(5.0)
