"""The rendered recommendation in the reader's language (issue 25): the Recommendation screen,
the printed brief and its PDF speak German in a German window; the command line stays English.

The pseudo catalogue (tests/ui/pseudo_locale.py) shows every string the catalogue knows as
⟦English⟧. The screen's text is made by three parties: the report's sections and headings
(advisor/report, tested here), the engine's sentences (advisor/decision, engineer t-decision) and
the rules and questions files (resources/*.toml, engineer t-toml). So that a phrase left outside the
brackets can only be the report's, the summary's texts those two make reach the renderer bracketed,
as their own translations will deliver them (:func:`upstream_translated`).
"""
from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from advisor.core import i18n
from advisor.document.assessment import load_assessment
from advisor.report.html import build_brief
from advisor.report.summary import build_summary, render_markdown, render_text
from tests.helpers import ROOT, write_assessment
from tests.ui.conftest import scripted, window  # noqa: F401  the window's fixtures
from tests.ui.pseudo_locale import OPEN, english_left, phrases_outside_brackets
from ui.translations import install_translations, remove_translations

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
EXAMPLE = ROOT / "resources" / "example.fta.json"
CASES = ROOT / "tests" / "fixtures" / "cases"
GOOD = ROOT / "tests" / "fixtures" / "assessments" / "good"
STATES = [EXAMPLE, GOOD / "half-finished.fta.json", GOOD / "prompt-lab-with-run.fta.json",
          GOOD / "unknown-keys-kept.fta.json", CASES / "air_gapped_site.fta.json",
          CASES / "high_volume_classifier.fta.json", CASES / "legal_research_firm.fta.json"]

# The Recommendation screen's own words around the report (ui/recommendation_page.py: engineer
# t-rec): its "Costs:" lead-in, the links "Change this answer" / "Answer" and the labelling link.
T_REC = (r"^Change this answer$", r"^Answer$", r"Label a training set with Claude as the teacher",
         r"your inputs, the lab's prompt, the cost shown before anything is sent", r"^Costs$")
# Sentences advisor/decision makes inside report lines (engineer t-decision): the prompt evidence's
# "48 of 50 passed on <model> (…) against your bar of 90 %" (evidence.describe) and a measured
# figure's "measured in lab run <id>" (measured_costs.mark_text).
T_DECISION = (r"passed on", r"passed in your own measurement", r"against your bar of", r"interval",
              r"^Measured in lab run")


def _mark(text):
    return f"{OPEN}{text}⟧" if isinstance(text, str) and text else text


def upstream_translated(summary: dict) -> dict:
    """``summary`` with every text advisor/decision and resources/*.toml make bracketed, as the
    pseudo catalogue shows them once translated; ids, numbers and the user's own text untouched."""
    s = copy.deepcopy(summary)
    for key in ("verdict_title", "meaning"):
        s[key] = _mark(s[key])
    for key in ("confidence_reasons", "next_steps", "warnings", "verdict_titles"):
        s[key] = [_mark(text) for text in s.get(key) or ()]
    for item in s["rationale"]:
        item.update(text=_mark(item["text"]), source=_mark(item["source"]), source_title=_mark(item.get("source_title")))
    for item in s["counterfactuals"]:
        item["text"] = _mark(item["text"])
    for item in s.get("also") or ():
        item["reason"] = _mark(item["reason"])
    for item in s["gate"]:
        item.update(needed=_mark(item["needed"]), now=_mark(item["now"]))
    for item in s["missing_questions"]:
        item["text"] = _mark(item["text"])
    for rule in s.get("trace") or ():
        rule.update(title=_mark(rule["title"]), verdict_title=_mark(rule["verdict_title"]))
        for check in rule["checks"]:
            check.update(text=_mark(check["text"]), seen_text=_mark(check.get("seen_text")))
    for item in s.get("derivations") or ():
        item["text"] = _mark(item["text"])
    if s.get("costs"):
        s["costs"]["note"] = _mark(s["costs"].get("note"))
        s["costs"]["caveats"] = [_mark(text) for text in s["costs"].get("caveats") or ()]
    return s


