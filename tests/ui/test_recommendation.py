"""The recommendation updates live as the questionnaire is answered, and links back to it."""
from __future__ import annotations

from tests.ui.test_questionnaire import click_option, next_, start, type_number


def answer_the_niche_data_case(qtbot, window):
    page = start(window)
    click_option(qtbot, page, "Yes, and it falls clearly short")
    next_(qtbot, page)
    click_option(qtbot, page, "Our niche vocabulary")
    next_(qtbot, page)
    click_option(qtbot, page, "No, it is proprietary and niche")
    next_(qtbot, page)
    type_number(qtbot, page, "3000")
    next_(qtbot, page)
    click_option(qtbot, page, "Rarely or never")
    next_(qtbot, page)
    click_option(qtbot, page, "Yes")
    next_(qtbot, page)
    click_option(qtbot, page, "A dedicated ML team")
    next_(qtbot, page)
    type_number(qtbot, page, "60000")
    next_(qtbot, page)
    click_option(qtbot, page, "Yes")
    next_(qtbot, page)
    click_option(qtbot, page, "Any reputable cloud provider")
    next_(qtbot, page)
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
