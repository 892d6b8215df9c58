"""The selected test's expectations, edited in plain words: a kind from a list, and its value.

The kinds are the registry's (advisor.lab.expectations), named as the registry describes them
("contains, ignoring case"), never as ``icontains:`` syntax. A value that is not usable (a
pattern that does not compile, a schema that is not JSON) is marked and explained, and the
test keeps its last good expectations, so the file always stays valid.
"""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QToolButton, QVBoxLayout, QWidget)

from advisor.lab import expectations

translate = QCoreApplication.translate  # lupdate extracts translate(context, text)
MUTED = "color: palette(placeholder-text);"


class ExpectationRow:
    """One expectation's widgets: kind, value, remove."""

    def __init__(self, expect: dict[str, Any]) -> None:
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("ExpectationRow", "Kind of expectation"))
        for name, entry in expectations.EXPECTATIONS.items():
            self.kind.addItem(translate("expectations", entry.describe), name)
        self.kind.setCurrentIndex(max(self.kind.findData(expect.get("type")), 0))
        # As narrow as a short label: the value beside it gets the room on a 900-pixel window.
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(14)
        value = expect.get("value")
        self.value = QLineEdit(json.dumps(value, ensure_ascii=False) if isinstance(value, dict)
                               else "" if value is None else str(value))
        self.value.setAccessibleName(translate("ExpectationRow", "Expected value"))
        self.value.setMinimumWidth(120)
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setAccessibleName(translate("ExpectationRow", "Remove this expectation"))
        self.problem: str | None = None
        self.update_placeholder()

    def entry(self) -> expectations.ExpectationType:
        return expectations.EXPECTATIONS[self.kind.currentData()]

    def update_placeholder(self) -> None:
        entry = self.entry()
        self.value.setEnabled(entry.needs_value)
        if entry.value_kind == "schema":
            self.value.setPlaceholderText(translate("ExpectationRow", 'a JSON Schema, e.g. {"type": "object"}'))
        else:
            self.value.setPlaceholderText(translate("ExpectationRow", "what the reply is checked against")
                                          if entry.needs_value else translate("ExpectationRow", "no value needed"))
        if entry.check is None:
            self.value.setPlaceholderText(translate("ExpectationRow",
                                                    "the rubric in plain words, graded by a model"))

    def expectation(self) -> dict[str, Any] | None:
        """The expectation these widgets hold, or None (and ``problem`` says why)."""
        kind = self.kind.currentData()
        entry = self.entry()
        self.problem = None
        if not entry.needs_value:
            return {"type": kind}
        value: Any = self.value.text()
        if entry.value_kind == "schema":
            try:
                value = json.loads(value)
            except ValueError as error:
                self.problem = translate("ExpectationRow", "the schema is not JSON ({0})").format(
                    error.args[0])
                return None
        self.problem = expectations.value_problem(kind, value, shown=True)
        if self.problem:
            self.problem = translate("ExpectationRow", "the value {0}").format(self.problem)
            return None
        return {"type": kind, "value": value}


class ExpectationsEditor(QWidget):
    """Emits ``changed(list)`` with the usable expectations after every edit."""

    changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ExpectationRow] = []
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.empty = QLabel(self.tr("No expectations: the test passes on any reply."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(MUTED)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: palette(link);")
        self.problem_label.hide()
        self.add_button = QPushButton(self.tr("Add e&xpectation"))
        self.add_button.clicked.connect(lambda: self._add({"type": "icontains", "value": ""}, focus=True))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addWidget(self.problem_label)
        layout.addLayout(row)
        layout.addStretch(1)  # the list starts at the top, beside the table's first row
        self.load(None, [])

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """A splitter pane does not ask a wrapped label how tall it must be: keep the whole problem
        (a German one wraps to a third line at 900 px) in view by asking for the height it needs."""
        super().resizeEvent(event)
        self._fit_problem()

    def _fit_problem(self) -> None:
        need = self.problem_label.heightForWidth(self.width()) if self.problem_label.isVisibleTo(self) else 0
        if need != self.problem_label.minimumHeight():
            self.problem_label.setMinimumHeight(max(need, 0))

    def load(self, name: str | None, expects: list[dict[str, Any]]) -> None:
        for row in self.rows:
            for widget in (row.kind, row.value, row.remove):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = []
        self.title.setText(self.tr("Expectations of “{0}”: the reply…").format(name) if name is not None
                           else self.tr("Select a test to edit its expectations."))
        self.add_button.setEnabled(name is not None)
        for expect in expects:
            self._add(expect, emit=False)
        self._refresh(emit=False)

    def _add(self, expect: dict[str, Any], *, emit: bool = True, focus: bool = False) -> None:
        row = ExpectationRow(expect)
        line = len(self.rows)
        self.grid.addWidget(row.kind, line, 0)
        self.grid.addWidget(row.value, line, 1)
        self.grid.addWidget(row.remove, line, 2)
        row.kind.currentIndexChanged.connect(lambda _i, r=row: (r.update_placeholder(), self._refresh()))
        row.value.textEdited.connect(lambda _t: self._refresh())
        row.remove.clicked.connect(lambda _c=False, r=row: self._remove(r))
        self.rows.append(row)
        if focus:
            row.kind.setFocus()
        if emit:
            self._refresh()

    def _remove(self, row: ExpectationRow) -> None:
        for widget in (row.kind, row.value, row.remove):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.rows.remove(row)
        self._refresh()

    def expectations(self) -> list[dict[str, Any]]:
        return [e for e in (r.expectation() for r in self.rows) if e is not None]

    def _refresh(self, emit: bool = True) -> None:
        usable = self.expectations()
        problems = [self.tr("{0}: {1}").format(r.kind.currentText(), r.problem) for r in self.rows if r.problem]
        for r in self.rows:
            r.value.setStyleSheet("border: 1px solid #d0453a;" if r.problem else "")
            r.value.setToolTip(r.problem or "")
        self.problem_label.setText("\n".join(self.tr("{0} (not saved until fixed).").format(p) for p in problems))
        self.problem_label.setVisible(bool(problems))
        self._fit_problem()
        self.empty.setVisible(not self.rows and self.add_button.isEnabled())
        if emit:
            self.changed.emit(usable)
