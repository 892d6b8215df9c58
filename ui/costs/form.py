"""The cost inputs form: built from the declared inputs, read from and written to the document.

Shown values are the assessment's own costs, or the defaults (in italics, marked "default").
Figures the questionnaire implies are filled in for inputs the user has not set, with a note
naming them; anything the user types or a preset sets is theirs and is never overwritten.
"""
from __future__ import annotations

import logging
import math
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from advisor.costs.inputs import COST_INPUTS, COST_INPUTS_BY_ID, shown_help, shown_label
from advisor.costs.pricing import STATUSES, ModelPrice, PriceTable
from ui.costs.controls import MUTED, SHORT_TEXT_ROLE, ElidingCombo, InputRow, mark_text
from advisor.costs.presets import (PRESETS, Implied, implied_costs, overridden_derivations, preset_conflicts,
                                   shown_preset, shown_reason)
from ui.costs.measured_panel import MeasuredPanel
from ui.costs.ranges_panel import RangesPanel
from ui import locale_format
from ui.document import AssessmentDocument
from advisor.costs.ranges import has_ranges
from advisor.decision.measured_costs import measured_marks

log = logging.getLogger(__name__)
LABEL_WIDTH = 130  # at most: a longer label wraps

GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("CostsForm", "Horizon and model"), ("horizon_months", "model")),
    (QT_TRANSLATE_NOOP("CostsForm", "Traffic"), ("monthly_requests", "monthly_growth", "avg_input_tokens", "avg_output_tokens",
                 "cache_hit_share", "cache_write_share", "batch_share")),
    (QT_TRANSLATE_NOOP("CostsForm", "API path"), ("api_setup_usd", "api_monthly_usd", "api_fte", "retrieval_setup_usd",
                  "retrieval_monthly_usd")),
    (QT_TRANSLATE_NOOP("CostsForm", "Fine-tuning path"), ("examples_to_label", "label_cost_per_example_usd", "gpu_hourly_usd",
                          "train_gpu_hours", "training_runs", "retrains_per_year",
                          "retrain_extra_usd")),
    (QT_TRANSLATE_NOOP("CostsForm", "Hosting the fine-tuned model"), ("ft_hosting", "ft_serverless_in_per_mtok",
                                      "ft_serverless_out_per_mtok", "min_hosting_gpus", "self_host_gpus",
                                      "gpu_prefill_tokens_per_second", "gpu_decode_tokens_per_second",
                                      "peak_to_average")),
    (QT_TRANSLATE_NOOP("CostsForm", "People and upkeep"), ("ml_fte", "ml_salary_usd", "ft_monthly_usd")),
)
HOSTING_LABELS = {"cheapest": QT_TRANSLATE_NOOP("CostsForm", "The cheaper of the two"),
                  "serverless": QT_TRANSLATE_NOOP("CostsForm", "Serverless LoRA (per token)"),
                  "dedicated": QT_TRANSLATE_NOOP("CostsForm", "Rented GPUs (always on)")}
