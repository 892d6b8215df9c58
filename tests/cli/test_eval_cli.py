"""``main.py eval``, run as a user's CI would: a subprocess against the fake Messages API."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _assessment(path: Path, tests: list[dict] | None = None, **lab) -> Path:
    doc = {"format": "fine-tune-advisor/assessment", "version": 1, "title": "Triage",
           "prompt_lab": {"model": "claude-haiku-4-5", "system": "Route tickets.",
                          "template": "Ticket: {{ticket}}", "max_tokens": 64, **lab,
                          "tests": tests if tests is not None else [
                              {"name": "refund", "vars": {"ticket": "I want my money back"},
                               "expect": [{"type": "icontains", "value": "billing"}]},
                              {"name": "login", "vars": {"ticket": "cannot log in"},
                               "expect": [{"type": "equals", "value": "account"}]}]}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _eval(*args: str, fake=None, key: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)  # FTA_HOME and a null keyring come from the autouse fixtures
    if fake is not None:
        env["ANTHROPIC_BASE_URL"] = fake.base_url
        env["ANTHROPIC_API_KEY"] = key or fake.valid_key
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "eval", *args], env=env,
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


def _no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2


@pytest.fixture
def fake(fake_api):
    fake_api.rules = {"money": "billing", "log in": "account"}
    return fake_api


def test_all_passing_exits_0_and_saves_the_run_without_the_key(fake, tmp_path, app_home):
    path = _assessment(tmp_path / "triage.fta.json")
    result = _eval(str(path), "--save", "--repeat", "2", fake=fake)
    assert result.returncode == 0, result.stderr
    assert "2 passed, 0 failed, 0 errors on claude-haiku-4-5" in result.stdout
    last_run = json.loads(path.read_text(encoding="utf-8"))["prompt_lab"]["last_run"]
    assert (last_run["model"], last_run["passed"], last_run["failed"], last_run["repeat"]) == \
        ("claude-haiku-4-5", 2, 0, 2)
    assert [c["name"] for c in last_run["cases"]] == ["refund", "login"]
    written = [p for root in (tmp_path, app_home) for p in root.rglob("*") if p.is_file()]
    assert written and not [p for p in written if fake.valid_key.encode() in p.read_bytes()]
    assert len(fake.message_requests()) == 4


def test_a_failing_test_exits_5_with_json_output(fake, tmp_path):
    fake.rules = {"money": "billing"}
    path = _assessment(tmp_path / "t.fta.json")
    before = path.read_bytes()
    result = _eval(str(path), "--format", "json", "--model", "claude-sonnet-4-5", fake=fake)
    assert result.returncode == 5, result.stderr
    data = json.loads(result.stdout)
    assert (data["model"], data["passed"], data["failed"], data["errors"]) == ("claude-sonnet-4-5", 1, 1, 0)
    assert data["cases"][1]["output"] == "Echo: Ticket: cannot log in"
    assert path.read_bytes() == before  # no --save, nothing on disk changes


def test_a_refused_key_exits_4_with_a_plain_message(fake, tmp_path):
    path = _assessment(tmp_path / "t.fta.json")
    bad = "sk-ant-fake-refused-key-5555"
    result = _eval(str(path), "--save", fake=fake, key=bad)
    assert result.returncode == 4
    assert "key was refused" in result.stderr and str(path) in result.stderr
    assert bad not in result.stderr + result.stdout
    _no_traceback(result)
    assert "last_run" not in path.read_text(encoding="utf-8")


def test_no_key_exits_4(tmp_path):
    result = _eval(str(_assessment(tmp_path / "t.fta.json")))
    assert result.returncode == 4
    assert "No Anthropic API key" in result.stderr
    _no_traceback(result)


def test_an_overloaded_api_exits_4(fake, tmp_path):
    fake.fail_next(529, times=100, retry_after=0)
    result = _eval(str(_assessment(tmp_path / "t.fta.json")), fake=fake)
    assert result.returncode == 4
    assert "overloaded" in result.stderr
    _no_traceback(result)


def test_files_that_cannot_be_used_exit_3(tmp_path):
    missing = _eval(str(tmp_path / "missing.fta.json"))
    no_tests = _eval(str(_assessment(tmp_path / "empty.fta.json", tests=[])))
    bad_regex = _eval(str(_assessment(tmp_path / "bad.fta.json", tests=[
        {"name": "x", "vars": {"ticket": "a"}, "expect": [{"type": "regex", "value": "("}]}])))
    for result in (missing, no_tests, bad_regex):
        assert result.returncode == 3, result.stderr
        _no_traceback(result)
    assert "no tests" in no_tests.stderr
    assert "prompt_lab.tests[0].expect[0].value" in bad_regex.stderr


def test_wrong_usage_exits_2(tmp_path):
    result = _eval(str(_assessment(tmp_path / "t.fta.json")), "--concurrency", "0")
    assert result.returncode == 2
    assert "--concurrency" in result.stderr
    _no_traceback(result)


def _editing_reply(fake, edit):
    """A reply hook that changes the file on disk mid-run, as the window saving meanwhile would."""
    answer = fake.reply

    def reply(body):
        edit()
        return answer(body)
    return reply


def test_save_keeps_edits_made_to_the_file_during_the_run(fake, tmp_path):
    path = _assessment(tmp_path / "triage.fta.json")

    def edit():
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc["notes"] = "edited while the tests ran"
        doc["prompt_lab"]["system"] = "Route tickets to a team."
        path.write_text(json.dumps(doc), encoding="utf-8")

    fake.reply = _editing_reply(fake, edit)
    result = _eval(str(path), "--save", "--concurrency", "1", fake=fake)
    assert result.returncode == 0, result.stderr
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["notes"] == "edited while the tests ran"
    assert doc["prompt_lab"]["system"] == "Route tickets to a team."
    assert doc["prompt_lab"]["last_run"]["passed"] == 2
    assert result.stdout.splitlines()[-1] == f"saved to {path}"


def test_a_failed_save_still_prints_the_results_and_exits_3(fake, tmp_path):
    path = _assessment(tmp_path / "triage.fta.json")
    fake.reply = _editing_reply(fake, lambda: path.write_text("{ broken", encoding="utf-8"))
    result = _eval(str(path), "--save", "--format", "json", fake=fake)
    assert result.returncode == 3
    assert json.loads(result.stdout)["passed"] == 2  # the run is not lost
    _no_traceback(result)
    assert str(path) in result.stderr
    assert path.read_text(encoding="utf-8") == "{ broken"  # nothing written over what is there


def test_with_no_key_a_run_that_would_send_nothing_reports_the_missing_variables(tmp_path):
    """Every test lacks a template variable: nothing is sent, so no key is asked for."""
    path = _assessment(tmp_path / "novars.fta.json", tests=[
        {"name": "empty", "vars": {}, "expect": [{"type": "contains", "value": "x"}]}])
    result = _eval(str(path))
    assert result.returncode == 5, result.stderr
    assert "ticket" in result.stdout and "No Anthropic API key" not in result.stderr
    _no_traceback(result)


def test_a_csv_set_on_two_models_prints_the_contract_runs_with_wilson_bounds(fake, tmp_path):
    fake.reply = lambda body: ("billing" if body["model"] == "claude-sonnet-4-5"
                               or "money" in body["messages"][-1]["content"] else "other")
    tests = tmp_path / "set.csv"
    tests.write_text("__name,ticket,__expected\nrefund,I want my money back,billing\n"
                     "twice,charged twice,billing\n", encoding="utf-8")
    path = _assessment(tmp_path / "lab.fta.json")
    before = path.read_bytes()
    result = _eval(str(path), "--tests", str(tests), "--model", "claude-haiku-4-5",
                   "--model", "claude-sonnet-4-5", "--format", "json", fake=fake)
    assert result.returncode == 5, result.stderr  # haiku fails one: some tests failed
    data = json.loads(result.stdout)
    assert [run["model"] for run in data["runs"]] == ["claude-haiku-4-5", "claude-sonnet-4-5"]
    assert data["model"] == "claude-haiku-4-5" and data["cases"] == data["runs"][0]["cases"]
    haiku, sonnet = data["runs"]
    assert (haiku["passed"], haiku["failed"], haiku["pass_rate"]) == (1, 1, 50.0)
    assert 9.4 < haiku["wilson_low"] < 9.5 and 90.5 < haiku["wilson_high"] < 90.6
    assert (sonnet["passed"], sonnet["pass_rate"], sonnet["wilson_high"]) == (2, 100.0, 100.0)
    assert [c["name"] for c in sonnet["cases"]] == ["refund", "twice"]
    assert path.read_bytes() == before  # no --save: the file is untouched


def test_text_output_compares_the_models_and_save_keeps_every_run(fake, tmp_path):
    fake.reply = lambda body: "billing" if body["model"] == "claude-sonnet-4-5" else "account"
    path = _assessment(tmp_path / "lab.fta.json")
    result = _eval(str(path), "--model", "claude-haiku-4-5", "--model", "claude-sonnet-4-5", "--save",
                   fake=fake)
    assert result.returncode == 5, result.stderr
    assert "pass rate (95 % interval)" in result.stdout
    assert "2 cases differ between the models: refund, login" in result.stdout
    lab = json.loads(path.read_text(encoding="utf-8"))["prompt_lab"]
    assert [run["model"] for run in lab["runs"]] == ["claude-haiku-4-5", "claude-sonnet-4-5"]
    assert lab["last_run"] == lab["runs"][-1]
    assert _eval(str(path), "--save", fake=fake).returncode == 5
    assert len(json.loads(path.read_text(encoding="utf-8"))["prompt_lab"]["runs"]) == 3


def test_batch_runs_through_the_message_batches_api(fake, tmp_path):
    path = _assessment(tmp_path / "lab.fta.json")
    env_fast = dict(os.environ, FTA_BATCH_POLL_SECONDS="0.05")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "eval", str(path), "--batch",
                             "--format", "json"], capture_output=True, text=True, timeout=120, cwd=ROOT,
                            env={**env_fast, "ANTHROPIC_BASE_URL": fake.base_url,
                                 "ANTHROPIC_API_KEY": fake.valid_key})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["passed"] == 2
    assert fake.message_requests() == [] and any(r.path == "/v1/messages/batches" for r in fake.requests)


def test_a_bad_test_set_exits_3_naming_the_row_and_column(tmp_path):
    tests = tmp_path / "set.csv"
    tests.write_text("ticket,__wat\na,b\n", encoding="utf-8")
    result = _eval(str(_assessment(tmp_path / "lab.fta.json")), "--tests", str(tests))
    assert result.returncode == 3
    assert "set.csv: row 1, column '__wat': not a column this app knows" in result.stderr
    _no_traceback(result)


def test_batch_on_two_models_sends_one_batch_and_prints_each_models_run(fake, tmp_path):
    fake.reply = lambda body: "billing" if body["model"] == "claude-sonnet-4-5" else "account"
    path = _assessment(tmp_path / "lab.fta.json")
    env = dict(os.environ, FTA_BATCH_POLL_SECONDS="0.05", ANTHROPIC_BASE_URL=fake.base_url,
               ANTHROPIC_API_KEY=fake.valid_key)
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "eval", str(path), "--batch",
                             "--model", "claude-haiku-4-5", "--model", "claude-sonnet-4-5", "--format", "json",
                             "--save"], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    assert result.returncode == 5, result.stderr
    data = json.loads(result.stdout)
    assert [run["model"] for run in data["runs"]] == ["claude-haiku-4-5", "claude-sonnet-4-5"]
    haiku, sonnet = data["runs"]
    assert (haiku["passed"], haiku["failed"], sonnet["passed"], sonnet["failed"]) == (1, 1, 1, 1)
    assert [c["output"] for c in haiku["cases"]] == ["account", "account"]
    assert [c["output"] for c in sonnet["cases"]] == ["billing", "billing"]
    assert 9.4 < haiku["wilson_low"] < 9.5 and data["cases"] == haiku["cases"]
    submitted = [r.body for r in fake.requests if r.method == "POST" and r.path == "/v1/messages/batches"]
    assert len(submitted) == 1 and fake.message_requests() == []  # one batch holds both models
    assert sorted(r["params"]["model"] for r in submitted[0]["requests"]) == \
        ["claude-haiku-4-5"] * 2 + ["claude-sonnet-4-5"] * 2
    lab = json.loads(path.read_text(encoding="utf-8"))["prompt_lab"]
    assert [(run["model"], run["batch"]) for run in lab["runs"]] == [("claude-haiku-4-5", True),
                                                                     ("claude-sonnet-4-5", True)]
    assert "batch" not in lab  # the command line waits: nothing is left pending in the file


def test_ctrl_c_during_a_batch_cancels_it_at_anthropic(fake, tmp_path):
    import signal
    import time

    fake.batch_polls = 100_000  # it would run for a long while
    path = _assessment(tmp_path / "lab.fta.json")
    before = path.read_bytes()
    env = dict(os.environ, FTA_BATCH_POLL_SECONDS="0.05", ANTHROPIC_BASE_URL=fake.base_url,
               ANTHROPIC_API_KEY=fake.valid_key)
    child = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "eval", str(path), "--batch", "--save",
                              "--model", "claude-haiku-4-5", "--model", "claude-sonnet-4-5"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 90
        while not any(r.method == "GET" and r.path.startswith("/v1/messages/batches/") for r in fake.requests):
            assert child.poll() is None and time.monotonic() < deadline, "the batch was never polled"
            time.sleep(0.05)
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 130, err
    [batch_id] = list(fake._batches)  # one batch for both models
    assert [r.path for r in fake.requests if r.path.endswith("/cancel")] == \
        [f"/v1/messages/batches/{batch_id}/cancel"]
    assert "interrupted; the batch was cancelled at Anthropic" in err and "Traceback" not in err
    assert path.read_bytes() == before
