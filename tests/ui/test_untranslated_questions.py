"""The questionnaire's texts come from questions.toml and still reach the window translated: every
step (each follow-up opened) and the review, under the pseudo catalogue and in real German."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from advisor.decision.questions import default_bank
from tests.ui.pseudo_locale import english_left

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
# Answers that open every follow-up (gaps and the measured pass rate come after "minor gaps").
EVERY_QUESTION = {
    "prompting_tried": "minor_gaps", "gaps": ["knowledge", "latency"], "quality_bar_pct": 90.0,
    "measured_pass_pct": 80.0, "measured_cases": 120, "task_type": "classify_extract",
    "data_public": "public_specialized", "labeled_examples": 800, "knowledge_changes": "monthly",
    "context_fits": True, "ml_team": "some", "training_budget_usd": 40000.0, "retrain_commitment": False,
    "deployment": "approved_cloud", "needs_general_skills": True, "latency_p95_ms": 800.0,
    "weeks_to_launch": 10.0,
}


@pytest.fixture(autouse=True)
def closes_without_asking(scripted):
    scripted.save_changes_answer = "discard"


def questionnaire(qtbot, answers: dict):
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.new_assessment()
    page = window.questionnaire
    for question_id, value in answers.items():
        page.document.set_answer(question_id, value)
    page.load_answers()
    return window, page


def test_the_answers_open_every_question():
    bank = default_bank()
    assert [q.id for q in bank.questions if q.is_shown(EVERY_QUESTION)] == [q.id for q in bank.questions]
    assert set(EVERY_QUESTION) == {q.id for q in bank.questions}


def test_every_question_step_and_the_review_go_through_the_catalogue(qtbot, pseudo):
    for answers in ({}, EVERY_QUESTION):  # unanswered first, then every answer (and follow-up) given
        window, page = questionnaire(qtbot, answers)
        for question_id in page.visible_ids():
            page.show_question(question_id)
            qtbot.wait(5)  # the review's rows are shown once the event loop turns
            assert english_left(page) == [], question_id
        assert page.current == "__review__" and page.review.isVisible()
        assert english_left(page.review) == [] and page.review.answer_labels
        window.close()


def test_a_step_shows_the_bracketed_question_help_options_and_unit(qtbot, pseudo):
    _window, page = questionnaire(qtbot, EVERY_QUESTION)
    page.show_question("prompting_tried")
    step = page.steps["prompting_tried"]
    texts = [label.text() for label in step.findChildren(type(step.position))]
    assert "⟦Have you tried prompt engineering with few-shot examples on a current Claude model, " \
           "measured against your quality bar?⟧" in texts
    assert "⟦Yes, with minor gaps⟧" in [button.text() for button in step.control.group.buttons()]
    assert page.steps["labeled_examples"].control.spin.suffix() == " ⟦examples⟧"
    assert page.section_buttons["task"].text().endswith("⟦The task⟧")


def test_the_questionnaire_in_german(qtbot, german):
    _window, page = questionnaire(qtbot, EVERY_QUESTION)
    page.show_question("deployment")
    step = page.steps["deployment"]
    labels = [label.text() for label in step.findChildren(type(step.position))]
    assert "Wo dürfen die Daten verarbeitet werden?" in labels
    assert [b.text() for b in step.control.group.buttons()] == [
        "Bei jedem seriösen Cloud-Anbieter", "Nur bei einem Anbieter, mit dem wir einen Vertrag haben",
        "Nur auf unserer eigenen Infrastruktur"]
    assert any(text.startswith("Manche Daten dürfen Ihr Haus") for text in labels)  # the help text
    assert step.position.text().startswith("RAHMENBEDINGUNGEN  ·  ")
    gaps = page.steps["gaps"].control
    assert [box.text() for _value, box in gaps.boxes][0] == "Fakten aus unseren eigenen Dokumenten"
    assert page.steps["weeks_to_launch"].control.spin.suffix() == " Wochen"
    page.show_question(page.visible_ids()[-1])
    review = page.review
    assert review.answer_labels["task_type"].text() == "Sortieren, verschlagworten, weiterleiten oder Felder herausziehen"
    assert review.answer_labels["gaps"].text() == "Fakten aus unseren eigenen Dokumenten, Geschwindigkeit"
    assert "Wochen" in review.answer_labels["weeks_to_launch"].text()


def test_the_recommendation_shows_the_rules_texts_in_german(qtbot, german):
    window, _page = questionnaire(qtbot, {"prompting_tried": "not_tried", "weeks_to_launch": 4.0})
    window.recommendation.refresh()
    html = window.recommendation.view.toPlainText()
    assert "Claude mit Prompt Engineering nutzen" in html  # the verdict's title
    assert "Prompt Engineering wurde noch nicht an Ihrer Qualitätsschwelle erprobt." in html  # its rule
    assert "Sie müssen in 4 Wochen ausliefern." in html  # a note, its answer filled in German
    assert "Entwerfen Sie den Prompt" in html  # a next step
