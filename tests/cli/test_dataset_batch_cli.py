"""``dataset --batch`` (issue 24): labelling through the Message Batches API, resumable, cancellable at
Anthropic, through the real SDK against the fake API (which serves batches as for ``eval --batch``)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_dataset_cli import _assessment, _inputs
from tests.fakes.fake_messages_api import wait_until
from tests.helpers import ROOT


@pytest.fixture
def fake(fake_api):
    fake_api.add_claude_5_models()
    fake_api.rules = {"money": "billing", "log in": "account"}
    return fake_api


def _env(fake, key: str | None = None) -> dict[str, str]:
    return dict(os.environ, FTA_BATCH_POLL_SECONDS="0.05", ANTHROPIC_BASE_URL=fake.base_url,
                ANTHROPIC_API_KEY=key or fake.valid_key)


def _command(path: Path, inputs: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "dataset", str(path), "--inputs", str(inputs),
            "--out", str(out), "--batch", *extra]


def _run(fake, *command: str, key: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(list(command), capture_output=True, text=True, env=_env(fake, key), timeout=120,
                          cwd=ROOT)


def _submitted(fake) -> list:
    return [r for r in fake.requests if r.method == "POST" and r.path == "/v1/messages/batches"]


def _sent_inputs(fake) -> list[str]:
    """Every user turn the batches carried, once per time it was sent."""
    return [item["params"]["messages"][-1]["content"] for r in _submitted(fake) for item in r.body["requests"]]


def assert_chat_format(path: Path) -> list[dict]:
    """Each line one JSON object {"messages": [system?, user, assistant]}, contents non-empty strings:
    the chat format Together, Fireworks, Axolotl, Unsloth and TRL read."""
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        assert list(record) == ["messages"], f"line {number}: only 'messages' belongs on a line"
        roles = [m["role"] for m in record["messages"]]
        assert roles in (["system", "user", "assistant"], ["user", "assistant"]), f"line {number}: {roles}"
        assert all(set(m) == {"role", "content"} and isinstance(m["content"], str) and m["content"].strip()
                   for m in record["messages"]), f"line {number}: a turn without text"
        records.append(record)
    return records


def _everything(out: Path) -> list[dict]:
    return assert_chat_format(out) + assert_chat_format(out.with_name("train.validation.jsonl"))


def _progress_has_batch(out: Path) -> bool:
    progress = out.with_name(out.name + ".progress.jsonl")
    return progress.is_file() and '"batch"' in progress.read_text(encoding="utf-8")


def _start(fake, command: list[str], key: str | None = None) -> subprocess.Popen:
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=_env(fake, key), cwd=ROOT)


def test_a_batch_labels_every_input_in_chat_format_and_sends_no_direct_request(fake, tmp_path):
    path, out = _assessment(tmp_path / "t.fta.json"), tmp_path / "train.jsonl"
    result = _run(fake, *_command(path, _inputs(tmp_path / "in.csv", 24), out))
    assert result.returncode == 0, result.stderr
    assert "through the Message Batches API" in result.stdout and "Ctrl+C cancels it at Anthropic" in result.stdout
    every = _everything(out)
    assert len(every) == 24
    assert all(m["messages"][2]["content"] == ("billing" if "money" in m["messages"][1]["content"] else "account")
               for m in every)
    assert fake.message_requests() == [] and len(_submitted(fake)) == 1
    assert not (tmp_path / "train.jsonl.progress.jsonl").exists()


def test_a_rerun_after_a_crash_polls_the_same_batch_and_sends_nothing_twice(fake, tmp_path):
    path, out, inputs = _assessment(tmp_path / "t.fta.json"), tmp_path / "train.jsonl", _inputs(tmp_path / "in.csv", 12)
    fake.batch_polls = 100_000  # the batch takes a long while
    child = _start(fake, _command(path, inputs, out))
    try:
        assert wait_until(lambda: _progress_has_batch(out), timeout=30), "the batch id was never recorded"
    finally:
        child.kill()  # a crash: no cancel, no goodbye
        child.communicate(timeout=30)
    [batch] = fake._batches.values()
    batch.polls_left = 0  # meanwhile Anthropic has answered every request
    again = _run(fake, *_command(path, inputs, out))
    assert again.returncode == 0, again.stderr
    assert f"polling the batch sent before: {batch.id}" in again.stdout
    assert len(_submitted(fake)) == 1 and fake.message_requests() == []  # nothing sent twice
    assert len(_everything(out)) == 12


def test_ctrl_c_cancels_the_batch_at_anthropic_and_a_rerun_sends_only_what_it_did_not_answer(fake, tmp_path):
    path, out, inputs = _assessment(tmp_path / "t.fta.json"), tmp_path / "train.jsonl", _inputs(tmp_path / "in.csv", 10)
    fake.batch_polls = 100_000
    child = _start(fake, _command(path, inputs, out))
    try:
        assert wait_until(lambda: any(r.method == "GET" and r.path.startswith("/v1/messages/batches/")
                                      for r in fake.requests), timeout=30), "the batch was never polled"
        child.send_signal(signal.SIGINT)
        _, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    [batch_id] = list(fake._batches)
    assert child.returncode == 130
    assert [r.path for r in fake.requests if r.path.endswith("/cancel")] == [f"/v1/messages/batches/{batch_id}/cancel"]
    assert f"the batch {batch_id} was cancelled at Anthropic" in err and "Traceback" not in err
    assert "run the same command again to carry on" in err and not out.exists()
    fake.batch_polls = 1
    again = _run(fake, *_command(path, inputs, out))
    assert again.returncode == 0, again.stderr
    # The cancelled batch answered nothing (the fake cancels every request), so each input goes
    # once more, in one new batch; nothing else is sent.
    assert len(_submitted(fake)) == 2 and sorted(_sent_inputs(fake)[10:]) == sorted(_sent_inputs(fake)[:10])
    assert len(_everything(out)) == 10


def test_a_key_refused_while_the_batch_runs_keeps_the_batch_and_the_next_run_collects_it(fake, tmp_path):
    path, out, inputs = _assessment(tmp_path / "t.fta.json"), tmp_path / "train.jsonl", _inputs(tmp_path / "in.csv", 8)
    good_key = fake.valid_key
    fake.batch_polls = 100_000
    child = _start(fake, _command(path, inputs, out))
    try:
        assert wait_until(lambda: _progress_has_batch(out), timeout=30)
        fake.valid_key = "sk-ant-revoked-key-000000"  # revoked while the batch runs
        _, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 4, err
    assert "run the same command again to carry on" in err and "Traceback" not in err
    assert good_key not in err
    fake.valid_key = good_key
    for batch in fake._batches.values():
        batch.polls_left = 0
    again = _run(fake, *_command(path, inputs, out))
    assert again.returncode == 0, again.stderr
    assert len(_submitted(fake)) == 1 and len(_everything(out)) == 8
