"""Context modes and the few-shot curve in the lab's window (issue 22), on the fake API that answers
only from what the request holds: the answers are only in the documents."""
from __future__ import annotations

import pytest

from tests.ui.lab_documents_support import FACTS, wait_documents
from tests.ui.lab_support import click, run_and_wait, tick


@pytest.fixture
def grounded(api_env):
    api_env.reply = api_env.grounded_reply
    return api_env


@pytest.fixture
def with_handbook(qtbot, help_page, tmp_path):
    help_page.documents.add_paths([tmp_path / "docs" / "handbook.md"])
    wait_documents(qtbot, help_page)
    return help_page


def _side_by_side(page) -> list[list[str]]:
    table = page.runs.side_by_side.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_none_fails_and_full_and_retrieve_pass_side_by_side_with_the_chunks_shown(qtbot, with_handbook, grounded):
    page = with_handbook
    choice = page.runs.context_choice
    tick(qtbot, choice.mode_checks["full"])
    tick(qtbot, choice.mode_checks["retrieve"])
    assert choice.top_k.isEnabled()
    choice.top_k.setValue(2)
    run_and_wait(qtbot, page)
    assert "Finished" in page.runs.status.text(), page.runs.message.text.text()
    rows = _side_by_side(page)
    assert [row[0] for row in rows] == ["claude-haiku-4-5", "claude-haiku-4-5 · full", "claude-haiku-4-5 · retrieve"]
    assert [row[1].split(" (")[0] for row in rows] == ["0 %", "100 %", "100 %"]
    assert "cache-read tokens" in rows[1][2] and "cache-read tokens" not in rows[0][2]
    saved = page.document.assessment.prompt_lab["runs"]
    assert [(r.get("context", "none"), r["passed"]) for r in saved] == [("none", 0), ("full", 3), ("retrieve", 3)]
    assert saved[1]["cache_read_tokens"] > 0  # the repeats of the full context read the cache
    assert page.document.assessment.prompt_lab["retrieval"]["top_k"] == 2
    # The retrieve run's cases in detail: which chunks were sent.
    page.runs.views.setCurrentIndex(1)
    page.runs.showing.setCurrentIndex(2)
    page.runs.results.selectRow(0)
    detail = page.runs.detail.toPlainText()
    assert "Chunks sent (2): docs/handbook.md#" in detail
    assert FACTS["ZX41"] in detail
    assert saved[2]["cases"][0]["chunks"] == detail.split("Chunks sent (2): ")[1].splitlines()[0].split(", ")


def test_full_documents_larger_than_the_models_context_are_refused_before_anything_is_sent(
        qtbot, help_page, grounded, tmp_path):
    big = tmp_path / "docs" / "archive.md"
    big.write_text("# Archive\n\n" + "\n\n".join(f"Old record {n} about nothing in particular." * 4
                                                 for n in range(5000)), encoding="utf-8")
    help_page.documents.add_paths([big])
    wait_documents(qtbot, help_page)
    tick(qtbot, help_page.runs.context_choice.mode_checks["full"])
    run_and_wait(qtbot, help_page)
    message = help_page.runs.message.text.text()
    assert "tokens, more than claude-haiku-4-5's 200,000-token context" in message
    assert "use the retrieve context, or fewer documents" in message
    assert grounded.message_requests() == []
    assert "runs" not in help_page.document.assessment.prompt_lab


def test_a_context_without_documents_says_to_add_them(qtbot, help_page, grounded):
    tick(qtbot, help_page.runs.context_choice.mode_checks["retrieve"])
    run_and_wait(qtbot, help_page)
    assert "the retrieve context needs documents: add them to the lab" in help_page.runs.message.text.text()
    assert grounded.message_requests() == []


def test_batch_mode_runs_every_context_in_one_batch_with_the_chunks_kept(qtbot, with_handbook, grounded):
    page = with_handbook
    page.runs.poll_seconds = 0.05
    tick(qtbot, page.runs.batch_check)
    tick(qtbot, page.runs.context_choice.mode_checks["retrieve"])
    page.runs.context_choice.top_k.setValue(1)
    run_and_wait(qtbot, page)
    assert "The batch finished" in page.runs.status.text(), page.runs.message.text.text()
    assert [row[0] for row in _side_by_side(page)] == ["claude-haiku-4-5", "claude-haiku-4-5 · retrieve"]
    assert [row[1].split(" (")[0] for row in _side_by_side(page)] == ["0 %", "100 %"]
    saved = page.document.assessment.prompt_lab["runs"]
    assert [(r.get("context", "none"), r.get("batch")) for r in saved] == [("none", True), ("retrieve", True)]
    assert all(len(case["chunks"]) == 1 for case in saved[1]["cases"])
    assert grounded.message_requests() == []  # all of it went through the one batch
    assert "batch" not in page.document.assessment.prompt_lab


