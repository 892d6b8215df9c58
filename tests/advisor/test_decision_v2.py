"""Decision model v2 (CONTRACT sections 2 and 3): prompt evidence, the distillation gate, the
confidence drops, the verdict/cost sentence, the sources table and the published cases."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.decision import evidence as ev
from advisor.document.assessment import load_assessment
from advisor.decision.engine import evaluate
from advisor.decision.rules import default_rules
from tests.helpers import ROOT, write_assessment

CASES = ROOT / "tests" / "fixtures" / "cases"
# A narrow task Claude already does well, by a team that can train: only volume or speed is missing.
NARROW = {"deployment": "any_cloud", "prompting_tried": "minor_gaps", "gaps": ["latency"],
          "data_public": "public_common", "labeled_examples": 100, "knowledge_changes": "static",
          "context_fits": True, "ml_team": "some", "training_budget_usd": 1000, "retrain_commitment": False,
          "task_type": "classify_extract", "latency_p95_ms": 3000}
# Volume at which the small model's path pays for itself for good (any cost formula: $300k a month of API).
HIGH_VOLUME = {"model": "claude-sonnet-4-5", "monthly_requests": 50_000_000, "avg_input_tokens": 600,
               "avg_output_tokens": 5}
NICHE = {"deployment": "any_cloud", "prompting_tried": "falls_short", "gaps": ["domain_language"],
         "data_public": "proprietary_niche", "labeled_examples": 5000, "knowledge_changes": "static",
         "context_fits": True, "ml_team": "dedicated", "training_budget_usd": 50000, "retrain_commitment": True,
         "task_type": "generate"}


def with_(base: dict, **changes) -> dict:
    return {**base, **changes}


def runs(*results, key="runs"):
    """prompt_lab with runs given as (passed, failed, cost_usd), oldest first."""
    made = [{"id": f"r{i}", "model": f"model-{i}", "passed": p, "failed": f, "errors": 0, "cost_usd": c,
             "finished": f"2026-11-{10 + i:02d}T00:00:00Z"} for i, (p, f, c) in enumerate(results)]
    return {"runs": made} if key == "runs" else {"last_run": made[-1]}


# --- the evidence -----------------------------------------------------------------------------------

def test_wilson_interval_matches_the_published_formula():
    low, high = ev.wilson(48, 50)
    assert (round(low, 1), round(high, 1)) == (86.5, 98.9)
    assert ev.wilson(0, 10)[0] == 0 and ev.wilson(10, 10)[1] == 100


def test_the_cheapest_run_that_meets_the_bar_is_the_evidence():
    lab = runs((95, 5, 9.0), (92, 8, 1.0), (80, 20, 0.1))
    chosen = ev.prompt_evidence(lab, {"quality_bar_pct": 90})
    assert (chosen.model, chosen.pass_rate, chosen.source) == ("model-1", 92.0, "run")


def test_without_a_run_meeting_the_bar_the_best_rate_wins_and_ties_go_to_the_newest():
    lab = runs((70, 30, 0.1), (85, 15, 0.2), (85, 15, 0.3))
    assert ev.prompt_evidence(lab, {"quality_bar_pct": 90}).model == "model-2"


def test_runs_are_read_before_last_run_and_last_run_when_there_are_no_runs():
    lab = {**runs((30, 0, 1.0)), "last_run": {"model": "old", "passed": 1, "failed": 9}}
    assert ev.prompt_evidence(lab, {}).model == "model-0"
    assert ev.prompt_evidence(runs((3, 1, 0.1), key="last_run"), {}).n == 4


def test_errors_are_left_out_of_n():
    lab = {"last_run": {"model": "m", "passed": 18, "failed": 2, "errors": 5}}
    evidence = ev.prompt_evidence(lab, {})
    assert (evidence.n, evidence.pass_rate, evidence.errors) == (20, 90.0, 5)


def test_the_measured_answers_are_the_evidence_without_a_run():
    evidence = ev.prompt_evidence({}, {"measured_pass_pct": 96, "measured_cases": 50})
    assert (evidence.source, evidence.n, evidence.passed, evidence.pass_rate) == ("answers", 50, 48, 96)
    assert ev.describe(evidence, 90) == ("48 of 50 passed in your own measurement (96 %, 95 % interval "
                                         "87–99 %) against your bar of 90 %")
    assert ev.prompt_evidence({}, {"measured_pass_pct": 96}) is None  # no case count, no evidence


@pytest.mark.parametrize("rate, cases, bar, answer, read, status", [
    (96, 50, 90, "falls_short", "meets_bar", "meets"),
    (70, 200, 90, "meets_bar", "falls_short", "falls_short"),
    (86, 50, 90, "minor_gaps", "minor_gaps", "inconclusive"),  # interval straddles the bar
    (100, 19, 90, "falls_short", "falls_short", "thin"),
    (100, 500, None, "falls_short", "falls_short", "no_bar"),
])
def test_the_evidence_decides_prompting_only_with_enough_cases_and_a_bar(rate, cases, bar, answer, read, status):
    answers = {"prompting_tried": answer, "measured_pass_pct": rate, "measured_cases": cases}
    if bar is not None:
        answers["quality_bar_pct"] = bar
    evidence = ev.prompt_evidence({}, answers)
    reading = ev.read_prompting(answer, evidence, bar)
    assert (reading.value, reading.status) == (read, status)
    assert reading.disagrees == (read != answer)


def test_evidence_that_overrules_the_answer_changes_the_verdict_and_says_so():
    answers = with_(NICHE, quality_bar_pct=90, measured_pass_pct=97, measured_cases=300)
    result = evaluate(answers)
    assert (result.verdict, result.rule) == ("prompt_engineering", "prompting_meets_bar")
    reason = next(r for r in result.reasons if r.kind == "evidence")
    assert "prompting meets your bar" in reason.text
    assert "You answered “Yes, and it falls clearly short”; the measurement overrules that." in reason.text
    # the evidence, not the answer, decided: no counterfactual offers to change that answer
    assert all("prompting_tried" not in c.changes for c in result.counterfactuals)


def test_a_prompt_lab_run_that_falls_short_counts_as_prompting_falling_short():
    answers = with_(NICHE, prompting_tried="meets_bar", quality_bar_pct=95)
    result = evaluate(answers, prompt_lab=runs((60, 40, 0.5)))
    assert result.verdict == "fine_tune" and result.prompt_evidence["pass_rate"] == 60.0


def test_prompt_evidence_json_has_the_contract_fields():
    result = evaluate(NICHE, prompt_lab=runs((48, 2, 0.3)))
    assert {"model", "passed", "failed", "n", "pass_rate", "wilson_low", "wilson_high", "source"} <= set(
        result.prompt_evidence)
    assert (round(result.prompt_evidence["wilson_low"], 1), round(result.prompt_evidence["wilson_high"], 1)) == (86.5, 98.9)


# --- rule 3, the distillation gate, at its edges ------------------------------------------------------

@pytest.mark.parametrize("latency, verdict", [(499, "distill"), (500, "prompt_engineering")])
def test_latency_under_500_ms_opens_the_gate(latency, verdict):
    assert evaluate(with_(NARROW, latency_p95_ms=latency)).verdict == verdict


@pytest.mark.parametrize("examples, verdict", [(499, "prompt_engineering"), (500, "distill")])
def test_500_examples_can_stand_in_for_a_teacher(examples, verdict):
    # prompting falls short, so Claude cannot teach: the examples must carry it
    answers = with_(NARROW, prompting_tried="falls_short", labeled_examples=examples, latency_p95_ms=200)
    assert evaluate(answers).verdict == verdict


def test_a_lasting_break_even_opens_the_gate_without_a_latency_need():
    result = evaluate(NARROW, HIGH_VOLUME)
    assert result.verdict == "distill"
    assert result.cost_note.startswith("Distilling pays for itself: the small model's path breaks even in month")


def test_the_gate_reads_the_projections_lasting_break_even_not_a_passing_one(monkeypatch):
    """A crossing that does not last is reported by the projection as no break-even (CONTRACT
    section 4); the gate takes the projection's word for it."""
    from advisor.decision import engine
    from advisor.costs.projection import project

    lasting = project(HIGH_VOLUME)
    monkeypatch.setattr(engine, "projection_of", lambda costs, prices=None: (lasting, []))
    assert evaluate(NARROW, HIGH_VOLUME).verdict == "distill"
    passing = lasting._replace(break_even_month=None)  # crossed once, then the API path was cheaper again
    monkeypatch.setattr(engine, "projection_of", lambda costs, prices=None: (passing, []))
    assert evaluate(NARROW, HIGH_VOLUME).verdict == "prompt_engineering"


