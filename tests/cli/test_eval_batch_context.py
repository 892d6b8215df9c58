"""``eval --batch`` with ``--context`` or ``--shots`` (issue 22): refused with what to do, nothing sent.

A batch carries the prompt alone with every example; the context modes and the few-shot curve run
as direct requests (the window says the same, tests/ui/test_lab_context_modes.py)."""
from __future__ import annotations

import json

import pytest

from tests.helpers import run_on_fake


def _assessment(path):
    doc = {"format": "fine-tune-advisor/assessment", "version": 2, "title": "Help centre",
           "prompt_lab": {"model": "claude-haiku-5-5", "template": "{{question}}", "max_tokens": 64,
                          "tests": [{"name": "one", "vars": {"question": "Plan ZX41?"},
                                     "expect": [{"type": "contains", "value": "45 days"}]}]}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize("extra", [["--context", "retrieve"], ["--context", "full"], ["--shots", "0,2"],
                                   ["--context", "none", "--context", "full"]])
def test_batch_with_a_context_or_shots_is_wrong_usage_naming_the_way_out(fake_api, tmp_path, extra):
    fake_api.add_claude_5_models()
    (tmp_path / "handbook.md").write_text("# Plans\n\nThe refund window for plan ZX41 is 45 days.")
    path = _assessment(tmp_path / "help.fta.json")
    result = run_on_fake(fake_api, "eval", str(path), "--batch", "--docs", str(tmp_path / "handbook.md"), *extra)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "--batch sends the prompt alone" in result.stderr
    assert "without --batch" in result.stderr and "Traceback" not in result.stderr
    assert [r for r in fake_api.requests if r.method == "POST"] == []  # no batch, no message
    assert "runs" not in json.loads(path.read_text(encoding="utf-8"))["prompt_lab"]
