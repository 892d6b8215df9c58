"""Measured figures on the Costs form: take the model, tokens per request and cache share a lab
run measured (CONTRACT section 8, ``costs.measured``), and mark each such figure on its field.

The evidence run is offered first ("best"), then every saved run, newest first. Typing over a
measured figure is an override: its mark goes (:func:`advisor.decision.measured_costs.without_mark`).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from advisor.decision.measured_costs import (MeasuredProblem, apply_measured, find_run, lab_runs,
                                             measured_from_run, measured_marks, without_mark)
from ui.costs.controls import MUTED, mark_text
from ui.document import AssessmentDocument

BEST = "best"


class MeasuredPanel(QGroupBox):
    def __init__(self, document: AssessmentDocument, prices: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Measured in the prompt lab"))
        self.document = document
        self.prices = prices
        self.runs = QComboBox()
        self.runs.setAccessibleName(self.tr("Lab run to measure"))
        self.runs.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.runs.setMinimumContentsLength(8)
        self.use_button = QPushButton(self.tr("Use &measured figures"))
        self.use_button.setAccessibleName(self.tr("Use the model, tokens and cache share measured in this run"))
        self.use_button.setToolTip(self.tr("Sets the model, input and output tokens per request and the cache hit "
                                           "share to what the run measured; type over any of them to override it."))
        self.use_button.clicked.connect(self.apply)
        self.status = QLabel()
        self.status.setObjectName("measuredStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(MUTED)
        layout = QVBoxLayout(self)
        layout.addWidget(self.runs)  # the button under the list: the form stays narrow
        row = QHBoxLayout()
        row.addWidget(self.use_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        assessment = self.document.assessment
        chosen = self.runs.currentData()
        self.runs.blockSignals(True)
        self.runs.clear()
        runs = lab_runs(assessment.prompt_lab)
        if runs:
            self.runs.addItem(self.tr("The evidence run (best)"), BEST)
        for run in reversed(runs):
            if run.get("id"):
                self.runs.addItem(f"{run['id']} · {run.get('model', '?')} · {str(run.get('finished') or '')[:10]}",
                                  run["id"])
        index = self.runs.findData(chosen)
        self.runs.setCurrentIndex(max(index, 0))
        self.runs.blockSignals(False)
        self.use_button.setEnabled(bool(runs))
        marks = measured_marks(assessment.costs)
        if not runs and not marks:
            self.status.setText(self.tr("Run the lab's tests to measure your real tokens per request."))
        elif marks:
            mark = mark_text(next(iter(marks.values())))
            mark = mark[:1].upper() + mark[1:]
            text = (self.tr("{0}: 1 figure, marked on its field.") if len(marks) == 1
                    else self.tr("{0}: {1} figures, marked on their fields."))
            self.status.setText(text.format(mark, len(marks)))
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))

    def apply(self) -> None:
        assessment = self.document.assessment
        try:
            run = find_run(assessment.prompt_lab, assessment.answers, self.runs.currentData() or BEST)
            new = apply_measured(assessment.costs, measured_from_run(run, self.prices.model_ids()))
        except MeasuredProblem as problem:
            self.status.setText(self.tr("Nothing changed: {0}.").format(problem))
            self.status.show()
            return
        for key, value in new.items():
            if assessment.costs.get(key) != value:
                self.document.set_cost(key, value)

    def override(self, input_id: str) -> None:
        """The user typed over ``input_id``: it is theirs, no longer measured."""
        costs = self.document.assessment.costs
        measured = costs.get("measured")
        if isinstance(measured, dict) and input_id in measured:
            self.document.set_cost("measured", without_mark(costs, input_id).get("measured"))
