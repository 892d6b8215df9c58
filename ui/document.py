"""The open assessment, as the one object every screen reads and edits.

Screens never talk to each other: they change the document and listen to its ``changed``
signal. The document knows whether it has unsaved changes and where it lives on disk.
"""
from __future__ import annotations

import copy
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from advisor.document.assessment import Assessment, load_assessment, save_assessment
from advisor.document.file_guard import OpenFile

log = logging.getLogger(__name__)


class AssessmentDocument(QObject):
    changed = Signal()              # any content changed (answers, costs, title, ...)
    state_changed = Signal()        # the path or the unsaved-changes flag changed
    replaced = Signal()             # a different assessment was loaded or created
    folder_used = Signal(str)       # a file dialog wrote or read in this folder (remember it)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.assessment = Assessment.new()
        self._dirty = False
        self._is_open = False  # False until the user creates or opens an assessment
        # The file's lock and how it looked when last read or written (advisor/document/file_guard.py).
        self.open_file: OpenFile | None = None
        self.last_folder = ""  # the folder a file dialog last used (the window keeps it in settings)

    # --- state ----------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self.assessment.path

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def is_open(self) -> bool:
        return self._is_open

    def display_name(self) -> str:
        return self.assessment.path.name if self.assessment.path else self.tr("Untitled")

    def dialog_folder(self) -> Path:
        """Where Save, Open and Export dialogs start: beside the open file, else where the user
        last saved or opened something, else the home folder (never a folder that is gone)."""
        for folder in (self.path.parent if self.path else None,
                       Path(self.last_folder) if self.last_folder else None):
            if folder is not None and folder.is_dir():
                return folder
        return Path.home()

    def note_folder_used(self, path: Path) -> None:
        """A dialog wrote or read ``path``: the next dialog starts in its folder."""
        self.last_folder = str(Path(path).resolve().parent)
        self.folder_used.emit(self.last_folder)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.state_changed.emit()

    def _touch(self) -> None:
        self._set_dirty(True)
        self.changed.emit()

    # --- whole-document operations ---------------------------------------------------------
    def new(self, title: str = "") -> None:
        self._replace(Assessment.new(title), dirty=False)
        self.release()

    def open(self, path: Path) -> None:
        """Load ``path``; a FileProblem leaves the current document untouched."""
        self._replace(load_assessment(path), dirty=False)
        self._attach(Path(path))

    def restore(self, assessment: Assessment, path: Path | None) -> None:
        """Bring back recovered content: it differs from the file, so it counts as unsaved."""
        assessment.path = path
        self._replace(assessment, dirty=True)
        self.release()
        if path is not None:
            self._attach(path)

    # --- the file on disk: lock and changes made by others ------------------------------------
    def _attach(self, path: Path) -> None:
        """Watch ``path`` for changes by others; the window takes the lock (lock_file)."""
        self.release()
        self.open_file = OpenFile(path, lock=False)

    def lock_file(self):  # -> advisor.document.file_guard.Holder | None
        """Put this window's lock next to the file; who else holds it, if anyone."""
        return self.open_file.lock() if self.open_file is not None else None

    def release(self) -> None:
        """Drop this window's lock (closing, or moving to another file)."""
        if self.open_file is not None:
            self.open_file.release()
            self.open_file = None

    def changed_on_disk(self, path: Path | None = None) -> bool:
        """True when ``path`` (the open file) was written by someone else since we read or saved it."""
        guard = self.open_file
        return guard is not None and (path is None or Path(path) == guard.path) and guard.changed_on_disk()

    def _replace(self, assessment: Assessment, *, dirty: bool) -> None:
        self.assessment = assessment
        self._is_open = True
        self._dirty = dirty
        self.replaced.emit()
        self.changed.emit()
        self.state_changed.emit()

    def detach_from_file(self) -> None:
        """Keep the content but forget the file (the shipped example): Save will ask where."""
        self.release()
        self.assessment.path = None
        self.state_changed.emit()

    def save(self, path: Path | None = None) -> Path:
        written = save_assessment(self.assessment, path)
        if self.open_file is not None and self.open_file.path == written:
            self.open_file.written()
        else:  # saved under a new name: that file is now the one this window holds
            self._attach(written)
            self.lock_file()
        self._set_dirty(False)
        self.state_changed.emit()
        return written

    def snapshot(self) -> Assessment:
        return copy.deepcopy(self.assessment)

    # --- edits ----------------------------------------------------------------------------
    def set_title(self, title: str) -> None:
        if title != self.assessment.title:
            self.assessment.title = title
            self._touch()

    def set_notes(self, notes: str) -> None:
        if notes != self.assessment.notes:
            self.assessment.notes = notes
            self._touch()

    def set_answer(self, question_id: str, value: Any) -> None:
        """Set an answer; ``None`` removes it (the question is unanswered again)."""
        answers = self.assessment.answers
        if value is None:
            if question_id not in answers:
                return
            del answers[question_id]
        elif answers.get(question_id) == value and question_id in answers:
            return
        else:
            answers[question_id] = copy.deepcopy(value)
        self._touch()

    def set_cost(self, input_id: str, value: Any) -> None:
        costs = self.assessment.costs
        if value is None:
            if input_id not in costs:
                return
            del costs[input_id]
        elif costs.get(input_id) == value and input_id in costs:
            return
        else:
            costs[input_id] = value
        self._touch()

    def set_prompt_lab(self, prompt_lab: dict[str, Any], *, handed_over: bool = False) -> None:
        """``handed_over``: the caller built ``prompt_lab`` fresh and never touches it again, so
        it is kept as is. The prompt lab hands over its finished runs this way: copying a history
        of up to 50 runs of thousands of cases stalled the window for up to half a second."""
        if prompt_lab != self.assessment.prompt_lab:
            self.assessment.prompt_lab = prompt_lab if handed_over else copy.deepcopy(prompt_lab)
            self._touch()
