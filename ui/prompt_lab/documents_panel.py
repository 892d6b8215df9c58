"""The lab's reference documents: add files or a folder (or drop them), see each one's state, remove.

The assessment keeps each document's path, size and SHA-256, never its text (contract section
8). Reading, hashing, extracting and indexing run off the UI thread with a progress bar and
Cancel: a cancelled add changes nothing (the list stays as it was and the index on disk is only
ever replaced whole, see advisor.lab.retrieval.Index.build). A document that moved, changed or
cannot be read is named with what to do; one that cannot be read is not added at all.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Callable, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from advisor.lab import documents, retrieval
from ui.locale_format import number as locale_number
from ui.prompt_lab.messages import InlineMessage
from ui.workers import Task, TaskGroup, run_task

PROGRESS_INTERVAL_S = 0.05  # at most 20 progress reports a second: each costs the UI thread a turn
STATE_TEXT = {"ok": QT_TRANSLATE_NOOP("DocumentsPanel", "ok"), "missing": QT_TRANSLATE_NOOP("DocumentsPanel", "moved or deleted"), "changed": QT_TRANSLATE_NOOP("DocumentsPanel", "changed"),
              "unreadable": QT_TRANSLATE_NOOP("DocumentsPanel", "unreadable"), "rejected": QT_TRANSLATE_NOOP("DocumentsPanel", "not added"), "checking": QT_TRANSLATE_NOOP("DocumentsPanel", "checking…")}
COLUMNS = [QT_TRANSLATE_NOOP("DocumentsPanel", "Document"), QT_TRANSLATE_NOOP("DocumentsPanel", "Size"), QT_TRANSLATE_NOOP("DocumentsPanel", "State")]
KIND_PATTERNS = " ".join(f"*{kind}" for kind in documents.KINDS)


def _tr(text: str) -> str:
    """A constant of this module (STATE_TEXT, COLUMNS) in the window's language."""
    return QCoreApplication.translate("DocumentsPanel", text)


class Row(NamedTuple):
    path: str  # as stored (relative to the assessment's folder where it lies below it)
    size: int | None
    state: str  # a key of STATE_TEXT
    message: str = ""  # what is wrong and what to do


class Survey(NamedTuple):
    """What the worker found: the entries to keep, every row to show, and the index's size."""
    entries: list[dict[str, Any]]
    rows: list[Row]
    chunks: int


