"""The prompt itself: model, system prompt, template with live variable fields, examples, limits.

Shared by "Try it" and the tests: both send what this editor holds. Every edit emits
``edited``; the page saves it to the document (debounced) and re-estimates the tokens.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout,
                               QWidget)

from advisor.lab import prompts
from ui.prompt_lab.examples import ExamplesEditor
from ui.prompt_lab.models import ModelPicker

MUTED = "color: palette(placeholder-text);"
# The effort levels as the picker names them (the API's own words are what the file keeps).
EFFORT_WORDS = {"low": QT_TRANSLATE_NOOP("PromptEditor", "low"),
                "medium": QT_TRANSLATE_NOOP("PromptEditor", "medium"),
                "high": QT_TRANSLATE_NOOP("PromptEditor", "high"),
                "xhigh": QT_TRANSLATE_NOOP("PromptEditor", "xhigh"),
                "max": QT_TRANSLATE_NOOP("PromptEditor", "max")}


def _text_box(name: str, placeholder: str, lines: int, most: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)  # Tab moves on, as in a form
    line = box.fontMetrics().lineSpacing()
    box.setMinimumHeight(line * lines + 14)
    box.setMaximumHeight(line * most + 14)
    return box


class VariablesForm(QWidget):
    """One field per ``{{variable}}`` of the template, rebuilt as the template changes.

    Values are kept by name, so deleting and retyping a variable does not lose its value.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QLineEdit] = {}
        self._values: dict[str, str] = {}
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._empty = QLabel(self.tr("No variables: write {{name}} in the template to add an input field."))
        self._empty.setWordWrap(True)
        self._empty.setStyleSheet(MUTED)
        self._form.addRow(self._empty)

    def set_names(self, names: list[str]) -> None:
        if names == list(self.fields):
            return
        for name, field in self.fields.items():
            self._values[name] = field.text()
        while self._form.rowCount() > 1:
            self._form.removeRow(1)
        self.fields = {}
        for name in names:
            field = QLineEdit(self._values.get(name, ""))
            field.setAccessibleName(self.tr("Value of {0}").format("{{" + name + "}}"))
            field.setPlaceholderText(self.tr("value for {0}").format("{{" + name + "}}"))
            field.textChanged.connect(lambda text, n=name: self._typed(n, text))
            self._form.addRow(f"{name}:", field)
            self.fields[name] = field
        self._empty.setVisible(not names)

    def _typed(self, name: str, text: str) -> None:
        self._values[name] = text
        self.edited.emit()

    def values(self) -> dict[str, str]:
        return {name: field.text() for name, field in self.fields.items()}

    def clear(self) -> None:
        """Forget every value typed (another assessment is being loaded)."""
        self._values.clear()
        for field in self.fields.values():
            field.blockSignals(True)
            field.clear()
            field.blockSignals(False)

    def fill_missing(self, values: dict[str, Any]) -> None:
        """Offer the first test's values where the user has typed nothing yet."""
        for name, field in self.fields.items():
            if not field.text() and isinstance(values.get(name), str):
                field.setText(values[name])


