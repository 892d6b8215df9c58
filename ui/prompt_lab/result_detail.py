"""The selected result in full: its Why and Output are cut to a line in the table (issue 29)."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from ui.prompt_lab.results_model import case_status, status_text, why

LINES_SHOWN = 4


class ResultDetail(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName(self.tr("Selected result in full"))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        line = self.fontMetrics().lineSpacing()
        # Up to four lines (longer text scrolls), fewer when the window is short of room.
        self.setMaximumHeight(line * LINES_SHOWN + 2 * self.frameWidth() + 8)
        self.setMinimumHeight(line * 2 + 2 * self.frameWidth() + 8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.hide()  # until a result is selected: no empty box taking the table's room

    def show_case(self, case: dict[str, Any] | None, model: str = "") -> None:
        self.setVisible(case is not None)
        if case is None:
            self.clear()
            return
        status = status_text(case_status(case))
        parts = [self.tr("{0} on {1}: {2}").format(case.get("name", ""), model, status) if model
                 else f"{case.get('name', '')}: {status}"]
        reason = why(case)
        if reason:
            parts.append(self.tr("Why: {0}").format(reason))
        chunks = case.get("chunks")
        if isinstance(chunks, list) and chunks:  # a retrieve run: what the model was given to read
            parts.append(self.tr("Chunks sent ({0}): {1}").format(len(chunks), ", ".join(map(str, chunks))))
        parts.append(self.tr("Output: {0}").format(case.get("output") or self.tr("(none)")))
        self.setPlainText("\n".join(parts))
