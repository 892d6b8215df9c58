"""``dataset`` (issue 24, contract section 8): Claude as the teacher labels the team's inputs into a
chat-format training set, through the real SDK against the fake Messages API."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from advisor.lab import dataset
from tests.helpers import run_on_fake

ROOT = Path(__file__).resolve().parents[2]


def _assessment(path: Path) -> Path:
    doc = {"format": "fine-tune-advisor/assessment", "version": 2, "title": "Triage",
           "prompt_lab": {"model": "claude-haiku-5-5", "system": "Route tickets to a team.",
                          "template": "Ticket: {{ticket}}", "max_tokens": 16}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _inputs(path: Path, count: int, *, expect: bool = False) -> Path:
    rows = ["ticket" + (",__expect_contains" if expect else "")]
    for n in range(count):
        topic = "money back" if n % 2 == 0 else "cannot log in"
        rows.append(f"ticket {n}: {topic}" + (",billing" if expect else ""))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _dataset(fake, *args: str) -> subprocess.CompletedProcess:
    return run_on_fake(fake, "dataset", *args)


@pytest.fixture
def fake(fake_api):
    fake_api.add_claude_5_models()
    fake_api.rules = {"money": "billing", "log in": "account"}
    return fake_api


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_estimate_prints_the_cost_with_and_without_batches_and_sends_nothing(fake, tmp_path):
    path = _assessment(tmp_path / "t.fta.json")
    result = _dataset(fake, str(path), "--inputs", str(_inputs(tmp_path / "in.csv", 40)),
                      "--out", str(tmp_path / "train.jsonl"), "--estimate")
    assert result.returncode == 0, result.stderr
    assert "40 inputs · about" in result.stdout and "at most $" in result.stdout
    assert "through the Message Batches API" in result.stdout
    assert "do not compete with Claude" in result.stdout  # the terms, said before anything is sent
    assert fake.message_requests() == [] and not (tmp_path / "train.jsonl").exists()


def test_the_inputs_become_chat_jsonl_with_a_stable_validation_split(fake, tmp_path):
    path = _assessment(tmp_path / "t.fta.json")
    out = tmp_path / "train.jsonl"
    result = _dataset(fake, str(path), "--inputs", str(_inputs(tmp_path / "in.csv", 30)), "--out", str(out),
                      "--validation", "0.2")
    assert result.returncode == 0, result.stderr
    train, held_out = _lines(out), _lines(tmp_path / "train.validation.jsonl")
    assert len(train) + len(held_out) == 30 and 0 < len(held_out) < 15
    first = (train + held_out)[0]["messages"]
    assert [m["role"] for m in first] == ["system", "user", "assistant"]
    assert first[0]["content"] == "Route tickets to a team."
    every = train + held_out
    assert all(m["messages"][2]["content"] == ("billing" if "money" in m["messages"][1]["content"] else "account")
               for m in every)
    keys = {dataset.input_key({"vars": {"ticket": m["messages"][1]["content"].removeprefix("Ticket: ")}})
            for m in held_out}
    assert all(dataset.in_validation(key, 0.2) for key in keys)  # the split is by content hash
    assert not (tmp_path / "train.jsonl.progress.jsonl").exists()  # all in OUT: nothing to resume


def test_replies_that_fail_the_inputs_expectations_are_left_out_and_counted(fake, tmp_path):
    path = _assessment(tmp_path / "t.fta.json")
    out = tmp_path / "train.jsonl"
    result = _dataset(fake, str(path), "--inputs", str(_inputs(tmp_path / "in.csv", 10, expect=True)),
                      "--out", str(out), "--validation", "0")
    assert result.returncode == 0, result.stderr
    assert len(_lines(out)) == 5 and "5 left out: the teacher's reply failed the inputs' expectations" in result.stdout


def test_inputs_without_a_column_the_template_needs_are_refused_and_nothing_is_sent(fake, tmp_path):
    path = _assessment(tmp_path / "t.fta.json")
    bad = tmp_path / "in.csv"
    bad.write_text("message\nhello\n", encoding="utf-8")
    result = _dataset(fake, str(path), "--inputs", str(bad), "--out", str(tmp_path / "o.jsonl"))
    assert result.returncode == 3 and "needs the column ticket" in result.stderr and "they have: message" in result.stderr
    assert fake.message_requests() == []


def test_an_existing_output_is_kept_unless_forced(fake, tmp_path):
    path = _assessment(tmp_path / "t.fta.json")
    out = tmp_path / "train.jsonl"
    out.write_text("precious\n")
    result = _dataset(fake, str(path), "--inputs", str(_inputs(tmp_path / "in.csv", 4)), "--out", str(out))
    assert result.returncode == 3 and "--force" in result.stderr and out.read_text() == "precious\n"
    assert _dataset(fake, str(path), "--inputs", str(tmp_path / "in.csv"), "--out", str(out),
                    "--force").returncode == 0
    assert len(_lines(out)) + len(_lines(tmp_path / "train.validation.jsonl")) == 4


def test_a_key_refused_half_way_keeps_what_was_labelled_and_the_next_run_carries_on(fake, tmp_path):
    path = _assessment(tmp_path / "t.fta.json")
    inputs = _inputs(tmp_path / "in.csv", 30)
    out = tmp_path / "train.jsonl"
    good_key, served = fake.valid_key, []

    def revoke_after_the_first_chunk(body):
        served.append(1)
        if len(served) == dataset.CHUNK:
            fake.valid_key = "sk-ant-revoked-key-000000"  # the key is revoked while the run goes on
        return fake.default_reply(body)

    fake.reply = revoke_after_the_first_chunk
    result = _dataset(fake, str(path), "--inputs", str(inputs), "--out", str(out), "--concurrency", "1")
    assert result.returncode == 4, result.stderr
    assert f"{dataset.CHUNK} of 30 inputs labelled and kept" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
    fake.valid_key, fake.reply = good_key, fake.default_reply
    before = len(fake.message_requests())
    again = _dataset(fake, str(path), "--inputs", str(inputs), "--out", str(out))
    assert again.returncode == 0, again.stderr
    assert f"resuming: {dataset.CHUNK} of 30" in again.stdout
    assert len(fake.message_requests()) - before == 30 - dataset.CHUNK  # only what was left
    assert len(_lines(out)) + len(_lines(tmp_path / "train.validation.jsonl")) == 30


def test_a_reply_holding_the_key_is_written_without_it(fake, tmp_path):
    fake.rules = {"money": f"billing {fake.valid_key}", "log in": "account"}
    path = _assessment(tmp_path / "t.fta.json")
    out = tmp_path / "train.jsonl"
    assert _dataset(fake, str(path), "--inputs", str(_inputs(tmp_path / "in.csv", 6)), "--out", str(out)).returncode == 0
    written = out.read_text() + (tmp_path / "train.validation.jsonl").read_text()
    assert fake.valid_key not in written and "billing" in written
