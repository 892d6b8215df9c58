"""The rule engine as a team lead meets it: the verdict, why, and what would change it."""
from __future__ import annotations

import pytest

from advisor.costs.derived import upfront_fine_tune_usd
from advisor.decision.engine import evaluate

# Every question the rules test, answered: the niche-data case in full.
NICHE = {
    "deployment": "any_cloud", "prompting_tried": "falls_short", "gaps": ["domain_language"],
    "data_public": "proprietary_niche", "labeled_examples": 5000, "knowledge_changes": "static",
    "context_fits": True, "ml_team": "dedicated", "training_budget_usd": 50000, "retrain_commitment": True,
    "task_type": "generate",
}
# Everything answered, and nothing special: prompting falls short only on reasoning.
ORDINARY = dict(NICHE, gaps=["reasoning"], data_public="public_common", ml_team="none",
                labeled_examples=200, training_budget_usd=1000, retrain_commitment=False)
# $600: NICHE already holds 5,000 labels, so none of the default 5,000 are left to label (CONTRACT
# section 8, "Decision, v3", "One projection": rule 5's up-front cost counts the labels held).
UPFRONT = upfront_fine_tune_usd({"examples_to_label": 0})


def answers(base: dict, **changes) -> dict:
    result = dict(base)
    for key, value in changes.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = value
    return result


RULE_TABLE = [
    # (case, answers, verdict, rule)
    ("on-prem beats everything", answers(NICHE, deployment="on_prem_only"), "self_host", "data_stays_on_premises"),
    ("on-prem with nothing else", {"deployment": "on_prem_only"}, "self_host", "data_stays_on_premises"),
    ("nothing answered", {}, "prompt_engineering", "prompting_first"),
    ("prompting unanswered", answers(NICHE, prompting_tried=None), "prompt_engineering", "prompting_first"),
    ("prompting not tried", answers(NICHE, prompting_tried="not_tried"), "prompt_engineering", "prompting_first"),
    ("prompting meets the bar", answers(NICHE, prompting_tried="meets_bar"), "prompt_engineering", "prompting_meets_bar"),
    ("the niche-data case", NICHE, "fine_tune", "niche_data_gate"),
    ("minor gaps are enough", answers(NICHE, prompting_tried="minor_gaps"), "fine_tune", "niche_data_gate"),
    ("format gap counts too", answers(NICHE, gaps=["format_style"]), "fine_tune", "niche_data_gate"),
    ("exactly 500 examples", answers(NICHE, labeled_examples=500), "fine_tune", "niche_data_gate"),
    ("budget exactly the up-front cost", answers(NICHE, training_budget_usd=UPFRONT), "fine_tune", "niche_data_gate"),
    ("specialized but public", answers(NICHE, data_public="public_specialized"), "prompt_engineering", "otherwise_prompting"),
    ("no niche gap", answers(NICHE, gaps=["reasoning", "latency"]), "prompt_engineering", "otherwise_prompting"),
    ("part-time team", answers(NICHE, ml_team="some"), "prompt_engineering", "otherwise_prompting"),
    ("no retraining", answers(NICHE, retrain_commitment=False), "prompt_engineering", "otherwise_prompting"),
    ("499 examples", answers(NICHE, labeled_examples=499), "prompt_engineering", "otherwise_prompting"),
    ("narrow, fast and teachable", answers(ORDINARY, task_type="classify_extract", ml_team="some",
                                           prompting_tried="minor_gaps", latency_p95_ms=100), "distill", "distillation_gate"),
    ("budget a dollar short", answers(NICHE, training_budget_usd=UPFRONT - 1), "prompt_engineering", "otherwise_prompting"),
    ("knowledge gap, weekly facts", answers(ORDINARY, gaps=["knowledge"], knowledge_changes="weekly"), "rag", "knowledge_needs_retrieval"),
    ("knowledge gap, monthly facts", answers(ORDINARY, gaps=["knowledge"], knowledge_changes="monthly"), "rag", "knowledge_needs_retrieval"),
    ("knowledge gap, too big to fit", answers(ORDINARY, gaps=["knowledge"], context_fits=False), "rag", "knowledge_needs_retrieval"),
    ("knowledge gap, static and fits", answers(ORDINARY, gaps=["knowledge"]), "prompt_engineering", "otherwise_prompting"),
    ("niche case with a knowledge gap too", answers(NICHE, gaps=["knowledge", "domain_language"], knowledge_changes="weekly"), "fine_tune", "niche_data_gate"),
    ("niche case broken, knowledge gap", answers(NICHE, ml_team="none", gaps=["knowledge", "domain_language"], knowledge_changes="weekly"), "rag", "knowledge_needs_retrieval"),
    ("the ordinary case", ORDINARY, "prompt_engineering", "otherwise_prompting"),
]


