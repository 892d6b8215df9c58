"""Few-shot examples: input/output pairs sent before the real question; add, remove, reorder."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)


class ExamplesEditor(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: no keyboard trap
        self.table.setAccessibleName(self.tr("Few-shot examples"))
        self.table.setHorizontalHeaderLabels([self.tr("Input (user turn)"), self.tr("Output (assistant turn)")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(90)
        self.table.itemChanged.connect(lambda _item: self.edited.emit())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        # Short labels, so the editor fits beside the reply in a 900-pixel window.
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("↑ Up"))
        self.down_button = QPushButton(self.tr("↓ Down"))
        for button, does in ((self.add_button, self.tr("Add an example")),
                             (self.remove_button, self.tr("Remove the selected example")),
                             (self.up_button, self.tr("Move the selected example up")),
                             (self.down_button, self.tr("Move the selected example down"))):
            button.setToolTip(does)
            button.setAccessibleName(does)
            # Below the style's 80-pixel button minimum: as wide as the label needs.
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 24)
        self.add_button.clicked.connect(self.add_example)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._update_buttons()

    def load(self, examples: list[dict[str, Any]]) -> None:
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            for example in examples:
                self._append(str(example.get("input", "")), str(example.get("output", "")))
        finally:
            self.table.blockSignals(False)
        self._update_buttons()

    def examples(self) -> list[dict[str, str]]:
        rows = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in (0, 1)]
            rows.append({"input": cells[0].text() if cells[0] else "",
                         "output": cells[1].text() if cells[1] else ""})
        return rows

    def _append(self, text_in: str, text_out: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(text_in))
        self.table.setItem(row, 1, QTableWidgetItem(text_out))
        return row

    def add_example(self) -> None:
        self.table.blockSignals(True)
        row = self._append("", "")
        self.table.blockSignals(False)
        self.table.selectRow(row)
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))  # start typing the input at once
        self.edited.emit()

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()
        self._update_buttons()

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        examples = self.examples()
        examples[row], examples[target] = examples[target], examples[row]
        self.load(examples)
        self.table.selectRow(target)
        self.edited.emit()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.table.rowCount() - 1)
