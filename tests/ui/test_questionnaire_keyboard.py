"""The whole questionnaire without a mouse: arrows choose, Space ticks, digits type, Enter moves on."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton

from tests.ui.conftest import activate

KEY = Qt.Key


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def answer_with_keys(qtbot, page) -> None:
    """Answer the question shown the way a keyboard user would, from where the focus landed."""
    question = page.bank.get(page.current)
    widget = focused()
    assert page.steps[page.current].isAncestorOf(widget), f"focus is not on {question.id}"
    if question.type in ("choice", "boolean"):
        assert isinstance(widget, QRadioButton)
        press(qtbot, KEY.Key_Down)  # chooses the option with the focus
        press(qtbot, KEY.Key_Down)  # and the next one: arrows change the choice
        assert focused().isChecked()
    elif question.type == "multi":
        assert isinstance(widget, QCheckBox)
        press(qtbot, KEY.Key_Space)
    else:
        qtbot.keyClicks(widget, "12")


def test_the_whole_questionnaire_by_keyboard_to_the_review(qtbot, window):
    activate(qtbot, window)
    press(qtbot, KEY.Key_N, Qt.KeyboardModifier.ControlModifier)  # File → New
    page = window.questionnaire
    assert window.current_page_id() == "questionnaire"
    seen = []
    while page.current != "__review__":
        assert page.current not in seen, f"{page.current} asked twice"
        seen.append(page.current)
        answer_with_keys(qtbot, page)
        press(qtbot, KEY.Key_Return)
        assert seen[-1] in window.document.assessment.answers
    answers = window.document.assessment.answers
    shown = [q.id for q in page.bank.questions if q.is_shown(answers)]
    assert seen == shown  # every question asked, in order, none skipped
    assert all(label.text() != "not answered" for label in page.review.answer_labels.values())
    assert page.review_button.isChecked()
    press(qtbot, KEY.Key_Return)  # on the review, Enter asks for the recommendation
    assert window.current_page_id() == "recommendation"
    window.document._dirty = False


def test_arrows_change_the_choice_and_focus_lands_on_an_option(qtbot, window):
    window.new_assessment()
    activate(qtbot, window)
    page = window.questionnaire
    options = page.steps["prompting_tried"].control.group.buttons()
    assert focused() is options[0] and not options[0].isChecked()
    press(qtbot, KEY.Key_Down)
    assert options[0].isChecked()
    assert window.document.assessment.answers["prompting_tried"] == page.bank.get("prompting_tried").options[0].value
    press(qtbot, KEY.Key_Down)
    press(qtbot, KEY.Key_Down)
    assert options[2].isChecked() and focused() is options[2]
    press(qtbot, KEY.Key_Up)
    assert options[1].isChecked() and not options[2].isChecked()
    assert window.document.assessment.answers["prompting_tried"] == page.bank.get("prompting_tried").options[1].value


def test_enter_on_an_unanswered_question_stays_and_says_why(qtbot, window):
    window.new_assessment()
    activate(qtbot, window)
    page = window.questionnaire
    press(qtbot, KEY.Key_Return)
    control = page.steps["prompting_tried"].control
    assert page.current == "prompting_tried"
    assert control.message.isVisible() and "Choose an answer first" in control.message.text()
    press(qtbot, KEY.Key_Down)  # answering clears the message
    assert not control.message.isVisible()
    press(qtbot, KEY.Key_Return)
    assert page.current != "prompting_tried"
    page.show_question("labeled_examples")
    press(qtbot, KEY.Key_Return)
    number = page.steps["labeled_examples"].control
    assert page.current == "labeled_examples" and "Type a number first" in number.message.text()
    press(qtbot, KEY.Key_N, Qt.KeyboardModifier.AltModifier)  # Next skips on purpose
    qtbot.waitUntil(lambda: page.current != "labeled_examples")  # a mnemonic clicks after a flash
    assert "labeled_examples" not in window.document.assessment.answers


def test_enter_with_nothing_ticked_answers_none_of_these(qtbot, window):
    """'Leave all unticked when nothing falls short': on a tick-box question that is an answer."""
    window.new_assessment()
    activate(qtbot, window)
    page = window.questionnaire
    press(qtbot, KEY.Key_Down)
    press(qtbot, KEY.Key_Down)
    press(qtbot, KEY.Key_Down)
    press(qtbot, KEY.Key_Down)  # "falls clearly short": the gaps question follows
    press(qtbot, KEY.Key_Return)
    assert page.current == "gaps"
    press(qtbot, KEY.Key_Return)
    assert window.document.assessment.answers["gaps"] == []
    assert page.current != "gaps"
    page.show_question("__review__")
    assert page.review.answer_labels["gaps"].text() == "none"


def test_after_change_on_the_review_next_returns_to_the_review(qtbot, window):
    window.open_example()
    window.show_page("questionnaire")
    page = window.questionnaire
    page.show_question("__review__")
    from PySide6.QtWidgets import QPushButton

    change = next(b for b in page.review.findChildren(QPushButton)
                  if b.accessibleName().endswith(page.bank.get("ml_team").text))
    qtbot.mouseClick(change, Qt.MouseButton.LeftButton)
    assert page.current == "ml_team"
    assert "review" in page.next_button.text()
    activate(qtbot, window)
    press(qtbot, KEY.Key_Down)  # a new answer, by keyboard
    press(qtbot, KEY.Key_Return)
    assert page.current == "__review__"
    qtbot.waitUntil(lambda: focused() is page.review.change_buttons["ml_team"])  # the row just changed
    page.show_question("ml_team")  # reached by Back/Next or the section bar: Next goes on as usual
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.current != "__review__"
    window.document._dirty = False


def test_the_section_bar_marks_the_section_in_view(window):
    window.new_assessment()
    page = window.questionnaire
    checked = lambda: [b.text() for b in page.section_group.buttons() if b.isChecked()]  # noqa: E731
    assert checked() == [page.section_buttons["task"].text()]
    page.show_question("ml_team")
    assert checked() == [page.section_buttons[page.bank.get("ml_team").section].text()]
    assert checked() != [page.section_buttons["task"].text()]
    page.show_question("__review__")
    assert checked() == ["Review"]


def _luminance(colour) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def test_the_inline_message_reads_on_a_light_and_a_dark_palette(qtbot, window):
    """WCAG's 4.5:1 contrast between the message and the window behind it, in both modes."""
    from PySide6.QtGui import QColor, QPalette

    window.new_assessment()
    page = window.questionnaire
    control = page.steps["prompting_tried"].control
    for background, text in (("#efefef", "#000000"), ("#2b2b2b", "#e6e6e6")):
        palette = QPalette(window.palette())
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        window.setPalette(palette)
        page._enter()  # Enter with nothing chosen: the message shows
        assert control.message.isVisible()
        control.message.ensurePolished()
        shown = control.message.palette().color(QPalette.ColorRole.WindowText)
        lighter, darker = sorted((_luminance(shown), _luminance(QColor(background))), reverse=True)
        assert (lighter + 0.05) / (darker + 0.05) >= 4.5, (background, shown.name())