STATUS_NAMES = {"legacy": QT_TRANSLATE_NOOP("CostsForm", "legacy"),
                "retired": QT_TRANSLATE_NOOP("CostsForm", "retired")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CostsForm", text)
assert sorted(i for _, ids in GROUPS for i in ids) == sorted(c.id for c in COST_INPUTS), \
    "every declared cost input belongs to exactly one group"


def _figure(value: float) -> str:
    """A figure as the window's locale writes it: 4,200 or 4.200."""
    return locale_format.number(value, 0 if float(value).is_integer() else 2)


def _lowered(shown: str, english: str) -> str:
    """An input's name inside an English sentence reads in lower case; a translation's as it is
    (German nouns keep their capital)."""
    return shown.lower() if shown == english else shown


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _is_number(value: Any) -> bool:
    return (not isinstance(value, bool) and isinstance(value, (int, float))
            and math.isfinite(value))


def price_tip(model: ModelPrice) -> str:
    """A model's prices in a sentence, for its entry in the model list."""
    text = QCoreApplication.translate("CostsForm", "${0} in / ${1} out, cache ${2} read / ${3} write, per million tokens").format(
        *map(locale_format.general, (model.input, model.output, model.cache_read, model.cache_write)))
    if model.long_above is not None:
        text += QCoreApplication.translate("CostsForm", "; above {0} prompt tokens ${1} in / ${2} out").format(
            locale_format.number(model.long_above), locale_format.general(model.long_input),
            locale_format.general(model.long_output))
    if model.status != "current":
        text += f" ({_tr(STATUS_NAMES.get(model.status, model.status))})"
    return text + (QCoreApplication.translate("CostsForm", ", as of {0}").format(model.as_of) if model.as_of else "")


class CostsForm(QWidget):
    prices_requested = Signal()

    def __init__(self, document: AssessmentDocument, prices: PriceTable,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.prices = prices
        self.prefilled: dict[str, Implied] = {}  # inputs whose value came from the answers
        self.preset_note = ""  # what the last preset left alone, and why
        self._applying = False
        self.rows: dict[str, InputRow] = {}
        self.labels: list[QLabel] = []

        self.preset_buttons: dict[str, QPushButton] = {}
        presets = QHBoxLayout()
        presets.setSpacing(6)
        for preset in PRESETS:
            label, description = shown_preset(preset)
            button = QPushButton(label)
            button.setAccessibleName(self.tr("Preset: {0}").format(label))
            changed = ", ".join(_lowered(shown_label(COST_INPUTS_BY_ID[i]), COST_INPUTS_BY_ID[i].label)
                                for i in preset.costs)
            button.setToolTip(self.tr("<p>{0}</p><p><i>Sets {1}.</i></p>").format(description, changed))
            button.clicked.connect(lambda _=False, p=preset.id: self.apply_preset(p))
            presets.addWidget(button)
            self.preset_buttons[preset.id] = button
        self.reset_button = QPushButton(self.tr("&Reset to defaults"))
        self.reset_button.setAccessibleName(self.tr("Reset every cost input to its default"))
        self.reset_button.setToolTip(self.tr("Forget every figure set here; answers still fill in what they imply."))
        self.reset_button.clicked.connect(self.reset_to_defaults)
        presets_label = QLabel(self.tr("Start from a preset, or type your own figures. "
                                       "<i>Grey italic figures are defaults.</i>"))
        presets_label.setWordWrap(True)
        presets_label.setStyleSheet(MUTED)

        self.note = QLabel()
        self.note.setObjectName("prefillNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(MUTED)
        self.note.hide()
        # A file just opened is not changed by merely looking at it: its answers' figures are
        # offered with this button, and filled in without asking only while the user edits.
        self.use_answers_button = QPushButton(self.tr("&Use figures from your answers"))
        self.use_answers_button.setAccessibleName(self.tr("Fill in the cost inputs your answers imply"))
        self.use_answers_button.clicked.connect(self.apply_answers)
        self.use_answers_button.hide()

        self.model_combo = ElidingCombo()
        self.model_combo.setAccessibleName(shown_label(COST_INPUTS_BY_ID["model"]))
        self.model_combo.setToolTip(shown_help(COST_INPUTS_BY_ID["model"]))
        self.model_combo.activated.connect(self._model_chosen)
        # Long names ("… (retired)") would widen the whole form; the open list shows them in full.
        self.model_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model_combo.setMinimumContentsLength(11)  # the form fits a 900-pixel window
        hosting = COST_INPUTS_BY_ID["ft_hosting"]
        self.hosting_combo = ElidingCombo()
        self.hosting_combo.setAccessibleName(shown_label(hosting))
        self.hosting_combo.setToolTip(shown_help(hosting))
        for choice in hosting.choices:
            self.hosting_combo.addItem(self.tr(HOSTING_LABELS[choice]), choice)
        # Its longest choice would widen the form past a 900-pixel window: the open list shows it.
        self.hosting_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.hosting_combo.setMinimumContentsLength(11)
        self.hosting_combo.activated.connect(self._hosting_chosen)
        self.prices_button = QPushButton(self.tr("&Prices…"))
        self.prices_button.setAccessibleName(self.tr("Edit the price table"))
        self.prices_button.setToolTip(self.tr("See and edit the price of each Claude model, or add one."))
        self.prices_button.clicked.connect(self.prices_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(10)
        layout.addWidget(presets_label)
        layout.addLayout(presets)
        layout.addWidget(self.note)
        layout.addWidget(self.use_answers_button)
        self.groups = [self._group(title, ids) for title, ids in GROUPS]
        self.group_columns = (QVBoxLayout(), QVBoxLayout())
        self.beside = QHBoxLayout()
        for column in self.group_columns:
            column.setSpacing(10)
            self.beside.addLayout(column)
        layout.addLayout(self.beside)
        self.measured_panel = MeasuredPanel(document, prices)  # contract v3: figures from a lab run
        self.ranges_panel = RangesPanel(document, prices)  # contract v3: low and high of an input
        # Shown on demand (or when the file has such figures): a large screen keeps every input in view.
        self.extras_button = QPushButton(self.tr("Measured figures and ran&ges…"))
        self.extras_button.setAccessibleName(self.tr("Show the figures measured in the lab and the ranges"))
        self.extras_button.setToolTip(self.tr("Take tokens per request from a lab run, and give uncertain inputs "
                                              "a low and a high for the Monte Carlo."))
        self.extras_button.setCheckable(True)
        self.extras_button.toggled.connect(self._show_extras)
        extras = QHBoxLayout()  # its own row: beside Prices and Reset it widens a 900-pixel window
        extras.addWidget(self.extras_button)
        extras.addStretch(1)
        layout.addLayout(extras)
        layout.addWidget(self.measured_panel)
        layout.addWidget(self.ranges_panel)
        self._show_extras(False)
        self.columns = 0
        self.set_columns(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.prices_button)
        bottom.addStretch(1)
        bottom.addWidget(self.reset_button)
        layout.addLayout(bottom)
        layout.addStretch(1)
        self.label_width = max(label.sizeHint().width() for label in self.labels)  # on one line
        for label in self.labels:
            label.setWordWrap(True)
        self._fit_labels()
        self.set_prices(prices)

    def set_columns(self, count: int) -> None:
        """The groups in one column, or two (the fine-tuning path's beside the API path's), so
        that a large screen shows every input at once. Each column stacks its own groups."""
        if count == self.columns:
            return
        self.columns = count
        for column in self.group_columns:
            while column.count():
                column.takeAt(0)
        per_column = math.ceil(len(self.groups) / count)
        for index, box in enumerate(self.groups):
            self.group_columns[index // per_column].addWidget(box)
        for index, column in enumerate(self.group_columns):
            column.addStretch(1)  # a shorter column keeps its groups at the top
            self.beside.setStretch(index, 1 if index < count else 0)
        self.beside.setSpacing(12 if count > 1 else 0)
        self._fit_labels()

    def _fit_labels(self) -> None:
        """One label column across the groups, so the fields line up. In one column a longer
        name wraps onto a second line, so the figures keep the width their units need (in any
        language); two columns (a large screen) have the room to keep every name on one line."""
        if not hasattr(self, "label_width"):
            return  # still being built
        widest = self.label_width if self.columns > 1 else min(LABEL_WIDTH, self.label_width)
        for label in self.labels:
            label.setMinimumWidth(widest)
            label.setMaximumWidth(widest)

    def _group(self, title: str, ids: tuple[str, ...]) -> QGroupBox:
        box = QGroupBox(self.tr(title))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(6)
        for input_id in ids:
            spec = COST_INPUTS_BY_ID[input_id]
            label = QLabel(self.tr("{0}:").format(shown_label(spec)))
            label.setToolTip(shown_help(spec))
            self.labels.append(label)
            if input_id in ("model", "ft_hosting"):
                combo = self.model_combo if input_id == "model" else self.hosting_combo
                label.setBuddy(combo)
                form.addRow(label, combo)
                continue
            row = InputRow(spec)
            row.edited.connect(self._edited)
            label.setBuddy(row.spin)
            form.addRow(label, row)
            self.rows[input_id] = row
        return box

    # --- from the document ----------------------------------------------------------------
    def set_prices(self, prices: PriceTable) -> None:
        """Fill the model list from ``prices``: current models first, then legacy and retired
        ones, marked as such (a retired model's prices are its last published ones)."""
        self.prices = prices
        self.measured_panel.prices = self.ranges_panel.prices = prices
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        order = {status: index for index, status in enumerate(STATUSES)}
        for model in sorted(prices.models.values(), key=lambda m: (order.get(m.status, 9), m.id)):
            text = f"{model.name} ({model.id})" + (f" ({self.tr(STATUS_NAMES.get(model.status, model.status))})"
                                                   if model.status != "current" else "")
            self.model_combo.addItem(text, model.id)
            self.model_combo.setItemData(self.model_combo.count() - 1, price_tip(model),
                                         Qt.ItemDataRole.ToolTipRole)
            self.model_combo.setItemData(self.model_combo.count() - 1, text.replace(f" ({model.id})", "", 1),
                                         SHORT_TEXT_ROLE)
        self.model_combo.view().setMinimumWidth(self.model_combo.view().sizeHintForColumn(0) + 24)
        self.model_combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        costs = self.document.assessment.costs
        pending = {i.input_id: i for i in self.pending_suggestions()}
        for input_id, row in self.rows.items():
            if input_id in costs and _is_number(costs[input_id]):
                implied = self.prefilled.get(input_id)
                origin = "answers" if implied is not None and implied.value == costs[input_id] else "set"
                row.show_value(costs[input_id], origin)
            elif input_id in pending:  # projected with it, as the command line does
                row.show_value(pending[input_id].value, "answers")
            else:
                row.show_value(row.spec.default, "default")
        self._show_model(costs.get("model"))
        self._show_hosting(costs.get("ft_hosting"))
        self._show_note()
        self._show_measured()

    def _show_measured(self) -> None:
        """Each figure a lab run measured says so under its field (the model in its tooltip)."""
        marks = measured_marks(self.document.assessment.costs)
        for input_id, run_id in marks.items():
            if input_id in self.rows:
                self.rows[input_id].hint.setText(mark_text(run_id))
                self.rows[input_id].hint.setVisible(True)
        model_tip = shown_help(COST_INPUTS_BY_ID["model"])
        self.model_combo.setToolTip(self.tr("{0}. {1}").format(_capitalized(mark_text(marks['model'])), model_tip)
                                    if "model" in marks else model_tip)
        self.measured_panel.refresh()
        self.ranges_panel.refresh()
        if marks or has_ranges(self.document.assessment.costs):
            self.extras_button.setChecked(True)  # the file has them: show them

    def _show_extras(self, shown: bool) -> None:
        self.measured_panel.setVisible(shown)
        self.ranges_panel.setVisible(shown)

    def _show_model(self, chosen: Any) -> None:
        model_id = chosen if isinstance(chosen, str) else COST_INPUTS_BY_ID["model"].default
        index = self.model_combo.findData(model_id)
        if index < 0:  # a model the table does not know: listed so the choice stays visible
            self.model_combo.blockSignals(True)
            self.model_combo.addItem(self.tr("{0} (not in the price table)").format(model_id), model_id)
            self.model_combo.blockSignals(False)
            index = self.model_combo.count() - 1
        self.model_combo.setCurrentIndex(index)
        font = self.model_combo.font()
        font.setItalic(chosen is None)  # the default model looks as quiet as the default figures
        self.model_combo.setFont(font)

    def _show_hosting(self, chosen: Any) -> None:
        index = self.hosting_combo.findData(chosen)
        self.hosting_combo.setCurrentIndex(
            index if index >= 0 else self.hosting_combo.findData(COST_INPUTS_BY_ID["ft_hosting"].default))
        font = self.hosting_combo.font()
        font.setItalic(index < 0)
        self.hosting_combo.setFont(font)

    def pending_suggestions(self) -> list[Implied]:
        """Figures the answers imply for inputs nobody has set yet."""
        costs = self.document.assessment.costs
        return [i for i in implied_costs(self.document.assessment.answers) if i.input_id not in costs]

    def _show_note(self) -> None:
        costs = self.document.assessment.costs
        live = [i for i in self.prefilled.values() if costs.get(i.input_id) == i.value]
        pending = self.pending_suggestions()
        if live:
            parts = [f"<b>{shown_label(COST_INPUTS_BY_ID[i.input_id])}</b> ({shown_reason(i, _figure)})" for i in live]
            text = self.tr("From your answers: {0}. Change them freely.").format("; ".join(parts))
        elif pending:
            parts = [f"<b>{shown_label(COST_INPUTS_BY_ID[i.input_id])}</b> {_figure(i.value)} ({shown_reason(i, _figure)})"
                     for i in pending]
            text = self.tr("From your answers, used in the projection: {0}. "
                           "Keep them in the file, or type your own.").format("; ".join(parts))
        else:
            text = ""
        if self.preset_note:
            text = f"{text}<br>{self.preset_note}" if text else self.preset_note
        kept = overridden_derivations(costs, self.document.assessment.answers)
        if kept:  # a figure in the file that the answers contradict: it stays, and the note says so
            text = "<br>".join([text, *kept]) if text else "<br>".join(kept)
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.use_answers_button.setVisible(bool(pending) and not live)

    # --- edits ----------------------------------------------------------------------------
    def _edited(self, input_id: str, value: Any) -> None:
        self.prefilled.pop(input_id, None)  # typed by the user: theirs from now on
        self.preset_note = ""
        self.measured_panel.override(input_id)
        self.document.set_cost(input_id, value)

    def _model_chosen(self, index: int) -> None:
        model_id = self.model_combo.itemData(index)
        if isinstance(model_id, str):
            if model_id != self.document.assessment.costs.get("model"):
                self.measured_panel.override("model")
            self.document.set_cost("model", model_id)

    def _hosting_chosen(self, index: int) -> None:
        choice = self.hosting_combo.itemData(index)
        if isinstance(choice, str):
            self.document.set_cost("ft_hosting", choice)

    def from_answers(self) -> set[str]:
        """Inputs whose figure now comes from the answers (kept in the file or only projected)."""
        costs = self.document.assessment.costs
        live = {i.input_id for i in self.prefilled.values() if costs.get(i.input_id) == i.value}
        return live | {i.input_id for i in self.pending_suggestions()}

    def apply_preset(self, preset_id: str) -> None:
        """Set the preset's figures, except those the answers put a figure on: those stay, and
        the note says so (a preset is a guess; an answer is what the user told us)."""
        preset = next(p for p in PRESETS if p.id == preset_id)
        log.info("applying the %s preset", preset_id)
        kept = preset_conflicts(preset, self.document.assessment.costs, self.from_answers())
        self.preset_note = ""
        for input_id, value in preset.costs.items():
            if input_id not in kept:
                self.document.set_cost(input_id, value)
        if kept:
            names = ", ".join(_lowered(shown_label(COST_INPUTS_BY_ID[i]), COST_INPUTS_BY_ID[i].label) for i in kept)
            self.preset_note = self.tr("The {0} preset left {1} as your answers "
                                       "imply; type a figure there to change it.").format(_lowered(shown_preset(preset)[0], preset.label), names)
        self._show_note()

    def reset_to_defaults(self) -> None:
        for input_id in list(self.document.assessment.costs):
            self.document.set_cost(input_id, None)
        self.prefilled.clear()
        self.refresh()  # defaults, as the answers refine them in the projection

    # --- from the answers -----------------------------------------------------------------
    def forget_answers(self) -> None:
        """A different assessment: what counts as filled in from answers is read from it."""
        self.preset_note = ""
        costs = self.document.assessment.costs
        self.prefilled = {i.input_id: i for i in implied_costs(self.document.assessment.answers)
                          if costs.get(i.input_id) == i.value}

    def apply_answers(self) -> None:
        """Fill in what the answers imply, for inputs the user has not set themselves."""
        if self._applying:
            return  # set_cost below emits changed, which calls back here
        self._applying = True
        try:
            costs = self.document.assessment.costs
            implied = {i.input_id: i for i in implied_costs(self.document.assessment.answers)}
            for input_id, figure in implied.items():
                earlier = self.prefilled.get(input_id)
                if input_id not in costs or (earlier is not None and costs[input_id] == earlier.value):
                    self.prefilled[input_id] = figure
                    self.document.set_cost(input_id, figure.value)
            for input_id, earlier in list(self.prefilled.items()):
                if input_id not in implied:  # the answer was withdrawn: back to the default
                    if costs.get(input_id) == earlier.value:
                        self.document.set_cost(input_id, None)
                    del self.prefilled[input_id]
        finally:
            self._applying = False
        self.refresh()
