"""Prompt lab v2 through the real SDK against the fake API: json_schema, llm_rubric, several
models, run history and comparison, thinking blocks, batch cancel, SDK misuse never blamed on
the server."""
from __future__ import annotations

import json

import pytest

from advisor.lab import batches

from advisor.claude import client as claude

from advisor.lab import eval_runner

from advisor.lab import grading

from advisor.lab import history as lab_history
from advisor.lab.eval_results import MAX_OUTPUT_CHARS, wilson_interval
from advisor.lab.grading import GRADER_SYSTEM
from advisor.costs.pricing import load_price_table

GRADER = "claude-haiku-4-5"


def _lab(*tests, **extra):
    return {"model": "claude-haiku-4-5", "template": "Ticket: {{ticket}}", "max_tokens": 64,
            "grader_model": GRADER, "tests": list(tests), **extra}


def _test(name, ticket, *expect):
    return {"name": name, "vars": {"ticket": ticket}, "expect": list(expect)}


def _grader_says(fake_api, verdicts: dict[str, str], reply: dict[str, str]):
    """The fake answers the lab's requests from ``reply`` and the grader's from ``verdicts``."""
    def answer(body):
        text = body["messages"][-1]["content"]
        if body.get("system") == GRADER_SYSTEM:
            return next(v for k, v in verdicts.items() if k in text)
        return next(v for k, v in reply.items() if k in text)
    fake_api.reply = answer


def test_json_schema_passes_a_matching_reply_and_says_where_another_fails(fake_api, ticket_client):
    schema = {"type": "object", "required": ["team"], "properties": {"team": {"enum": ["billing", "account"]}}}
    fake_api.reply = lambda body: ('{"team": "billing"}' if "money" in body["messages"][-1]["content"]
                                   else '{"team": "sales"}')
    result = eval_runner.run_eval(_lab(_test("good", "money", {"type": "json_schema", "value": schema}),
                                       _test("bad", "other", {"type": "json_schema", "value": schema})),
                                  client=ticket_client)
    good, bad = result.to_json()["cases"]
    assert good["passed"] and good["reasons"] == ["reply matches the JSON Schema"]
    assert not bad["passed"]
    assert bad["reason"].startswith("reply does not match the JSON Schema at team: ")
    assert "'sales' is not one of ['billing', 'account']" in bad["reason"]


def test_a_rubric_is_graded_by_the_grader_model_whose_tokens_are_billed(fake_api, ticket_client):
    rubric = {"type": "llm_rubric", "value": "names the billing team"}
    _grader_says(fake_api, {"billing\n</reply-": "PASS: it names billing.",
                            "sales\n</reply-": "FAIL: it names sales, not billing."},
                 {"money": "billing", "other": "sales"})
    result = eval_runner.run_eval(_lab(_test("pass", "money", rubric), _test("fail", "other", rubric)),
                                  client=ticket_client)
    passing, failing = result.cases
    assert passing.passed and passing.reasons == ["rubric: it names billing."]
    assert not failing.passed and failing.reason == "rubric: it names sales, not billing."
    grader_bodies = [r.body for r in fake_api.message_requests() if r.body.get("system") == GRADER_SYSTEM]
    assert [b["model"] for b in grader_bodies] == [GRADER, GRADER]
    assert "<rubric>\nnames the billing team\n</rubric>" in grader_bodies[0]["messages"][0]["content"]
    price = load_price_table().get("claude-haiku-4-5")
    graded = passing.usage.cost_usd(price) + passing.grader_usage.cost_usd(price)
    assert passing.grader_usage.output_tokens > 0
    assert passing.cost_usd == pytest.approx(graded) and passing.cost_usd > passing.usage.cost_usd(price)
    assert result.to_run()["grader_model"] == GRADER


@pytest.mark.parametrize("grader_failure", ["junk", "500"])
def test_a_grader_with_no_verdict_makes_the_case_an_error(fake_api, ticket_client, grader_failure):
    _grader_says(fake_api, {"billing\n</reply-": "I think it is fine"}, {"money": "billing"})
    if grader_failure == "500":
        fake_api.reply = lambda body: "billing"
        calls = []

        def fail_grader(body):
            calls.append(body)
            if body.get("system") == GRADER_SYSTEM:
                fake_api.fail_next(500, times=3, retry_after=0.01)
            return "billing"
        fake_api.reply = fail_grader
    result = eval_runner.run_eval(_lab(_test("t", "money", {"type": "llm_rubric", "value": "ok?"})),
                                  client=ticket_client)
    case = result.cases[0]
    assert case.status == "error" and case.error_kind == "grader_error"
    assert case.error.startswith("the grader") or "grader (claude-haiku-4-5) failed" in case.error


