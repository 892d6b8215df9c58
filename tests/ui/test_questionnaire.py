"""The questionnaire, driven with clicks and key presses as a team lead would."""
from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt

from tests.helpers import write_assessment
from tests.ui.conftest import activate

LEFT = Qt.MouseButton.LeftButton


def click_option(qtbot, page, label: str) -> None:
    """Click the radio button or check box with this label on the current question."""
    from PySide6.QtWidgets import QAbstractButton

    step = page.stack.currentWidget()
    buttons = [b for b in step.findChildren(QAbstractButton) if b.text() == label and b.isVisible()]
    assert buttons, f"no option {label!r} on {step.question.id}"
    # Radio buttons and check boxes take clicks on their indicator and label, not their whole width.
    qtbot.mouseClick(buttons[0], LEFT, pos=QPoint(10, buttons[0].height() // 2))


def type_number(qtbot, page, text: str) -> None:
    spin = page.stack.currentWidget().control.spin
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)


def next_(qtbot, page) -> None:
    qtbot.mouseClick(page.next_button, LEFT)


def start(window):
    window.new_assessment()
    return window.questionnaire


def current_id(page) -> str:
    return page.current


def shown_after(page, question_id: str, answers: dict | None = None) -> str:
    """The question the questionnaire asks after ``question_id``, read from the bank (never a
    hard-coded order: questions.toml may gain or reorder questions)."""
    answers = page.document.assessment.answers if answers is None else answers
    shown = [q.id for q in page.bank.questions if q.is_shown(answers)]
    return shown[shown.index(question_id) + 1]


def test_new_assessment_opens_the_first_question(window):
    page = start(window)
    assert window.current_page_id() == "questionnaire"
    assert current_id(page) == page.bank.questions[0].id == "prompting_tried"
    shown = [q for q in page.bank.questions if q.is_shown({})]
    assert page.progress.value() == 0 and page.progress.maximum() == len(shown)
    assert page.bank.get("gaps") not in shown  # hidden until needed


def test_gaps_is_asked_only_when_prompting_falls_short(qtbot, window):
    page = start(window)
    click_option(qtbot, page, "Yes, and it meets our bar")
    next_(qtbot, page)
    assert current_id(page) == shown_after(page, "prompting_tried") != "gaps"
    qtbot.mouseClick(page.back_button, LEFT)
    click_option(qtbot, page, "Yes, and it falls clearly short")
    next_(qtbot, page)
    assert current_id(page) == "gaps"


def test_back_and_next_keep_every_answer(qtbot, window):
    page = start(window)
    click_option(qtbot, page, "Yes, and it falls clearly short")
    next_(qtbot, page)
    assert current_id(page) == "gaps"
    click_option(qtbot, page, "Our niche vocabulary")
    click_option(qtbot, page, "Consistent format or tone")
    page.show_question("data_public")
    click_option(qtbot, page, "No, it is proprietary and niche")
    page.show_question("labeled_examples")
    type_number(qtbot, page, "2500")
    next_(qtbot, page)
    shown = [q.id for q in page.bank.questions if q.is_shown(window.document.assessment.answers)]
    for _ in range(shown.index(current_id(page))):
        qtbot.mouseClick(page.back_button, LEFT)
    assert current_id(page) == "prompting_tried"
    answers = window.document.assessment.answers
    assert answers == {"prompting_tried": "falls_short", "gaps": ["format_style", "domain_language"],
                       "data_public": "proprietary_niche", "labeled_examples": 2500}
    assert page.steps["prompting_tried"].control.value() == "falls_short"
    assert page.steps["labeled_examples"].control.spin.text() == "2,500 examples"


def test_enter_goes_to_the_next_question(qtbot, window):
    page = start(window)
    activate(qtbot, window)
    click_option(qtbot, page, "Not yet")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert current_id(page) == shown_after(page, "prompting_tried")


def test_typing_an_invalid_number_shows_a_message_and_changes_nothing(qtbot, window):
    page = start(window)
    page.show_question("labeled_examples")
    type_number(qtbot, page, "-")
    control = page.steps["labeled_examples"].control
    assert control.message.isVisible()
    assert control.message.text() == "Enter a whole number of at least 0."
    assert "labeled_examples" not in window.document.assessment.answers


def test_review_lists_answers_and_change_jumps_to_the_question(qtbot, window):
    page = start(window)
    click_option(qtbot, page, "Not yet")
    page.show_question("__review__")
    assert page.review.answer_labels["prompting_tried"].text() == "Not yet"
    assert page.review.answer_labels["ml_team"].text() == "not answered"
    from PySide6.QtWidgets import QPushButton

    change = [b for b in page.review.findChildren(QPushButton)
              if b.accessibleName().endswith(page.bank.get("ml_team").text)][0]
    qtbot.mouseClick(change, LEFT)
    assert current_id(page) == "ml_team"


def test_sections_show_when_they_are_complete(qtbot, window):
    page = start(window)
    click_option(qtbot, page, "Not yet")
    for question in page.bank.sections[0].questions:  # the rest of the first section, as typed
        if question.id != "prompting_tried" and question.is_shown(window.document.assessment.answers):
            window.document.set_answer(question.id, question.values[0] if question.options else 50)
    assert page.section_buttons["task"].text() == "✓ The task"
    assert page.section_buttons["data"].text() == "Your data"


def test_clear_answer_unanswers_the_question(qtbot, window):
    page = start(window)
    click_option(qtbot, page, "Not yet")
    qtbot.mouseClick(page.clear_button, LEFT)
    assert "prompting_tried" not in window.document.assessment.answers
    assert page.steps["prompting_tried"].control.value() is None


def test_answers_survive_save_and_reopen(qtbot, window, scripted, tmp_path):
    page = start(window)
    click_option(qtbot, page, "Yes, with minor gaps")
    next_(qtbot, page)
    click_option(qtbot, page, "Facts from our own documents")
    page.show_question("context_fits")
    click_option(qtbot, page, "No")
    page.show_question("training_budget_usd")
    type_number(qtbot, page, "25000")
    next_(qtbot, page)
    scripted.save_path = tmp_path / "answers.fta.json"
    window.save()
    saved = json.loads(scripted.save_path.read_text())["answers"]
    assert saved == {"prompting_tried": "minor_gaps", "gaps": ["knowledge"], "context_fits": False,
                     "training_budget_usd": 25000.0}
    window.new_assessment()
    assert page.steps["context_fits"].control.value() is None
    window.open_path(scripted.save_path)
    assert page.steps["prompting_tried"].control.value() == "minor_gaps"
    assert page.steps["gaps"].control.value() == ["knowledge"]
    assert page.steps["context_fits"].control.value() is False
    assert page.steps["training_budget_usd"].control.value() == 25000.0


def test_every_control_has_an_accessible_name(window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox

    page = start(window)
    for step in page.steps.values():
        for widget in step.findChildren(QAbstractButton) + step.findChildren(QAbstractSpinBox):
            assert widget.accessibleName(), f"{step.question.id}: {widget!r} has no accessible name"


def test_an_opened_file_fills_the_questionnaire(window, tmp_path):
    path = write_assessment(tmp_path / "a.fta.json", answers={"ml_team": "dedicated", "latency_p95_ms": 800})
    window.open_path(path)
    page = window.questionnaire
    assert page.steps["ml_team"].control.value() == "dedicated"
    assert page.steps["latency_p95_ms"].control.value() == 800.0


def test_a_number_being_typed_is_saved_by_ctrl_s_without_leaving_the_field(qtbot, window, scripted, tmp_path):
    page = start(window)
    scripted.save_path = tmp_path / "typed.fta.json"
    window.save()
    page.show_question("weeks_to_launch")
    type_number(qtbot, page, "12")  # no Enter, no Tab: the field still has focus
    activate(qtbot, window)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert json.loads(scripted.save_path.read_text())["answers"]["weeks_to_launch"] == 12.0
    assert window.windowTitle() == "typed.fta.json — Fine-Tune Advisor"


def test_enter_on_back_goes_back(qtbot, window):
    page = start(window)
    click_option(qtbot, page, "Not yet")
    next_(qtbot, page)
    assert page.current == shown_after(page, "prompting_tried")
    activate(qtbot, window)
    page.back_button.setFocus()
    qtbot.keyClick(page.back_button, Qt.Key.Key_Return)
    assert page.current == "prompting_tried"


def test_a_link_to_a_question_not_asked_yet_opens_the_one_that_decides(window):
    page = start(window)
    window.show_question("gaps")  # asked only once prompting has been tried and fell short
    assert page.current == "prompting_tried"
    assert "QUESTION 1 OF" in page.steps["prompting_tried"].position.text()


def test_tab_in_the_notes_moves_on_instead_of_typing_a_tab(qtbot, window):
    window.new_assessment()
    window.show_page("overview")
    notes = window.pages.currentWidget().notes_edit
    activate(qtbot, window)
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_Tab)
    assert "\t" not in notes.toPlainText() and not notes.hasFocus()
