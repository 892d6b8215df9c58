"""``eval --target`` and the CI options (issue 30, contract section 8): the team's own model on an
OpenAI-compatible server, measured beside Claude on the same tests; JUnit, a pass-rate gate and
a baseline for CI."""
from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.fakes.fake_openai_api import FakeOpenAIApi
from tests.helpers import run_on_fake


def _assessment(path: Path) -> Path:
    doc = {"format": "fine-tune-advisor/assessment", "version": 2, "title": "Triage",
           "answers": {"quality_bar_pct": 90},
           "prompt_lab": {"model": "claude-haiku-5-5", "system": "Route tickets.", "template": "Ticket: {{ticket}}",
                          "max_tokens": 16, "tests": [
                              {"name": "refund", "vars": {"ticket": "I want my money back"},
                               "expect": [{"type": "icontains", "value": "billing"}]},
                              {"name": "login", "vars": {"ticket": "cannot log in"},
                               "expect": [{"type": "equals", "value": "account"}]}]}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.fixture
def fake(fake_api):
    fake_api.add_claude_5_models()
    fake_api.rules = {"money": "billing", "log in": "account"}
    return fake_api


@pytest.fixture
def own():
    server = FakeOpenAIApi().start()
    server.rules = {"money": "billing"}  # the small model gets the login ticket wrong
    yield server
    server.stop()


def test_the_teams_model_runs_beside_claude_on_the_same_tests_and_is_saved_with_its_price(fake, own, tmp_path):
    path = _assessment(tmp_path / "t.fta.json")
    result = run_on_fake(fake, "eval", str(path), "--target", f"mine={own.base_url}", "--target-model", "qwen-7b",
                         "--target-price", "0.1/0.1", "--format", "json", "--save")
    assert result.returncode == 5, result.stderr  # the target fails one test
    runs = json.loads(result.stdout)["runs"]
    assert [(r["model"], r.get("target", {}).get("name"), r["passed"]) for r in runs] == [
        ("claude-haiku-5-5", None, 2), ("qwen-7b", "mine", 1)]
    assert runs[1]["target"] == {"kind": "openai_compatible", "name": "mine", "base_url": own.base_url,
                                 "model": "qwen-7b", "price": {"in_per_mtok": 0.1, "out_per_mtok": 0.1}}
    assert runs[1]["cost_per_1k_usd"] == pytest.approx(1000 * (20 + 2) * 0.1 / 1e6)
    sent = own.requests[0]["body"]
    assert sent["model"] == "qwen-7b" and sent["messages"][0] == {"role": "system", "content": "Route tickets."}
    assert own.requests[0]["authorization"] is None  # no key in the keyring: none is sent
    summary = json.loads(run_on_fake(fake, "summary", str(path), "--format", "json").stdout)
    assert summary["candidate_evidence"]["mine"]["pass_rate"] == 50.0
    assert (summary["prompt_evidence"]["model"], summary["prompt_evidence"]["passed"]) == ("claude-haiku-5-5", 2)


def test_a_target_that_is_down_or_misnamed_is_exit_4_with_what_to_check(fake, own, tmp_path):
    path = _assessment(tmp_path / "t.fta.json")
    own.stop()
    result = run_on_fake(fake, "eval", str(path), "--target", f"mine={own.base_url}", "--target-model", "m")
    assert result.returncode == 4 and "cannot be reached" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["--target", "mine=http://127.0.0.1:1/v1"], "--target-model"),
    (["--target", "no-equals-sign", "--target-model", "m"], "write NAME=URL"),
    (["--target", "mine=ftp://x", "--target-model", "m"], "not a web address"),
    (["--target", "mine=http://127.0.0.1:1/v1", "--target-model", "m", "--target-price", "cheap"], "IN/OUT"),
])
def test_a_wrong_target_is_wrong_usage(fake, tmp_path, args, message):
    result = run_on_fake(fake, "eval", str(_assessment(tmp_path / "t.fta.json")), *args)
    assert result.returncode == 2 and message in result.stderr


def test_plain_http_to_another_computer_warns_without_a_key(fake, tmp_path):
    from advisor.lab import targets

    warned = []
    target = targets.parse("lab=http://10.1.2.3:8000/v1", "m")
    targets.check_transport(target, None, warned.append)
    assert "plain http" in warned[0]
    with pytest.raises(targets.ClaudeProblem, match="would send its key unencrypted"):
        targets.check_transport(target, "sk-secret-key-1234", warned.append)


def test_junit_min_pass_pct_and_baseline_for_ci(fake, tmp_path):
    path = _assessment(tmp_path / "t.fta.json")
    junit = tmp_path / "report.xml"
    assert run_on_fake(fake, "eval", str(path), "--save", "--junit", str(junit)).returncode == 0
    suite = ElementTree.parse(junit).getroot().find("testsuite")
    assert suite.get("tests") == "2" and suite.get("failures") == "0"
    fake.rules = {"money": "billing"}  # the login test now fails
    gated = run_on_fake(fake, "eval", str(path), "--min-pass-pct", "50", "--junit", str(junit))
    assert gated.returncode == 0, gated.stderr  # 50 % meets a gate of 50 %
    failures = ElementTree.parse(junit).getroot().findall(".//failure")
    assert len(failures) == 1 and failures[0].text.startswith("Echo:")
    assert run_on_fake(fake, "eval", str(path), "--min-pass-pct", "60").returncode == 5
    compared = run_on_fake(fake, "eval", str(path), "--baseline", "last", "--min-pass-pct", "0")
    assert compared.returncode == 5 and "passed in run" in compared.stderr and "login" in compared.stderr
    missing = run_on_fake(fake, "eval", str(path), "--baseline", "nope")
    assert missing.returncode == 3 and "no saved run 'nope'" in missing.stderr