def test_the_default_grader_is_the_cheapest_current_model():
    prices = load_price_table()
    chosen = prices.get(grading.default_grader_model(prices))
    current = [m for m in prices.models.values() if getattr(m, "status", "current") == "current"
               and not getattr(m, "retired", False)]
    assert getattr(chosen, "status", "current") == "current"
    assert chosen.input + chosen.output == min(m.input + m.output for m in current)
    assert grading.grader_model({"grader_model": "claude-opus-4-5"}, prices) == "claude-opus-4-5"


def test_two_models_in_one_go_with_wilson_bounds_and_the_cases_that_differ(fake_api, ticket_client):
    fake_api.reply = lambda body: ("billing" if body["model"] == "claude-sonnet-4-5"
                                   or "money" in body["messages"][-1]["content"] else "nope")
    lab = _lab(_test("refund", "money", {"type": "equals", "value": "billing"}),
               _test("charge", "charged twice", {"type": "equals", "value": "billing"}))
    results = eval_runner.run_evals(lab, ["claude-haiku-4-5", "claude-sonnet-4-5"], client=ticket_client)
    haiku, sonnet = (r.to_json() for r in results)
    assert (haiku["model"], haiku["passed"], haiku["failed"]) == ("claude-haiku-4-5", 1, 1)
    assert (sonnet["model"], sonnet["passed"]) == ("claude-sonnet-4-5", 2)
    low, high = wilson_interval(1, 2)
    assert (haiku["pass_rate"], haiku["wilson_low"], haiku["wilson_high"]) == (50.0, round(low, 2), round(high, 2))
    assert 9.4 < low < 9.5 and 90.5 < high < 90.6  # the textbook Wilson interval of 1 of 2
    assert haiku["cost_per_1k_usd"] < sonnet["cost_per_1k_usd"]
    assert haiku["latency_p50_ms"] > 0 and haiku["latency_p95_ms"] >= haiku["latency_p50_ms"]
    runs = [r.to_run() for r in results]
    assert lab_history.differing_cases(runs) == [("charge", ["failed", "passed"])]
    assert lab_history.cheapest_meeting_bar(runs, 90)["model"] == "claude-sonnet-4-5"
    assert lab_history.cheapest_meeting_bar(runs, 50)["model"] == "claude-haiku-4-5"
    assert lab_history.cheapest_meeting_bar(runs, None) is None


def test_runs_are_kept_newest_last_at_most_fifty_and_two_compare(fake_api, ticket_client):
    fake_api.rules = {"money": "billing"}
    lab = _lab(_test("refund", "money", {"type": "equals", "value": "billing"}),
               _test("login", "log in", {"type": "equals", "value": "account"}))
    first = eval_runner.run_eval(lab, client=ticket_client).to_run()
    fake_api.rules = {"money": "refunds", "log in": "account"}
    changed = {**lab, "system": "Answer with one team name."}
    second = eval_runner.run_eval(changed, client=ticket_client).to_run()
    kept = lab_history.with_runs(lab_history.with_runs({}, [first]), [second])
    assert kept["runs"] == [first, second] and kept["last_run"] == second
    diff = lab_history.compare(first, second)
    assert diff["prompt_diff"] == ["+system: Answer with one team name."] or \
        "+system: Answer with one team name." in diff["prompt_diff"]
    assert diff["flipped"] == [{"name": "refund", "older": "passed", "newer": "failed"},
                               {"name": "login", "older": "failed", "newer": "passed"}]
    many = {}
    for number in range(55):
        many = lab_history.with_runs(many, [{**first, "id": str(number)}])
    assert len(many["runs"]) == 50 and many["runs"][0]["id"] == "5" and many["last_run"]["id"] == "54"