# A generating task needs a gap other than speed or price to stay out of the gate: with a latency
# gap on public data it is a narrow transform (CONTRACT section 8, "Rule 3 ... also passes when
# gaps holds latency or cost and data_public is not proprietary_niche").
@pytest.mark.parametrize("change", [{"task_type": "generate", "gaps": ["reasoning"]}, {"ml_team": "none"},
                                    {"prompting_tried": "falls_short"},
                                    {"task_type": "generate", "data_public": "proprietary_niche"}])
def test_each_other_part_of_the_gate_is_needed(change):
    assert evaluate(with_(NARROW, latency_p95_ms=100, **change)).verdict != "distill"


def test_a_v1_file_has_no_task_type_so_the_gate_never_fires():
    v1 = {k: v for k, v in NARROW.items() if k != "task_type"}
    assert evaluate(with_(v1, latency_p95_ms=100), HIGH_VOLUME).verdict == "prompt_engineering"


def test_distill_and_its_new_question_appear_among_counterfactuals():
    # gaps without latency or cost: the narrow-transform clause (CONTRACT section 8, rule 3) stays shut
    generating = with_(NARROW, task_type="generate", gaps=["reasoning"], latency_p95_ms=100)
    result = evaluate(generating)
    offered = [c for c in result.counterfactuals if c.verdict == "distill" and "task_type" in c.changes]
    assert offered and offered[0].changes == {"task_type": "classify_extract"}
    assert offered[0].text == ("If the task were sorting, tagging or pulling out fields, the advice would be: "
                               "distil into a small open-weights model")
    assert evaluate({**generating, **offered[0].changes}).verdict == "distill"


