"""The rules of contract v3 (CONTRACT section 8, "Decision, v3"), each at the case a team lead
would bring: what the advice says, what confidence it gives and why."""
from __future__ import annotations

from advisor.decision import evidence as ev
from advisor.decision.engine import evaluate
from advisor.document.assessment import Assessment
from advisor.report.summary import build_summary, render_text
from tests.advisor.test_decision_v2 import HIGH_VOLUME, NARROW

def with_(base: dict, **changes) -> dict:
    return {**base, **changes}


def test_distilling_never_overrides_retrieval_when_the_facts_change():
    weekly_facts = with_(NARROW, gaps=["knowledge", "latency"], knowledge_changes="weekly", latency_p95_ms=100)
    result = evaluate(weekly_facts, HIGH_VOLUME)
    assert result.verdict == "rag"
    gate = next(t for t in result.trace if t.rule == "distillation_gate")
    assert not gate.held


def test_distilling_never_overrides_retrieval_when_the_facts_do_not_fit():
    too_big = with_(NARROW, gaps=["knowledge"], context_fits=False, latency_p95_ms=100)
    assert evaluate(too_big).verdict == "rag"


def test_a_narrow_transform_at_volume_is_distilled_whatever_its_task_type():
    # a code-edit "apply" model: generating code, slow and dear on the API, public language
    apply_model = with_(NARROW, task_type="reason_code", gaps=["latency", "cost"], data_public="public_specialized")
    assert evaluate(apply_model, HIGH_VOLUME).verdict == "distill"
    assert evaluate(with_(apply_model, data_public="proprietary_niche"), HIGH_VOLUME).verdict != "distill"


def test_prompting_while_fine_tuning_would_cost_under_half_lowers_confidence_and_names_the_saving():
    ordinary = with_(NARROW, task_type="generate", gaps=["reasoning"], ml_team="none")
    result = evaluate(ordinary, HIGH_VOLUME)
    assert result.verdict == "prompt_engineering"
    assert any("under half the API path" in r for r in result.confidence_reasons)
    summary = build_summary(Assessment(answers=ordinary, costs=HIGH_VOLUME))
    costs = summary["costs"]
    from advisor.costs.derived import format_usd

    saving = format_usd(costs["api_total_usd"] - costs["fine_tune_total_usd"])
    assert saving in costs["note"] and "less than the Claude API" in costs["note"]


def test_a_sixty_case_outside_measurement_is_not_replaced_by_a_nine_case_run():
    lab = {"runs": [{"id": "r1", "model": "claude-haiku-5-5", "passed": 9, "failed": 0, "errors": 0,
                     "cost_usd": 0.01, "finished": "2026-12-01T00:00:00Z"}]}
    answers = {"measured_pass_pct": 70, "measured_cases": 60, "quality_bar_pct": 90}
    chosen = ev.prompt_evidence(lab, answers)
    assert (chosen.source, chosen.n) == ("answers", 60)


def test_a_run_that_meets_the_bar_comes_before_an_outside_measurement_that_also_does():
    lab = {"runs": [{"id": "r1", "model": "claude-haiku-5-5", "passed": 28, "failed": 2, "errors": 0,
                     "cost_usd": 0.01, "finished": "2026-12-01T00:00:00Z"}]}
    answers = {"measured_pass_pct": 95, "measured_cases": 60, "quality_bar_pct": 90}
    assert ev.prompt_evidence(lab, answers).source == "run"


def test_without_a_run_meeting_the_bar_the_highest_lower_bound_wins():
    small_but_high = {"id": "a", "model": "m-a", "passed": 24, "failed": 1, "errors": 0, "finished": "2026-12-01"}
    large_and_steady = {"id": "b", "model": "m-b", "passed": 180, "failed": 20, "errors": 0, "finished": "2026-11-01"}
    chosen = ev.prompt_evidence({"runs": [large_and_steady, small_but_high]}, {"quality_bar_pct": 99})
    assert chosen.model == "m-b"  # 90 % of 200 has a higher lower bound (85 %) than 96 % of 25 (80 %)


def test_retrieval_with_a_vocabulary_gap_and_a_team_adds_tuning_afterwards():
    answers = with_(NARROW, task_type="generate", gaps=["knowledge", "domain_language"], knowledge_changes="weekly",
                    labeled_examples=800, ml_team="dedicated", prompting_tried="falls_short")
    summary = build_summary(Assessment(answers=answers))
    assert summary["verdict"] == "rag"
    assert summary["also"] == [{"verdict": "fine_tune", "reason": "Once retrieval works, tuning on your "
                                "question-answer pairs can add accuracy on your vocabulary."}]
    assert "Once retrieval works" in render_text(summary)
    assert build_summary(Assessment(answers=with_(answers, ml_team="some")))["also"] == []


ON_PREM = {"deployment": "on_prem_only", "prompting_tried": "falls_short", "gaps": ["domain_language"]}