def format_size(size: int | None) -> str:
    if size is None:
        return "—"
    for unit, scale in (("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            return f"{locale_number(size / scale, 1)} {unit}"
    return f"{size} B"


def expand(paths: list[Path]) -> list[Path]:
    """Files as given; a folder gives every document below it, sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in documents.KINDS)
        else:
            found.append(path)
    return found


def _unnamed(message: str, *paths: Path) -> str:
    """The message without its leading file name: the row names the file already."""
    for path in paths:
        message = message.removeprefix(f"{path}: ")
    return message[:1].upper() + message[1:]


def survey(kept: list[dict[str, Any]], added: list[Path], assessment_path: Path | None,
           settings: dict[str, int], ctx: Any, index_folder: Path | None = None) -> Survey | None:
    """Check the kept documents, read the added ones, and build the index of those that read.

    Runs on a worker thread; ``None`` when cancelled (nothing is changed then).
    """
    new = expand(added)
    total, done, reported = len(kept) + len(new), 0, [0.0]

    def step(text: str) -> bool:
        nonlocal done
        done += 1
        now = time.monotonic()
        if done >= total or now - reported[0] >= PROGRESS_INTERVAL_S:
            reported[0] = now
            ctx.report((done, total + 1, text))
        return not ctx.cancelled

    rows, entries, texts = [], [], {}
    added_paths = set()
    for path in new:  # a document added again replaces its old record (its new version is used)
        try:
            entry = documents.entry_for(path, assessment_path)
        except documents.DocumentProblem as problem:
            shown = documents.stored_path(Path(path).resolve(), assessment_path)  # as a kept one would be
            rows.append(Row(shown, None, "rejected", _unnamed(str(problem), path, Path(path).resolve())))
        else:
            found = documents.check(entry, assessment_path)  # its text read, as a run will read it
            if found.state == "ok":
                added_paths.add(entry["path"])
                entries.append(entry)
                texts[entry["path"]] = found.text
                rows.append(Row(entry["path"], entry["bytes"], "ok"))
            else:
                where = documents.resolve(entry, assessment_path)
                rows.append(Row(entry["path"], entry["bytes"], "rejected", _unnamed(found.message, where)))
        if not step(QCoreApplication.translate("DocumentsPanel", "Reading {0}…").format(Path(path).name)):
            return None
    for entry in kept:
        if entry.get("path") in added_paths:
            continue
        found = documents.check(entry, assessment_path)
        where = documents.resolve(entry, assessment_path)
        rows.append(Row(str(entry.get("path")), entry.get("bytes"), found.state, _unnamed(found.message, where)))
        if found.state == "ok":
            texts[str(entry["path"])] = found.text
        if not step(QCoreApplication.translate("DocumentsPanel", "Checking {0}…").format(
                Path(str(entry.get("path"))).name)):
            return None
    entries = [*(e for e in kept if e.get("path") not in added_paths), *entries]
    rows.sort(key=lambda row: (row.state == "ok", row.path))  # problems first: they need the user
    readable = [e for e in entries if str(e["path"]) in texts]
    chunks = 0
    if readable and not ctx.cancelled:
        ctx.report((total, total + 1, QCoreApplication.translate("DocumentsPanel", "Indexing 1 document…")
                    if len(readable) == 1 else
                    QCoreApplication.translate("DocumentsPanel", "Indexing {0} documents…").format(len(readable))))
        index = retrieval.open_index(readable, texts, settings, index_folder)
        chunks = index.count()
        index.close()
    if ctx.cancelled:
        return None
    return Survey(entries, rows, chunks)


class DocumentsPanel(QWidget):
    documents_changed = Signal(object)  # the new prompt_lab.documents, a list of {path, bytes, sha256}

    def __init__(self, assessment_path: Callable[[], Path | None], settings: Callable[[], dict[str, int]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assessment_path, self.settings = assessment_path, settings
        self.entries: list[dict[str, Any]] = []
        self.rows: list[Row] = []
        self.group = TaskGroup()  # the page replaces it with its own
        self.task: Task | None = None
        self._token: object | None = None
        self.setAcceptDrops(True)
        intro = QLabel(self.tr("Your team's reference documents, for the <b>Full documents</b> and "
                               "<b>Retrieve</b> contexts on the Tests tab. The assessment keeps each one's path, "
                               "size and fingerprint, never its text. Drop files or folders here, or:"))
        intro.setWordWrap(True)
        self.add_files_button = QPushButton(self.tr("Add &files…"))
        self.add_folder_button = QPushButton(self.tr("Add a fol&der…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.check_button = QPushButton(self.tr("Check a&gain"))
        self.check_button.setToolTip(self.tr("Look at every document again: moved, changed or unreadable ones are named"))
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.check_button.clicked.connect(lambda: self.start([]))
        buttons = QHBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.remove_button, self.check_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setHorizontalHeaderLabels([_tr(column) for column in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 280)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Documents progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.status = QLabel(self.tr("No documents yet."))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Documents status"))
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self._show_busy(False)

    # -- the document's documents ---------------------------------------------------------------
    def load(self, entries: list[dict[str, Any]]) -> None:
        """A newly opened file: its documents, then each one checked (off the UI thread)."""
        self.abandon()
        self.entries = [e for e in entries if isinstance(e, dict)]
        self.message.hide()
        self._show_rows([Row(str(e.get("path")), e.get("bytes"), "checking") for e in self.entries])
        if self.entries:
            self.start([], announce=False)
        else:
            self.status.setText(self.tr("No documents yet."))

    def add_paths(self, paths: list[Path]) -> None:
        """Files and folders from the dialogs or a drop."""
        if paths:
            self.start([Path(p) for p in paths])

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add documents"), self._start_folder(),
                                                self.tr("Documents ({0})").format(KIND_PATTERNS))
        self.add_paths([Path(name) for name in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add every document in a folder"), self._start_folder())
        if folder:
            self.add_paths([Path(folder)])

    def _start_folder(self) -> str:
        """The assessment's folder: documents kept below it are saved as relative paths."""
        where = self.assessment_path()
        return str(Path(where).parent) if where else ""

    def remove_selected(self) -> None:
        chosen = {self.rows[index.row()].path for index in self.table.selectionModel().selectedRows()}
        if not chosen or self.is_busy():
            return
        self.rows = [row for row in self.rows if row.path not in chosen]
        kept = [e for e in self.entries if str(e.get("path")) not in chosen]
        if len(kept) != len(self.entries):
            self.entries = kept
            self.documents_changed.emit(list(kept))
        self._show_rows(self.rows)
        self._say_counts()

    # -- the work -------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self.task is not None and self.task.is_running()

    def start(self, added: list[Path], announce: bool = True) -> None:
        if self.is_busy():
            self.message.show_message(self.tr("Documents are still being read: wait, or press Cancel."), "warning")
            return
        kept, where, settings = list(self.entries), self.assessment_path(), self.settings()
        token = self._token = object()
        self.message.hide()
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Reading the documents…") if announce else self.tr("Checking the documents…"))
        self._show_busy(True)

        def current(slot: Callable[..., None]) -> Callable[..., None]:
            return lambda *args: slot(*args) if self._token is token else None

        self.task = run_task(lambda ctx: survey(kept, added, where, settings, ctx), name="documents",
                             on_result=current(self._surveyed), on_progress=current(self._progressed),
                             on_error=current(self._failed), on_finished=current(lambda: self._show_busy(False)),
                             group=self.group, owner=self)

    def cancel(self) -> None:
        if self.is_busy():
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def abandon(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self._token = None
        self._show_busy(False)

    def wait(self, timeout: float) -> bool:
        return self.task.wait(timeout) if self.task is not None else True

    def _progressed(self, value: tuple[int, int, str]) -> None:
        done, total, text = value
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(text)

    def _surveyed(self, found: Survey | None) -> None:
        if found is None:
            self._show_rows(self.rows)
            self.status.setText(self.tr("Cancelled: the documents are as they were."))
            return
        changed = found.entries != self.entries
        self.entries = found.entries
        self._show_rows(found.rows)
        self._say_counts(found.chunks)
        if changed:
            self.documents_changed.emit(list(found.entries))

    def _failed(self, message: str, _error: Any) -> None:
        self.status.setText(self.tr("The documents could not be read."))
        self.message.show_message(message, "error")

    # -- showing --------------------------------------------------------------------------------
    def _say_counts(self, chunks: int | None = None) -> None:
        problems = [row for row in self.rows if row.state != "ok"]
        usable = len(self.rows) - len(problems)
        if not self.rows:
            self.status.setText(self.tr("No documents yet."))
            return
        ready = self.tr("1 document ready") if usable == 1 else self.tr("{0} documents ready").format(usable)
        if chunks:
            ready = self.tr("{0}, indexed as {1} chunks for the retrieve context").format(ready, locale_number(chunks))
        if problems:
            named = "; ".join(f"{Path(row.path).name} ({_tr(STATE_TEXT[row.state])})" for row in problems[:4])
            if len(problems) == 1:
                ready = self.tr("{0}; 1 needs you: {1}").format(ready, named)
            else:
                ready = self.tr("{0}; {1} need you: {2}").format(ready, len(problems), named)
        self.status.setText(ready + ".")

    def _show_rows(self, rows: list[Row]) -> None:
        self.rows = list(rows)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            state = _tr(STATE_TEXT[row.state]) + (f": {row.message}" if row.message else "")
            cells = (row.path, format_size(row.size), state)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(number, column, item)
        self.table.resizeRowsToContents()
        self._update_buttons()

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for button in (self.add_files_button, self.add_folder_button, self.check_button):
            button.setEnabled(not busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()) and not self.is_busy())
        self.check_button.setEnabled(bool(self.entries) and not self.is_busy())

    # -- drag and drop --------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)
