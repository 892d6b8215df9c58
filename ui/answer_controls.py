"""One input control per question type, built from the question bank.

Every control offers the same small interface: ``value()`` (None when unanswered),
``set_value(value)``, and a ``changed`` signal that fires only for valid values. Invalid typing
is caught here, with a short message beside the control, so nothing invalid reaches the
assessment.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QButtonGroup, QCheckBox, QDoubleSpinBox,
                               QHBoxLayout, QLabel, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from advisor.decision.questions import Question

NOT_ANSWERED = QT_TRANSLATE_NOOP("answers", "Not answered")
# Said beside the control when Enter is pressed on an unanswered question.
ANSWER_FIRST = {
    "choice": QT_TRANSLATE_NOOP("answers", "Choose an answer first: the arrow keys pick an option. "
              "To leave it unanswered for now, press Alt+N."),
    "number": QT_TRANSLATE_NOOP("answers", "Type a number first. To leave it unanswered for now, press Alt+N."),
}
PREVIOUS_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Left)
NEXT_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Right)


SPACE_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Select)


class IgnoreHeldSpace(QObject):
    """A Space held down on a button outside the questionnaire (New assessment) repeats into
    the option that gets the focus next, and would answer for the user (issue 29). A repeat
    never chooses an option: neither one Qt marks as such, nor one it takes for a fresh press
    (under load X's repeats can look fresh; their press bears the time of the release before
    it, where a user's own second press comes later). A fresh press of Space still chooses."""

    def __init__(self) -> None:
        super().__init__()
        self.last_release = 0  # when Space was last let go, anywhere in the app (0: unknown)

    def watch_releases(self) -> None:
        app = QApplication.instance()
        if app is not None and not getattr(app, "_watches_space", False):
            app._watches_space = True  # once per application, however many controls
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) \
                or not isinstance(event, QKeyEvent) or event.key() not in SPACE_KEYS:
            return False
        if event.type() == QEvent.Type.KeyRelease and not event.isAutoRepeat():
            self.last_release = event.timestamp()
        if not isinstance(watched, QAbstractButton) or not watched.property(OPTION):
            return False
        return event.isAutoRepeat() or (event.type() == QEvent.Type.KeyPress and event.timestamp() != 0
                                         and event.timestamp() == self.last_release)


OPTION = "answerOption"  # a property on the buttons that answer a question
HELD_SPACE = IgnoreHeldSpace()


def _guard(option: QAbstractButton) -> None:
    option.setProperty(OPTION, True)
    HELD_SPACE.watch_releases()  # the application's filter sees every Space, wherever it goes


class AnswerControl(QWidget):
    changed = Signal(object)  # the new value, or None when the answer is cleared

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.message = QLabel()
        self.message.setObjectName("validationMessage")
        self.message.setWordWrap(True)
        self.message.hide()

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_first(self) -> None:
        self.focusNextChild()

    def ask_for_answer(self) -> None:
        """Enter was pressed with no answer: say why nothing happened, beside the control."""
        self._show_message(QCoreApplication.translate("answers", ANSWER_FIRST["number" if isinstance(self, NumberControl) else "choice"]))

    def _show_message(self, text: str) -> None:
        # Red that reads on the palette in use: dark red on light, light red on dark (4.5:1 both).
        dark = self.palette().window().color().lightness() < 128
        self.message.setStyleSheet(f"color: {'#ff8a80' if dark else '#b03a2e'};")
        self.message.setText(text)
        self.message.setVisible(bool(text))