@pytest.mark.parametrize("case, given, verdict, rule", RULE_TABLE, ids=[row[0] for row in RULE_TABLE])
def test_each_rule_gives_its_verdict(case, given, verdict, rule):
    result = evaluate(given)
    assert (result.verdict, result.rule) == (verdict, rule)


def test_every_verdict_is_reachable_from_the_table():
    from advisor.decision.rules import default_rules

    assert {row[2] for row in RULE_TABLE} == set(default_rules().verdicts)


def test_the_budget_gate_uses_this_assessments_cost_inputs():
    costs = {"examples_to_label": 10000, "label_cost_per_example_usd": 2.0}  # $20,000 + $600 of training
    assert evaluate(answers(NICHE, training_budget_usd=20000), costs).verdict == "prompt_engineering"
    assert evaluate(answers(NICHE, training_budget_usd=20600), costs).verdict == "fine_tune"


def test_unusable_cost_inputs_leave_the_budget_unproven_and_say_so():
    result = evaluate(NICHE, {"examples_to_label": "lots"})
    assert result.verdict == "prompt_engineering"
    assert any(w.startswith("The cost projection could not be computed (cost input examples_to_label")
               for w in result.warnings)


def test_an_invalid_answer_is_ignored_with_a_warning():
    result = evaluate(answers(NICHE, ml_team="huge"))
    assert result.verdict == "prompt_engineering"
    assert result.warnings == ["answer ml_team was ignored: it must be one of none, some, dedicated"]
    assert "ml_team" in result.missing


# --- the trace ------------------------------------------------------------------------------------

def test_the_trace_shows_every_rule_tried_and_each_condition_with_the_value_it_saw():
    result = evaluate(answers(NICHE, ml_team="some"))
    assert [t.rule for t in result.trace] == ["data_stays_on_premises", "prompting_first", "distillation_gate",
                                              "prompting_meets_bar", "niche_data_gate",
                                              "knowledge_needs_retrieval", "otherwise_prompting"]
    assert [t.held for t in result.trace] == [False, False, False, False, False, False, True]
    gate = {c.fact: c for c in result.trace[4].checks if c.kind == "leaf"}
    assert gate["ml_team"].text == "a dedicated ML team runs training and debugs regressions"
    assert (gate["ml_team"].seen_text, gate["ml_team"].held) == ("Some experience, part time", False)
    assert (gate["labeled_examples"].seen_text, gate["labeled_examples"].held) == ("5,000 examples", True)
    assert "$600" in gate["training_budget_usd"].text and gate["training_budget_usd"].seen_text == "$50,000"
    group = result.trace[4].checks[0]
    assert (group.kind, group.text, group.held) == ("all", "all of these hold", False)


def test_the_trace_stops_at_the_first_rule_that_holds():
    result = evaluate({"deployment": "on_prem_only"})
    assert [(t.rule, t.held) for t in result.trace] == [("data_stays_on_premises", True)]
    check = result.trace[0].checks[0]
    assert (check.text, check.seen, check.held) == (
        "the data may be processed only on your own infrastructure", "on_prem_only", True)


def test_an_unanswered_question_is_shown_as_not_answered_in_the_trace():
    result = evaluate({})
    checks = result.trace[1].checks
    assert checks[0].kind == "any" and checks[0].held
    assert (checks[1].text, checks[1].seen_text, checks[1].held) == (
        "you have not said whether prompting was tried", "not answered", True)


# --- missing answers and the provisional verdict ---------------------------------------------

def test_a_complete_assessment_is_final_and_confident():
    result = evaluate(ORDINARY)
    assert (result.missing, result.provisional, result.confidence) == ([], False, "high")
    assert result.confidence_reasons[0].startswith("Nothing lowers it")
    # complete, but the projection says fine-tuning costs far more: drop (c)
    result = evaluate(NICHE)
    assert (result.missing, result.provisional, result.confidence) == ([], False, "medium")


