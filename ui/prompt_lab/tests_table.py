"""The test table: one row per test case, a column per template variable, and its expectations.

Expectations are written one per line as ``type: value`` (``icontains: billing``, ``is_json``),
the same types as CONTRACT section 5. A line that is not an expectation is marked in red and
explained, and is not saved, so the assessment file always stays valid.
"""
from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from advisor import expectations, prompts

BAD_CELL = QColor("#fdecea")


def format_expectations(expects: list[dict[str, Any]]) -> str:
    lines = []
    for expect in expects:
        kind = str(expect.get("type", ""))
        lines.append(kind if kind == "is_json" else f"{kind}: {expect.get('value', '')}")
    return "\n".join(lines)


def parse_expectations(text: str) -> tuple[list[dict[str, Any]], list[str]]:
    """The expectations written in a cell, and a plain reason for each line that is not one."""
    expects: list[dict[str, Any]] = []
    problems: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        kind, sep, value = line.partition(":")
        kind = kind.strip()
        if kind == "is_json" and not value.strip():
            expects.append({"type": "is_json"})
            continue
        if expectations.type_problem(kind):
            problems.append(f"“{line.strip()}” is not an expectation: write type: value, with a type "
                            f"of {', '.join(expectations.TYPES)}")
            continue
        if not sep:
            problems.append(f"“{line.strip()}” needs a value after “{kind}:”")
            continue
        value = value[1:] if value.startswith(" ") else value  # the space after the colon
        expect = {"type": kind, "value": value}
        problem = expectations.value_problem(kind, value)
        if problem:
            problems.append(f"the value {problem}")
            continue
        expects.append(expect)
    return expects, problems


class TestsTable(QWidget):
    """Edits ``prompt_lab.tests``; emits ``edited`` after every change."""

    __test__ = False  # not a pytest test class, whatever its name
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tests: list[dict[str, Any]] = []
        self.variable_names: list[str] = []
        self.table = QTableWidget(0, 2)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: no keyboard trap
        self.table.setAccessibleName("Tests")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._cell_edited)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.problem_label.hide()
        hint = QLabel("Expectations, one per line: <i>icontains: billing</i>, <i>equals: yes</i>, "
                      "<i>regex: ^\\d+$</i>, <i>not_contains: sorry</i>, <i>is_json</i>. "
                      "A test passes when all of its expectations hold.")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = QPushButton("&Add test")
        self.duplicate_button = QPushButton("D&uplicate")
        self.remove_button = QPushButton("&Remove")
        self.add_button.clicked.connect(self.add_test)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)

    # -- model <-> view ---------------------------------------------------------------------
    def load(self, tests: list[dict[str, Any]], variable_names: list[str]) -> None:
        self._tests = [copy.deepcopy(t) for t in tests if isinstance(t, dict)]
        self.variable_names = list(variable_names)
        self._render()

    def set_variable_names(self, names: list[str]) -> None:
        if names != self.variable_names:
            self.variable_names = list(names)
            self._render()

    def tests(self) -> list[dict[str, Any]]:
        return copy.deepcopy(self._tests)

    def _columns(self) -> list[str]:
        return ["Name", *(f"{{{{{n}}}}}" for n in self.variable_names), "Expectations"]

    def _render(self) -> None:
        self.table.blockSignals(True)
        try:
            columns = self._columns()
            self.table.clear()
            self.table.setColumnCount(len(columns))
            self.table.setHorizontalHeaderLabels(columns)
            self.table.setRowCount(len(self._tests))
            for row, test in enumerate(self._tests):
                self.table.setItem(row, 0, QTableWidgetItem(prompts.test_name(test, row)
                                                            if test.get("name") else ""))
                for column, name in enumerate(self.variable_names, start=1):
                    value = (test.get("vars") or {}).get(name)
                    self.table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))
                self.table.setItem(row, len(columns) - 1,
                                   QTableWidgetItem(format_expectations(test.get("expect") or [])))
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            self.table.resizeRowsToContents()
        finally:
            self.table.blockSignals(False)
        self._show_problems()

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        row, column = item.row(), item.column()
        test = self._tests[row]
        text = item.text()
        if column == 0:
            test["name"] = text.strip()
        elif column == self.table.columnCount() - 1:
            expects, problems = parse_expectations(text)
            test["expect"] = expects
            self.table.blockSignals(True)
            item.setBackground(QBrush(BAD_CELL) if problems else QBrush())
            item.setToolTip("\n".join(problems))
            item.setData(Qt.ItemDataRole.UserRole, problems)
            self.table.blockSignals(False)
            self.table.resizeRowToContents(row)
        else:
            name = self.variable_names[column - 1]
            test.setdefault("vars", {})[name] = text
        self._show_problems()
        self.edited.emit()

    def _show_problems(self) -> None:
        column = self.table.columnCount() - 1
        problems = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, column)
            for problem in (item.data(Qt.ItemDataRole.UserRole) or []) if item else []:
                problems.append(f"{prompts.test_name(self._tests[row], row)}: {problem} (not saved).")
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))

    # -- buttons ------------------------------------------------------------------------------
    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.table.currentRow()

    def add_test(self, test: dict[str, Any] | None = None) -> None:
        new = test or {"name": f"test {len(self._tests) + 1}",
                       "vars": {n: "" for n in self.variable_names}, "expect": []}
        self._tests.append(new)
        self._render()
        row = len(self._tests) - 1
        self.table.selectRow(row)
        self.table.setCurrentCell(row, 1 if self.variable_names else 0)
        self.edited.emit()

    def duplicate_selected(self) -> None:
        row = self.selected_row()
        if 0 <= row < len(self._tests):
            copy_of = copy.deepcopy(self._tests[row])
            copy_of["name"] = f"{prompts.test_name(copy_of, row)} copy"
            self.add_test(copy_of)

    def remove_selected(self) -> None:
        row = self.selected_row()
        if 0 <= row < len(self._tests):
            del self._tests[row]
            self._render()
            self.edited.emit()
