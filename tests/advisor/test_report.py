"""The recommendation summary as text, Markdown, HTML and JSON."""
from __future__ import annotations

import json

import pytest

from advisor.document.assessment import Assessment
from advisor.report.summary import SUMMARY_KEYS, build_summary, render_markdown, render_text
from advisor.report.html import render_html

NICHE = {
    "deployment": "any_cloud", "prompting_tried": "falls_short", "gaps": ["domain_language"],
    "data_public": "proprietary_niche", "labeled_examples": 5000, "knowledge_changes": "static",
    "context_fits": True, "ml_team": "some", "training_budget_usd": 50000, "retrain_commitment": True,
    "task_type": "generate",
}
HOSTILE = "Triage <b>bold</b> <script>alert('x')</script> & *stars* [link](http://evil)"


def make(**fields) -> Assessment:
    base = dict(title="Support-ticket triage", answers=dict(NICHE), costs={"monthly_requests": 200000},
                notes="Reviewed with the data team.", created="2026-11-28T20:00:00Z",
                modified="2026-11-28T20:30:00Z")
    base.update(fields)
    return Assessment(**base)


def lab(passed, failed=0):
    return {"last_run": {"model": "claude-haiku-4-5", "passed": passed, "failed": failed, "errors": 0,
                         "cost_usd": 0.0123, "run_at": "2026-11-28T21:00:00Z"}}


def test_the_summary_has_the_contract_keys_with_their_shapes():
    summary = build_summary(make(prompt_lab=lab(9, 1)))
    assert list(summary)[:len(SUMMARY_KEYS)] == list(SUMMARY_KEYS)
    assert summary["verdict"] == "prompt_engineering" and summary["title"] == "Support-ticket triage"
    assert summary["confidence"] in ("high", "medium", "low")
    assert all(set(r) >= {"rule", "text", "source"} for r in summary["rationale"])
    assert all(set(c) >= {"changes", "verdict"} for c in summary["counterfactuals"])
    assert {"changes": {"ml_team": "dedicated"}, "verdict": "fine_tune"} in [
        {"changes": c["changes"], "verdict": c["verdict"]} for c in summary["counterfactuals"]]
    assert set(summary["costs"]) >= {"api_total_usd", "fine_tune_total_usd", "break_even_month", "horizon_months"}
    assert summary["costs"]["horizon_months"] == 24 and summary["costs"]["api_total_usd"] > 0
    assert {k: summary["prompt_evidence"][k] for k in ("model", "passed", "failed", "n", "source")} == \
        {"model": "claude-haiku-4-5", "passed": 9, "failed": 1, "n": 10, "source": "run"}
    assert summary["prompt_evidence"]["pass_rate"] == 90.0
    assert summary["prompt_evidence"]["wilson_low"] < 90 < summary["prompt_evidence"]["wilson_high"]
    assert summary["costs"]["note"].startswith("The advice is also the cheaper path")
    assert summary["confidence_reasons"]
    assert summary["missing"] == [] and summary["warnings"] == []
    assert summary["confidence"] == "medium"  # no quality bar to weigh the run against: drop (d)
    assert summary["confidence_reasons"] == ["The prompt evidence cannot be weighed without a quality bar."]
    json.loads(json.dumps(summary))  # plain JSON all the way down


def test_no_prompt_run_means_null_evidence_and_open_questions_are_listed():
    summary = build_summary(make(answers={"prompting_tried": "falls_short"}))
    assert summary["prompt_evidence"] is None
    assert summary["provisional"] is True and "deployment" in summary["missing"]
    assert {"id": "deployment", "text": "Where may the data be processed?"} in summary["missing_questions"]


def test_invalid_costs_become_a_warning_and_the_advice_still_stands():
    summary = build_summary(make(costs={"horizon_months": 0}))
    assert summary["costs"] is None
    assert any(w.startswith("Costs are not shown:") and "horizon_months" in w for w in summary["warnings"])
    assert summary["verdict"] == "prompt_engineering"
    assert "Costs" not in render_text(summary).split("Why:")[0]


def test_costs_that_cannot_be_projected_leave_the_advice_and_say_why():
    summary = build_summary(make(costs={"monthly_requests": -5}))
    assert summary["costs"] is None and summary["verdict"]
    assert any(w.startswith("Costs are not shown: cost input monthly_requests") for w in summary["warnings"])


def test_file_warnings_are_carried_into_the_summary():
    summary = build_summary(make(warnings=["unknown answer 'mood' (kept as it is)"]))
    assert summary["warnings"] == ["unknown answer 'mood' (kept as it is)"]


