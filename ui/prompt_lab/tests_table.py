"""The Tests tab's test set: a table of tests, the selected test's expectations, import and export.

The table is a model/view (:class:`TestsModel`), so thousands of tests stay responsive. Import
takes CSV, JSONL or a promptfoo config, by the Import button or by dropping the file on the tab;
a preview shows the first rows and the column mapping first (:class:`ImportDialog`). Export
writes the tests as CSV or JSONL.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QPushButton,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from advisor.core import atomic

from advisor.lab import test_sets
from ui.locale_format import number
from ui.prompt_lab.expect_editor import ExpectationsEditor
from ui.prompt_lab.import_dialog import ImportDialog
from ui.prompt_lab.messages import InlineMessage
from ui.prompt_lab.tests_model import TestsModel
from ui.workers import Task, run_task

translate = QCoreApplication.translate  # lupdate extracts translate(context, text)

IMPORT_FILTER = QT_TRANSLATE_NOOP("TestsTable", "Test sets (*.csv *.jsonl *.ndjson *.yaml *.yml);;All files (*)")
IMPORTABLE = (".csv", ".jsonl", ".ndjson", ".json", ".yaml", ".yml")


class TestsTable(QWidget):
    """Edits ``prompt_lab.tests``; emits ``edited`` after every change."""

    __test__ = False  # not a pytest test class, whatever its name
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.model = TestsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: no keyboard trap
        self.table.setAccessibleName(self.tr("Tests"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        # Columns share the width (no sideways scrolling); a cell's full text is in its tooltip.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.expect_editor = ExpectationsEditor()
        self.message = InlineMessage()
        self.model.dataChanged.connect(lambda *_: self.edited.emit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_expectations())
        self.expect_editor.changed.connect(self._expectations_edited)

        self.add_button = QPushButton(self.tr("&Add test"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Import tests from CSV, JSONL or a promptfoo config (or drop "
                                              "the file here)"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Save the tests as CSV or JSONL"))
        self.add_button.clicked.connect(lambda: self.add_test())
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.expect_editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.import_dialog: ImportDialog | None = None
        self.import_task: Task | None = None

    # -- model <-> widget -----------------------------------------------------------------------
    @property
    def variable_names(self) -> list[str]:
        return self.model.variable_names

    def load(self, tests: list[dict[str, Any]], variable_names: list[str]) -> None:
        self.model.reset(tests, variable_names)
        self._show_expectations()

    def set_variable_names(self, names: list[str]) -> None:
        self.model.set_variable_names(names)

    def tests(self) -> list[dict[str, Any]]:
        """The tests, not copied: the model replaces a test's dict on every edit, never changes
        one in place (deep-copying 1,000 tests cost the UI thread tens of ms at each run)."""
        return list(self.model.tests)

    def selected_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectionModel().select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                           | QItemSelectionModel.SelectionFlag.Rows)

    def _show_expectations(self) -> None:
        row = self.selected_row()
        if 0 <= row < len(self.model.tests):
            self.expect_editor.load(self.model.name_of(row), list(self.model.tests[row].get("expect") or []))
        else:
            self.expect_editor.load(None, [])

    def _expectations_edited(self, expects: list[dict[str, Any]]) -> None:
        row = self.selected_row()
        if 0 <= row < len(self.model.tests):
            self.model.set_expectations(row, expects)

    # -- buttons ------------------------------------------------------------------------------
    def add_test(self, test: dict[str, Any] | None = None) -> None:
        new = test or {"name": f"test {len(self.model.tests) + 1}",
                       "vars": {n: "" for n in self.variable_names}, "expect": []}
        self.model.append([new])
        self.select_row(len(self.model.tests) - 1)
        self.edited.emit()

    def duplicate_selected(self) -> None:
        row = self.selected_row()
        if 0 <= row < len(self.model.tests):
            copy_of = {**self.tests()[row], "name": f"{self.model.name_of(row)} copy"}
            self.add_test(copy_of)

    def remove_selected(self) -> None:
        row = self.selected_row()
        if 0 <= row < len(self.model.tests):
            self.model.remove(row)
            self._show_expectations()
            self.edited.emit()

    # -- import -------------------------------------------------------------------------------
    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import tests"), "", self.tr(IMPORT_FILTER))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Parse the file whole, off the UI thread (a big or hostile file never freezes the window);
        a bad row is refused then. Else open the preview."""
        self.message.hide()
        self.import_dialog = None
        self.import_button.setEnabled(False)
        self.message.show_message(self.tr("Reading {0}…").format(path.name), "info")
        self.import_task = run_task(lambda _ctx: test_sets.load(path), name="import",
                                    on_result=lambda found: self._preview(path, found),
                                    on_error=lambda words, error: self._refused(path, words, error),
                                    on_finished=lambda: self.import_button.setEnabled(True), owner=self)

    def is_importing(self) -> bool:
        return self.import_task is not None and self.import_task.is_running()

    def _refused(self, path: Path, words: str, error: Any) -> None:
        text = self.tr("{0} was not imported: {1}. Nothing was changed; fix that row and import again.") \
            if isinstance(error, test_sets.TestSetError) else self.tr("{0} was not imported: {1} Nothing was changed.")
        self.message.show_message(text.format(path.name, error if isinstance(error, test_sets.TestSetError)
                                              else words), "error")

    def _preview(self, path: Path, found: test_sets.TestSet) -> None:
        self.message.hide()
        dialog = ImportDialog(path, found, len(self.model.tests), self)
        dialog.accepted.connect(lambda: self._imported(dialog, path))
        self.import_dialog = dialog
        dialog.open()

    def _imported(self, dialog: ImportDialog, path: Path) -> None:
        tests = dialog.chosen_tests(self.tests())
        self.model.reset(tests, self.variable_names)
        self._show_expectations()
        self.edited.emit()
        unknown = [n for n in dialog.found.variables if n not in self.variable_names]
        count = number(len(dialog.found.tests))
        text = self.tr("Imported {0} tests from {1}. Your template does not use {2}: add it to the template, or "
                       "those values are not sent.") if unknown else self.tr("Imported {0} tests from {1}.")
        self.message.show_message(text.format(count, path.name, ", ".join("{{" + n + "}}" for n in unknown)),
                                  "warning" if unknown else "ok")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.import_file(path)

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return files[0] if len(files) == 1 and files[0].suffix.lower() in IMPORTABLE else None

    # -- export -------------------------------------------------------------------------------
    def choose_export(self) -> None:
        export(self, self.message, "tests", self.model.tests, test_sets.tests_to_csv, test_sets.tests_to_jsonl)


