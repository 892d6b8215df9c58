"""The advice reads what the lab measured beyond the prompt alone (contract section 8, "Prompt
evidence, v3"): retrieval evidence decides rule 6, and the few-shot curve lowers the confidence
where it contradicts the verdict. Each test is the case a team lead would bring."""
from __future__ import annotations

from advisor.decision.engine import evaluate
from advisor.document.assessment import Assessment
from advisor.report.summary import build_summary, render_markdown, render_text

MODEL = "claude-haiku-5-5"
# Prompting was tried and falls short on reasoning; nothing in the answers calls for retrieval.
NO_KNOWLEDGE_GAP = {"deployment": "any_cloud", "prompting_tried": "falls_short", "gaps": ["reasoning"],
                    "data_public": "public_common", "labeled_examples": 100, "knowledge_changes": "static",
                    "context_fits": True, "ml_team": "none", "training_budget_usd": 1000,
                    "retrain_commitment": False, "task_type": "generate", "latency_p95_ms": 3000,
                    "quality_bar_pct": 80}


def run(passed: int, failed: int, *, context: str | None = None, shots: int | None = None,
        model: str = MODEL, names: list[str] | None = None) -> dict:
    names = names or [f"t{i}" for i in range(passed + failed)]
    record = {"model": model, "passed": passed, "failed": failed, "errors": 0, "cost_usd": 0.03,
              "cases": [{"name": name, "passed": i < passed, "runs": 1} for i, name in enumerate(names)]}
    if context:
        record["context"] = context
    if shots is not None:
        record["shots"] = shots
    return record


def test_retrieval_that_meets_the_bar_where_the_prompt_alone_falls_short_decides_rag():
    lab = {"model": MODEL, "runs": [run(10, 20), run(28, 2, context="retrieve")]}
    without = evaluate(NO_KNOWLEDGE_GAP)
    assert without.verdict == "prompt_engineering"  # the answers alone do not call for retrieval
    result = evaluate(NO_KNOWLEDGE_GAP, prompt_lab=lab)
    assert (result.verdict, result.rule) == ("rag", "knowledge_needs_retrieval")
    measured = next(r for r in result.reasons if r.rule == "context_evidence")
    # both pass rates with their intervals, and by how much
    assert "93.3 % of 30 tests passed" in measured.text and "where the prompt alone passed 33.3 %" in measured.text
    assert "95 % interval 78.7–98.2 %" in measured.text and "60.0 points more" in measured.text
    rule6 = next(t for t in result.trace if t.rule == "knowledge_needs_retrieval")
    check = next(c for c in rule6.checks if c.fact == "measured.context_meets_bar")
    assert check.held and check.seen_text == "yes"


def test_the_whole_documents_in_the_context_confirm_retrieval_too():
    lab = {"runs": [run(10, 20), run(27, 3, context="full")]}
    result = evaluate(NO_KNOWLEDGE_GAP, prompt_lab=lab)
    assert result.verdict == "rag"
    assert "With your whole documents in the context" in next(
        r.text for r in result.reasons if r.rule == "context_evidence")


def test_retrieval_does_not_decide_on_fewer_than_twenty_tests():
    lab = {"runs": [run(5, 14), run(18, 1, context="retrieve")]}
    result = evaluate(NO_KNOWLEDGE_GAP, prompt_lab=lab)
    assert result.verdict == "prompt_engineering"
    assert not any(r.rule == "context_evidence" for r in result.reasons)


def test_retrieval_does_not_decide_when_the_prompt_alone_might_meet_the_bar_too():
    # 22 of 30 alone: 73 %, but its interval reaches above the 80 % bar
    lab = {"runs": [run(22, 8), run(29, 1, context="retrieve")]}
    assert evaluate(NO_KNOWLEDGE_GAP, prompt_lab=lab).verdict == "prompt_engineering"


