"""Prompt-lab runs through the Message Batches API, against the fake server via the real SDK."""
from __future__ import annotations

import json
import threading

import pytest

from tests.helpers import ticket_test

from advisor.lab import batches
from advisor.claude.client import ClaudeProblem
from advisor.costs.pricing import load_price_table


def _lab(*tests):
    return {"model": "claude-haiku-4-5", "template": "Ticket: {{ticket}}", "max_tokens": 32,
            "tests": list(tests)}






def test_submit_sends_every_test_and_repeat_with_a_custom_id(fake_api, ticket_client):
    lab = _lab(ticket_test("refund", "my money back", "billing"), ticket_test("login", "cannot log in", "account"))
    record = batches.submit(lab, repeat=2, client=ticket_client)
    assert record["id"].startswith("msgbatch_")
    assert (record["model"], record["repeat"], record["requests"]) == ("claude-haiku-4-5", 2, 4)
    sent = [r for r in fake_api.requests if r.path == "/v1/messages/batches"][0].body
    assert [r["custom_id"] for r in sent["requests"]] == ["t0-r0", "t1-r0", "t0-r1", "t1-r1"]
    assert sent["requests"][0]["params"]["messages"][-1]["content"] == "Ticket: my money back"
    json.dumps(record)  # the record is saved in the assessment: plain JSON only


def test_results_map_back_by_custom_id_at_the_batch_price(fake_api, ticket_client):
    lab = _lab(ticket_test("refund", "my money back", "billing"), ticket_test("login", "cannot log in", "billing"))
    fake_api.batch_polls = 3
    record = batches.submit(lab, client=ticket_client)
    seen: list[batches.BatchProgress] = []
    [result] = batches.wait_and_collect(record, client=ticket_client, progress=seen.append, interval=0.01)
    assert [s.ended for s in seen] == [False, False, True]
    assert seen[-1].processed == seen[-1].total == 2
    refund, login = result.cases
    assert (refund.name, refund.passed, refund.output) == ("refund", True, "billing")
    assert (login.status, login.reason) == ("failed", "reply does not contain 'billing', in any case")
    prices = load_price_table()
    price = prices.get("claude-haiku-4-5")
    assert refund.cost_usd == pytest.approx(refund.usage.cost_usd(price) * (1 - prices.batch_discount))
    assert result.to_last_run()["passed"] == 1


def test_the_batch_discount_is_the_share_taken_off(fake_api, ticket_client):
    """A table saying batches are 75 % off bills a quarter of the interactive price."""

    lab = _lab(ticket_test("refund", "my money back", "billing"))
    record = batches.submit(lab, client=ticket_client)
    prices = load_price_table()._replace(batch_discount=0.75)
    [result] = batches.wait_and_collect(record, client=ticket_client, interval=0.01, prices=prices)
    [refund] = result.cases
    interactive = refund.usage.cost_usd(prices.get("claude-haiku-4-5"))
    assert interactive > 0 and refund.cost_usd == pytest.approx(interactive * 0.25)


def test_expectations_saved_at_submit_time_are_the_ones_checked(fake_api, ticket_client):
    lab = _lab(ticket_test("refund", "my money back", "billing"))
    record = batches.submit(lab, client=ticket_client)
    lab["tests"][0]["expect"] = [{"type": "equals", "value": "something else"}]  # edited meanwhile
    record = json.loads(json.dumps(record))  # as if reloaded from the saved assessment
    assert batches.collect(record, client=ticket_client)[0].cases[0].passed


def test_a_test_missing_a_variable_is_an_error_and_is_not_sent(fake_api, ticket_client):
    lab = _lab(ticket_test("refund", "my money back", "billing"), {"name": "empty", "vars": {}, "expect": []})
    record = batches.submit(lab, client=ticket_client)
    assert record["requests"] == 1
    [result] = batches.collect(record, client=ticket_client)
    assert result.cases[1].status == "error" and "{{ticket}}" in result.cases[1].error


