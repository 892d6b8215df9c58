"""The assessment's own details: its title and free-text notes."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ui.document import AssessmentDocument

COLUMN_WIDTH = 900


class OverviewPage(QWidget):
    def __init__(self, document: AssessmentDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        heading = QLabel("<h2>Assessment</h2>")
        intro = QLabel("Name this assessment and keep notes for whoever reads the summary.")
        intro.setWordWrap(True)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("For example: Support-ticket triage")
        self.title_edit.setAccessibleName("Assessment title")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText("Context, decisions, open questions…")
        self.notes_edit.setAccessibleName("Notes")
        self.notes_edit.setTabChangesFocus(True)  # Tab moves on, as everywhere else
        form = QFormLayout()
        form.addRow("&Title:", self.title_edit)
        form.addRow("&Notes:", self.notes_edit)
        column = QWidget()  # lines no longer than comfortable reading in a wide window
        column.setMaximumWidth(COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(heading)
        inner.addWidget(intro)
        inner.addLayout(form, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(column, 1)
        layout.addStretch(0)  # takes only what the column cannot

        self.title_edit.textEdited.connect(document.set_title)
        self.notes_edit.textChanged.connect(lambda: document.set_notes(self.notes_edit.toPlainText()))
        document.replaced.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        assessment = self.document.assessment
        if self.title_edit.text() != assessment.title:
            self.title_edit.setText(assessment.title)
        if self.notes_edit.toPlainText() != assessment.notes:
            self.notes_edit.blockSignals(True)
            self.notes_edit.setPlainText(assessment.notes)
            self.notes_edit.blockSignals(False)