# --- confidence: the four drops ------------------------------------------------------------------------

ORDINARY = with_(NICHE, gaps=["reasoning"], data_public="public_common", ml_team="none",
                 labeled_examples=200, training_budget_usd=1000, retrain_commitment=False)


def test_high_with_no_drop():
    result = evaluate(ORDINARY)
    assert result.confidence == "high" and result.confidence_reasons[0].startswith("Nothing lowers it")


def test_drop_a_an_open_question_that_could_change_it():
    result = evaluate(with_(ORDINARY, deployment=None))
    assert result.confidence == "medium" and "unanswered question" in result.confidence_reasons[0]


def test_drop_b_a_threshold_passed_by_less_than_25_percent():
    narrow = evaluate(with_(NICHE, labeled_examples=600), {"examples_to_label": 1})
    clear = evaluate(with_(NICHE, labeled_examples=5000), {"examples_to_label": 1})
    assert narrow.verdict == clear.verdict == "fine_tune"
    assert any(r.startswith("It rests on a threshold passed narrowly: 600 examples against 500 examples")
               for r in narrow.confidence_reasons)
    assert not any("narrowly" in r for r in clear.confidence_reasons)
    # $600 up front: the 5,000 labels held leave none to label (CONTRACT section 8, "One projection")
    budget = evaluate(with_(NICHE, training_budget_usd=700))
    assert any("$700 against $600" in r for r in budget.confidence_reasons)
    latency = evaluate(with_(NARROW, latency_p95_ms=450))  # under 500 by 10 %
    assert latency.verdict == "distill" and any("450 ms against 500 ms" in r for r in latency.confidence_reasons)


def test_drop_c_fine_tuning_that_costs_more_than_twice_the_api():
    result = evaluate(NICHE)  # default inputs: the fine-tuning path costs many times the API path
    assert result.confidence == "medium"
    assert any(r.startswith("The projection says the fine-tuning path costs") and "times the API path" in r
               for r in result.confidence_reasons)


def test_drop_c_distilling_on_latency_alone():
    result = evaluate(with_(NARROW, latency_p95_ms=100))
    assert result.verdict == "distill" and result.confidence == "medium"
    assert any("on latency alone" in r for r in result.confidence_reasons)
    assert "high" == evaluate(with_(NARROW, latency_p95_ms=100), HIGH_VOLUME).confidence


def test_drop_d_thin_or_inconclusive_evidence():
    thin = evaluate(with_(ORDINARY, quality_bar_pct=80), prompt_lab=runs((9, 1, 0.1)))
    assert thin.confidence == "medium" and "fewer than 20 cases" in thin.confidence_reasons[0]
    close = evaluate(with_(ORDINARY, quality_bar_pct=90), prompt_lab=runs((43, 7, 0.1)))
    assert close.confidence == "medium" and "too close to your bar" in close.confidence_reasons[0]


def test_two_or_more_drops_give_low():
    result = evaluate(with_(NICHE, labeled_examples=550, retrain_commitment=True), prompt_lab=runs((5, 5, 0.1)))
    assert result.verdict == "fine_tune"
    assert result.confidence == "low" and len(result.confidence_reasons) >= 3


