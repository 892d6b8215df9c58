"""The recommendation updates live as the questionnaire is answered, and links back to it."""
from __future__ import annotations

from tests.ui.test_questionnaire import click_option, next_, start, type_number


NICHE_CLICKS = [("prompting_tried", "Yes, and it falls clearly short"), ("gaps", "Our niche vocabulary"),
                ("task_type", "Write, chat or summarize"), ("data_public", "No, it is proprietary and niche"),
                ("labeled_examples", "3000"), ("knowledge_changes", "Rarely or never"), ("context_fits", "Yes"),
                ("ml_team", "A dedicated ML team"), ("training_budget_usd", "60000"),
                ("retrain_commitment", "Yes"), ("deployment", "Any reputable cloud provider")]


def answer_the_niche_data_case(qtbot, window):
    """Each answer on its own question, whatever order the questionnaire asks them in."""
    page = start(window)
    for question_id, answer in NICHE_CLICKS:
        page.show_question(question_id)
        if answer.isdigit():
            type_number(qtbot, page, answer)
            next_(qtbot, page)
        else:
            click_option(qtbot, page, answer)
    return page


def shown_text(window) -> str:
    return window.recommendation.view.toPlainText()


def wait_for_verdict(qtbot, window, verdict: str) -> None:
    qtbot.waitUntil(lambda: window.recommendation.recommendation.verdict == verdict, timeout=3000)


def test_the_niche_data_case_is_advised_to_fine_tune_and_one_change_turns_it(qtbot, window):
    page = answer_the_niche_data_case(qtbot, window)
    while page.current != "__review__":
        next_(qtbot, page)
    next_(qtbot, page)  # "See the recommendation"
    assert window.current_page_id() == "recommendation"
    wait_for_verdict(qtbot, window, "fine_tune")
    title = window.recommendation.recommendation.title
    assert title in shown_text(window) and "fine-tun" in title.lower()

    window.show_question("ml_team")
    click_option(qtbot, page, "Some experience, part time")
    wait_for_verdict(qtbot, window, "prompt_engineering")
    assert "prompt" in shown_text(window).lower()


def test_on_premises_only_is_advised_to_self_host(qtbot, window):
    page = start(window)
    page.show_question("deployment")
    click_option(qtbot, page, "Only on our own infrastructure")
    wait_for_verdict(qtbot, window, "self_host")


def test_a_half_filled_assessment_is_provisional_and_lists_what_is_missing(qtbot, window):
    page = start(window)
    click_option(qtbot, page, "Yes, and it falls clearly short")
    qtbot.waitUntil(lambda: window.recommendation.recommendation.provisional)
    text = shown_text(window)
    assert "PROVISIONAL RECOMMENDATION" in text and "Unanswered questions that could change it" in text


def test_a_counterfactual_link_jumps_to_its_question(qtbot, window):
    answer_the_niche_data_case(qtbot, window)
    wait_for_verdict(qtbot, window, "fine_tune")
    option = window.recommendation.recommendation.counterfactuals[0]
    question = next(iter(option.changes))
    window.show_page("recommendation")
    from PySide6.QtCore import QUrl

    window.recommendation.view.anchorClicked.emit(QUrl(f"question:{question}"))
    assert window.current_page_id() == "questionnaire"
    assert window.questionnaire.current == question


def test_the_reasons_cite_their_sources(qtbot, window):
    answer_the_niche_data_case(qtbot, window)
    wait_for_verdict(qtbot, window, "fine_tune")
    html = window.recommendation.view.toHtml()
    assert all(reason.source_title in window.recommendation.view.toPlainText() or not reason.source_title
               for reason in window.recommendation.recommendation.reasons)
    assert "href=\"http" in html
