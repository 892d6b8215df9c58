"""The selected result in full: its Why and Output are cut to a line in the table (issue 29)."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from ui.prompt_lab.results_model import STATUS_TEXT, case_status, why

LINES_SHOWN = 4


class ResultDetail(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName("Selected result in full")
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
        where = f" on {model}" if model else ""
        parts = [f"{case.get('name', '')}{where}: {STATUS_TEXT[case_status(case)]}"]
        reason = why(case)
        if reason:
            parts.append(f"Why: {reason}")
        chunks = case.get("chunks")
        if isinstance(chunks, list) and chunks:  # a retrieve run: what the model was given to read
            parts.append(f"Chunks sent ({len(chunks)}): " + ", ".join(map(str, chunks)))
        parts.append(f"Output: {case.get('output') or '(none)'}")
        self.setPlainText("\n".join(parts))
