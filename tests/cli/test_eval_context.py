"""``eval --context`` and ``--shots`` (issue 22, contract section 8), through the real SDK against a
fake API that knows only what the request holds: where the answer is only in the documents, the
prompt alone fails and the full and retrieve contexts pass."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.documents_fixtures import FACTS
from tests.documents_fixtures import write_assessment as _assessment
from tests.documents_fixtures import write_handbook as _handbook
from tests.helpers import run_on_fake

ROOT = Path(__file__).resolve().parents[2]
def _eval(fake, *args: str) -> subprocess.CompletedProcess:
    return run_on_fake(fake, "eval", *args)


@pytest.fixture
def fake(fake_api):
    fake_api.add_claude_5_models()
    fake_api.reply = fake_api.grounded_reply
    return fake_api


def test_the_answer_only_in_the_documents_fails_alone_and_passes_with_full_and_retrieve(fake, tmp_path):
    _handbook(tmp_path / "docs")
    path = _assessment(tmp_path / "help.fta.json")
    result = _eval(fake, str(path), "--docs", str(tmp_path / "docs"), "--context", "none",
                   "--context", "full", "--context", "retrieve", "--top-k", "2", "--format", "json",
                   "--save")
    assert result.returncode == 5, result.stderr  # the prompt alone fails
    runs = json.loads(result.stdout)["runs"]
    assert [(r.get("context", "none"), r["passed"], r["failed"]) for r in runs] == [
        ("none", 0, 3), ("full", 3, 0), ("retrieve", 3, 0)]
    retrieve = runs[2]
    for case, code in zip(retrieve["cases"], FACTS):
        assert len(case["chunks"]) == 2 and all(c.startswith("docs/handbook.md#") for c in case["chunks"])
    saved = json.loads(path.read_text(encoding="utf-8"))["prompt_lab"]["runs"]
    assert [r.get("context", "none") for r in saved] == ["none", "full", "retrieve"]
    assert "documents" not in json.loads(path.read_text())["prompt_lab"]  # --docs is for this run only
    validate = subprocess.run([sys.executable, str(ROOT / "main.py"), "validate", str(path)],
                              capture_output=True, text=True, cwd=ROOT)
    assert validate.returncode == 0, validate.stdout + validate.stderr


def test_the_full_context_is_one_cached_block_read_from_the_cache_on_repeats(fake, tmp_path):
    _handbook(tmp_path / "docs")
    path = _assessment(tmp_path / "help.fta.json")
    result = _eval(fake, str(path), "--docs", str(tmp_path / "docs"), "--context", "full",
                   "--concurrency", "1", "--format", "json")
    assert result.returncode == 0, result.stderr
    bodies = [r.body for r in fake.message_requests()]
    systems = [body["system"] for body in bodies]
    assert all(s[0] == {"type": "text", "text": "Answer from the reference material."} for s in systems)
    assert all(s[1]["cache_control"] == {"type": "ephemeral"} and "ZX41" in s[1]["text"] for s in systems)
    run = json.loads(result.stdout)
    assert run["context"] == "full" and run["cache_read_tokens"] > 0  # tests 2 and 3 read the cache


def test_documents_kept_in_the_file_are_read_from_its_folder(fake, tmp_path):
    from advisor.lab.documents import entry_for

    doc = _handbook(tmp_path / "docs")
    path = _assessment(tmp_path / "help.fta.json", documents=[entry_for(doc, tmp_path / "help.fta.json")])
    assert json.loads(path.read_text())["prompt_lab"]["documents"][0]["path"] == "docs/handbook.md"
    result = _eval(fake, str(path), "--context", "retrieve")
    assert result.returncode == 0, result.stderr
    assert "3 passed, 0 failed, 0 errors on claude-haiku-5-5 · retrieve" in result.stdout


@pytest.mark.parametrize(("change", "message"), [
    (lambda doc: doc.write_text("edited"), "the document changed since it was added"),
    (lambda doc: doc.unlink(), "the document is gone"),
])
def test_a_changed_or_vanished_document_is_exit_3_before_anything_is_sent(fake, tmp_path, change, message):
    from advisor.lab.documents import entry_for

    doc = _handbook(tmp_path / "docs")
    path = _assessment(tmp_path / "help.fta.json", documents=[entry_for(doc, tmp_path / "help.fta.json")])
    change(doc)
    result = _eval(fake, str(path), "--context", "full")
    assert result.returncode == 3 and message in result.stderr and "Traceback" not in result.stderr
    assert fake.message_requests() == []


def test_a_context_needs_documents_and_full_refuses_more_than_the_window(fake, tmp_path):
    path = _assessment(tmp_path / "help.fta.json")
    result = _eval(fake, str(path), "--context", "retrieve")
    assert result.returncode == 3 and "needs documents" in result.stderr
    big = tmp_path / "big.txt"
    big.write_text("word " * 250_000, encoding="utf-8")  # about 312,000 tokens: over Haiku 4.5's 200k
    result = _eval(fake, str(path), "--docs", str(big), "--context", "full", "--model", "claude-haiku-4-5")
    assert result.returncode == 3 and "more than claude-haiku-4-5's 200,000-token context" in result.stderr
    assert "use the retrieve context" in result.stderr and fake.message_requests() == []


def test_shots_make_one_run_per_value_and_never_send_an_example_that_is_a_test(fake, tmp_path):
    examples = [{"input": f"example question {n}", "output": f"example answer {n}"} for n in range(4)]
    examples.insert(1, {"input": "What does the handbook say about plan ZX41?", "output": "leaked"})
    path = _assessment(tmp_path / "help.fta.json", examples=examples)
    result = _eval(fake, str(path), "--shots", "0,2,4", "--format", "json", "--concurrency", "1")
    assert result.returncode == 5, result.stderr
    runs = json.loads(result.stdout)["runs"]
    assert [r["shots"] for r in runs] == [0, 2, 4]
    sent = [len(r.body["messages"]) for r in fake.message_requests()]
    assert sent == [1] * 3 + [5] * 3 + [9] * 3  # each shot is a user and an assistant turn
    assert not any("leaked" in json.dumps(r.body) for r in fake.message_requests())


@pytest.mark.parametrize("bad", ["two", "-1", ","])
def test_a_bad_shots_list_is_wrong_usage(fake, tmp_path, bad):
    result = _eval(fake, str(_assessment(tmp_path / "h.fta.json")), "--shots", bad)
    assert result.returncode == 2 and "0,2,4,8" in result.stderr


def test_the_summary_reads_each_context_and_the_prompt_evidence_reads_only_the_prompt_alone(fake, tmp_path):
    _handbook(tmp_path / "docs")
    path = _assessment(tmp_path / "help.fta.json")
    result = _eval(fake, str(path), "--docs", str(tmp_path / "docs"), "--context", "none",
                   "--context", "retrieve", "--save")
    assert result.returncode == 5, result.stderr
    summary = subprocess.run([sys.executable, str(ROOT / "main.py"), "summary", str(path), "--format", "json"],
                             capture_output=True, text=True, cwd=ROOT)
    assert summary.returncode == 0, summary.stderr
    data = json.loads(summary.stdout)
    assert set(data["context_evidence"]) == {"none", "retrieve"}
    assert (data["context_evidence"]["none"]["pass_rate"], data["context_evidence"]["retrieve"]["pass_rate"]) == (0, 100)
    assert data["context_evidence"]["retrieve"]["cost_per_1000_usd"] > 0
    assert (data["prompt_evidence"]["passed"], data["prompt_evidence"]["n"]) == (0, 3)  # the none run