# --- the verdict and the costs in one sentence -----------------------------------------------------------

@pytest.mark.parametrize("answers, costs, verdict, start", [
    (NICHE, None, "fine_tune", "Fine-tuning is justified on quality; it costs $"),
    (NICHE, HIGH_VOLUME, "fine_tune", "Fine-tuning is justified on quality and also saves money"),
    (with_(NARROW, latency_p95_ms=100), None, "distill", "Distilling is advised for speed, not savings"),
    (NARROW, HIGH_VOLUME, "distill", "Distilling pays for itself"),
    (with_(NICHE, deployment="on_prem_only"), None, "self_host", "Self-hosting an open-weights model costs"),  # CONTRACT section 8, "Self-hosting is priced as self-hosting"
    (ORDINARY, None, "prompt_engineering", "The advice is also the cheaper path"),
    (with_(ORDINARY, gaps=["knowledge"], knowledge_changes="weekly"), None, "rag", "The advice is also the cheaper path"),
    (with_(ORDINARY, gaps=["knowledge"], knowledge_changes="weekly"), HIGH_VOLUME, "rag",
     "The advice rests on quality and upkeep: the fine-tuning path would cost $"),
])
def test_every_verdict_gets_one_sentence_on_the_costs(answers, costs, verdict, start):
    result = evaluate(answers, costs)
    assert result.verdict == verdict
    assert result.cost_note.startswith(start), result.cost_note
    assert result.cost_note.count(". ") == 0 and result.cost_note.endswith(".")
    assert "months" in result.cost_note and "{" not in result.cost_note


def test_the_sentence_is_in_every_summary_format(tmp_path):
    from advisor.report.summary import build_summary, render_markdown, render_text
    from advisor.report.html import render_html

    summary = build_summary(load_assessment(CASES / "support_ticket_triage.fta.json"))
    note = summary["costs"]["note"]
    assert note.startswith("The advice is also the cheaper path")
    flat = " ".join(render_text(summary).split())
    assert note in flat and note in " ".join(render_markdown(summary).split())
    assert note in render_html(summary)


# --- sources -----------------------------------------------------------------------------------------------

def test_every_source_is_listed_once_with_its_claim_and_the_date_it_was_checked():
    rules = default_rules()
    table = {sid: (s.url, s.claim, s.checked) for sid, s in rules.sources.items()}
    for sid, (url, claim, checked) in table.items():
        assert url.startswith("https://") and len(claim) > 30 and re.fullmatch(r"2026-\d\d-\d\d", checked), sid
    cited = {item.source.id for item in rules.rules + rules.notes}
    assert cited == set(table)  # each listed source supports a rule or note, and nothing else is cited
    text = json.dumps(table)
    assert "Fine-Tune Advisor" not in text and "design notes" not in text  # no self-citation
    assert "docs.anthropic.com" not in text  # moved to the Claude platform site
    assert table["lima_2023"][1].startswith("A small set of about 1,000 carefully curated examples was enough")
    assert "6 January 2027" in table["openai_deprecations"][1]
    assert "1M-token" in table["claude_context_windows"][1]
    assert table["openai_model_optimization"][0].endswith("/model-optimization")


def test_the_late_2026_notes_reach_the_advice():
    result = evaluate(NICHE)
    texts = result.meaning + " ".join(r.text for r in result.reasons)
    assert "6 January 2027" in texts and "LoRA" in texts and "retired" in texts
    long_context = evaluate(with_(ORDINARY, gaps=["knowledge"]))
    assert any("1 million tokens" in r.text for r in long_context.reasons)


# --- published cases ---------------------------------------------------------------------------------------

