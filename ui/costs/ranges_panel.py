"""Ranges on the Costs form (CONTRACT section 8, ``costs.ranges``): a low and a high beside the
value of an uncertain input. "Propose ranges" takes the tornado's largest swings; a range that
does not hold the value is refused with a message naming it, and nothing is written.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QDoubleSpinBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QSizePolicy, QVBoxLayout, QWidget)

from advisor.costs.inputs import COST_INPUTS_BY_ID, shown_label
from advisor.core.shown_problems import shown_problem
from advisor.costs.ranges import proposed_ranges, range_problem
from advisor.decision.engine import inputs_in_force
from ui.costs.controls import DECIMALS, MUTED, SHARE_DECIMALS, from_display, is_share, to_display, unit_affixes
from ui.document import AssessmentDocument
from ui.locale_format import general


class RangesPanel(QGroupBox):
    def __init__(self, document: AssessmentDocument, prices: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ranges (low to high)"))
        self.document = document
        self.prices = prices
        self.spins: dict[str, tuple[QDoubleSpinBox, QDoubleSpinBox]] = {}
        intro = QLabel(self.tr("Inputs you are unsure of get a low and a high: 2,000 draws between them shade "
                               "the cumulative chart from P10 to P90."))
        intro.setWordWrap(True)
        intro.setStyleSheet(MUTED)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        self.message = QLabel()
        self.message.setObjectName("rangesMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #d64541;")
        self.message.hide()
        self.propose_button = QPushButton(self.tr("&Propose ranges"))
        self.propose_button.setAccessibleName(self.tr("Propose ranges for the inputs the tornado shows as most uncertain"))
        self.propose_button.clicked.connect(self.propose)
        self.clear_button = QPushButton(self.tr("Clear ranges"))
        self.clear_button.setAccessibleName(self.tr("Remove every range"))
        self.clear_button.clicked.connect(lambda: self.document.set_cost("ranges", None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.propose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.refresh()

    def _ranges(self) -> dict[str, list[float]]:
        ranges = self.document.assessment.costs.get("ranges")
        return dict(ranges) if isinstance(ranges, dict) else {}

    def _in_force(self) -> dict[str, Any]:
        return inputs_in_force(self.document.assessment.costs, self.document.assessment.answers)

    def refresh(self) -> None:
        ranges = self._ranges()
        if set(ranges) != set(self.spins):
            self._rebuild(ranges)
        for input_id, (low, high) in self.spins.items():
            entry = ranges.get(input_id)
            if isinstance(entry, list) and len(entry) == 2:
                spec = COST_INPUTS_BY_ID.get(input_id)
                for spin, value in ((low, entry[0]), (high, entry[1])):
                    if spec is not None and not spin.hasFocus():
                        spin.blockSignals(True)
                        spin.setValue(to_display(spec, value))
                        spin.blockSignals(False)
        self.clear_button.setEnabled(bool(ranges))

    def _rebuild(self, ranges: dict[str, Any]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.spins = {}
        for row, input_id in enumerate(i for i in ranges if i in COST_INPUTS_BY_ID):
            spec = COST_INPUTS_BY_ID[input_id]
            prefix, suffix = unit_affixes(spec)
            pair = []
            for end in ("low", "high"):
                spin = QDoubleSpinBox()
                spin.setRange(-1e12, 1e12)
                spin.setDecimals(SHARE_DECIMALS if is_share(spec) else DECIMALS.get(input_id, 0))
                spin.setPrefix(prefix)
                spin.setSuffix(suffix)
                spin.setGroupSeparatorShown(True)
                spin.setAccessibleName((self.tr("{0}, low") if end == "low" else self.tr("{0}, high"))
                                       .format(shown_label(spec)))
                # The range's huge maximum would size the box past a 900-pixel window: the grid sizes it.
                spin.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
                spin.setMinimumWidth(70)
                spin.editingFinished.connect(lambda i=input_id: self._edited(i))
                pair.append(spin)
            remove = QPushButton("×")
            remove.setAccessibleName(self.tr("Remove the range of {0}").format(shown_label(spec)))
            remove.setFixedWidth(28)
            remove.clicked.connect(lambda _=False, i=input_id: self._remove(i))
            label = QLabel(self.tr("{0}:").format(shown_label(spec)))
            self.grid.addWidget(label, 2 * row, 0, 1, 3)  # the name above its two ends: the form stays narrow
            self.grid.addWidget(pair[0], 2 * row + 1, 0)
            self.grid.addWidget(pair[1], 2 * row + 1, 1)
            self.grid.addWidget(remove, 2 * row + 1, 2)
            self.spins[input_id] = (pair[0], pair[1])
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)

    def _edited(self, input_id: str) -> None:
        spec = COST_INPUTS_BY_ID[input_id]
        low, high = (from_display(spec, spin.value()) for spin in self.spins[input_id])
        entry = [low, high]
        value = self._in_force().get(input_id, spec.default)
        problem = range_problem(input_id, entry, value)
        if problem and problem.startswith(f"costs.ranges.{input_id} is ["):  # the value outside its range
            self._say(self.tr("The range of {0} is [{1}, {2}] but the value is {3}; the range must hold the "
                              "value (low ≤ value ≤ high): widen the range or change the value.")
                      .format(shown_label(spec), *map(general, (low, high, value))))
            return
        if problem:  # nothing is written: the file keeps the range it had
            self._say(shown_problem(problem).replace(f"costs.ranges.{input_id}",
                                                     self.tr("The range of {0}").format(shown_label(spec))) + ".")
            return
        self._say("")
        ranges = self._ranges()
        if ranges.get(input_id) != entry:
            self.document.set_cost("ranges", {**ranges, input_id: entry})

    def _remove(self, input_id: str) -> None:
        ranges = self._ranges()
        ranges.pop(input_id, None)
        self.document.set_cost("ranges", ranges or None)

    def propose(self) -> None:
        from advisor.costs.sensitivity import sensitivity

        try:
            rows = sensitivity(self._in_force(), self.prices)
        except Exception as error:  # noqa: BLE001 (inputs the projection refuses: said on the page)
            self._say(self.tr("No ranges proposed: {0}.").format(error))
            return
        self._say("")
        self.document.set_cost("ranges", {**proposed_ranges(rows), **self._ranges()})

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