def _examples(count: int) -> list[dict[str, str]]:
    return [{"input": f"What does the handbook say about plan EX{n}?", "output": f"Plan EX{n} is fine."}
            for n in range(count)]


def _set_examples(page, count: int) -> None:
    lab = dict(page.document.assessment.prompt_lab, examples=_examples(count))
    page.document.set_prompt_lab(lab)
    page.load_from_document()


def test_a_rising_curve_is_plotted_with_its_table_and_reading(qtbot, help_page, api_env):
    # A model that needs examples: it answers well only with at least four of them in the request.
    api_env.reply = lambda body: next(iter(FACTS.values())) if len(body["messages"]) >= 9 else "No idea."
    tests = [{"name": f"t{n}", "vars": {"question": f"Question {n}?"},
              "expect": [{"type": "contains", "value": "refund window"}]} for n in range(12)]
    page = help_page
    page.document.set_prompt_lab(dict(page.document.assessment.prompt_lab, tests=tests))
    _set_examples(page, 4)
    page.runs.context_choice.shots.setText("0, 2, 4")
    run_and_wait(qtbot, page)
    assert "Finished" in page.runs.status.text(), page.runs.message.text.text()
    curve = page.runs.curve
    assert page.runs.views.currentWidget() is curve  # a curve's go opens on the curve
    assert [p["shots"] for p in curve.points] == [0, 2, 4]
    assert [p["pass_rate"] for p in curve.points] == [0.0, 0.0, 100.0]
    assert curve.reading == "rising"
    assert curve.title.text().startswith("Rising: more examples still help")
    assert "More labelled examples may help further" in curve.words.text()
    assert curve.table.rowCount() == 3 and curve.table.item(2, 2).text() == "100.0 %"
    assert curve._canvas is not None  # drawn: the curve's tab is on screen
    axes = curve._canvas.figure.axes[0]
    assert [t.get_text() for t in axes.get_xticklabels()] == ["0", "2", "4"]
    assert "4 shots: 100.0 % of 12" in curve._canvas.accessibleDescription()
    sent = sorted({len(r.body["messages"]) for r in api_env.message_requests()})
    assert sent == [1, 5, 9]  # 0, 2 and 4 examples, each a user and an assistant turn


def test_a_flat_curve_reads_flat_and_an_example_that_is_a_test_is_never_sent(qtbot, help_page, grounded):
    page = help_page
    lab = page.document.assessment.prompt_lab
    leaking = {"input": lab["tests"][0]["vars"]["question"], "output": FACTS["ZX41"]}
    page.document.set_prompt_lab(dict(lab, examples=[leaking, *_examples(2)]))
    page.load_from_document()
    page.runs.context_choice.shots.setText("0,2")
    run_and_wait(qtbot, page)
    curve = page.runs.curve
    assert curve.reading == "flat" and curve.title.text().startswith("Flat: more examples did not help")
    assert "More labelled data is unlikely to help" in curve.words.text()
    for request in grounded.message_requests():
        assert FACTS["ZX41"] not in str(request.body["messages"][:-1])  # the test's answer never leaks
    # Three examples, one of them a test: asking for three is refused, naming why.
    page.runs.context_choice.shots.setText("0,3")
    run_and_wait(qtbot, page)
    assert "3 is more than the 2 examples the lab can send" in page.runs.message.text.text()


def test_shot_counts_that_are_not_numbers_are_named(qtbot, help_page, grounded):
    help_page.tabs.setCurrentIndex(1)
    help_page.runs.context_choice.shots.setText("0, two")
    click(qtbot, help_page.runs.run_button)
    assert "Shots: 'two' is not a whole number" in help_page.runs.message.text.text()
    assert not help_page.runs.is_busy() and grounded.message_requests() == []


def test_the_curve_follows_the_window_between_light_and_dark(qtbot):
    from matplotlib.colors import to_hex
    from PySide6.QtGui import QColor, QPalette

    from ui.prompt_lab.shots_curve import ShotsCurve

    runs = [{"model": "m", "shots": shots, "passed": passed, "failed": 10 - passed, "cases": []}
            for shots, passed in ((0, 1), (4, 9))]
    curve = ShotsCurve()
    qtbot.addWidget(curve)
    curve.resize(800, 400)
    curve.show()
    curve.show_history(runs, "m")
    assert curve.reading == "rising"
    assert to_hex(curve._canvas.figure.get_facecolor()) != "#1e1e1e"
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    curve.setPalette(dark)
    axes = curve._canvas.figure.axes[0]
    assert to_hex(curve._canvas.figure.get_facecolor()) == "#1e1e1e"
    assert to_hex(axes.title.get_color()) == "#e6e6e6"
