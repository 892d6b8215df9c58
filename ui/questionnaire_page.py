"""The guided questionnaire: one question at a time, Back and Next, and a review at the end.

Built entirely from the question bank: adding a question to ``resources/questions.toml`` adds
a step here. Answers go straight into the document, so nothing typed is ever lost.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QProgressBar, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout,
                               QWidget)

from advisor.decision.questions import Question, QuestionBank, default_bank
from ui.contrast import muted_style
from ui.answer_controls import AnswerControl, make_control
from ui.document import AssessmentDocument

REVIEW = "__review__"
# The section bar: the section in view is underlined and bold, so the user sees where they are.
SECTION_BUTTON_STYLE = (
    "QPushButton { border: none; border-bottom: 3px solid transparent; padding: 4px 8px;"
    " background: transparent; }"
    "QPushButton:hover, QPushButton:focus { background: palette(midlight); }"
    "QPushButton:checked { border-bottom-color: palette(highlight); font-weight: bold; }")


def set_section_text(button: QPushButton, text: str) -> None:
    """Room for the text in bold, so the section in view is not cut off when it turns bold."""
    button.setText(text)
    bold = QFont(button.font())
    bold.setBold(True)
    button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(text) + 2 * 8 + 4)


class QuestionStep(QWidget):
    """One question: where it sits, what it asks, the control, and why it matters."""

    def __init__(self, question: Question, section_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.position = QLabel()
        self.position.setStyleSheet(muted_style(self.position.palette()) + " font-weight: 600;")
        text = QLabel(question.shown_text)
        text.setWordWrap(True)
        font = text.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        text.setFont(font)
        self.control: AnswerControl = make_control(question)
        help_box = QLabel(question.shown_help)
        help_box.setWordWrap(True)
        help_box.setObjectName("helpText")
        help_box.setStyleSheet(muted_style(help_box.palette()))
        why = QLabel(self.tr("<b>Why it matters</b>"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.position)
        layout.addWidget(text)
        layout.addSpacing(6)
        layout.addWidget(self.control)
        layout.addSpacing(12)
        layout.addWidget(why)
        layout.addWidget(help_box)
        layout.addStretch(1)
        self.setMaximumWidth(900)  # a question reads as a column, not a 1,400-pixel line
        self.section_title = section_title


class ReviewStep(QWidget):
    """Every answer at a glance, each with a button that jumps back to its question."""

    change_requested = Signal(str)

    def __init__(self, bank: QuestionBank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bank = bank
        self.grid = QGridLayout()
        # The question wide enough to read on a line or two, the answer beside it (issue 29:
        # a narrow question column wrapped to four lines beside empty space).
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.grid.setHorizontalSpacing(16)
        inner = QWidget()
        inner.setLayout(self.grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        heading = QLabel(self.tr("<h3>Review your answers</h3>"))
        intro = QLabel(self.tr("Check each answer; <i>Change</i> takes you back to the question. "
                       "The recommendation updates as you change anything."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        self.answer_labels: dict[str, QLabel] = {}
        self.change_buttons: dict[str, QPushButton] = {}

    def refresh(self, answers: dict) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.answer_labels.clear()
        self.change_buttons.clear()
        row = 0
        for section in self.bank.sections:
            title = QLabel(f"<b>{section.shown_title}</b>")
            self.grid.addWidget(title, row, 0, 1, 3)
            row += 1
            for question in section.questions:
                if not question.is_shown(answers):
                    continue
                asked = QLabel(question.shown_text)
                asked.setWordWrap(True)
                answer = QLabel(question.shown_label(answers.get(question.id)))
                answer.setWordWrap(True)
                if question.id not in answers:
                    answer.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
                change = QPushButton(self.tr("Change"))
                change.setAccessibleName(self.tr("Change the answer to: {0}").format(question.shown_text))
                change.clicked.connect(lambda _=False, qid=question.id: self.change_requested.emit(qid))
                self.grid.addWidget(asked, row, 0)
                self.grid.addWidget(answer, row, 1)
                self.grid.addWidget(change, row, 2)
                self.answer_labels[question.id] = answer
                self.change_buttons[question.id] = change
                row += 1


class QuestionnairePage(QWidget):
    finished = Signal()  # the user reached the end and asked for the recommendation

    def __init__(self, document: AssessmentDocument, bank: QuestionBank | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.bank = bank or default_bank()
        self.steps: dict[str, QuestionStep] = {}
        self.stack = QStackedWidget()
        for section in self.bank.sections:
            for question in section.questions:
                step = QuestionStep(question, section.shown_title)
                step.control.changed.connect(lambda value, qid=question.id: self._answer(qid, value))
                self.steps[question.id] = step
                self.stack.addWidget(step)
        self.review = ReviewStep(self.bank)
        self.review.change_requested.connect(lambda qid: self.show_question(qid, from_review=True))
        self._back_to_review = False  # "Change" on the review: Next returns there
        self.stack.addWidget(self.review)
        self.current = self.bank.questions[0].id

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Questions answered"))
        self.progress.setFormat(self.tr("%v of %m answered"))
        # The count beside the bar, not drawn across it: over the fill half of it was unreadable.
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(self.fontMetrics().height() // 2 + 4)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressText")
        self.progress_label.setAccessibleName(self.tr("Questions answered"))
        self.section_buttons: dict[str, QPushButton] = {}
        self.section_group = QButtonGroup(self)  # one section is the current one
        sections_row = QHBoxLayout()
        sections_row.setSpacing(2)
        for section in self.bank.sections:
            button = self._section_button(section.shown_title, self.tr("Go to section {0}").format(section.shown_title))
            button.clicked.connect(lambda _=False, s=section: self.show_question(s.questions[0].id))
            sections_row.addWidget(button)
            self.section_buttons[section.id] = button
        self.review_button = self._section_button(self.tr("Review"), self.tr("Go to the review of every answer"))
        self.review_button.clicked.connect(lambda: self.show_question(REVIEW))
        sections_row.addWidget(self.review_button)
        sections_row.addStretch(1)

        self.back_button = QPushButton(self.tr("← &Back"))
        self.clear_button = QPushButton(self.tr("C&lear answer"))
        self.next_button = QPushButton(self.tr("&Next →"))
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self.go_back)
        self.clear_button.clicked.connect(self.clear_answer)
        self.next_button.clicked.connect(self.go_next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)

        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 20, 24, 20)
        card_layout.addWidget(self.stack, 1)
        card_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Questionnaire</h2>")))
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_label)
        layout.addLayout(progress_row)
        layout.addLayout(sections_row)
        layout.addWidget(card, 1)

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._enter)

        document.replaced.connect(self.load_answers)
        document.changed.connect(self.refresh)
        self.load_answers()

    def _section_button(self, title: str, accessible: str) -> QPushButton:
        button = QPushButton()
        button.setCheckable(True)
        button.setStyleSheet(SECTION_BUTTON_STYLE)
        set_section_text(button, title)
        button.setAccessibleName(accessible)
        self.section_group.addButton(button)
        return button

    # --- navigation -----------------------------------------------------------------------
    def visible_ids(self) -> list[str]:
        answers = self.document.assessment.answers
        return [q.id for q in self.bank.questions if q.is_shown(answers)] + [REVIEW]

    def show_question(self, question_id: str, *, from_review: bool = False) -> None:
        self._back_to_review = from_review
        self._show(question_id)

    def _show(self, question_id: str) -> None:
        question = self.bank.get(question_id)
        if question is not None and not question.is_shown(self.document.assessment.answers):
            question_id = question.show_if[0]  # asked only after this one: start there
        self.current = question_id
        self.stack.setCurrentWidget(self.review if question_id == REVIEW else self.steps[question_id])
        if question_id == REVIEW:
            self.review.refresh(self.document.assessment.answers)
            self._review_tab_order()
        else:
            self.steps[question_id].control.focus_first()
        self._update_buttons()

    def focus_current(self) -> None:
        """Put the keyboard on the question in view (its first option), or on the review's button."""
        if self.current == REVIEW:
            self.next_button.setFocus()
        else:
            self.steps[self.current].control.focus_first()

    def _enter(self) -> None:
        """Enter presses the focused button (Back, Change, ...); anywhere else it means Next."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QPushButton) and focus is not self.next_button and self.isAncestorOf(focus):
            focus.click()
            return
        if self.current != REVIEW:
            self._commit_typing()
            control = self.steps[self.current].control
            if self.current not in self.document.assessment.answers:
                if self.bank.get(self.current).type == "multi":
                    # Ticking nothing is an answer here ("none of these"), and Enter gives it.
                    self.document.set_answer(self.current, control.value())
                else:
                    control.ask_for_answer()  # Enter never skips a question; Alt+N (Next) does
                    return
        self.go_next()

    def go_next(self) -> None:
        if self.current == REVIEW:
            self.finished.emit()
            return
        self._commit_typing()
        ids = self.visible_ids()
        index = ids.index(self.current) if self.current in ids else 0
        following = ids[min(index + 1, len(ids) - 1)]
        if self._back_to_review:
            # Back where "Change" was pressed, unless the new answer opened a question of its own.
            question = self.bank.get(following)
            opened = (question is not None and question.show_if is not None
                      and question.show_if[0] == self.current
                      and following not in self.document.assessment.answers)
            changed = self.current
            self._show(following if opened else REVIEW)
            if not opened:
                self._back_to_review = False
                if changed in self.review.change_buttons:  # the keyboard is back where it was
                    # once the freshly built row is shown (it appears on the next event loop turn)
                    button = self.review.change_buttons[changed]
                    QTimer.singleShot(0, button, button.setFocus)  # dropped if the row is rebuilt
            return
        self.show_question(following)

    def go_back(self) -> None:
        ids = self.visible_ids()
        index = ids.index(self.current) if self.current in ids else 0
        self.show_question(ids[max(index - 1, 0)])

    def clear_answer(self) -> None:
        if self.current != REVIEW:
            self.steps[self.current].control.set_value(None)
            self.document.set_answer(self.current, None)

    def _commit_typing(self) -> None:
        """A number being typed counts when the user presses Next, as it would on leaving."""
        control = self.steps[self.current].control
        spin = getattr(control, "spin", None)
        if spin is not None:
            spin.interpretText()

    # --- answers --------------------------------------------------------------------------
    def _answer(self, question_id: str, value) -> None:
        self.document.set_answer(question_id, value)

    def load_answers(self) -> None:
        answers = self.document.assessment.answers
        for question_id, step in self.steps.items():
            step.control.set_value(answers.get(question_id))
        self.show_question(self.bank.questions[0].id)
        self.refresh()

    def refresh(self) -> None:
        answers = self.document.assessment.answers
        visible = [q for q in self.bank.questions if q.is_shown(answers)]
        answered = sum(1 for q in visible if q.id in answers)
        self.progress.setRange(0, len(visible))
        self.progress.setValue(answered)
        # Follow-ups that an unanswered question may still bring in: the total is a floor, said
        # so, rather than a number that later jumps (issue 29).
        may_come = any(not q.is_shown(answers) and q.show_if[0] not in answers for q in self.bank.questions)
        self.progress.setFormat(self.tr("%v of at least %m answered") if may_come else self.tr("%v of %m answered"))
        self.progress_label.setText(self.progress.text())
        for section in self.bank.sections:
            shown = [q for q in section.questions if q.is_shown(answers)]
            done = all(q.id in answers for q in shown)
            button = self.section_buttons[section.id]
            set_section_text(button, f"✓ {section.shown_title}" if done else section.shown_title)
            button.setToolTip(self.tr("All answered") if done else
                              self.tr("{0} of {1} answered").format(sum(q.id in answers for q in shown), len(shown)))
        if self.current == REVIEW:
            self.review.refresh(answers)
            self._review_tab_order()
        self._update_buttons()

    def _review_tab_order(self) -> None:
        """The review's Change buttons are made after Back and Next: Tab reaches them first, as
        they are read (issue 25), then Back, Clear and Next."""
        chain = [*self.review.change_buttons.values(), self.back_button, self.clear_button, self.next_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def _update_buttons(self) -> None:
        ids = self.visible_ids()
        self.back_button.setEnabled(self.current != ids[0])
        self.clear_button.setVisible(self.current != REVIEW)
        if self.current == REVIEW:
            self.next_button.setText(self.tr("See the &recommendation →"))
        else:
            self.next_button.setText(self.tr("&Next: back to the review →") if self._back_to_review else self.tr("&Next →"))
        current = self.review_button if self.current == REVIEW else \
            self.section_buttons[self.bank.get(self.current).section]
        current.setChecked(True)
        if self.current != REVIEW:
            step = self.steps[self.current]
            questions = [q for q in ids if q != REVIEW]
            number = questions.index(self.current) + 1 if self.current in questions else 0
            step.position.setText(self.tr("{0}  ·  QUESTION {1} OF {2}").format(step.section_title.upper(), number, len(questions)))