class PromptEditor(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_picker = ModelPicker()
        self.model_picker.setAccessibleName(self.tr("Model"))
        self.system_edit = _text_box(self.tr("System prompt"), self.tr("Who Claude is and how it should answer…"),
                                     4, 8)
        self.template_edit = _text_box(self.tr("Template"), self.tr("The user turn; {{ticket}} becomes an input field"),
                                       2, 4)
        self.variables = VariablesForm()
        self.examples = ExamplesEditor()
        self.max_tokens = QSpinBox()
        self.max_tokens.setAccessibleName(self.tr("Max tokens"))
        self.max_tokens.setRange(1, 64000)
        self.max_tokens.setValue(prompts.DEFAULT_MAX_TOKENS)
        self.max_tokens.setGroupSeparatorShown(True)
        self.temperature_check = QCheckBox(self.tr("Temperature"))
        self.temperature_check.setToolTip(self.tr("Leave unticked to use the model's default."))
        self.temperature = QDoubleSpinBox()
        self.temperature.setAccessibleName(self.tr("Temperature value"))
        self.temperature.setRange(0.0, 1.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setDecimals(2)
        self.temperature.setValue(1.0)
        self.temperature.setEnabled(False)
        self.temperature_check.toggled.connect(self.temperature.setEnabled)
        self.effort = QComboBox()
        self.effort.setAccessibleName(self.tr("Effort"))
        self.effort.addItem(self.tr("model default"), None)
        for level in prompts.EFFORT_LEVELS:
            self.effort.addItem(self.tr(EFFORT_WORDS.get(level, level)), level)
        self.effort.setToolTip(self.tr("How much effort the model puts into its reply (models that take it)."))
        self.effort_label = QLabel(self.tr("Effort:"))
        self.effort.hide()  # shown for models that take it (model_settings_changed)
        self.effort_label.hide()
        self.sampling_note = QLabel()
        self.sampling_note.setWordWrap(True)
        self.sampling_note.setStyleSheet(MUTED)
        self.sampling_note.hide()
        self.price_for: Any = lambda _model: None  # the page sets it: model id -> price row

        limits = QHBoxLayout()
        limits.addWidget(QLabel(self.tr("Max tokens:")))
        limits.addWidget(self.max_tokens)
        limits.addSpacing(16)
        limits.addWidget(self.temperature_check)
        limits.addWidget(self.temperature)
        limits.addStretch(1)
        effort_row = QHBoxLayout()  # a line of its own: beside the others it would not fit 900 px
        effort_row.addWidget(self.effort_label)
        effort_row.addWidget(self.effort)
        effort_row.addStretch(1)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Model:"), self.model_picker)
        form.addRow(self.tr("System:"), self.system_edit)
        form.addRow(self.tr("Template:"), self.template_edit)
        variables_box = QGroupBox(self.tr("Variables (for Try it)"))
        QVBoxLayout(variables_box).addWidget(self.variables)
        examples_box = QGroupBox(self.tr("Few-shot examples"))
        QVBoxLayout(examples_box).addWidget(self.examples)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(limits)
        layout.addLayout(effort_row)
        layout.addWidget(self.sampling_note)
        layout.addWidget(variables_box)
        layout.addWidget(examples_box, 1)

        self.model_picker.model_changed.connect(lambda _id: self.model_settings_changed())
        self.model_picker.model_changed.connect(lambda _id: self.edited.emit())
        self.effort.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.system_edit.textChanged.connect(self.edited)
        self.template_edit.textChanged.connect(self._template_changed)
        self.variables.edited.connect(self.edited)
        self.examples.edited.connect(self.edited)
        self.max_tokens.valueChanged.connect(lambda _v: self.edited.emit())
        self.temperature_check.toggled.connect(lambda _on: self.edited.emit())
        self.temperature.valueChanged.connect(lambda _v: self.edited.emit())
        self._template_changed()

    def model_settings_changed(self) -> None:
        """Offer only what the chosen model takes, and say why a control is off (price table)."""
        model = self.model_picker.model_id()
        price = self.price_for(model) if model else None
        takes = prompts.takes_sampling(price)
        self.temperature_check.setEnabled(takes)
        self.temperature.setEnabled(takes and self.temperature_check.isChecked())
        why = (self.tr("{0} takes no temperature: the API refuses sampling settings for this model (the "
                       "Claude 5 generation), so the lab never sends one.").format(getattr(price, "name", model))
               if not takes else "")
        self.sampling_note.setText(why)
        self.sampling_note.setVisible(bool(why))
        self.temperature_check.setToolTip(why or self.tr("Leave unticked to use the model's default."))
        effort = prompts.takes_effort(price)
        self.effort.setVisible(effort)
        self.effort_label.setVisible(effort)

    def _template_changed(self) -> None:
        self.variables.set_names(self.variable_names())
        self.edited.emit()

    def variable_names(self) -> list[str]:
        return prompts.lab_variables({"template": self.template_edit.toPlainText()})

    # -- the lab's fields -------------------------------------------------------------------
    def load(self, lab: dict[str, Any]) -> None:
        """Fill every field from a prompt_lab dict, without emitting ``edited``."""
        self.blockSignals(True)
        try:
            self.model_picker.set_model_id(str(lab.get("model") or self.model_picker.first_usable()))
            self.system_edit.setPlainText(str(lab.get("system") or ""))
            self.template_edit.setPlainText(str(lab.get("template") or ""))
            self.examples.load([e for e in lab.get("examples") or [] if isinstance(e, dict)])
            max_tokens = lab.get("max_tokens")
            self.max_tokens.setValue(max_tokens if isinstance(max_tokens, int) and max_tokens > 0
                                     else prompts.DEFAULT_MAX_TOKENS)
            temperature = lab.get("temperature")
            has_temperature = isinstance(temperature, (int, float)) and not isinstance(temperature, bool)
            self.temperature_check.setChecked(has_temperature)
            self.temperature.setValue(float(temperature) if has_temperature else 1.0)
            index = self.effort.findData(lab.get("effort")) if lab.get("effort") else 0
            self.effort.setCurrentIndex(max(index, 0))
            self.model_settings_changed()
            self.variables.clear()
            self.variables.set_names(self.variable_names())
            if isinstance(lab.get("try_values"), dict):
                self.variables.fill_missing(lab["try_values"])  # saved with the file
            tests = [t for t in lab.get("tests") or [] if isinstance(t, dict)]
            if tests:
                self.variables.fill_missing(tests[0].get("vars") or {})
        finally:
            self.blockSignals(False)

    def fields(self) -> dict[str, Any]:
        """model, system, template, examples, max_tokens and (when set) temperature."""
        data: dict[str, Any] = {
            "model": self.model_picker.model_id(),
            "system": self.system_edit.toPlainText(),
            "template": self.template_edit.toPlainText(),
            "examples": self.examples.examples(),
            "max_tokens": self.max_tokens.value(),
        }
        if self.temperature_check.isChecked():
            data["temperature"] = round(self.temperature.value(), 2)
        if self.effort.currentData():
            data["effort"] = self.effort.currentData()
        return data
