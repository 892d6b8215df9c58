"""``eval --batch`` with ``--context`` and ``--shots`` (issue 22): every model x context x shots is a
run of one batch, read back as a direct run of it would be (chunks, cache reads, shots), on the fake
API that knows only what each request holds."""
from __future__ import annotations

import json

from tests.helpers import run_on_fake

FACTS = {"ZX41": "The refund window for plan ZX41 is 45 days.",
         "QB7": "Express shipping for plan QB7 takes two days."}


def _assessment(path, **lab):
    tests = [{"name": code, "vars": {"question": f"What about plan {code}?"},
              "expect": [{"type": "contains", "value": fact}]} for code, fact in FACTS.items()]
    doc = {"format": "fine-tune-advisor/assessment", "version": 2, "title": "Help centre",
           "prompt_lab": {"model": "claude-haiku-5-5", "template": "{{question}}", "max_tokens": 64,
                          "tests": tests, **lab}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _handbook(folder):
    folder.mkdir(exist_ok=True)
    filler = "\n\n".join(f"# Other {n}\n\nOffice hours and holidays, note {n}." for n in range(20))
    (folder / "handbook.md").write_text(filler + "\n\n" + "\n\n".join(
        f"# Plan {code}\n\n{fact}" for code, fact in FACTS.items()), encoding="utf-8")


def test_one_batch_runs_every_context_and_keeps_the_chunks_it_sent(fake_api, tmp_path, monkeypatch):
    monkeypatch.setenv("FTA_BATCH_POLL_SECONDS", "0.01")
    fake_api.add_claude_5_models()
    fake_api.reply = fake_api.grounded_reply
    _handbook(tmp_path / "docs")
    path = _assessment(tmp_path / "help.fta.json")
    result = run_on_fake(fake_api, "eval", str(path), "--batch", "--docs", str(tmp_path / "docs"),
                         "--context", "none", "--context", "full", "--context", "retrieve", "--top-k", "1",
                         "--format", "json", "--save")
    assert result.returncode == 5, result.stderr  # the prompt alone fails
    runs = json.loads(result.stdout)["runs"]
    assert [(r.get("context", "none"), r["passed"], r["failed"]) for r in runs] == [
        ("none", 0, 2), ("full", 2, 0), ("retrieve", 2, 0)]
    assert [len(c["chunks"]) for c in runs[2]["cases"]] == [1, 1]
    assert all(c["chunks"][0].startswith("docs/handbook.md#") for c in runs[2]["cases"])
    assert "chunks" not in runs[1]["cases"][0]
    assert [r.method + " " + r.path for r in fake_api.requests if r.method == "POST"] == [
        "POST /v1/messages/batches"]  # one batch for the three runs, no direct message
    saved = json.loads(path.read_text(encoding="utf-8"))["prompt_lab"]["runs"]
    assert [r.get("context", "none") for r in saved] == ["none", "full", "retrieve"]


def test_one_batch_draws_the_few_shot_curve_and_never_sends_an_example_that_is_a_test(fake_api, tmp_path,
                                                                                       monkeypatch):
    monkeypatch.setenv("FTA_BATCH_POLL_SECONDS", "0.01")
    fake_api.add_claude_5_models()
    examples = [{"input": "What about plan ZX41?", "output": "leaked answer"},
                *({"input": f"Example {n}", "output": f"Answer {n}"} for n in range(3))]
    path = _assessment(tmp_path / "help.fta.json", examples=examples)
    result = run_on_fake(fake_api, "eval", str(path), "--batch", "--shots", "0,1,3", "--format", "json", "--save")
    assert [r["shots"] for r in json.loads(result.stdout)["runs"]] == [0, 1, 3]
    saved = json.loads(path.read_text(encoding="utf-8"))["prompt_lab"]["runs"]
    assert [r["shots"] for r in saved] == [0, 1, 3]
    assert [r["prompt"].get("examples", []) for r in saved] == [[], examples[1:2], examples[1:4]]
    batch = next(r for r in fake_api.requests if r.path == "/v1/messages/batches" and r.method == "POST")
    turns = sorted(len(request["params"]["messages"]) for request in batch.body["requests"])
    assert turns == [1, 1, 3, 3, 7, 7]  # 0, 1 and 3 examples, each a user and an assistant turn
    assert "leaked answer" not in json.dumps(batch.body)


def test_a_batch_whose_full_context_is_too_large_is_refused_before_anything_is_sent(fake_api, tmp_path):
    fake_api.add_claude_5_models()
    (tmp_path / "archive.md").write_text("# Archive\n\n" + "Old record about nothing. " * 200_000)
    path = _assessment(tmp_path / "help.fta.json", model="claude-haiku-4-5")
    result = run_on_fake(fake_api, "eval", str(path), "--batch", "--docs", str(tmp_path / "archive.md"),
                         "--context", "full")
    assert result.returncode == 3, result.stdout + result.stderr
    assert "200,000-token context" in result.stderr and "use the retrieve context" in result.stderr
    assert [r for r in fake_api.requests if r.method == "POST"] == []