def with_every_lab_reading(summary: dict) -> dict:
    """The lines only a lab with documents, a few-shot curve, an own model, measured costs and cost
    ranges make (contract section 8), on top of ``summary``."""
    point = {"pass_rate": 93.3, "n": 30, "wilson_low": 78.7, "wilson_high": 98.2, "cost_per_1000_usd": 0.41}
    s = copy.deepcopy(summary)
    s["context_evidence"] = {"none": {**point, "cost_per_1000_usd": None}, "full": point, "retrieve": point}
    s["shots_curve"] = [{"shots": 1, "pass_rate": 80.0, "wilson_low": 60.1, "wilson_high": 91.3},
                        {"shots": 5, "pass_rate": 90.0, "wilson_low": 74.4, "wilson_high": 96.5}]
    s["shots_reading"] = "rising"
    s["candidate_evidence"] = {"acme-small-8b": point}
    s["uncertainty"] = {"ranges": {"monthly_requests": [1, 2]}, "draws": 2000,
                        "api_total": {"p10": 1000.0, "p50": 45708.0, "p90": 90000.0},
                        "fine_tune_total": {"p10": 2000.0, "p50": 30000.0, "p90": None},
                        "break_even_month": {"p10": 4, "p50": 9, "p90": None}, "p_fine_tune_cheaper": 0.62}
    s["costs"] = {**s["costs"], "measured": {"run_id": "r1", "avg_input_tokens": 1234, "cache_hit_share": 0.4},
                  "cheaper_model": {"name": "Claude Haiku 5.5", "model": "claude-haiku-5-5",
                                    "api_total_usd": 1234.5, "saving_usd": 99.5}}
    s["provisional"] = True
    return s


def recommendation_page(qtbot, path: Path):
    from ui.document import AssessmentDocument
    from ui.recommendation_page import RecommendationPage

    document = AssessmentDocument()
    document.open(path)
    page = RecommendationPage(document)
    qtbot.addWidget(page)
    return page


def users_own(*texts: str) -> tuple[str, ...]:
    """Patterns for the phrases of what the user typed (the notes, the prompt): shown as typed."""
    return tuple(f"^{re.escape(phrase)}$" for text in texts for phrase in phrases_outside_brackets(str(text)))


@pytest.mark.parametrize("path", STATES, ids=lambda p: p.name.split(".")[0])
def test_the_recommendation_screen_has_no_english_the_report_makes(qtbot, pseudo, path):
    page = recommendation_page(qtbot, path)
    page.view.setHtml(page.render(upstream_translated(page.summary)))
    assert english_left(page, allow=T_REC + T_DECISION + users_own(page.summary.get("notes", ""))) == []
    assert "⟦RECOMMENDATION⟧" in page.view.toPlainText() or "⟦PROVISIONAL RECOMMENDATION⟧" in page.view.toPlainText()


def test_every_lab_reading_cost_range_and_measured_figure_is_translated_on_the_screen(qtbot, pseudo):
    page = recommendation_page(qtbot, EXAMPLE)
    page.view.setHtml(page.render(upstream_translated(with_every_lab_reading(page.summary))))
    shown = page.view.toPlainText()
    allow = T_REC + T_DECISION + users_own(page.summary["notes"]) + (r"^acme",)  # acme-small-8b: the user's model
    assert english_left(page, allow=allow) == []
    for words in ("⟦PROVISIONAL RECOMMENDATION⟧", "⟦Few-shot curve: ", "⟦Your own model ", "⟦Over your ranges (",
                  "⟦Break-even month P10", "⟦Retrieved passages⟧", "⟦On Claude Haiku 5.5"):
        assert words in shown, words


def test_the_printed_brief_and_its_answers_page_have_no_english_the_report_makes(pseudo):
    assessment = load_assessment(EXAMPLE)
    summary = upstream_translated(with_every_lab_reading(build_summary(assessment)))
    brief = build_brief(assessment, summary=summary, chart="data")
    allow = T_DECISION + users_own(assessment.notes, assessment.prompt_lab.get("system", "")) + (r"^acme",)
    left = [piece for phrase in phrases_outside_brackets(brief.html.split("<body>")[1])
            for piece in re.split(r"\s{2,}", phrase)  # table cells run together
            if not any(re.search(pattern, piece) for pattern in allow) and not others_words(piece)]
    assert left == []
    assert "⟦Your answers⟧" in brief.html and "⟦Cost inputs set in this assessment" in brief.html


def others_words(phrase: str) -> bool:
    """A phrase of the cost inputs' labels and units (engineer t-costs: the cost_inputs and
    cost_units contexts) or of the questionnaire's questions and answers on the answers page
    (engineers t-toml and t-decision)."""
    from advisor.costs.inputs import COST_INPUTS
    from advisor.decision.questions import default_bank

    words = [text for spec in COST_INPUTS for text in (spec.label, spec.unit)]
    for section in default_bank().sections:
        words.append(section.title)
        for question in section.questions:
            words += [question.text, question.unit or "", *(option.label for option in question.options), "Yes", "No"]
    return all(any(part in text for text in words if text) for part in phrase.split(", "))  # a multi answer: a, b


