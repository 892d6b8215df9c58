"""The test set as a Qt table model: one row per test, a column per template variable.

A model/view table, not one widget per row, so thousands of imported tests show at once and
scroll freely. Names and variable values are edited in place; the last column sums up the
expectations in plain words (they are edited beside the table, in :mod:`expect_editor`).
"""
from __future__ import annotations

import copy
import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from advisor.lab import expectations

from advisor.lab import prompts
Index = QModelIndex | QPersistentModelIndex


def describe_expectation(expect: dict[str, Any]) -> str:
    """'contains, ignoring case “billing”' — an expectation as the editor names it."""
    entry = expectations.EXPECTATIONS.get(expect.get("type"))
    if entry is None:
        return str(expect.get("type"))
    describe = QCoreApplication.translate("expectations", entry.describe)
    if not entry.needs_value:
        return describe
    value = expect.get("value")
    shown = json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else str(value)
    shown = " ".join(shown.split())
    return f"{describe} “{shown[:60]}{'…' if len(shown) > 60 else ''}”"


class TestsModel(QAbstractTableModel):
    __test__ = False  # not a pytest test class, whatever its name

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tests: list[dict[str, Any]] = []
        self.variable_names: list[str] = []

    # -- shape --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.tests)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.variable_names) + 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return self.headers()[section]

    def headers(self) -> list[str]:
        return [self.tr("Name"), *(f"{{{{{n}}}}}" for n in self.variable_names), self.tr("Expectations")]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < self.columnCount() - 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- cells --------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        test = self.tests[index.row()]
        column = index.column()
        if column == 0:
            return str(test.get("name") or "")
        if column == self.columnCount() - 1:
            lines = [describe_expectation(e) for e in test.get("expect") or []]
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(lines) or self.tr("No expectations: the test passes on any reply.")
            return "; ".join(lines) or "—"
        value = (test.get("vars") or {}).get(self.variable_names[column - 1])
        return "" if value is None else str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        test = self.tests[index.row()]
        # Every edit replaces the test's dict (never changes it in place): tests() hands the
        # dicts out without copying them, to the document and to runs on other threads.
        if index.column() == 0:
            self.tests[index.row()] = {**test, "name": str(value).strip()}
        elif index.column() < self.columnCount() - 1:
            variables = {**(test.get("vars") or {}), self.variable_names[index.column() - 1]: str(value)}
            self.tests[index.row()] = {**test, "vars": variables}
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    # -- whole-set changes ----------------------------------------------------------------------
    def reset(self, tests: list[dict[str, Any]], variable_names: list[str]) -> None:
        self.beginResetModel()
        self.tests = [copy.deepcopy(t) for t in tests if isinstance(t, dict)]
        self.variable_names = list(variable_names)
        self.endResetModel()

    def set_variable_names(self, names: list[str]) -> None:
        if names != self.variable_names:
            self.beginResetModel()
            self.variable_names = list(names)
            self.endResetModel()

    def append(self, tests: list[dict[str, Any]]) -> None:
        if not tests:
            return
        first = len(self.tests)
        self.beginInsertRows(QModelIndex(), first, first + len(tests) - 1)
        self.tests += [copy.deepcopy(t) for t in tests]
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.tests[row]
        self.endRemoveRows()

    def set_expectations(self, row: int, expects: list[dict[str, Any]]) -> None:
        self.tests[row] = {**self.tests[row], "expect": copy.deepcopy(expects)}
        cell = self.index(row, self.columnCount() - 1)
        self.dataChanged.emit(cell, cell)

    def name_of(self, row: int) -> str:
        return prompts.test_name(self.tests[row], row)