def test_one_open_question_that_decides_the_verdict_makes_it_provisional():
    result = evaluate(answers(NICHE, ml_team=None))
    assert result.verdict == "prompt_engineering"
    assert result.missing == ["ml_team"]
    assert result.provisional and result.confidence != "high"
    assert evaluate(answers(NICHE, ml_team="dedicated")).verdict == "fine_tune"


def test_open_questions_that_cannot_change_the_verdict_are_not_missing():
    result = evaluate({"deployment": "on_prem_only"})
    assert (result.missing, result.provisional) == ([], False)
    # questions only advisory notes read never count
    result = evaluate(answers(ORDINARY, weeks_to_launch=None, latency_p95_ms=None))
    assert result.missing == []


def test_nothing_answered_lists_every_question_the_rules_read():
    result = evaluate({})
    assert set(result.missing) == {"prompting_tried", "gaps", "data_public", "labeled_examples",
                                   "knowledge_changes", "context_fits", "ml_team", "task_type",
                                   "latency_p95_ms", "training_budget_usd", "retrain_commitment", "deployment"}
    assert result.provisional and result.confidence == "medium"  # drop (a) counts once


def test_an_open_question_that_could_change_it_drops_confidence_one_level_and_says_which():
    result = evaluate(answers(NICHE, ml_team=None))
    assert result.confidence == "medium"
    assert result.confidence_reasons[0].startswith("1 unanswered question could change the verdict: “Who can run")


# --- counterfactuals ----------------------------------------------------------------------------

def test_one_change_that_justifies_fine_tuning_is_offered_in_plain_words():
    result = evaluate(answers(NICHE, ml_team="some"))
    offered = [(c.changes, c.verdict, c.text) for c in result.counterfactuals]
    assert ({"ml_team": "dedicated"}, "fine_tune",
            "If your ML team were dedicated, the advice would be: fine-tune") in offered


@pytest.mark.parametrize("change, expected_changes, wording", [
    ({"labeled_examples": 400}, {"labeled_examples": 500}, "If you had 500 examples"),
    # $600 up front: the labels held count (CONTRACT section 8, "One projection")
    ({"training_budget_usd": 300}, {"training_budget_usd": 600}, "If your up-front budget were $600"),
    ({"retrain_commitment": False}, {"retrain_commitment": True}, "If you committed to retraining"),
])
def test_numbers_are_tried_at_the_thresholds_the_rules_use(change, expected_changes, wording):
    result = evaluate(answers(NICHE, **change))
    matches = [c for c in result.counterfactuals if c.changes == expected_changes]
    assert matches and matches[0].verdict == "fine_tune"
    assert matches[0].text.startswith(wording)


def test_every_counterfactual_really_gives_its_verdict_and_the_smallest_come_first():
    base = answers(ORDINARY, gaps=["knowledge"], knowledge_changes="weekly")
    result = evaluate(base)
    assert result.verdict == "rag"
    sizes = [len(c.changes) for c in result.counterfactuals]
    assert sizes == sorted(sizes) and set(sizes) <= {1, 2}
    for c in result.counterfactuals:
        assert c.verdict != "rag"
        assert evaluate({**base, **c.changes}).verdict == c.verdict
    assert any(c.changes == {"knowledge_changes": "static"} and c.verdict == "prompt_engineering"
               for c in result.counterfactuals)
    assert any(c.changes == {"deployment": "on_prem_only"} for c in result.counterfactuals)


def test_a_pair_is_offered_only_when_no_single_change_reaches_that_verdict():
    result = evaluate(ORDINARY)
    for pair in (c for c in result.counterfactuals if len(c.changes) == 2):
        for question, value in pair.changes.items():
            assert evaluate({**ORDINARY, question: value}).verdict != pair.verdict
    rag = [c for c in result.counterfactuals if c.verdict == "rag"]
    assert rag and all(len(c.changes) == 2 for c in rag)
    assert any(c.text == "If prompting fell short only on facts from our own documents and reasoning, and the "
                         "facts changed every month or so, the advice would be: retrieval (RAG)" for c in rag)


def test_the_same_answers_always_give_the_same_recommendation():
    first = evaluate(answers(NICHE, ml_team=None, gaps=["knowledge"])).to_dict()
    assert evaluate(answers(NICHE, ml_team=None, gaps=["knowledge"])).to_dict() == first


# --- what it would take to justify fine-tuning --------------------------------------------------