def test_self_hosting_is_priced_as_serving_one_node_with_its_people_and_no_training():
    summary = build_summary(Assessment(answers=ON_PREM, costs={}))
    costs = summary["costs"]
    assert summary["verdict"] == "self_host" and costs["path"] == "self_host"
    serving, people = 8 * 3.0 * 730 * 24, 0.5 * 200_000 * 2
    assert costs["fine_tune_total_usd"] == serving + people and costs["fine_tune_upfront_usd"] == 0
    assert "Self-hosting an open-weights model costs $620,480 over 24 months" in costs["note"]
    assert costs["note"].count(". ") == 0  # one sentence (CONTRACT section 3)
    assert "Self-hosting path: $620,480" in render_text(summary)


def test_self_hosting_counts_training_only_when_the_user_entered_it():
    typed = {"self_host_gpus": 2, "examples_to_label": 1000, "training_runs": 2}
    costs = build_summary(Assessment(answers=ON_PREM, costs=typed))["costs"]
    assert costs["fine_tune_upfront_usd"] == 1000 * 1.0 + 2 * 40 * 3.0
    assert costs["fine_tune_total_usd"] == 2 * 3.0 * 730 * 24 + 0.5 * 200_000 * 2 + costs["fine_tune_upfront_usd"]


def test_other_verdicts_keep_the_fine_tuning_path():
    assert build_summary(Assessment(answers={}, costs={}))["costs"]["path"] == "fine_tune"


# --- say only what fits the verdict (issue 27, item 4) ------------------------------------------------

NICHE = {"deployment": "any_cloud", "prompting_tried": "falls_short", "gaps": ["domain_language", "latency"],
         "data_public": "proprietary_niche", "labeled_examples": 5000, "knowledge_changes": "static",
         "context_fits": True, "ml_team": "dedicated", "training_budget_usd": 50000, "retrain_commitment": True,
         "task_type": "generate", "latency_p95_ms": 1500}


def test_a_fine_tune_verdict_does_not_also_say_use_haiku_without_training():
    result = evaluate(NICHE)
    assert result.verdict == "fine_tune"
    assert not any("without training anything" in r.text for r in result.reasons)


def test_a_rag_verdict_does_not_say_a_small_curated_set_is_enough():
    answers = with_(NARROW, task_type="generate", gaps=["knowledge"], knowledge_changes="weekly", labeled_examples=50)
    result = evaluate(answers)
    assert result.verdict == "rag"
    assert not any("small, carefully curated set" in r.text for r in result.reasons)


def test_the_trace_shows_the_answer_given_beside_the_evidence_reading():
    answers = {"prompting_tried": "minor_gaps", "quality_bar_pct": 90, "measured_pass_pct": 70, "measured_cases": 100}
    result = evaluate(answers)
    checks = [c for t in result.trace for c in t.checks if c.fact == "prompting_tried"]
    assert checks and all("as the prompt evidence reads it (you answered “" in c.seen_text for c in checks)


def test_an_interval_top_just_below_the_bar_shows_one_decimal():
    evidence = ev.Evidence(50, 40, 10, 80.0, 66.9, 89.6, "answers")
    text = ev.describe(evidence, 90)
    assert "66–89.6 %" in text or "67–89.6 %" in text
    assert "90 %)" not in text.split("against")[0]
    assert ev.describe(evidence, 95).count(".") == 0  # nowhere near the bar: whole percent


def test_a_projection_on_defaults_only_says_so():
    summary = build_summary(Assessment(answers={}, costs={}))
    assert "rest on the default cost inputs only" in " ".join(summary["costs"]["caveats"])
    assert "Costs: " in render_text(summary) and "default cost inputs only" in render_text(summary)
    typed = build_summary(Assessment(answers={}, costs={"monthly_requests": 5000}))
    assert "default cost inputs only" not in render_text(typed)


def test_a_rag_verdict_without_retrieval_costs_says_they_are_not_priced_yet():
    answers = with_(NARROW, task_type="generate", gaps=["knowledge"], knowledge_changes="weekly")
    assert "Retrieval costs are not priced yet" in render_text(build_summary(Assessment(answers=answers)))
    priced = build_summary(Assessment(answers=answers, costs={"retrieval_monthly_usd": 400}))
    assert "not priced yet" not in render_text(priced)


def test_the_summary_prices_the_api_path_on_a_cheaper_current_claude_model_too():
    summary = build_summary(Assessment(answers=NARROW, costs=HIGH_VOLUME))  # Sonnet 4.5 prices
    cheaper = summary["costs"]["cheaper_model"]
    assert cheaper["model"] == "claude-haiku-5-5"
    assert cheaper["api_total_usd"] < summary["costs"]["api_total_usd"]
    assert "a cheaper current Claude model, the API path would cost" in " ".join(render_text(summary).split())
    on_haiku = build_summary(Assessment(answers=NARROW, costs={**HIGH_VOLUME, "model": "claude-haiku-5-5"}))
    assert on_haiku["costs"]["cheaper_model"] is None
