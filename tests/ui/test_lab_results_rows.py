"""The lab's results table looks the same after reopening a file as after the run itself."""
from __future__ import annotations

import json

from tests.helpers import ROOT

LONG_REASON = ("expected the reply to contain 'billing', but it named the shipping team and went on "
               "to explain why at some length")


def file_with_a_run(tmp_path):
    data = json.loads((ROOT / "resources" / "example.fta.json").read_text())
    cases = [{"name": "refund", "passed": True, "pass_rate": 1.0, "runs": 1, "output": "billing",
              "input_tokens": 120, "output_tokens": 2, "cost_usd": 0.0001},
             {"name": "login", "passed": False, "pass_rate": 0.0, "runs": 1, "reason": LONG_REASON,
              "output": "I think this ticket belongs to the shipping team because " * 3,
              "input_tokens": 120, "output_tokens": 40, "cost_usd": 0.0002},
             {"name": "crash", "passed": True, "pass_rate": 1.0, "runs": 1, "output": "technical",
              "input_tokens": 118, "output_tokens": 2, "cost_usd": 0.0001}]
    data["prompt_lab"]["last_run"] = {"model": "claude-haiku-4-5", "started": "2026-11-30T10:00:00Z",
                                      "passed": 2, "failed": 1, "cases": cases}
    path = tmp_path / "With a run.fta.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_reopened_results_have_even_one_line_rows_with_the_full_text_on_hover(qtbot, window, tmp_path):
    window.resize(900, 600)
    assert window.open_path(file_with_a_run(tmp_path))  # loaded while the lab is hidden
    window.show_page("prompt_lab")
    window.prompt_lab.tabs.setCurrentIndex(1)
    results = window.prompt_lab.runs.results
    qtbot.waitUntil(lambda: results.isVisible())
    assert results.model().rowCount() == 3
    heights = {results.rowHeight(row) for row in range(3)}
    assert len(heights) == 1  # even rows, the long reason included
    assert heights.pop() < 2 * results.fontMetrics().height()  # one line each
    from PySide6.QtCore import Qt

    assert results.model().index(1, 3).data(Qt.ItemDataRole.ToolTipRole) == LONG_REASON
    window.document._dirty = False
