"""One run's cases as a Qt table model: thousands of results without a widget per cell."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from advisor.lab.shown_errors import shown_error
from advisor.lab.shown_reasons import shown_reason, shown_reasons
from ui.locale_format import number
from ui.prompt_lab.models import format_cost

COLUMNS = [QT_TRANSLATE_NOOP("ResultsModel", "Test"), QT_TRANSLATE_NOOP("ResultsModel", "Result"),
           QT_TRANSLATE_NOOP("ResultsModel", "Pass rate"), QT_TRANSLATE_NOOP("ResultsModel", "Why"),
           QT_TRANSLATE_NOOP("ResultsModel", "Output"), QT_TRANSLATE_NOOP("ResultsModel", "Tokens in / out"),
           QT_TRANSLATE_NOOP("ResultsModel", "Cost")]
STATUS_TEXT = {"passed": QT_TRANSLATE_NOOP("ResultsModel", "✔ passed"),
               "failed": QT_TRANSLATE_NOOP("ResultsModel", "✘ failed"),
               "error": QT_TRANSLATE_NOOP("ResultsModel", "⚠ error")}
Index = QModelIndex | QPersistentModelIndex


def status_text(status: str) -> str:
    """``✔ passed`` in the window's language (STATUS_TEXT is its English)."""
    return QCoreApplication.translate("ResultsModel", STATUS_TEXT[status])


def case_status(case: dict[str, Any]) -> str:
    return "passed" if case.get("passed") else ("error" if case.get("error") else "failed")


def why(case: dict[str, Any]) -> str:
    """The error, else the failed checks' reasons, else (passed) every check's reason."""
    if case.get("error"):
        return shown_error(str(case["error"]))
    if case.get("reason"):
        return shown_reasons(str(case["reason"]))
    return "; ".join(shown_reason(str(r)) for r in case.get("reasons") or [])


class ResultsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.cases: list[dict[str, Any]] = []

    def show(self, cases: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.cases = [c for c in cases if isinstance(c, dict)]
        self.endResetModel()

    def case_at(self, row: int) -> dict[str, Any] | None:
        return self.cases[row] if 0 <= row < len(self.cases) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ResultsModel", COLUMNS[section])
        return None

    def text(self, row: int, column: int) -> str:
        case = self.cases[row]
        if column == 0:
            return str(case.get("name", ""))
        if column == 1:
            return status_text(case_status(case))
        if column == 2:
            rate = case.get("pass_rate")
            if not isinstance(rate, (int, float)):
                return ""
            return QCoreApplication.translate("ResultsModel", "{0} of {1}").format(f"{rate:.0%}", case.get("runs") or 1)
        if column == 3:
            return why(case)
        if column == 4:
            return " ".join(str(case.get("output") or "").split())[:300]
        if column == 5:
            return f"{number(case.get('input_tokens') or 0)} / {number(case.get('output_tokens') or 0)}"
        return format_cost(case.get("cost_usd"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (3, 4):
            case = self.cases[index.row()]
            return why(case) if index.column() == 3 else str(case.get("output") or "")[:4000]
        return None
