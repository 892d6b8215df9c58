"""The lab's Documents tab (issue 22): add by button and by drop, progress, Cancel, hostile files named."""
from __future__ import annotations

import hashlib
import json
import time

import pytest

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from advisor.core import paths
from advisor.lab import documents
from tests.ui.lab_documents_support import wait_documents
from tests.ui.lab_support import click


def _states(page) -> dict[str, str]:
    table = page.documents.table
    return {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}


@pytest.fixture(autouse=True)
def _documents_tab(help_page):
    help_page.tabs.setCurrentWidget(help_page.documents.parentWidget())  # as the user opens it


def _drop(widget, paths) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(QPoint(20, 20)), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)


def test_add_files_by_the_button_keeps_path_size_and_hash_never_the_text(qtbot, help_page, tmp_path, monkeypatch):
    handbook = tmp_path / "docs" / "handbook.md"
    asked = []
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileNames",
                        lambda *args, **kwargs: asked.append(args) or ([str(handbook)], ""))
    click(qtbot, help_page.documents.add_files_button)
    wait_documents(qtbot, help_page)
    assert asked[0][2] == str(tmp_path)  # the dialog opens in the assessment's folder
    assert _states(help_page) == {"docs/handbook.md": "ok"}
    assert "1 document ready, indexed as" in help_page.documents.status.text()
    data = handbook.read_bytes()
    kept = help_page.document.assessment.prompt_lab["documents"]
    assert kept == [{"path": "docs/handbook.md", "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}]
    help_page.document.save(tmp_path / "help.fta.json")
    saved = (tmp_path / "help.fta.json").read_text(encoding="utf-8")
    assert "Unrelated policy text number" not in saved  # the text is never stored
    assert json.loads(saved)["prompt_lab"]["documents"] == kept


def test_a_dropped_folder_adds_every_document_in_it_with_progress(qtbot, help_page, tmp_path):
    folder = tmp_path / "docs"
    for number in range(6):
        (folder / f"note{number}.txt").write_text(f"Note {number}: the office opens at {number + 7}.")
    (folder / "picture.png").write_bytes(b"\x89PNG not a document")  # not a document kind: left out
    seen: list[int] = []
    help_page.documents.progress.valueChanged.connect(seen.append)
    _drop(help_page.documents, [folder])
    assert help_page.documents.progress.isVisible() and help_page.documents.cancel_button.isVisible()
    wait_documents(qtbot, help_page)
    assert seen and max(seen) >= 1
    assert set(_states(help_page)) == {"docs/handbook.md", *(f"docs/note{n}.txt" for n in range(6))}
    assert set(_states(help_page).values()) == {"ok"}
    assert len(help_page.document.assessment.prompt_lab["documents"]) == 7
    assert not help_page.documents.progress.isVisible()


def test_hostile_files_are_named_with_what_to_do_and_not_added(qtbot, help_page, tmp_path):
    from pypdf import PdfWriter

    binary = tmp_path / "docs" / "photo.txt"
    binary.write_bytes(b"\x00\x01\x02JFIF" * 100)
    scanned = tmp_path / "docs" / "scan.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)  # a page with no text on it, as a scan gives
    with open(scanned, "wb") as handle:
        writer.write(handle)
    gone = tmp_path / "docs" / "gone.md"
    huge = tmp_path / "docs" / "dump.txt"
    with open(huge, "wb") as handle:
        handle.truncate(500 * 1024 * 1024)  # 500 MB on paper (sparse): refused before it is read
    help_page.documents.add_paths([binary, scanned, gone, huge, tmp_path / "docs" / "handbook.md"])
    wait_documents(qtbot, help_page)
    states = _states(help_page)
    assert states["docs/handbook.md"] == "ok"
    assert states["docs/photo.txt"].startswith("not added: ") and "This is a binary file, not text" in states["docs/photo.txt"]
    assert states["docs/scan.pdf"].startswith("not added: No text found in it") and "OCR" in states["docs/scan.pdf"]
    assert states["docs/gone.md"] == ("not added: Cannot be read (No such file or directory). "
                                      "Check that it is there and that you may read it.")
    assert [e["path"] for e in help_page.document.assessment.prompt_lab["documents"]] == ["docs/handbook.md"]
    assert states["docs/dump.txt"] == "not added: 500 MB is larger than the 100 MB a document may be; split it."
    assert "4 need you" in help_page.documents.status.text()


def test_a_document_moved_or_changed_since_it_was_added_is_named(qtbot, help_page, tmp_path):
    extra = tmp_path / "docs" / "extra.md"
    extra.write_text("# Extra\n\nPlan AB1 has no fee.")
    help_page.documents.add_paths([tmp_path / "docs"])
    wait_documents(qtbot, help_page)
    (tmp_path / "docs" / "handbook.md").rename(tmp_path / "handbook-moved.md")
    extra.write_text("# Extra\n\nPlan AB1 now has a fee.")
    click(qtbot, help_page.documents.check_button)
    wait_documents(qtbot, help_page)
    states = _states(help_page)
    assert states["docs/handbook.md"].startswith("moved or deleted: The document is gone")
    assert "Put it back, or remove it" in states["docs/handbook.md"]
    assert states["docs/extra.md"].startswith("changed: The document changed since it was added. Add it again")
    assert "2 need you" in help_page.documents.status.text()
    # Removing the moved one, and adding the changed one again, leaves a clean list.
    help_page.documents.table.selectRow(0 if help_page.documents.rows[0].path == "docs/handbook.md" else 1)
    click(qtbot, help_page.documents.remove_button)
    help_page.documents.add_paths([extra])
    wait_documents(qtbot, help_page)
    assert _states(help_page) == {"docs/extra.md": "ok"}
    kept = help_page.document.assessment.prompt_lab["documents"]
    assert [e["sha256"] for e in kept] == [hashlib.sha256(extra.read_bytes()).hexdigest()]


def test_cancel_while_reading_leaves_the_documents_and_the_index_as_they_were(qtbot, help_page, tmp_path, monkeypatch):
    help_page.documents.add_paths([tmp_path / "docs" / "handbook.md"])
    wait_documents(qtbot, help_page)
    before = list(help_page.document.assessment.prompt_lab["documents"])
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(200):
        (folder / f"page{number}.md").write_text(f"# Page {number}\n\nWords about item {number}.")
    real_check = documents.check

    def slow_check(entry, where):  # each document takes a little while, as a real PDF does
        time.sleep(0.01)
        return real_check(entry, where)

    monkeypatch.setattr(documents, "check", slow_check)
    help_page.documents.add_paths([folder])
    qtbot.waitUntil(lambda: help_page.documents.progress.value() >= 1, timeout=10000)
    click(qtbot, help_page.documents.cancel_button)
    wait_documents(qtbot, help_page)
    assert help_page.documents.status.text() == "Cancelled: the documents are as they were."
    assert help_page.document.assessment.prompt_lab["documents"] == before
    assert set(_states(help_page)) == {"docs/handbook.md"}
    cache = list((paths.cache_dir() / "retrieval").glob("*.sqlite"))
    assert len(cache) == 1  # only the index of the documents kept; no half-built one beside it
    assert not list((paths.cache_dir() / "retrieval").glob(".*building"))


def test_opening_a_file_checks_its_documents_and_a_run_names_the_one_that_moved(qtbot, tmp_path, api_env):
    from tests.ui.lab_documents_support import open_window, write_assessment, write_handbook

    handbook = write_handbook(tmp_path / "docs")
    data = handbook.read_bytes()
    entry = {"path": "docs/handbook.md", "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    path = write_assessment(tmp_path / "help.fta.json", documents=[entry])
    handbook.rename(tmp_path / "elsewhere.md")
    window = open_window(qtbot, path)
    page = window.centralWidget()
    wait_documents(qtbot, page)
    assert _states(page)["docs/handbook.md"].startswith("moved or deleted: The document is gone")
    assert "1 needs you: handbook.md (moved or deleted)" in page.documents.status.text()
    assert page.document.assessment.prompt_lab["documents"] == [entry]  # named, never dropped
    page.runs.context_choice.choose(("retrieve",))
    page.tabs.setCurrentIndex(1)
    click(qtbot, page.runs.run_button)
    qtbot.waitUntil(lambda: not page.runs.is_busy(), timeout=20000)
    assert page.runs.message.text.text().startswith("docs/handbook.md: the document is gone")
    assert api_env.message_requests() == []
    assert page.shutdown(5.0)