EXPECTED = {
    "finance_model_from_scratch": "fine_tune",
    "medical_qa_by_prompting": "prompt_engineering",
    "help_centre_support_bot": "rag",
    "legal_research_firm": "rag",
    "proprietary_code_completion": "self_host",
    "high_volume_classifier": "distill",
    "air_gapped_site": "self_host",
    "support_ticket_triage": "prompt_engineering",
    "small_team_wants_tone": "prompt_engineering",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_published_cases_get_the_advice_the_record_supports(name):
    assessment = load_assessment(CASES / f"{name}.fta.json")
    assert re.search(r"https://\S+ \(checked 2026-\d\d-\d\d\)", assessment.notes), "the notes cite the record"
    assert f"Expected advice: {EXPECTED[name]}" in assessment.notes
    result = evaluate(assessment.answers, assessment.costs, prompt_lab=assessment.prompt_lab)
    assert result.verdict == EXPECTED[name]


def test_the_cases_cover_every_verdict():
    assert set(EXPECTED.values()) == set(default_rules().verdicts)
    assert sorted(p.name.removesuffix(".fta.json") for p in CASES.glob("*.fta.json")) == sorted(EXPECTED)


# --- version 1 files -------------------------------------------------------------------------------------

V1_QUESTIONS = ("prompting_tried", "gaps", "data_public", "labeled_examples", "knowledge_changes",
                "context_fits", "ml_team", "training_budget_usd", "retrain_commitment", "deployment",
                "needs_general_skills", "latency_p95_ms", "weeks_to_launch")


def test_the_v1_example_keeps_its_verdict_inputs():
    example = json.loads((ROOT / "resources" / "example.fta.json").read_text())
    loaded = load_assessment(ROOT / "resources" / "example.fta.json")
    assert loaded.answers == example["answers"]
    result = evaluate(loaded.answers, loaded.costs, prompt_lab=loaded.prompt_lab)
    assert result.verdict == "prompt_engineering"


@settings(max_examples=40, deadline=None)
@given(st.fixed_dictionaries({}, optional={
    "prompting_tried": st.sampled_from(["not_tried", "meets_bar", "minor_gaps", "falls_short"]),
    "gaps": st.lists(st.sampled_from(["knowledge", "format_style", "domain_language"]), unique=True),
    "data_public": st.sampled_from(["public_common", "proprietary_niche"]),
    "labeled_examples": st.integers(0, 3000), "ml_team": st.sampled_from(["none", "some", "dedicated"]),
    "training_budget_usd": st.integers(0, 100000), "retrain_commitment": st.booleans(),
    "deployment": st.sampled_from(["any_cloud", "on_prem_only"]), "latency_p95_ms": st.integers(1, 5000)}),
    st.one_of(st.none(), st.tuples(st.integers(0, 40), st.integers(0, 40))))
def test_v1_files_open_with_the_same_verdict_inputs(tmp_path_factory, answers, run):
    lab = None if run is None else {"last_run": {"model": "claude-haiku-4-5", "passed": run[0], "failed": run[1],
                                                 "errors": 0, "cost_usd": 0.01}}
    path = write_assessment(tmp_path_factory.mktemp("v1") / "a.fta.json", answers=answers,
                            **({"prompt_lab": lab} if lab else {}))
    loaded = load_assessment(path)
    assert {k: v for k, v in loaded.answers.items() if k in V1_QUESTIONS} == answers
    before = evaluate(answers, prompt_lab=lab)
    after = evaluate(loaded.answers, loaded.costs, prompt_lab=loaded.prompt_lab)
    assert (after.verdict, after.rule, after.prompt_evidence) == (before.verdict, before.rule, before.prompt_evidence)
    assert after.verdict != "distill"  # no task_type in a v1 file


def test_a_v1_file_reads_the_same_through_runs_or_last_run():
    v1 = {"last_run": {"model": "m", "passed": 40, "failed": 10, "errors": 0, "cost_usd": 0.2}}
    v2 = {"last_run": v1["last_run"], "runs": [v1["last_run"]]}
    answers = with_(NICHE, quality_bar_pct=90)
    assert evaluate(answers, prompt_lab=v1).to_dict() == evaluate(answers, prompt_lab=v2).to_dict()


def test_write_assessment_helper_writes_version_1(tmp_path):
    doc = json.loads(Path(write_assessment(tmp_path / "x.fta.json")).read_text())
    assert doc["version"] >= 1


def test_the_cheapest_is_by_cost_per_1000_requests_as_the_lab_shows_it():
    """A run repeating each case 5 times costs more in total but less per request: the contract's
    measure is cost per 1,000 requests, the figure the lab shows beside each run."""
    def run(model, repeat, cost):
        cases = [{"name": f"c{i}", "passed": True, "runs": repeat} for i in range(20)]
        return {"model": model, "passed": 20, "failed": 0, "errors": 0, "repeat": repeat, "cost_usd": cost,
                "cases": cases}

    lab = {"runs": [run("once", 1, 0.10), run("five-times", 5, 0.30)]}  # $5.00 vs $3.00 per 1,000
    assert ev.prompt_evidence(lab, {"quality_bar_pct": 90}).model == "five-times"
    tie = {"runs": [run("older", 1, 0.10), run("newer", 1, 0.10)]}
    assert ev.prompt_evidence(tie, {"quality_bar_pct": 90}).model == "newer"  # ties to the newest
