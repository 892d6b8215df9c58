"""An assessment whose answers are only in its documents, for the lab's documents and context tests."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from tests import documents_fixtures
from tests.documents_fixtures import FACTS, write_handbook  # noqa: F401 (the tests import them from here)


def write_assessment(path: Path, **lab) -> Path:
    """The handbook's test set, on the model the window offers without a key (the price table's)."""
    return documents_fixtures.write_assessment(path, **{"model": "claude-haiku-4-5", **lab})


def open_window(qtbot, path: Path) -> QMainWindow:
    """A window holding the lab on ``path`` (keep the window: the page goes with it)."""
    from ui.document import AssessmentDocument
    from ui.prompt_lab.page import PromptLabPage

    document = AssessmentDocument()
    document.open(path)
    window = QMainWindow()
    page = PromptLabPage(document)
    window.setCentralWidget(page)
    window.resize(1200, 860)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def help_page(qtbot, tmp_path):
    """The lab on an assessment with no documents yet (its handbook in docs/ beside it)."""
    write_handbook(tmp_path / "docs")
    window = open_window(qtbot, write_assessment(tmp_path / "help.fta.json"))
    page = window.centralWidget()
    yield page
    assert page.shutdown(5.0), "work was still running after shutdown"


def wait_documents(qtbot, page, timeout: int = 20000) -> None:
    qtbot.waitUntil(lambda: not page.documents.is_busy(), timeout=timeout)
