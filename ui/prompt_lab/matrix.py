"""The results matrix (issue 29): tests as rows, the models of a go as columns.

Each cell says pass or fail with a symbol and a colour (the symbol alone carries the meaning,
for colour-blind readers and for print); the output is in the cell's tooltip and, for the
selected cell, in full below. "Failures only" and "Models disagree" narrow the rows; the
matrix exports as CSV, one row per test and one column per model.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, QSortFilterProxyModel, Qt)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from advisor.lab import history as lab_history
from ui.locale_format import number
from ui.prompt_lab.messages import InlineMessage
from ui.prompt_lab.result_detail import ResultDetail
from ui.prompt_lab.results_model import case_status, why
from ui.prompt_lab.tests_table import write_export

Index = QModelIndex | QPersistentModelIndex
CELL_TEXT = {"passed": QT_TRANSLATE_NOOP("MatrixModel", "✔ pass"), "failed": QT_TRANSLATE_NOOP("MatrixModel", "✘ fail"),
             "error": QT_TRANSLATE_NOOP("MatrixModel", "⚠ error"), None: QT_TRANSLATE_NOOP("MatrixModel", "– not run")}
# Okabe-Ito bluish green and vermillion, light enough for dark text on either palette.
CELL_COLOURS = {"passed": QColor(0, 158, 115, 70), "failed": QColor(213, 94, 0, 80),
                "error": QColor(230, 159, 0, 80)}
CASE_ROLE = Qt.ItemDataRole.UserRole


class MatrixModel(QAbstractTableModel):
    """Rows: the tests, in the order first run; columns: one per run (its model)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.models: list[str] = []
        self.tests: list[str] = []
        self.cells: dict[tuple[str, int], dict[str, Any]] = {}

    def show_runs(self, runs: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.models, self.tests, self.cells = [], [], {}
        for column, run in enumerate(runs):
            self.models.append(lab_history.run_name(run) if run.get("model") else self.tr("run {0}").format(column + 1))
            for case in run.get("cases") or []:
                if not isinstance(case, dict):
                    continue
                name = str(case.get("name", ""))
                if name not in self.tests:
                    self.tests.append(name)
                self.cells[(name, column)] = case
        self.endResetModel()

    def case(self, row: int, column: int) -> dict[str, Any] | None:
        return self.cells.get((self.tests[row], column)) if 0 <= row < len(self.tests) else None

    def status(self, row: int, column: int) -> str | None:
        case = self.case(row, column)
        return case_status(case) if case is not None else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.tests)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.models)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.models[section] if orientation == Qt.Orientation.Horizontal else self.tests[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        status = self.status(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("MatrixModel", CELL_TEXT[status])
        if role == Qt.ItemDataRole.BackgroundRole:
            return CELL_COLOURS.get(status or "")
        if role == Qt.ItemDataRole.ToolTipRole and status is not None:
            case = self.case(index.row(), index.column()) or {}
            reason = why(case)
            output = str(case.get("output") or self.tr("(no output)"))[:4000]
            return f"{reason}\n\n{output}" if reason else output
        if role == CASE_ROLE:
            return self.case(index.row(), index.column())
        return None

    def to_csv(self) -> str:
        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["test", *self.models])
        for row, name in enumerate(self.tests):
            writer.writerow([name, *(self.status(row, column) or "" for column in range(len(self.models)))])
        return out.getvalue()


class MatrixFilter(QSortFilterProxyModel):
    """Failures only: rows where some model failed. Models disagree: rows whose results differ."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.failures_only = False
        self.disagree_only = False

    def set_filters(self, *, failures_only: bool, disagree_only: bool) -> None:
        self.failures_only, self.disagree_only = failures_only, disagree_only
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        statuses = [model.status(source_row, column) for column in range(model.columnCount())]
        if self.failures_only and not any(s in ("failed", "error") for s in statuses):
            return False
        return not self.disagree_only or len({s == "passed" for s in statuses if s is not None}) > 1


class ResultsMatrix(QWidget):
    """The matrix with its two filters, the selected cell in full, and Export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MatrixModel(self)
        self.rows = MatrixFilter(self)
        self.rows.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.rows)
        self.view.setAccessibleName(self.tr("Results by test and model"))
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.failures_check = QCheckBox(self.tr("&Failures only"))
        self.disagree_check = QCheckBox(self.tr("Models &disagree"))
        self.disagree_check.setToolTip(self.tr("Only the tests that pass on some models and fail on others"))
        for box in (self.failures_check, self.disagree_check):
            box.toggled.connect(self._filter)
        self.export_button = QPushButton(self.tr("Export &matrix…"))
        self.export_button.clicked.connect(lambda: self.export())
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Tests shown"))
        self.message = InlineMessage()
        self.detail = ResultDetail()
        self.view.selectionModel().currentChanged.connect(self._show_cell)
        self.rows.modelReset.connect(lambda: self.detail.show_case(None))
        self.rows.layoutChanged.connect(self._count)
        self.rows.rowsRemoved.connect(self._count)
        self.rows.rowsInserted.connect(self._count)
        controls = QHBoxLayout()
        controls.addWidget(self.failures_check)
        controls.addWidget(self.disagree_check)
        controls.addWidget(self.count, 1)
        controls.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        self._count()

    def show_runs(self, runs: list[dict[str, Any]]) -> None:
        self.model.show_runs(runs)
        self._count()

    def _show_cell(self, current: QModelIndex, _previous: QModelIndex) -> None:
        model = self.model.models[current.column()] if current.isValid() else ""
        self.detail.show_case(current.data(CASE_ROLE) if current.isValid() else None, model)

    def _filter(self) -> None:
        self.rows.set_filters(failures_only=self.failures_check.isChecked(),
                              disagree_only=self.disagree_check.isChecked())
        self._count()

    def _count(self) -> None:
        shown, total = self.rows.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("{0} of {1} tests").format(shown, total) if shown != total
                           else self.tr("{0} tests").format(total))
        self.export_button.setEnabled(total > 0)

    def export(self, path: Path | None = None) -> bool:
        """The whole matrix (every test, whatever the filters), as CSV."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the matrix"), "results-matrix.csv", "CSV (*.csv)")
            if not name:
                return False
            path = Path(name)
        return write_export(self.message, path, self.model.to_csv(), self.tr("{0} tests").format(number(self.model.rowCount())))
