"""The words a user reads (issue 15): verdict titles not ids, "only on", Yes/No as the options
read, shares in per cent, and jargon with a plain gloss."""
from __future__ import annotations

import re

from advisor.document.assessment import Assessment
from advisor.decision.engine import evaluate
from advisor.decision.questions import default_bank
from advisor.report.summary import build_summary, render_markdown, render_text
from advisor.report.html import render_html
from advisor.decision.rules import default_rules

ANSWERS = {"deployment": "any_cloud", "prompting_tried": "falls_short", "gaps": ["format_style"],
           "data_public": "public_common", "labeled_examples": 200, "knowledge_changes": "static",
           "context_fits": True, "ml_team": "none", "training_budget_usd": 1000, "retrain_commitment": False,
           "task_type": "generate"}


def test_the_rule_trace_names_verdicts_by_their_titles_never_by_id():
    from advisor.report.sections import recommendation_sections

    summary = build_summary(Assessment(title="t", answers=ANSWERS))
    trace = next(s for s in recommendation_sections(summary) if s.id == "trace")
    rules = default_rules()
    lines = [item.text for item in trace.items if item.depth == 0]
    assert len(lines) == len(summary["trace"])
    for line, rule in zip(lines, summary["trace"]):
        assert line.split(" → ")[1].removesuffix(" (did not hold)") == rules.verdicts[rule["verdict"]].title
    flat = " ".join(render_text(summary).split())
    assert "→ Run an open-weights model on your own infrastructure" in flat and "→ self host" not in flat


def test_a_change_to_a_ticked_list_says_only_on():
    result = evaluate(ANSWERS)
    worded = [c.text for c in result.counterfactuals if "gaps" in c.changes]
    assert worded and all("fell short only on" in text or "nothing in" in text for text in worded)


def test_yes_and_no_read_as_the_options_do():
    question = default_bank().get("context_fits")
    assert (question.label_for(True), question.label_for(False)) == ("Yes", "No")
    gate = evaluate(ANSWERS).gate
    assert any(item.now == "No" for item in gate if item.question == "retrain_commitment")


def test_shares_are_written_in_per_cent_everywhere():
    lab = {"last_run": {"model": "m", "passed": 17, "failed": 3, "errors": 0, "cost_usd": 0.05}}
    summary = build_summary(Assessment(title="t", answers={**ANSWERS, "quality_bar_pct": 80}, prompt_lab=lab))
    for rendered in (render_text(summary), render_markdown(summary), render_html(summary)):
        flat = " ".join(rendered.split())
        assert "17 of 20 passed on m (85 %, 95 % interval 64–95 %)" in flat
        assert not re.search(r"\b0\.\d\d\b", flat.replace("$0.", "$")), "a share printed as a fraction"


def test_jargon_comes_with_a_plain_gloss():
    latency = default_bank().get("latency_p95_ms")
    assert "95 of every 100" in latency.text and "1,000 ms = 1 second" in latency.help
    context = default_bank().get("context_fits")
    assert "1M tokens" in context.text and "750,000 words" in context.text
    for qid in ("task_type", "quality_bar_pct", "measured_pass_pct", "measured_cases"):
        question = default_bank().get(qid)
        assert question.help and "Wilson" not in question.help and "LoRA" not in question.help


def test_every_summary_format_names_the_five_verdicts():
    summary = build_summary(Assessment(title="t", answers=ANSWERS))
    titles = [v.title for v in default_rules().verdicts.values()]
    assert len(titles) == 5
    for rendered in (render_text(summary), render_markdown(summary), render_html(summary)):
        flat = " ".join(rendered.split()).replace("\\", "")
        assert "The advice is one of 5 verdicts: " + "; ".join(titles) in flat