def test_an_errored_request_is_reported_for_its_case(fake_api, ticket_client):
    lab = _lab(ticket_test("refund", "my money back", "billing")) | {"model": "claude-nope"}
    [result] = batches.collect(batches.submit(lab, client=ticket_client), client=ticket_client)
    case = result.cases[0]
    assert case.status == "error" and "not found" in case.error


def test_cancel_stops_polling_and_keeps_the_batch(fake_api, ticket_client):
    fake_api.batch_polls = 1000
    record = batches.submit(_lab(ticket_test("refund", "money", "billing")), client=ticket_client)
    cancel = threading.Event()
    polls: list[batches.BatchProgress] = []

    def progress(state):
        polls.append(state)
        cancel.set()

    assert batches.wait_and_collect(record, client=ticket_client, cancel=cancel, progress=progress,
                                    interval=5) is None
    assert len(polls) == 1 and not polls[0].ended


def test_an_unknown_batch_id_is_a_plain_problem(fake_api, ticket_client):
    record = {"id": "msgbatch_gone", "model": "claude-haiku-4-5", "requests": 1, "cases": []}
    with pytest.raises(ClaudeProblem) as caught:
        batches.poll(record, client=ticket_client)
    assert caught.value.kind == "batch_gone"
    assert "msgbatch_gone" in str(caught.value) and "run the tests again" in str(caught.value)


def test_describe_names_the_size_model_and_time():
    text = batches.describe({"requests": 3, "model": "claude-haiku-4-5",
                             "submitted_at": "2026-11-28T20:00:00Z"})
    assert text == "3 requests on claude-haiku-4-5, submitted 2026-11-28 20:00:00 UTC"


def test_two_models_go_in_one_batch_and_come_back_as_one_run_each(fake_api, ticket_client):
    fake_api.reply = lambda body: "billing" if body["model"] == "claude-sonnet-4-5" else "account"
    lab = _lab(ticket_test("refund", "my money back", "billing"), {"name": "empty", "vars": {}, "expect": []})
    record = batches.submit(lab, models=["claude-haiku-4-5", "claude-sonnet-4-5"], client=ticket_client)
    assert (record["models"], record["requests"]) == (["claude-haiku-4-5", "claude-sonnet-4-5"], 2)
    sent = [r for r in fake_api.requests if r.path == "/v1/messages/batches"][0].body["requests"]
    assert [(r["custom_id"], r["params"]["model"]) for r in sent] == [
        ("t0-r0", "claude-haiku-4-5"), ("m1-t0-r0", "claude-sonnet-4-5")]
    assert sorted(record["local_errors"]) == ["m1-t1-r0", "t1-r0"]  # not sent, on either model
    record = json.loads(json.dumps(record))  # as if reloaded from the saved assessment
    haiku, sonnet = batches.wait_and_collect(record, client=ticket_client, interval=0.01)
    assert (haiku.model, haiku.cases[0].output, haiku.cases[0].status) == ("claude-haiku-4-5", "account", "failed")
    assert (sonnet.model, sonnet.cases[0].output, sonnet.cases[0].status) == ("claude-sonnet-4-5", "billing", "passed")
    assert haiku.cases[1].status == sonnet.cases[1].status == "error"
    prices = load_price_table()  # each model at its own batch price
    for result in (haiku, sonnet):
        usage = result.cases[0].usage
        assert result.cases[0].cost_usd == pytest.approx(
            usage.cost_usd(prices.get(result.model)) * (1 - prices.batch_discount))
    assert haiku.cases[0].cost_usd < sonnet.cases[0].cost_usd
    assert "on claude-haiku-4-5, claude-sonnet-4-5" in batches.describe(record)


def test_a_record_saved_before_several_models_still_collects(fake_api, ticket_client):
    lab = _lab(ticket_test("refund", "my money back", "billing"))
    record = batches.submit(lab, client=ticket_client)
    old = {k: v for k, v in record.items() if k != "models"} | {"format": 1}  # as the previous version saved it
    [result] = batches.collect(old, client=ticket_client)
    assert (result.model, result.passed) == ("claude-haiku-4-5", 1)
