"""``eval --target`` reads what the window saved (issue 30): the price last saved for the target's
name (per million tokens or GPU-hours), and refuses an address with credentials in it."""
from __future__ import annotations

import json

import pytest

from tests.cli.test_eval_targets import _assessment
from tests.fakes.fake_openai_api import FakeOpenAIApi
from tests.helpers import run_on_fake

GPU = {"gpu_hourly_usd": 2.2, "tokens_per_second": 2500}


@pytest.fixture
def fake(fake_api):
    fake_api.add_claude_5_models()
    fake_api.rules = {"money": "billing", "log in": "account"}
    return fake_api


@pytest.fixture
def own():
    server = FakeOpenAIApi().start()
    server.rules = {"money": "billing", "log in": "account"}
    yield server
    server.stop()


def _with_saved_target_run(path, base_url: str) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    run = {"id": "w1", "model": "qwen-7b", "run_at": "2026-12-07T09:00:00Z", "passed": 2, "failed": 0,
           "errors": 0, "cost_usd": 0.0, "cases": [{"name": "refund", "passed": True}, {"name": "login", "passed": True}],
           "target": {"kind": "openai_compatible", "name": "mine", "base_url": base_url, "model": "qwen-7b",
                      "price": GPU}}
    doc["prompt_lab"]["runs"] = [run]
    doc["prompt_lab"]["last_run"] = run
    path.write_text(json.dumps(doc), encoding="utf-8")


def test_without_a_price_the_gpu_hours_price_saved_in_the_window_is_used(fake, own, tmp_path):
    path = _assessment(tmp_path / "t.fta.json")
    _with_saved_target_run(path, own.base_url)
    result = run_on_fake(fake, "eval", str(path), "--target", f"mine={own.base_url}", "--target-model", "qwen-7b",
                         "--format", "json")
    assert result.returncode == 0, result.stderr
    mine = json.loads(result.stdout)["runs"][1]
    assert mine["target"]["price"] == GPU
    assert mine["cost_per_1k_usd"] == pytest.approx(1000 * 22 * 2.2 / (2500 * 3600), rel=1e-3)


def test_another_name_is_not_given_that_price(fake, own, tmp_path):
    path = _assessment(tmp_path / "t.fta.json")
    _with_saved_target_run(path, own.base_url)
    result = run_on_fake(fake, "eval", str(path), "--target", f"other={own.base_url}", "--target-model", "qwen-7b",
                         "--format", "json")
    assert json.loads(result.stdout)["runs"][1]["cost_per_1k_usd"] is None  # unpriced, not guessed


def test_an_address_with_a_password_in_it_is_wrong_usage_and_nothing_is_sent(fake, own, tmp_path):
    url = own.base_url.replace("http://", "http://me:hunter2@")
    result = run_on_fake(fake, "eval", str(_assessment(tmp_path / "t.fta.json")), "--target", f"mine={url}",
                         "--target-model", "m")
    assert result.returncode == 2 and "user name or password" in result.stderr
    assert "hunter2" not in result.stderr and own.requests == [] and fake.message_requests() == []
