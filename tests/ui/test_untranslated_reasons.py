"""The Recommendation screen under the pseudo catalogue: no English phrase the decision engine makes
(advisor/decision/*: reasons, confidence reasons, the trace, what would change the verdict, the
measured evidence, the cost sentence's Monte Carlo part) is left outside the brackets, in each state
the engine words differently; and the real German catalogue shows German sentences with German
numbers there.

What still reads English on this screen belongs to other engineers and is left out of the check
by construction: only the "decision" context's sentence templates are looked for.
Headings, the headline and the cost lines come from advisor/report (t-report); verdict titles, rule
titles, rationales, the rules' own condition words and the answers' labels from resources/*.toml
(t-toml); the user's own data (model ids, the notes) stays as typed.
"""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QLocale

from advisor.document.assessment import Assessment
from tests.advisor.test_candidate_evidence import BAR, _claude_run, _target_run
from tests.advisor.test_decision_german import ENGLISH_PATTERNS
from tests.advisor.test_decision_v3 import NICHE
from tests.advisor.test_lab_readings_advice import NO_KNOWLEDGE_GAP, run
from tests.helpers import ROOT
from tests.ui.pseudo_locale import CLOSE, OPEN, install_pseudo
from ui.translations import install_translations, remove_translations

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
RANGES = {"monthly_requests": 300_000, "ranges": {"monthly_requests": [100_000, 900_000], "ml_fte": [0.25, 1.5]}}

# Each state the engine words differently: (name, answers, costs, prompt_lab)
STATES = [
    ("nothing answered", {}, {}, None),
    ("few answers", {"deployment": "any_cloud", "quality_bar_pct": 90}, {}, None),
    ("retrieval measured", NO_KNOWLEDGE_GAP, {}, {"model": "claude-haiku-5-5", "runs": [
        run(10, 20), run(28, 2, context="retrieve")]}),
    ("few-shot curve", NO_KNOWLEDGE_GAP, {}, {"model": "claude-haiku-5-5", "runs": [
        run(10, 20, shots=0), run(27, 3, shots=8)]}),
    ("thin evidence", NO_KNOWLEDGE_GAP, {}, {"runs": [run(5, 3)]}),
    ("own model meets the bar", {**NICHE, **BAR}, {}, {"runs": [_claude_run(15, 15, cost_usd=0.06),
                                                                 _target_run(29, 1, cost_usd=0.003)]}),
    ("own model short of the bar", {**NICHE, **BAR}, {}, {"runs": [_target_run(12, 18)]}),
    ("cost ranges", NO_KNOWLEDGE_GAP, RANGES, None),
]


@pytest.fixture
def app(qapp):
    yield qapp
    remove_translations(qapp)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def _page(qtbot, assessment: Assessment):
    from ui.document import AssessmentDocument
    from ui.recommendation_page import RecommendationPage

    document = AssessmentDocument()
    document.restore(assessment, None)
    page = RecommendationPage(document)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _engine_english_left(text: str) -> list[str]:
    """The decision engine's sentences still in English, outside the pseudo catalogue's brackets."""
    left = []
    for line in text.splitlines():
        stripped = line
        while True:  # drop the bracketed (translated) parts, innermost first
            start = stripped.rfind(OPEN)
            end = stripped.find(CLOSE, start)
            if start < 0 or end < 0:
                break
            stripped = stripped[:start] + " " + stripped[end + 1:]
        left += [f"{pattern.pattern!r} in {line[:100]!r}" for pattern in ENGLISH_PATTERNS if pattern.search(stripped)]
    return left


@pytest.mark.parametrize("state", STATES, ids=[s[0] for s in STATES])
def test_no_english_sentence_of_the_engine_is_left_on_the_recommendation_screen(qtbot, app, tmp_path, state):
    _name, answers, costs, lab = state
    install_pseudo(app, tmp_path)
    page = _page(qtbot, Assessment(answers=dict(answers), costs=dict(costs), prompt_lab=lab))
    text = page.view.toPlainText()
    assert OPEN in text  # the pseudo catalogue is in force
    assert _engine_english_left(text) == []


def test_the_example_and_the_fixture_cases_have_no_english_sentence_of_the_engine(qtbot, app, tmp_path):
    (tmp_path / "qm").mkdir()
    install_pseudo(app, tmp_path / "qm")
    from ui.document import AssessmentDocument
    from ui.recommendation_page import RecommendationPage

    for path in [ROOT / "resources" / "example.fta.json", *sorted((ROOT / "tests" / "fixtures" / "cases").glob("*.fta.json"))]:
        copy = tmp_path / path.name
        shutil.copy(path, copy)
        document = AssessmentDocument()
        document.open(copy)
        page = RecommendationPage(document)
        qtbot.addWidget(page)
        assert _engine_english_left(page.view.toPlainText()) == [], path.name


def test_the_german_screen_reads_the_engine_in_german_with_german_numbers(qtbot, app):
    install_translations(app, GERMAN)
    lab = {"runs": [_claude_run(15, 15, cost_usd=0.06), _target_run(29, 1, cost_usd=0.003)]}
    page = _page(qtbot, Assessment(answers={**NICHE, **BAR}, costs={}, prompt_lab=lab))
    text = " ".join(page.view.toPlainText().split())
    assert "erreicht Ihre Qualitätsschwelle von 90 % mit 97 % von 30 bestandenen Tests" in text
    assert "zu 0,1000 $ pro 1.000 Anfragen gegenüber 2,00 $ mit claude-haiku-5-5" in text
    assert "würde die Empfehlung lauten:" in text and "alle diese Bedingungen treffen zu" in text
    page = _page(qtbot, Assessment(answers=dict(NO_KNOWLEDGE_GAP), costs=dict(RANGES)))
    ranges = " ".join(page.view.toPlainText().split())
    assert "Über die von Ihnen angegebenen Spannen (" in ranges and " Ziehungen)" in ranges


def test_the_english_screen_is_unchanged_after_the_german_one(qtbot, app):
    install_translations(app, GERMAN)
    german = _page(qtbot, Assessment(answers=dict(NO_KNOWLEDGE_GAP), costs={}))
    assert "alle diese" in german.view.toPlainText()
    remove_translations(app)
    page = _page(qtbot, Assessment(answers=dict(NO_KNOWLEDGE_GAP), costs={}))
    text = " ".join(page.view.toPlainText().split())
    assert "all of these hold" in text and "Wenn " not in text and "alle diese" not in text
    assert _engine_english_left(page.view.toPlainText())  # the check sees English where there is some