def test_the_gate_lists_each_failed_condition_with_todays_answer():
    result = evaluate(ORDINARY)
    gate = {item.question: item for item in result.gate}
    assert set(gate) == {"data_public", "gaps", "ml_team", "retrain_commitment", "labeled_examples",
                         "training_budget_usd"}
    assert gate["data_public"].needed == "the language the task needs is proprietary and niche, not found in public text"
    assert gate["data_public"].now == "Yes, it is everyday public language"
    # 4,800 still to label after the 200 held (CONTRACT section 8, "One projection")
    assert gate["training_budget_usd"].now == "$1,000" and "$5,400" in gate["training_budget_usd"].needed
    assert evaluate({**ORDINARY, **result.gate_changes}).verdict == "fine_tune"


def test_an_earlier_rule_in_the_way_is_named_in_the_gate():
    result = evaluate(answers(NICHE, prompting_tried="meets_bar"))
    assert [g.needed for g in result.gate] == ["the rule “Prompting already meets your bar” would have to stop applying"]
    assert result.gate_changes == {"prompting_tried": "minor_gaps"}


def test_the_gate_is_empty_when_fine_tuning_is_the_verdict():
    result = evaluate(NICHE)
    assert result.gate == [] and result.gate_changes is None


# --- reasons, notes and prompt-test evidence ----------------------------------------------------

def test_the_first_reason_is_the_rule_that_decided_with_its_source():
    reason = evaluate(answers(ORDINARY, gaps=["knowledge"], knowledge_changes="weekly")).reasons[0]
    assert (reason.rule, reason.kind) == ("knowledge_needs_retrieval", "rule")
    assert "Ovadia et al. 2023" in reason.source and reason.url.startswith("https://arxiv.org/")


def test_the_fine_tune_rationale_quotes_the_answers_and_the_cost():
    text = evaluate(NICHE).reasons[0].text
    assert "5,000 examples" in text and "$600 up-front" in text  # labels held count (CONTRACT 8, "One projection")


@pytest.mark.parametrize("extra, verdict_base, note", [
    ({"needs_general_skills": True}, NICHE, "catastrophic_forgetting"),
    ({"needs_general_skills": True}, ORDINARY, "general_skills_favour_prompting"),
    ({}, NICHE, "retraining_at_every_update"),
    ({"deployment": "approved_cloud"}, ORDINARY, "approved_cloud"),
    ({"weeks_to_launch": 4}, ORDINARY, "time_to_market"),
    ({"latency_p95_ms": 800}, ORDINARY, "latency"),
    ({}, ORDINARY, "prompt_caching"),
    ({}, ORDINARY, "small_curated_set"),
    ({"gaps": ["knowledge"]}, ORDINARY, "new_facts_hallucinate"),
])
def test_advisory_notes_join_the_reasons_without_changing_the_verdict(extra, verdict_base, note):
    plain = evaluate(verdict_base)
    noted = evaluate({**verdict_base, **extra})
    assert note in [r.rule for r in noted.reasons if r.kind == "note"]
    assert noted.verdict == plain.verdict


def test_the_time_to_market_note_quotes_the_weeks():
    reasons = evaluate(answers(ORDINARY, weeks_to_launch=6)).reasons
    assert any(r.text.startswith("You need to ship in 6 weeks.") for r in reasons)


def run(passed, failed=0, errors=0):
    return {"last_run": {"model": "claude-haiku-4-5", "passed": passed, "failed": failed, "errors": errors,
                         "cost_usd": 0.02, "run_at": "2026-11-28T20:00:00Z"}}


def test_a_run_without_a_bar_is_shown_but_decides_nothing():
    result = evaluate(NICHE, prompt_lab=run(12))
    assert result.verdict == "fine_tune"
    evidence = [r for r in result.reasons if r.kind == "evidence"]
    assert evidence and evidence[0].text.startswith("12 of 12 passed on claude-haiku-4-5 (100 %, 95 % interval 76–100 %)")
    assert "Answer the quality-bar question" in evidence[0].text
    assert result.prompt_evidence["passed"] == 12 and result.prompt_evidence["source"] == "run"


@pytest.mark.parametrize("lab", [{}, {"last_run": None}, {"last_run": {"passed": "all"}},
                                 {"last_run": {"passed": 0, "failed": 0}}, {"tests": []}])
def test_no_usable_prompt_run_means_no_evidence(lab):
    result = evaluate(ORDINARY, prompt_lab=lab)
    assert result.prompt_evidence is None and all(r.kind != "evidence" for r in result.reasons)
