"""Importing a test set: a preview of the first rows and of where each column goes, then Import.

The file is parsed whole before the dialog opens (advisor.lab.test_sets), so a bad row is refused
with its row and column and nothing is imported; the preview shows what a good file becomes.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QRadioButton,
                               QTableView, QVBoxLayout, QWidget)

from advisor.lab.test_sets import TestSet
from ui.locale_format import number
from ui.prompt_lab.tests_model import TestsModel

PREVIEW_ROWS = 20


class ImportDialog(QDialog):
    """Accepting it means: import, replacing the current tests unless ``append`` is checked."""

    def __init__(self, path: Path, found: TestSet, current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import tests from {0}").format(path.name))
        self.found = found
        count = len(found.tests)
        summary = QLabel((self.tr("<b>1 test</b> in {1} ({2}). The first {3} are shown.") if count == 1 else
                          self.tr("<b>{0} tests</b> in {1} ({2}). The first {3} are shown.")).format(
            number(count), path.name, found.source_format, min(count, PREVIEW_ROWS)))
        summary.setWordWrap(True)
        self.mapping = QLabel(self.tr("<b>Columns:</b> {0}").format(" · ".join(f"{column} → {role}"
                                                                             for column, role in found.mapping)))
        self.mapping.setTextFormat(Qt.TextFormat.RichText)
        self.mapping.setWordWrap(True)
        self.mapping.setAccessibleName(self.tr("Column mapping"))
        self.preview_model = TestsModel(self)
        self.preview_model.reset(found.tests[:PREVIEW_ROWS], found.variables)
        self.preview = QTableView()
        self.preview.setAccessibleName(self.tr("Preview of the first tests"))
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)  # one line per test; the full text is in the tooltip
        self.preview.verticalHeader().setDefaultSectionSize(self.preview.fontMetrics().height() + 10)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.replace = QRadioButton(self.tr("&Replace the 1 current test") if current == 1
                                    else self.tr("&Replace the {0} current tests").format(number(current)))
        self.append = QRadioButton(self.tr("&Add them after the current tests"))
        (self.append if current else self.replace).setChecked(True)
        self.replace.setVisible(bool(current))
        self.append.setVisible(bool(current))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import {0}").format(number(count)),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.mapping)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.replace)
        layout.addWidget(self.append)
        layout.addWidget(buttons)
        self.resize(760, 460)

    def chosen_tests(self, current: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return (current + self.found.tests) if self.append.isChecked() else list(self.found.tests)
