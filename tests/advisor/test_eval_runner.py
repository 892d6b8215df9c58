"""Running a prompt lab's tests: results, pass rates, costs, progress, cancel and fatal failures."""
from __future__ import annotations

import itertools
import threading

import pytest

from tests.helpers import ticket_test

from advisor.lab import eval_runner
from advisor.claude.client import ClaudeProblem
from advisor.costs.pricing import load_price_table


def _lab(*tests, **extra):
    return {"model": "claude-haiku-4-5", "template": "Ticket: {{ticket}}", "max_tokens": 64,
            "tests": list(tests), **extra}






def test_results_have_the_contract_shape_with_costs(fake_api, ticket_client):
    lab = _lab(ticket_test("refund", "I want my money back", "billing"),
               ticket_test("login", "cannot log in", "billing"))
    calls: list[tuple[int, int]] = []
    result = eval_runner.run_eval(lab, client=ticket_client, progress=lambda d, t: calls.append((d, t)))
    data = result.to_json()
    assert (data["model"], data["passed"], data["failed"], data["errors"]) == ("claude-haiku-4-5", 1, 1, 0)
    refund, login = data["cases"]
    assert set(refund) >= {"name", "passed", "output", "error", "input_tokens", "output_tokens",
                           "latency_ms"}
    assert (refund["name"], refund["passed"], refund["output"], refund["error"]) == \
        ("refund", True, "billing", None)
    assert login["passed"] is False
    assert login["reason"] == "reply does not contain 'billing', in any case"
    price = load_price_table().get("claude-haiku-4-5")
    expected = sum((c["input_tokens"] * price.input + c["output_tokens"] * price.output) / 1e6
                   for c in data["cases"])
    assert data["cost_usd"] == pytest.approx(expected)
    assert calls[0] == (0, 2) and calls[-1] == (2, 2)


def test_repeat_measures_the_pass_rate_per_case(fake_api, ticket_client):
    answers = itertools.cycle(["billing", "no idea"])
    lock = threading.Lock()

    def flaky(body):
        with lock:
            return next(answers)

    fake_api.reply = flaky
    result = eval_runner.run_eval(_lab(ticket_test("refund", "money", "billing")), client=ticket_client,
                                  repeat=4, concurrency=1)
    case = result.cases[0]
    assert (case.passes, len(case.runs), case.pass_rate) == (2, 4, 0.5)
    assert case.status == "failed" and case.output == "no idea"
    assert result.to_json()["cases"][0]["pass_rate"] == 0.5
    assert len(fake_api.message_requests()) == 4


def test_concurrency_limits_requests_in_flight(fake_api, ticket_client):
    lock, state = threading.Lock(), {"now": 0, "most": 0}
    release = threading.Event()

    def counting(body):
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        release.wait(0.05)
        with lock:
            state["now"] -= 1
        return "billing"

    fake_api.reply = counting
    tests = [ticket_test(f"t{i}", "money", "billing") for i in range(12)]
    result = eval_runner.run_eval(_lab(*tests), client=ticket_client, concurrency=3)
    assert result.passed == 12
    assert 1 < state["most"] <= 3


def test_a_missing_variable_is_an_error_for_that_test_and_nothing_is_sent(fake_api, ticket_client):
    lab = _lab({"name": "empty", "vars": {}, "expect": []}, ticket_test("ok", "money", "billing"))
    result = eval_runner.run_eval(lab, client=ticket_client)
    assert [c.status for c in result.cases] == ["error", "passed"]
    assert result.cases[0].error == "no value for {{ticket}}"
    assert len(fake_api.message_requests()) == 1


def test_a_refused_key_stops_the_run_with_one_message(fake_api, ticket_client):
    fake_api.fail_next(401, times=100)
    tests = [ticket_test(f"t{i}", "money", "billing") for i in range(20)]
    with pytest.raises(ClaudeProblem) as caught:
        eval_runner.run_eval(_lab(*tests), client=ticket_client, concurrency=2)
    assert caught.value.kind == "key_refused"
    assert len(fake_api.message_requests()) < 20


def test_passing_errors_are_per_case(fake_api, ticket_client):
    fake_api.fail_next(529, times=3, retry_after=0)  # one test's first send plus its 2 retries
    tests = [ticket_test(f"t{i}", "money", "billing") for i in range(3)]
    result = eval_runner.run_eval(_lab(*tests), client=ticket_client, concurrency=1)
    assert [c.status for c in result.cases] == ["error", "passed", "passed"]
    assert result.cases[0].error_kind == "overloaded"
    assert (result.passed, result.failed, result.errors) == (2, 0, 1)


def test_cancel_returns_what_finished(fake_api, ticket_client):
    cancel = threading.Event()
    tests = [ticket_test(f"t{i}", "money", "billing") for i in range(40)]

    def progress(done, total):
        if done >= 3:
            cancel.set()

    result = eval_runner.run_eval(_lab(*tests), client=ticket_client, concurrency=2, cancel=cancel,
                                  progress=progress)
    assert result.cancelled
    assert 3 <= result.passed < 40
    assert any(case.status == "not_run" for case in result.cases)


def test_unpriced_model_has_no_cost(fake_api, ticket_client):
    fake_api.models.append({"id": "claude-new-model", "display_name": "New", "lifecycle": "active"})
    result = eval_runner.run_eval(_lab(ticket_test("t", "money", "billing")), client=ticket_client,
                                  model="claude-new-model")
    assert result.model == "claude-new-model"
    assert result.cost_usd is None and result.to_json()["cost_usd"] is None


def test_last_run_shape_for_saving(fake_api, ticket_client):
    result = eval_runner.run_eval(_lab(ticket_test("t", "money", "billing")), client=ticket_client, repeat=2)
    last_run = result.to_last_run()
    assert list(last_run)[:7] == ["model", "run_at", "passed", "failed", "errors", "cost_usd", "repeat"]
    assert last_run["run_at"].endswith("Z") and last_run["repeat"] == 2
    assert last_run["cases"][0]["runs"] == 2


def test_the_key_comes_from_the_environment_when_no_client_is_given(api_env):
    api_env.rules = {"money": "billing"}
    result = eval_runner.run_eval(_lab(ticket_test("t", "money", "billing")))
    assert result.passed == 1


def test_no_tests_is_an_empty_result():
    result = eval_runner.run_eval(_lab(), send=lambda request: pytest.fail("nothing to send"))
    assert (result.passed, result.failed, result.errors, result.cases) == (0, 0, 0, [])


def test_an_interrupt_sets_the_cancel_so_no_worker_retries(fake_api, ticket_client):
    from tests.fakes.fake_messages_api import wait_until

    cancel = threading.Event()
    fake_api.fail_next(529, retry_after=1.0)  # one worker will be waiting to retry
    sent_at_interrupt: list[int] = []

    def progress(done, total):
        if done >= 1:  # the first reply in: the user presses Ctrl+C
            sent_at_interrupt.append(len(fake_api.message_requests()))
            raise KeyboardInterrupt

    tests = [ticket_test("a", "money", "billing"), ticket_test("b", "money", "billing")]
    with pytest.raises(KeyboardInterrupt):
        eval_runner.run_eval(_lab(*tests), client=ticket_client, concurrency=2, cancel=cancel,
                             progress=progress)
    assert cancel.is_set()
    assert wait_until(lambda: not [t for t in threading.enumerate() if t.name.startswith("eval")])
    assert len(fake_api.message_requests()) == sent_at_interrupt[0] == 2  # no retry after it
