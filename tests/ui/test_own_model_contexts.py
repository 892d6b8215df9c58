"""Your own model runs in every context of the go, as `eval --target` does: the prompt alone and
the whole documents, side by side with Claude's runs, each kept with its context."""
from __future__ import annotations

import json

from tests.documents_fixtures import FACTS
from tests.ui.lab_support import run_and_wait, tick
from tests.ui.test_lab_context_modes import grounded, with_handbook  # noqa: F401 - fixtures
from tests.ui.test_own_model import own, set_up  # noqa: F401 - a fixture and the dialog's steps


def test_your_own_model_runs_with_the_prompt_alone_and_with_the_documents(qtbot, with_handbook, grounded,  # noqa: F811
                                                                         own):  # noqa: F811
    page = with_handbook
    set_up(qtbot, page, own.base_url, per_mtok=(0.1, 0.2))
    tick(qtbot, page.runs.context_choice.mode_checks["full"])
    run_and_wait(qtbot, page)
    assert "Finished" in page.runs.status.text(), page.runs.message.text.text()
    tests = len(page.document.assessment.prompt_lab["tests"])
    systems = [json.dumps(r["body"]["messages"][0]) for r in own.requests if r["body"]["messages"][0]["role"] == "system"]
    assert len(own.requests) == 2 * tests  # once per test with the prompt alone, once with the documents
    assert sum(FACTS["ZX41"] in system for system in systems) == tests  # the documents went only with full
    saved = page.document.assessment.prompt_lab["runs"]
    mine = [(r.get("context", "none"), r["model"]) for r in saved if r.get("target")]
    assert mine == [("none", "qwen-7b"), ("full", "qwen-7b")]
    assert [r.get("context", "none") for r in saved if not r.get("target")] == ["none", "full"]