def test_text_reads_as_a_brief():
    text = render_text(build_summary(make(prompt_lab=lab(9, 1))))
    flat = " ".join(text.split())
    assert text.startswith("Support-ticket triage\n=====")
    assert "Recommendation: Use Claude with prompt engineering" in text
    assert "If your ML team were dedicated, the advice would be: fine-tune" in text
    assert "What it would take to justify fine-tuning:" in text
    assert "a dedicated ML team runs training and debugs regressions (now: Some experience, part time)" in flat
    assert "Source: Anthropic, Claude Docs: Prompt engineering overview" in text
    assert "9 of 10 passed on claude-haiku-4-5 (90 %, 95 % interval" in flat
    assert "Reviewed with the data team." in text
    assert "API path: $" in text and "Fine-tuning path: $" in text


def test_text_drops_terminal_control_characters_from_what_the_user_typed():
    text = render_text(build_summary(make(title="Evil\x1b[2J title", notes="bell\x07")))
    assert "\x1b" not in text and "\x07" not in text and "Evil[2J title" in text


def test_a_provisional_verdict_is_marked_in_every_format():
    summary = build_summary(make(answers={"prompting_tried": "falls_short"}))
    assert "(provisional)" in render_text(summary)
    assert "(provisional)" in render_markdown(summary)
    assert "PROVISIONAL RECOMMENDATION" in render_html(summary)


def test_markdown_starts_with_a_heading_and_lists_the_reasons():
    markdown = render_markdown(build_summary(make()))
    assert markdown.startswith("# Support-ticket triage\n")
    why = markdown.split("## Why\n\n")[1].split("\n\n")[0].splitlines()
    assert why and all(line.startswith("- ") for line in why)
    assert "[Anthropic, Claude Docs: Prompt engineering overview" in markdown
    assert "(<https://platform.claude.com/docs/en/build-with-claude/prompt-engineering/overview>)" in markdown
    assert "## What would change the advice" in markdown


def test_html_is_a_complete_brief():
    html = render_html(build_summary(make(prompt_lab=lab(9, 1))))
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    for part in ("<h1>Support-ticket triage</h1>", "Use Claude with prompt engineering", "Next steps",
                 "Confidence: ", "Why", 'href="https://platform.claude.com/docs/en/build-with-claude/prompt-engineering/overview"',
                 "What would change the advice", "What it would take to justify fine-tuning",
                 "Costs", "9 of 10 passed on claude-haiku-4-5 (90 %, 95 % interval", "Reviewed with the data team.",
                 "assessment created 2026-11-28", "Fine-Tune Advisor 0.1.0", "per million input / output tokens"):
        assert part in html, part


@pytest.mark.parametrize("field", ["title", "notes"])
def test_html_shows_markup_the_user_typed_as_text(field):
    html = render_html(build_summary(make(**{field: HOSTILE})))
    assert "<b>bold</b>" not in html and "<script>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


@pytest.mark.parametrize("field", ["title", "notes"])
def test_markdown_shows_markup_the_user_typed_as_text(field):
    markdown = render_markdown(build_summary(make(**{field: HOSTILE})))
    assert "<b>" not in markdown and "<script>" not in markdown
    assert "&lt;b&gt;bold&lt;/b&gt;" in markdown and "&lt;script&gt;" in markdown
    assert r"\*stars\*" in markdown and r"\[link\](http://evil)" in markdown


def test_notes_that_look_like_markdown_stay_plain_lines():
    markdown = render_markdown(build_summary(make(notes="# not a heading\n- not a list\n1. nor this")))
    notes = markdown.split("## Notes\n\n")[1].split("\n\n")[0]
    assert notes.splitlines() == [r"\# not a heading  ", r"\- not a list  ", r"1\. nor this  "]


def test_a_model_name_from_the_file_is_escaped_too():
    html = render_html(build_summary(make(prompt_lab={"last_run": {"model": "<i>m</i>", "passed": 1}})))
    assert "<i>m</i>" not in html and "&lt;i&gt;m&lt;/i&gt;" in html


def test_every_format_shows_the_same_sections_under_the_same_titles_in_the_same_order():
    from advisor.report.sections import recommendation_sections

    summary = build_summary(make(prompt_lab=lab(9, 1), answers={"prompting_tried": "falls_short"}))
    sections = recommendation_sections(summary)
    titles = [s.title for s in sections]
    assert {"Why", "What would change the advice", "Next steps"} <= set(titles) and "Cost over 24 months" in titles
    text, markdown, html = render_text(summary), render_markdown(summary), render_html(summary)

    def order(document: str, marks: list[str]) -> list[int]:
        return [document.index(mark) for mark in marks]

    assert order(text, [t + ":\n" for t in titles]) == sorted(order(text, [t + ":\n" for t in titles]))
    assert order(markdown, ["## " + t for t in titles]) == sorted(order(markdown, ["## " + t for t in titles]))
    printed = [s.title for s in sections if s.printed]
    assert order(html, [f"<h3>{t}</h3>" for t in printed]) == sorted(order(html, [f"<h3>{t}</h3>" for t in printed]))