def export(parent: QWidget, message: InlineMessage, what: str, items: list[dict[str, Any]],
           to_csv: Any, to_jsonl: Any, path: Path | None = None) -> bool:
    """Ask where (unless ``path`` is given), then write CSV or JSONL by the name's suffix."""
    if path is None:
        title = translate("TestsTable", "Export results") if what == "results" else \
            translate("TestsTable", "Export tests")
        name, _ = QFileDialog.getSaveFileName(parent, title, f"{what}.csv",
                                              translate("TestsTable", "CSV (*.csv);;JSON Lines (*.jsonl)"))
        if not name:
            return False
        path = Path(name)
    try:
        text = to_jsonl(items) if path.suffix.lower() in (".jsonl", ".ndjson") else to_csv(items)
    except test_sets.TestSetError as problem:  # a name CSV cannot carry back: nothing is written
        message.show_message(translate("TestsTable", "{0} was not written: {1}.").format(path.name, problem), "error")
        return False
    count = sum(len(i.get("cases") or []) for i in items) if what == "results" else len(items)
    counted = translate("TestsTable", "{0} results") if what == "results" else translate("TestsTable", "{0} tests")
    return write_export(message, path, text, counted.format(number(count)))


def write_export(message: InlineMessage, path: Path, text: str, what: str) -> bool:
    """Write an export whole or not at all, and say which."""
    try:
        atomic.atomic_write_text(path, text)
    except OSError as error:
        message.show_message(translate("TestsTable", "Could not write {0}: {1}.").format(
            path.name, error.strerror or error), "error")
        return False
    message.show_message(translate("TestsTable", "Exported {0} to {1}.").format(what, path.name), "ok")
    return True