def test_the_recommendation_screen_speaks_german(qtbot, german):
    page = recommendation_page(qtbot, EXAMPLE)
    shown = page.view.toPlainText()
    assert page.summary["confidence"] in ("high", "medium", "low")  # the id stays English
    level = {"high": "hoch", "medium": "mittel", "low": "niedrig"}[page.summary["confidence"]]
    for words in ("EMPFEHLUNG", f"Konfidenz: {level}", "Warum", "Was die Empfehlung ändern würde",
                  "Nächste Schritte", "Kosten über 24 Monate", "Wie der Berater dazu kam", "Annahmen",
                  "pro Million Eingabe-/Ausgabe-Tokens"):
        assert words in shown, words
    api = round(page.summary["costs"]["api_total_usd"])
    assert f"API-Weg: {api:,} $ über 24 Monate".replace(",", ".") in shown  # money the German way
    page.view.setHtml(page.render(with_every_lab_reading(page.summary)))
    shown = page.view.toPlainText()
    assert "VORLÄUFIGE EMPFEHLUNG" in shown and "30 bestanden (93,3 %, 95-%-Intervall 78,7–98,2 %)" in shown
    assert "Few-Shot-Kurve: 1 Beispiel 80,0 %" in shown and "Ziehungen" in shown


def _pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_pdf_exported_from_the_german_window_is_german(qtbot, german, window, monkeypatch, tmp_path):  # noqa: F811
    from ui.printing import actions as print_actions

    assert window.open_path(write_assessment(tmp_path / "claims.fta.json", version=2, title="Claims",
                                             answers={"deployment": "any_cloud", "prompting_tried": "falls_short"},
                                             costs={"horizon_months": 36}))
    monkeypatch.setattr(print_actions, "get_export_path", lambda *args: tmp_path / "brief.pdf")
    assert window.print_actions.export_pdf()
    text = " ".join(_pdftotext(tmp_path / "brief.pdf").split())
    for words in ("VORLÄUFIGE EMPFEHLUNG", "Konfidenz:", "Warum", "Kosten über 36 Monate", "Claude-API-Weg",
                  "Summe, Monat 36", "Ihre Antworten", "nicht beantwortet", "Seite 1 von", "Erstellt von Fine-Tune Advisor"):
        assert words in text, words
    for english in ("RECOMMENDATION", "Confidence:", "Your answers", "Page 1 of", "Total, month"):
        assert english not in text, english


def test_the_command_line_summary_stays_english_on_a_german_system(tmp_path):
    env = {"LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "PATH": "/usr/bin:/bin", "FTA_HOME": str(tmp_path)}
    outputs = {}
    for fmt in ("text", "markdown", "json", "adr"):
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), "summary", str(EXAMPLE), "--format", fmt],
                                capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0, result.stderr
        outputs[fmt] = result.stdout
    assert outputs["text"].splitlines()[3].startswith("Recommendation: ") and "\nWhy:\n" in outputs["text"]
    assert "## Next steps" in outputs["markdown"] and "Confidence: " in outputs["markdown"]
    data = json.loads(outputs["json"])
    assert data["confidence"] in ("high", "medium", "low")
    german = ("Empfehlung", "Konfidenz", "Nächste Schritte", "Monate", "⟦")
    assert not any(word in output for output in outputs.values() for word in german)


def test_the_english_renderings_do_not_change_once_a_window_went_german_and_back(qapp):
    assessment = load_assessment(EXAMPLE)
    summary = build_summary(assessment)
    before = (render_text(summary), render_markdown(summary), build_brief(assessment, summary=summary, chart="none").html)
    install_translations(qapp, GERMAN)
    try:
        assert render_text(summary) != before[0]  # German now
    finally:
        remove_translations(qapp)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert i18n.translate("report", "Why") == "Why"
    after = (render_text(summary), render_markdown(summary), build_brief(assessment, summary=summary, chart="none").html)
    assert after == before


def test_the_decision_record_exported_from_a_german_window_is_german_and_keeps_its_keys(german):
    from advisor.report.adr import render_adr

    record = render_adr(build_summary(load_assessment(EXAMPLE)))
    assert record.startswith('---\nstatus: "proposed"\ndate: ')  # MADR's front matter keys stay as they are
    for words in ("## Kontext und Problemstellung", "## Betrachtete Optionen", "## Entscheidung",
                  "Gewählte Option: „", "### Konsequenzen", "## Vor- und Nachteile der Optionen",
                  "## Weitere Informationen", "Konfidenz: "):
        assert words in record, words
