"""The file checks', cost checks' and a run's saved errors in German (issue 25): with a German
translator set, a damaged file's detail, the ranges' and cost inputs' problems and a case's stored
Claude or batch error read German, the keys and quoted values kept; without one (the command line)
they are English, byte for byte, and what is stored stays English either way."""
from __future__ import annotations

import json

import pytest

from advisor.core import i18n
from advisor.core.errors import FileProblem
from advisor.core.shown_problems import shown_problem
from advisor.costs.ranges import range_problem, ranges_problems
from advisor.document.assessment import load_assessment
from advisor.lab.shown_errors import TEMPLATES, shown_error
from tests.advisor.test_decision_german import GERMAN
from tests.helpers import write_assessment

DAMAGED = {  # one broken key each: the English the checks write, the German the window shows
    "answers": ({"task_type": 5}, "answers.task_type ist 5, muss aber einer der Werte"),
    "title": (["x"], "title ist eine Liste, muss aber Text sein"),
}


@pytest.fixture
def german():
    i18n.set_translator(lambda context, text: GERMAN.get((context, text), ""))
    yield
    i18n.set_translator(None)


def _damaged(tmp_path, **fields) -> str:
    path = write_assessment(tmp_path / "bad.fta.json")
    doc = json.loads(path.read_text())
    doc.update(fields)
    path.write_text(json.dumps(doc))
    with pytest.raises(FileProblem) as raised:
        load_assessment(path)
    return str(raised.value)


@pytest.mark.parametrize("key", sorted(DAMAGED))
def test_a_damaged_file_reads_german_in_the_window(tmp_path, german, key):
    value, expected = DAMAGED[key]
    assert expected in _damaged(tmp_path, **{key: value})


@pytest.mark.parametrize("key", sorted(DAMAGED))
def test_the_command_line_keeps_the_english_detail(tmp_path, key):
    value, _ = DAMAGED[key]
    message = _damaged(tmp_path, **{key: value})
    assert " it must be " in message and " ist " not in message


def test_every_template_has_german_and_the_english_is_unchanged_without_a_translator(german):
    from advisor.core.shown_problems import _PHRASES, _WHOLE

    for template in _WHOLE + _PHRASES:
        assert GERMAN.get(("file_checks", template)), template
    for context, template in TEMPLATES:
        assert GERMAN.get((context, template)), template
    i18n.set_translator(None)
    for template in _WHOLE:
        assert shown_problem(template) == template


def test_range_problems_read_german_and_stay_english_for_parsing(german):
    problem = range_problem("monthly_requests", [10, 20], 100_000)
    assert problem.startswith("costs.ranges.monthly_requests is [")  # the Costs screen parses this
    shown = shown_problem(problem)
    assert shown.startswith("costs.ranges.monthly_requests ist [10, 20], der Wert aber 100,000")
    assert "Erweitern Sie die Bandbreite" in shown
    low = shown_problem(range_problem("monthly_requests", [-5, 200_000], 100_000))
    assert "das niedrige Ende -5 ist ungültig; erlaubt ist eine" in low, low
    assert "ganze Zahl" in low or "Zahl" in low
    shares = ranges_problems({"cache_hit_share": 0.5, "cache_write_share": 0.3,
                              "ranges": {"cache_hit_share": [0.4, 0.8], "cache_write_share": [0.2, 0.4]}})
    assert shown_problem(shares[0]).startswith("costs.ranges: Der höchste Anteil der Cache-Treffer (0.8)")


def test_unknown_problems_pass_through(german):
    assert shown_problem("something nobody wrote a template for") == "something nobody wrote a template for"
    assert shown_error("a provider's own words") == "a provider's own words"


def test_saved_run_errors_read_german(german):
    assert shown_error("The Claude API refused the request (400): prompt is too long.").endswith(
        ": prompt is too long.")
    assert shown_error("The Claude API refused the request (400): prompt is too long.") != \
        "The Claude API refused the request (400): prompt is too long."
    rate = shown_error("Rate limited by the Claude API (429); it asked to wait 30 s: wait a moment and try "
                       "again, or lower the concurrency.")
    assert "30" in rate and "Rate limited" not in rate
    assert shown_error("the batch expired before this request was processed (24 h)") == \
        "der Batch ist abgelaufen, bevor diese Anfrage bearbeitet wurde (24 h)"


def test_saved_run_errors_stay_english_without_a_translator():
    error = "Cannot reach the Claude API at api.anthropic.com: check the network connection (and " \
            "ANTHROPIC_BASE_URL, if set)."
    assert shown_error(error) == error


def test_the_results_table_shows_a_saved_error_in_german(german):
    from ui.prompt_lab.results_model import why

    case = {"error": "the batch was cancelled before this request was processed", "passed": False}
    assert why(case) == "der Batch wurde abgebrochen, bevor diese Anfrage bearbeitet wurde"
    assert case["error"] == "the batch was cancelled before this request was processed"  # stored as it was


def test_a_damaged_prompt_lab_reads_german(german):
    from advisor.document.validation import validate_document

    doc = {"prompt_lab": {"tests": [{"name": "a", "vars": {}, "expect": [{"type": "regex", "value": "("}]}, 5],
                          "runs": [{"id": "r", "cases": 3}]}}
    shown = [shown_problem(problem) for problem in validate_document(doc).errors]
    assert shown[0].startswith("prompt_lab.tests[0].expect[0].value ist '(', muss aber ein gültiger regulärer "
                               "Ausdruck (")  # Python's own words about the pattern stay as they are
    assert "prompt_lab.tests[1] ist eine Zahl, muss aber ein Objekt mit name, vars und expect sein" in shown
    assert "prompt_lab.runs[0].cases muss eine Liste sein" in shown
