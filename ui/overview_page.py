"""The assessment's own details: where it stands (verdict, file, last run), its title and notes."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ui.document import AssessmentDocument
from ui.overview_status import status_html

COLUMN_WIDTH = 900
STATUS_DELAY_MS = 300


class OverviewPage(QWidget):
    def __init__(self, document: AssessmentDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        heading = QLabel(self.tr("<h2>Assessment</h2>"))
        intro = QLabel(self.tr("Name this assessment and keep notes for whoever reads the summary."))
        intro.setWordWrap(True)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("For example: Support-ticket triage"))
        self.title_edit.setAccessibleName(self.tr("Assessment title"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Context, decisions, open questions…"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)  # Tab moves on, as everywhere else
        self.status = QLabel()
        self.status.setObjectName("assessmentStatus")
        self.status.setAccessibleName(self.tr("Where this assessment stands"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._status_timer = QTimer(self)  # typing in the notes re-evaluates once it pauses
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        column = QWidget()  # lines no longer than comfortable reading in a wide window
        column.setMaximumWidth(COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(heading)
        inner.addWidget(intro)
        inner.addWidget(self.status)
        inner.addLayout(form, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(column, 1)
        layout.addStretch(0)  # takes only what the column cannot

        self.title_edit.textEdited.connect(document.set_title)
        self.notes_edit.textChanged.connect(lambda: document.set_notes(self.notes_edit.toPlainText()))
        document.replaced.connect(self.refresh)
        for signal in (document.changed, document.state_changed):
            signal.connect(self._status_timer.start)
        self.refresh()

    def refresh(self) -> None:
        assessment = self.document.assessment
        if self.title_edit.text() != assessment.title:
            self.title_edit.setText(assessment.title)
        if self.notes_edit.toPlainText() != assessment.notes:
            self.notes_edit.blockSignals(True)
            self.notes_edit.setPlainText(assessment.notes)
            self.notes_edit.blockSignals(False)
        self.refresh_status()

    def refresh_status(self) -> None:
        from advisor.costs.pricing import load_price_table

        self._status_timer.stop()
        self.status.setText(status_html(self.document, load_price_table()))
