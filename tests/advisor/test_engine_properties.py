"""Properties of the advisor that must hold for any answers at all (hypothesis)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.decision.counterfactuals import candidates
from advisor.decision.engine import derived_facts, evaluate
from advisor.decision.rules import default_rules
from tests.strategies import answers

# Values near the thresholds the rules use, so the interesting edges come up often.
NUMBERS = {
    "labeled_examples": st.one_of(st.integers(0, 20000), st.sampled_from([0, 999, 1000, 1001])),
    "training_budget_usd": st.one_of(st.floats(0, 1e6, allow_nan=False), st.sampled_from([0, 5599, 5600, 20600])),
    "latency_p95_ms": st.floats(1, 60000, allow_nan=False),
    "weeks_to_launch": st.floats(0, 104, allow_nan=False),
}


ANSWERS = answers(NUMBERS)
COSTS = st.one_of(st.none(), st.fixed_dictionaries({}, optional={
    "examples_to_label": st.integers(0, 50000),
    "label_cost_per_example_usd": st.floats(0, 20, allow_nan=False),
    "training_runs": st.integers(0, 20),
    "train_gpu_hours": st.floats(0, 500, allow_nan=False),
    "gpu_hourly_usd": st.floats(0, 10, allow_nan=False),
}))
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(ANSWERS, COSTS)
def test_any_valid_answers_give_one_of_the_four_verdicts(answers, costs):
    result = evaluate(answers, costs)
    assert result.verdict in default_rules().verdicts
    assert result.confidence in ("high", "medium", "low") and result.confidence_reasons
    assert result.provisional == bool(result.missing)
    assert result.reasons and result.reasons[0].rule == result.rule
    assert result.trace[-1].rule == result.rule and result.trace[-1].held
    assert not any(t.held for t in result.trace[:-1])
    assert result.warnings == []


@SETTINGS
@given(ANSWERS, COSTS)
def test_every_counterfactual_offered_really_gives_its_verdict(answers, costs):
    result = evaluate(answers, costs)
    for offered in result.counterfactuals:
        assert 1 <= len(offered.changes) <= 2
        assert offered.verdict != result.verdict
        assert evaluate({**answers, **offered.changes}, costs).verdict == offered.verdict
        assert offered.text.startswith("If ") and default_rules().verdicts[offered.verdict].short in offered.text
    if result.gate_changes is not None:
        assert evaluate({**answers, **result.gate_changes}, costs).verdict == "fine_tune"


@SETTINGS
@given(ANSWERS, COSTS)
def test_a_single_answer_that_would_change_the_verdict_is_always_listed_as_missing(answers, costs):
    result = evaluate(answers, costs)
    rules = default_rules()
    assert set(result.missing) <= set(rules.referenced) - set(answers)
    options = candidates(rules, {**answers, **derived_facts(costs)[0]})
    for qid in set(rules.referenced) - set(answers):
        for value in options[qid]:
            if evaluate({**answers, qid: value}, costs).verdict != result.verdict:
                assert qid in result.missing, (qid, value)


DATA_RANK = ["public_common", "public_specialized", "proprietary_niche"]
TEAM_RANK = ["none", "some", "dedicated"]


@SETTINGS
@given(ANSWERS, COSTS, st.data())
def test_less_niche_data_a_smaller_team_or_a_lower_budget_never_leads_to_fine_tuning(answers, costs, data):
    if evaluate(answers, costs).verdict == "fine_tune":
        return
    worse = dict(answers)
    if "data_public" in worse:
        rank = DATA_RANK.index(worse["data_public"])
        worse["data_public"] = data.draw(st.sampled_from(DATA_RANK[:rank + 1]))
    if "ml_team" in worse:
        rank = TEAM_RANK.index(worse["ml_team"])
        worse["ml_team"] = data.draw(st.sampled_from(TEAM_RANK[:rank + 1]))
    if "training_budget_usd" in worse:
        worse["training_budget_usd"] *= data.draw(st.floats(0, 1))
    assert evaluate(worse, costs).verdict != "fine_tune"


@SETTINGS
@given(ANSWERS, COSTS)
def test_the_same_answers_always_give_the_same_recommendation(answers, costs):
    assert evaluate(answers, costs).to_dict() == evaluate(dict(answers), costs).to_dict()


@SETTINGS
@given(ANSWERS, COSTS)
def test_the_search_memo_changes_nothing_the_advice_says(answers, costs):
    """The searches share one memo of tested comparisons; without it they must find the same."""
    from advisor.decision import engine
    with_memo = evaluate(answers, costs)
    real = engine.candidates
    engine.candidates = lambda rules, facts: dict(real(rules, facts))  # a plain dict: no memo
    try:
        without = evaluate(answers, costs)
    finally:
        engine.candidates = real
    assert with_memo == without
