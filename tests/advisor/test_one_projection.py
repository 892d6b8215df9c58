"""One projection per summary (CONTRACT section 8, "Decision, v3", "One projection"): the cost
sentence, the figures, the rules and every rendering read the same numbers."""
from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.costs.derived import format_usd
from advisor.document.assessment import Assessment, load_assessment
from advisor.report.summary import build_summary, render_markdown, render_text
from tests.strategies import answers

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FILES = sorted([*FIXTURES.glob("cases/*.fta.json"), *FIXTURES.glob("assessments/good/*.fta.json")])
AMOUNT = re.compile(r"-?\$\d{1,3}(?:,\d{3})*(?:\.\d\d)?")


def sentence_amounts(summary: dict) -> list[str]:
    return AMOUNT.findall(summary["costs"]["note"])


def shown_figures(costs: dict) -> set[str]:
    """Every money figure of the summary's ``costs``, and every difference of two, as printed."""
    money = [value for key, value in costs.items()
             if key.endswith("_usd") and isinstance(value, (int, float)) and not isinstance(value, bool)]
    shown = {format_usd(value) for value in money}
    return shown | {format_usd(abs(a - b)) for a, b in combinations(money, 2)}


def assert_sentence_agrees(summary: dict) -> None:
    if not summary["costs"]:
        return
    for amount in sentence_amounts(summary):
        assert amount in shown_figures(summary["costs"]), (amount, summary["costs"])


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_amount_in_the_cost_sentence_is_a_figure_printed_below_it(path):
    summary = build_summary(load_assessment(path))
    assert_sentence_agrees(summary)


def test_the_legal_firm_case_no_longer_says_a_gap_its_figures_do_not_show():
    # The report of issue 27: "$164,024 less than fine-tuning" above figures $362,544 apart.
    summary = build_summary(load_assessment(FIXTURES / "cases" / "legal_research_firm.fta.json"))
    costs = summary["costs"]
    gap = format_usd(costs["fine_tune_total_usd"] - costs["api_total_usd"])
    assert gap in costs["note"]
    assert gap in render_text(summary) and gap in render_markdown(summary)


COSTS = st.fixed_dictionaries({}, optional={
    "monthly_requests": st.integers(0, 5_000_000),
    "examples_to_label": st.integers(0, 50_000),
    "retrains_per_year": st.integers(0, 52),
    "label_cost_per_example_usd": st.floats(0, 20, allow_nan=False),
    "gpu_hourly_usd": st.floats(0.5, 10, allow_nan=False),
    "horizon_months": st.integers(1, 60),
    "ft_hosting": st.sampled_from(["serverless", "dedicated", "cheapest"]),
})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers(), COSTS)
def test_for_any_file_the_cost_sentence_only_names_figures_the_summary_shows(answers, costs):
    assert_sentence_agrees(build_summary(Assessment(answers=answers, costs=costs)))


HELD = {"labeled_examples": 5000, "retrain_commitment": True, "knowledge_changes": "static"}


def test_labels_already_held_count_in_the_sentence_the_figures_and_the_up_front_cost():
    summary = build_summary(Assessment(answers=HELD, costs={}))
    assert summary["costs"]["fine_tune_upfront_usd"] == 5 * 40 * 3.0  # nothing left to label
    assert "Examples to label: 0, from your answers" in render_text(summary)


def test_a_typed_input_that_disagrees_with_the_answers_wins_and_the_summary_says_so():
    summary = build_summary(Assessment(answers=HELD, costs={"examples_to_label": 2000}))
    assert summary["costs"]["fine_tune_upfront_usd"] == 2000 + 5 * 40 * 3.0
    [derivation] = summary["derivations"]
    assert derivation["used"] is False and derivation["typed"] == 2000 and derivation["derived"] == 0
    text = render_text(summary)
    assert "your figure 2,000 is used; your answers imply 0" in text


def test_the_recommendation_carries_the_projection_the_summary_prints():
    from advisor.decision.engine import evaluate

    rec = evaluate(HELD, {"monthly_requests": 300_000})
    summary = build_summary(Assessment(answers=HELD, costs={"monthly_requests": 300_000}), recommendation=rec)
    assert round(rec.projection.api.total, 2) == summary["costs"]["api_total_usd"]
    assert "projection" not in rec.to_dict()