class ChoiceControl(AnswerControl):
    """Radio buttons: every option visible at once, one click to answer."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        options = question.options if question.type == "choice" else ()
        if question.type == "boolean":
            options = ((True, self.tr("Yes")), (False, self.tr("No")))
        else:
            options = tuple((o.value, question.shown_label(o.value)) for o in options)
        self.values = [value for value, _ in options]
        for index, (_, label) in enumerate(options):
            button = QRadioButton(label)
            button.setAccessibleName(f"{question.shown_text} {label}")
            self.group.addButton(button, index)
            layout.addWidget(button)
        layout.addWidget(self.message)
        self.group.idClicked.connect(self._chosen)
        for button in self.group.buttons():
            button.installEventFilter(self)
            _guard(button)

    def _chosen(self, index: int) -> None:
        self._show_message("")
        self.changed.emit(self.values[index])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Radio-button semantics: the arrow keys move to the next option AND choose it, even
        when nothing was chosen yet (Qt alone only moves the focus then)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier \
                and event.key() in PREVIOUS_KEYS + NEXT_KEYS:
            buttons = self.group.buttons()
            index = buttons.index(watched) if watched in buttons else 0
            if self.group.checkedButton() is not None or event.key() in PREVIOUS_KEYS:
                index += -1 if event.key() in PREVIOUS_KEYS else 1
            # From nothing chosen, Down chooses the option that has the focus (the first).
            target = buttons[max(0, min(index, len(buttons) - 1))]
            target.setFocus(Qt.FocusReason.TabFocusReason)
            if not target.isChecked():
                target.click()
            return True
        return super().eventFilter(watched, event)

    def value(self) -> Any:
        index = self.group.checkedId()
        return self.values[index] if index >= 0 else None

    def set_value(self, value: Any) -> None:
        if value in self.values:
            self.group.button(self.values.index(value)).setChecked(True)
        else:  # unanswered: no button checked
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)

    def focus_first(self) -> None:
        button = self.group.checkedButton() or self.group.button(0)
        button.setFocus()


class MultiControl(AnswerControl):
    """Check boxes: any number of options, including none."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[tuple[str, QCheckBox]] = []
        for option in question.options:
            box = QCheckBox(question.shown_label([option.value]))
            box.setAccessibleName(f"{question.shown_text} {box.text()}")
            box.toggled.connect(self._toggled)
            _guard(box)
            layout.addWidget(box)
            self.boxes.append((option.value, box))
        layout.addWidget(self.message)

    def _toggled(self, _checked: bool) -> None:
        self._show_message("")
        self.changed.emit(self.value())

    def value(self) -> Any:
        return [value for value, box in self.boxes if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for option_value, box in self.boxes:
            box.blockSignals(True)
            box.setChecked(option_value in chosen)
            box.blockSignals(False)

    def focus_first(self) -> None:
        self.boxes[0][1].setFocus()


class NumberControl(AnswerControl):
    """A spin box with the unit and the allowed range; its lowest step means "not answered"."""

    MAXIMUM = 1e12

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        integer = question.type == "integer"
        self.spin: QSpinBox | QDoubleSpinBox = QSpinBox() if integer else QDoubleSpinBox()
        low = question.minimum if question.minimum is not None else 0
        # One step below the smallest allowed value stands for "not answered".
        self.unanswered_value = low - 1 if integer or not question.min_exclusive else low
        if integer:
            self.spin.setRange(int(self.unanswered_value), int(question.maximum or 2_000_000_000))
        else:
            self.spin.setDecimals(0 if question.unit in ("ms", "USD") else 1)
            self.spin.setRange(self.unanswered_value, question.maximum or self.MAXIMUM)
        self.spin.setSpecialValueText(QCoreApplication.translate("answers", NOT_ANSWERED))
        self.spin.setGroupSeparatorShown(True)
        self.spin.setKeyboardTracking(False)  # a value counts once typing is done
        self.spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.spin.setMinimumWidth(200)
        self.spin.setMaximumWidth(320)
        if question.unit:
            self.spin.setSuffix(f" {question.shown_unit}" if question.unit != "USD" else "")
            if question.unit == "USD":
                self.spin.setPrefix("$ ")
        self.spin.setAccessibleName(question.shown_text)
        self.spin.setValue(self.unanswered_value)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.spin, 0, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(self.message, 1)
        row.addStretch(0)
        self.spin.valueChanged.connect(self._on_value_changed)
        self.spin.lineEdit().textEdited.connect(self._check_typing)

    def _check_typing(self, _text: str) -> None:
        ok = self.spin.hasAcceptableInput()
        self._show_message("" if ok else QCoreApplication.translate("answers", "Enter {0}.").format(
            self.question.allowed_text()))

    def _on_value_changed(self, _value: float) -> None:
        self._show_message("")
        self.changed.emit(self.value())

    def value(self) -> Any:
        raw = self.spin.value()
        if raw <= self.unanswered_value:
            return None
        return int(raw) if self.question.type == "integer" else float(raw)

    def set_value(self, value: Any) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(self.unanswered_value if value is None else value)
        self.spin.blockSignals(False)
        self._show_message("")

    def focus_first(self) -> None:
        self.spin.setFocus()
        self.spin.selectAll()


def make_control(question: Question, parent: QWidget | None = None) -> AnswerControl:
    if question.type in ("choice", "boolean"):
        return ChoiceControl(question, parent)
    if question.type == "multi":
        return MultiControl(question, parent)
    return NumberControl(question, parent)