def test_retrieval_does_not_decide_against_a_prompt_run_on_other_tests_or_another_model():
    other_tests = {"runs": [run(10, 20, names=[f"x{i}" for i in range(30)]), run(28, 2, context="retrieve")]}
    assert evaluate(NO_KNOWLEDGE_GAP, prompt_lab=other_tests).verdict == "prompt_engineering"
    other_model = {"runs": [run(10, 20, model="claude-opus-5-5"), run(28, 2, context="retrieve")]}
    assert evaluate(NO_KNOWLEDGE_GAP, prompt_lab=other_model).verdict == "prompt_engineering"


def test_a_file_without_context_runs_reads_as_before():
    lab = {"runs": [run(10, 20)]}
    assert evaluate(NO_KNOWLEDGE_GAP, prompt_lab=lab)._replace(trace=[]) == \
        evaluate(NO_KNOWLEDGE_GAP, prompt_lab={"runs": [run(10, 20)]})._replace(trace=[])
    rule6 = next(t for t in evaluate(NO_KNOWLEDGE_GAP).trace if t.rule == "knowledge_needs_retrieval")
    assert next(c for c in rule6.checks if c.fact == "measured.context_meets_bar").seen_text == "not measured"


# --- the few-shot curve ---------------------------------------------------------------------------

LEVELS = ("high", "medium", "low")


def assert_one_level_lower_because(before, after, words: str) -> None:
    """``after`` has the reason ``words`` that ``before`` lacks, and a confidence one level lower."""
    assert before.verdict == after.verdict
    assert words in " ".join(after.confidence_reasons)
    assert not any(words in reason for reason in before.confidence_reasons)
    assert LEVELS.index(after.confidence) == min(LEVELS.index(before.confidence) + 1, 2)


MEETS = {**NO_KNOWLEDGE_GAP, "prompting_tried": "meets_bar"}


def test_a_rising_curve_under_prompting_lowers_the_confidence_one_level_and_says_why():
    one_point = {"model": MODEL, "runs": [run(36, 4, shots=8)]}  # the same evidence, no curve
    rising_lab = {"model": MODEL, "runs": [run(14, 26, shots=0), run(36, 4, shots=8)]}
    base = evaluate(MEETS, prompt_lab=one_point)
    rising = evaluate(MEETS, prompt_lab=rising_lab)
    assert rising.verdict == "prompt_engineering"
    assert_one_level_lower_because(base, rising, "More examples still help")
    curve = next(r for r in rising.reasons if r.rule == "shots_curve")
    assert curve.text.startswith("More examples still help: 35.0 % at 0 examples")


NICHE = {"deployment": "any_cloud", "prompting_tried": "falls_short", "gaps": ["domain_language"],
         "data_public": "proprietary_niche", "labeled_examples": 5000, "knowledge_changes": "static",
         "context_fits": True, "ml_team": "dedicated", "training_budget_usd": 50000, "retrain_commitment": True,
         "task_type": "generate", "quality_bar_pct": 95}


def test_a_flat_curve_under_fine_tuning_lowers_the_confidence_and_says_more_data_is_unlikely_to_help():
    flat_lab = {"model": MODEL, "runs": [run(30, 10, shots=0), run(31, 9, shots=4), run(31, 9, shots=16)]}
    plain = evaluate(NICHE)
    flat = evaluate(NICHE, prompt_lab=flat_lab)
    assert flat.verdict == "fine_tune"
    assert_one_level_lower_because(plain, flat, "More examples did not help")


def test_the_summary_text_and_markdown_show_what_the_lab_measured():
    lab = {"model": MODEL, "runs": [run(10, 20), run(28, 2, context="retrieve")]}
    assessment = Assessment(answers=NO_KNOWLEDGE_GAP, prompt_lab=lab)
    summary = build_summary(assessment)
    assert summary["verdict"] == "rag"
    assert set(summary["context_evidence"]) == {"none", "retrieve"}
    for text in (render_text(summary), render_markdown(summary)):
        assert "What the lab measured" in text
        assert "Retrieved passages: 28 of 30 passed (93.3 %" in text
        assert "Prompt alone: 10 of 30 passed (33.3 %" in text
