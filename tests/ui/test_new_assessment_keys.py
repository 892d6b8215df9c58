"""Issue 29, item 6: starting a new assessment with Space answers nothing, and the counter's
total never jumps as follow-up questions appear."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import activate

SPACE = Qt.Key.Key_Space


def send_space(kind: QEvent.Type, when: int, *, repeat: bool = False) -> None:
    """Space as X delivers it: to the widget with the focus then, stamped with the server's time."""
    event = QKeyEvent(kind, SPACE, Qt.KeyboardModifier.NoModifier, " ", repeat)
    event.setTimestamp(when)
    QApplication.sendEvent(QApplication.focusWidget(), event)
    QApplication.processEvents()


def hold_space(start: int, repeats: int, *, marked: bool) -> None:
    """Space held: a press, then X's repeats (each a release and a press at the same instant,
    which Qt marks as repeats, or under load may take for fresh ones), then the real release."""
    send_space(QEvent.Type.KeyPress, start)
    when = start
    for _ in range(repeats):
        when += 33
        send_space(QEvent.Type.KeyRelease, when, repeat=marked)
        send_space(QEvent.Type.KeyPress, when, repeat=marked)
    send_space(QEvent.Type.KeyRelease, when + 20)


@pytest.mark.parametrize("marked", [True, False])
def test_holding_space_on_the_new_assessment_button_answers_no_question(qtbot, window, marked):
    activate(qtbot, window)
    window.welcome.new_button.setFocus()
    hold_space(1000, repeats=3, marked=marked)
    page = window.questionnaire
    assert window.current_page_id() == "questionnaire"
    assert window.document.assessment.answers == {}
    assert not any(b.isChecked() for b in page.steps[page.current].control.group.buttons())
    assert page.progress.text().startswith("0 of")
    hold_space(5000, repeats=0, marked=marked)  # a fresh press, later: the user's own choice
    assert window.document.assessment.answers.get(page.current) is not None


def test_space_pressed_on_an_option_still_chooses_it(qtbot, window):
    activate(qtbot, window)
    window.new_assessment()
    page = window.questionnaire
    option = QApplication.focusWidget()
    qtbot.keyClick(option, SPACE)
    assert window.document.assessment.answers.get(page.current) is not None


def test_the_counter_says_at_least_while_follow_ups_may_come_and_its_total_never_drops(qtbot, window):
    activate(qtbot, window)
    window.new_assessment()
    page = window.questionnaire
    bank = page.bank
    always = sum(1 for q in bank.questions if q.show_if is None)
    assert page.progress.text() == f"0 of at least {always} answered"
    trigger = next(q.show_if for q in bank.questions if q.show_if)  # the follow-ups' question
    window.document.set_answer(trigger[0], trigger[1][-1])  # an answer that brings them in
    shown = sum(1 for q in bank.questions if q.is_shown(window.document.assessment.answers))
    assert shown > always
    assert page.progress.text() == f"1 of {shown} answered"  # exact now, and larger, not a jump down
