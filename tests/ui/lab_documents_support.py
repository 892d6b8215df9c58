"""An assessment whose answers are only in its documents, for the lab's documents and context tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

FACTS = {"ZX41": "The refund window for plan ZX41 is 45 days.",
         "QB7": "Express shipping for plan QB7 takes two days.",
         "LM3": "Plan LM3 includes phone support on weekdays."}


def write_handbook(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    sections = [f"# Section {code}\n\nSome general words about plans and customers.\n\n{fact}"
                for code, fact in FACTS.items()]
    filler = [f"# Other {n}\n\nUnrelated policy text number {n} about offices and holidays." for n in range(30)]
    path = folder / "handbook.md"
    path.write_text("\n\n".join(filler[:15] + sections + filler[15:]), encoding="utf-8")
    return path


def write_assessment(path: Path, **lab) -> Path:
    tests = [{"name": f"plan {code}", "vars": {"question": f"What does the handbook say about plan {code}?"},
              "expect": [{"type": "contains", "value": fact}]} for code, fact in FACTS.items()]
    doc = {"format": "fine-tune-advisor/assessment", "version": 2, "title": "Help centre",
           "prompt_lab": {"model": "claude-haiku-4-5", "system": "Answer from the reference material.",
                          "template": "{{question}}", "max_tokens": 64, "tests": tests, **lab}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


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
