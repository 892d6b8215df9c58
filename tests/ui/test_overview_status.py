"""Issue 29, item 8: the Assessment screen says where the assessment stands: the verdict and its
confidence, the file and whether it is saved, and the last prompt-lab run."""
from __future__ import annotations

from tests.helpers import write_assessment


def status_text(window) -> str:
    from PySide6.QtGui import QTextDocument

    text = QTextDocument()
    text.setHtml(window.overview.status.text())
    return text.toPlainText()


def test_the_assessment_screen_shows_the_verdict_file_state_and_last_run(qtbot, window, scripted, tmp_path):
    window.open_example()
    window.show_page("overview")
    window.show_page("recommendation")
    verdict = window.recommendation.summary["verdict_title"]
    window.show_page("overview")
    shown = status_text(window)
    assert verdict in shown and "Confidence:" in shown
    assert "No prompt-lab run yet." in shown
    scripted.save_path = tmp_path / "triage.fta.json"
    window.save_as()
    qtbot.waitUntil(lambda: f"{scripted.save_path} (saved)" in status_text(window))
    window.document.set_notes("one more thought")
    qtbot.waitUntil(lambda: "(unsaved changes)" in status_text(window))
    window.document._dirty = False
    window.new_assessment()
    window.show_page("overview")
    qtbot.waitUntil(lambda: "Not saved yet" in status_text(window))


def test_the_last_run_is_named_with_its_model_and_pass_rate(qtbot, window, tmp_path):
    run = {"model": "claude-haiku-4-5", "started": "2026-12-01T10:00:00Z", "repeat": 1, "passed": 1, "failed": 1,
           "cases": [{"name": "a", "passed": True}, {"name": "b", "passed": False}]}
    path = write_assessment(tmp_path / "ran.fta.json", version=2, title="Ran",
                            prompt_lab={"model": "claude-haiku-4-5", "tests": [], "runs": [run]})
    assert window.open_path(path)
    window.show_page("overview")
    assert "claude-haiku-4-5 · 2026-12-01 10:00 · 50 %" in status_text(window)
