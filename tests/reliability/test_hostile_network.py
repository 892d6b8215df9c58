"""A hostile network (issue 17 #4, #6, #7, #10, #14, #16, #17): bounded, never leaking the key.

The server in hostile_server.py drips, floods, echoes the key and never ends; every test drives
the real SDK against it on 127.0.0.1. The overall deadline is shortened here (the default is two
minutes and more) so the suite stays fast; what is asserted is what the user sees.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from advisor.claude import client as claude

from advisor.cli import main as cli

from advisor.claude import netguard
from advisor.claude.client import ClaudeProblem
from tests.fakes.fake_messages_api import DEFAULT_KEY
from tests.helpers import ROOT, write_assessment
from tests.reliability.hostile_server import HostileServer

REQUEST = {"model": "claude-haiku-4-5", "max_tokens": 16, "messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture
def short_deadline(monkeypatch):
    monkeypatch.setattr(netguard, "BASE_DEADLINE_S", 3.0)
    monkeypatch.setattr(netguard, "SECONDS_PER_TOKEN", 0.0)


@pytest.fixture
def hostile(request):
    server = HostileServer(getattr(request, "param", "ok"), max_seconds=40).start()
    yield server
    server.stop()


def client_for(server):
    return claude.make_client(DEFAULT_KEY, base_url=server.base_url)


def lab_file(tmp_path, **lab):
    return write_assessment(tmp_path / "lab.fta.json", title="Hostile", prompt_lab={
        "model": "claude-haiku-4-5", "max_tokens": 16,
        "tests": [{"name": "only", "vars": {"input": "hi"}, "expect": []}], **lab})


def run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# -- #7: a server dripping one byte every 2 s ------------------------------------------------------
@pytest.mark.parametrize("hostile", ["drip"], indirect=True)
def test_a_dripping_server_meets_the_overall_deadline(hostile, short_deadline):
    client = client_for(hostile)
    with pytest.raises(ClaudeProblem) as caught:
        claude.send_message(REQUEST, client=client, max_retries=0)
    assert caught.value.kind == "timeout" and "did not finish the reply in time" in str(caught.value)
    with pytest.raises(ClaudeProblem) as caught:  # streaming, as the window's Try does
        claude.stream_to(REQUEST, lambda text: None, client=client, max_retries=0)
    assert caught.value.kind == "timeout"


@pytest.mark.parametrize("hostile", ["drip"], indirect=True)
def test_eval_against_a_dripping_server_ends_with_exit_4(hostile, short_deadline, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_BASE_URL", hostile.base_url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", DEFAULT_KEY)
    monkeypatch.setattr(claude, "DEFAULT_MAX_RETRIES", 0)
    code, _, err = run(capsys, "eval", str(lab_file(tmp_path)))
    assert code == 4 and "did not finish the reply in time" in err and "Traceback" not in err


# -- #16 and the endless stream: replies capped at what max_tokens allows --------------------------
@pytest.mark.parametrize("hostile", ["huge", "endless"], indirect=True)
def test_replies_far_beyond_max_tokens_are_cut_off(hostile):
    client = client_for(hostile)
    if hostile.mode == "huge":
        with pytest.raises(ClaudeProblem) as caught:
            claude.send_message(REQUEST, client=client, max_retries=0)
        assert caught.value.kind == "reply_too_large"
        assert "far longer than max_tokens allows" in str(caught.value)
    received: list[str] = []
    try:
        reply = claude.stream_to(REQUEST, received.append, client=client, max_retries=0)
        problem = reply.problem
    except ClaudeProblem as raised:
        problem = raised
    assert problem is not None and problem.kind == "reply_too_large"
    limit = netguard.limits_for(REQUEST)[1]
    assert sum(len(text) for text in received) <= limit  # never more than the byte budget


@pytest.mark.parametrize("hostile", ["huge"], indirect=True)
def test_eval_save_of_a_huge_reply_is_refused_and_the_file_stays_loadable(hostile, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_BASE_URL", hostile.base_url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", DEFAULT_KEY)
    path = lab_file(tmp_path)
    code, out, err = run(capsys, "eval", str(path), "--save")
    assert code == 4 and "far longer than max_tokens allows" in err
    assert path.stat().st_size < 10_000


# -- #10: a server that echoes the key ------------------------------------------------------------
@pytest.mark.parametrize("hostile", ["echo_key"], indirect=True)
def test_an_echoed_key_is_never_printed_nor_saved(hostile, capsys, tmp_path, monkeypatch, app_home):
    monkeypatch.setenv("ANTHROPIC_BASE_URL", hostile.base_url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", DEFAULT_KEY)
    path = lab_file(tmp_path)
    code, out, err = run(capsys, "eval", str(path), "--save", "--format", "json")
    assert code == 0, err
    assert hostile.presented_key(hostile.requests[0]) == DEFAULT_KEY  # the server did get it
    assert DEFAULT_KEY not in out + err
    assert json.loads(out)["cases"][0]["output"] == "Your key is [API key removed] - keep it safe."
    for written in [*tmp_path.rglob("*"), *app_home.rglob("*")]:
        if written.is_file():
            assert DEFAULT_KEY.encode() not in written.read_bytes(), written
    reply = claude.stream_to(REQUEST, lambda text: None, client=client_for(hostile))
    assert DEFAULT_KEY not in reply.text and "[API key removed]" in reply.text


# -- #6: plain http to another computer -------------------------------------------------------------
def test_plain_http_to_another_host_is_refused_before_sending(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_BASE_URL", "http://api.example.com")
    monkeypatch.setenv("ANTHROPIC_API_KEY", DEFAULT_KEY)
    code, _, err = run(capsys, "eval", str(lab_file(tmp_path)))
    assert code == 4
    assert "ANTHROPIC_BASE_URL is http://api.example.com" in err and "unencrypted" in err
    assert DEFAULT_KEY not in err


def test_plain_http_through_a_proxy_is_refused_and_nothing_is_sent(hostile, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_BASE_URL", hostile.base_url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", DEFAULT_KEY)
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.example.com:3128")
    for name in ("NO_PROXY", "no_proxy", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    code, _, err = run(capsys, "eval", str(lab_file(tmp_path)))
    assert code == 4 and "HTTP_PROXY is http://proxy.example.com:3128" in err and "NO_PROXY" in err
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")  # the fix the message names
    code, _, err = run(capsys, "eval", str(lab_file(tmp_path)))
    assert code == 0, err
    assert len(hostile.requests) == 1


@pytest.mark.parametrize("url, allowed", [("https://api.anthropic.com", True), ("http://localhost:8080", True),
                                          ("http://[::1]:9", True), ("http://10.0.0.5", False),
                                          ("ftp://api.anthropic.com", False)])
def test_which_base_urls_may_carry_the_key(url, allowed, monkeypatch):
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    if allowed:
        netguard.check_transport(url)
    else:
        with pytest.raises(netguard.GuardProblem):
            netguard.check_transport(url)


# -- #17: malformed keys ------------------------------------------------------------------------------
def test_a_key_with_a_non_utf8_byte_is_exit_4_and_named_malformed(tmp_path, fake_api):
    env = {os.fsencode(k): os.fsencode(v) for k, v in os.environ.items()}
    env[b"ANTHROPIC_API_KEY"] = b"sk-ant-abc\xffdef-0123456789"
    env[b"ANTHROPIC_BASE_URL"] = fake_api.base_url.encode()
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "eval", str(lab_file(tmp_path))],
                            env=env, capture_output=True, timeout=120, cwd=ROOT)
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 4, err
    assert "API key (from ANTHROPIC_API_KEY) is malformed" in err and "not plain ASCII" in err
    assert "Traceback" not in err and not fake_api.message_requests()


def test_a_key_with_a_newline_is_reported_as_malformed_not_a_broken_connection(capsys, tmp_path, monkeypatch,
                                                                               fake_api):
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake_api.base_url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-first-half\nsecond-half")
    code, _, err = run(capsys, "eval", str(lab_file(tmp_path)))
    assert code == 4 and "is malformed: it holds a line break" in err
    assert "connection" not in err and "second-half" not in err


# -- #4: catastrophic regexes --------------------------------------------------------------------------
def test_a_catastrophic_regex_is_a_clear_error_for_its_test_only(capsys, tmp_path, api_env):
    api_env.rules = {"hi": "a" * 34 + "!"}
    path = write_assessment(tmp_path / "re.fta.json", prompt_lab={
        "model": "claude-haiku-4-5", "max_tokens": 64, "tests": [
            {"name": "nested", "vars": {"input": "hi"}, "expect": [{"type": "regex", "value": "(a+)+$"}]},
            {"name": "alternation", "vars": {"input": "hi"}, "expect": [{"type": "regex", "value": "(a|aa)+$"}]},
            {"name": "plain", "vars": {"input": "hi"}, "expect": [{"type": "regex", "value": "^a+!$"}]}]})
    code, out, err = run(capsys, "eval", str(path), "--format", "json")
    cases = {case["name"]: case for case in json.loads(out)["cases"]}
    assert code == 5
    assert cases["nested"]["passed"] is False and cases["nested"]["error"] is None  # no match, quickly
    assert "took longer than" in cases["alternation"]["error"] and "simplify it" in cases["alternation"]["error"]
    assert cases["plain"]["passed"] is True


# -- #14 and #4: Ctrl+C during eval --save --------------------------------------------------------------
def test_ctrl_c_during_eval_save_keeps_prints_and_saves_the_finished_tests(tmp_path, fake_api, app_home):
    def reply(body):
        text = body["messages"][-1]["content"]
        text = text if isinstance(text, str) else text[0]["text"]
        if "slow" in text:
            fake_api.wait(20)  # still running when Ctrl+C comes
        return "billing"

    fake_api.reply = reply
    tests = [{"name": f"fast{i}", "vars": {"input": f"fast {i}"}, "expect": [{"type": "contains", "value": "billing"}]}
             for i in range(3)]
    tests.append({"name": "slow", "vars": {"input": "slow"}, "expect": []})
    path = write_assessment(tmp_path / "c.fta.json", prompt_lab={"model": "claude-haiku-4-5", "tests": tests})
    env = {**os.environ, "ANTHROPIC_BASE_URL": fake_api.base_url, "ANTHROPIC_API_KEY": fake_api.valid_key,
           "FTA_HOME": str(app_home)}
    process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "eval", str(path), "--save"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while len(fake_api.message_requests()) < 4 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)  # the three fast replies come back
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130, err
    assert "3 passed, 0 failed, 0 errors" in out and "cancelled" in out
    assert "interrupted; 3 of 4 tests had finished and were saved, marked cancelled." in err
    saved = json.loads(path.read_text(encoding="utf-8"))["prompt_lab"]["last_run"]
    assert saved["cancelled"] is True and saved["passed"] == 3