def test_outputs_past_the_limit_are_cut_and_marked(fake_api, ticket_client):
    fake_api.reply = lambda body: "word " * 5000  # 25,000 characters
    lab = _lab(_test("long", "money", {"type": "contains", "value": "word"}), max_tokens=6000)
    case = eval_runner.run_eval(lab, client=ticket_client).to_run()["cases"][0]
    assert case["output_cut"] is True and len(case["output"]) < MAX_OUTPUT_CHARS + 60
    assert case["output"].endswith("[… cut: 25,000 characters in all]")


def test_a_thinking_block_is_shown_apart_not_graded_and_billed(fake_api, ticket_client):
    fake_api.rules = {"money": "billing"}
    fake_api.thinking = "The customer mentions money so billing"
    request = {"model": "claude-haiku-4-5", "max_tokens": 64,
               "messages": [{"role": "user", "content": "money"}]}
    streamed: list[str] = []
    reply = claude.stream_to(request, streamed.append, client=ticket_client)
    assert reply.text == "".join(streamed) == "billing"
    assert reply.thinking == "The customer mentions money so billing"
    assert reply.usage.output_tokens == 1 + 6  # the reply's token and the thinking's six
    lab = _lab(_test("t", "money", {"type": "not_contains", "value": "customer"}))
    case = eval_runner.run_eval(lab, client=ticket_client).cases[0]
    assert case.passed and case.output == "billing" and case.runs[0].thinking.startswith("The customer")


def test_a_type_error_from_calling_the_sdk_is_a_bug_not_a_server_problem(fake_api, ticket_client):
    request = {"model": "claude-haiku-4-5", "max_tokens": 8, "temperature": 0.5,
               "messages": [{"role": "user", "content": "hi"}]}
    with pytest.raises(TypeError, match="temperature"):
        claude.send_message(request, client=ticket_client)
    with pytest.raises(TypeError, match="temperature"):
        claude.stream_to(request, lambda text: None, client=ticket_client)


def test_cancel_cancels_the_batch_on_the_server(fake_api, ticket_client):
    fake_api.rules = {"money": "billing"}
    fake_api.batch_polls = 100  # it would run for a long while
    lab = _lab(_test("t", "money", {"type": "equals", "value": "billing"}),
               _test("u", "money", {"type": "equals", "value": "billing"}))
    record = batches.submit(lab, client=ticket_client)
    batches.cancel(record, client=ticket_client)
    cancel_calls = [r for r in fake_api.requests if r.path.endswith("/cancel")]
    assert [r.path for r in cancel_calls] == [f"/v1/messages/batches/{record['id']}/cancel"]
    [result] = batches.wait_and_collect(record, client=ticket_client, interval=0.01)
    assert result.errors == 2
    assert result.cases[0].error == "the batch was cancelled before this request was processed"


def test_a_batch_records_the_prompt_and_collects_rubrics(fake_api, ticket_client):
    _grader_says(fake_api, {"billing\n</reply-": "PASS: billing it is"}, {"money": "billing"})
    lab = _lab(_test("t", "money", {"type": "llm_rubric", "value": "says billing"}), system="Route.")
    record = batches.submit(lab, client=ticket_client)
    assert record["prompt"]["system"] == "Route." and record["grader_model"] == GRADER
    [result] = batches.wait_and_collect(record, client=ticket_client, interval=0.01)
    run = result.to_run()
    assert run["passed"] == 1 and run["batch"] is True and run["cases"][0]["reasons"] == ["rubric: billing it is"]
    assert json.loads(json.dumps(run)) == run
def test_sampling_goes_only_to_models_that_take_it(fake_api, ticket_client):
    prices = load_price_table()
    rejecting = next(m.id for m in prices.models.values() if getattr(m, "rejects_sampling", False))
    taking = "claude-haiku-4-5"
    assert not prices.get(taking).rejects_sampling
    fake_api.add_claude_5_models()
    fake_api.rules = {"money": "billing"}
    lab = _lab(_test("t", "money", {"type": "equals", "value": "billing"}), temperature=0.3)
    results = eval_runner.run_evals(lab, [rejecting, taking], client=ticket_client, prices=prices)
    assert [r.passed for r in results] == [1, 1]  # no 400 from the model that rejects sampling
    bodies = {r.body["model"]: r.body for r in fake_api.message_requests()}
    assert not {"temperature", "top_p", "top_k"} & set(bodies[rejecting])
    assert bodies[taking]["temperature"] == 0.3


