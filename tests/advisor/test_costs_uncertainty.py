"""Ranges and the Monte Carlo (CONTRACT section 8): figures a team lead can check by hand, the
same figures on every run, a zero-width range that changes nothing, and bad ranges refused."""
from __future__ import annotations

import json
import math

import numpy as np
import pytest

from advisor.core.errors import FileProblem
from advisor.costs.pricing import shipped_price_table
from advisor.costs.projection import CostInputError, project
from advisor.costs.ranges import proposed_ranges, ranges_problems
from advisor.costs.sensitivity import sensitivity
from advisor.costs.uncertainty import month_quantile, simulate, triangular
from advisor.decision.engine import evaluate
from advisor.document.assessment import load_assessment
from tests.advisor.test_engine import NICHE

PRICES = shipped_price_table()
BASE = {"horizon_months": 36, "monthly_requests": 300_000, "monthly_growth": 0.03}


def test_triangular_draws_follow_the_inverse_cdf_worked_by_hand():
    u = np.array([0.0, 0.05, 0.5, 0.95, 1.0])
    # Triangle 0..10 peaking at 5: F(x) = x²/50 left of the peak, so F⁻¹(0.05) = √2.5.
    drawn = triangular(u, 0.0, 5.0, 10.0)
    assert drawn.tolist() == pytest.approx([0.0, math.sqrt(2.5), 5.0, 10 - math.sqrt(2.5), 10.0])
    assert triangular(u, 3.0, 3.0, 3.0).tolist() == [3.0] * 5  # zero width: the value itself


def test_break_even_quantiles_are_the_month_by_which_that_share_broke_even():
    months = np.array([3, 5, 5, 7, 9, 11, 13, 20, math.inf, math.inf], dtype=float)
    assert [month_quantile(months, level) for level in (10, 50, 90)] == [3, 9, None]


def test_quantiles_of_a_tiny_case_match_the_triangle_worked_by_hand():
    # One month, one ranged input that adds to the API path one for one: the API total's P10 is
    # the rest of month 1 plus the triangle's own P10, 10,000 × √0.05 for 0..5,000..10,000.
    costs = {"horizon_months": 1, "api_setup_usd": 5000, "ranges": {"api_setup_usd": [0, 10000]}}
    rest = project({**costs, "api_setup_usd": 0}, PRICES).api.total
    found = simulate(costs, PRICES)
    assert found.draws == 2000
    assert found.api_total["p10"] - rest == pytest.approx(10000 * math.sqrt(0.05), rel=0.04)
    assert found.api_total["p50"] - rest == pytest.approx(5000, rel=0.02)
    assert found.api_total["p90"] - rest == pytest.approx(10000 - 10000 * math.sqrt(0.05), rel=0.02)
    fine_tune = project(costs, PRICES).fine_tune.total  # not ranged: the same in every draw
    assert found.fine_tune_total == {"p10": fine_tune, "p50": fine_tune, "p90": fine_tune}


def test_the_same_file_gives_the_same_figures_and_another_file_others():
    costs = {**BASE, "ranges": {"monthly_requests": [100_000, 900_000], "ml_fte": [0.25, 1.5]}}
    first, again = simulate(costs, PRICES), simulate(json.loads(json.dumps(costs)), PRICES)
    assert first.to_json() == again.to_json() and first.api_bands == again.api_bands
    other = simulate({**costs, "ml_fte": 0.6}, PRICES)
    assert other.seed != first.seed and other.fine_tune_total != first.fine_tune_total


def test_a_range_of_zero_width_gives_the_point_projection_exactly():
    point = project(BASE, PRICES)
    zero = {**BASE, "ranges": {"monthly_requests": [300_000, 300_000], "monthly_growth": [0.03, 0.03],
                               "avg_input_tokens": [1500, 1500]}}
    found = simulate(zero, PRICES)
    assert found.api_total == dict.fromkeys(("p10", "p50", "p90"), point.api.total)
    assert found.fine_tune_total == dict.fromkeys(("p10", "p50", "p90"), point.fine_tune.total)
    assert found.api_bands.p50 == point.api.cumulative and found.fine_tune_bands.p90 == point.fine_tune.cumulative
    assert found.break_even_month == dict.fromkeys(("p10", "p50", "p90"), point.break_even_month)
    assert found.p_fine_tune_cheaper == (1.0 if point.break_even_month else 0.0)


def test_the_draws_agree_with_the_plain_projection_at_the_ends_of_a_range():
    # Every draw at the top of the range: the vectorised projection is the plain one there.
    for requests in (100_000, 900_000):
        ranged = {**BASE, "monthly_requests": requests, "ranges": {"monthly_requests": [requests, requests]}}
        assert simulate(ranged, PRICES).api_total["p50"] == project(ranged, PRICES).api.total


def test_wider_traffic_ranges_widen_the_bands_and_the_probability_follows_the_figures():
    narrow = simulate({**BASE, "ranges": {"monthly_requests": [250_000, 350_000]}}, PRICES)
    wide = simulate({**BASE, "ranges": {"monthly_requests": [50_000, 3_000_000]}}, PRICES)
    spread = lambda q: q["p90"] - q["p10"]  # noqa: E731
    assert spread(wide.api_total) > 5 * spread(narrow.api_total)
    assert 0 <= narrow.p_fine_tune_cheaper <= 1 and wide.p_fine_tune_cheaper > narrow.p_fine_tune_cheaper


@pytest.mark.parametrize("entry, words", [
    ([400_000, 900_000], "costs.ranges.monthly_requests is [400,000, 900,000] but the value is 300,000"),
    ([100_000, 200_000], "the range must hold the value"),
    ([100_000], "must be a list of two numbers"),
    ([-5, 900_000], "the low end -5"),
])
def test_a_bad_range_is_refused_naming_the_entry(entry, words):
    problems = ranges_problems({**BASE, "ranges": {"monthly_requests": entry}})
    assert len(problems) == 1 and words in problems[0]
    with pytest.raises(CostInputError, match="costs.ranges.monthly_requests"):
        simulate({**BASE, "ranges": {"monthly_requests": entry}}, PRICES)


def test_a_file_with_a_bad_range_is_refused_and_left_as_it_was(tmp_path):
    path = tmp_path / "bad.fta.json"
    text = json.dumps({"format": "fine-tune-advisor/assessment", "version": 2,
                       "costs": {"ml_fte": 2, "ranges": {"ml_fte": [0.5, 1.0], "horizon_months": [12, 36]}}})
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileProblem) as caught:
        load_assessment(path)
    assert "costs.ranges.ml_fte" in str(caught.value)
    assert path.read_text(encoding="utf-8") == text


def test_the_proposed_ranges_are_the_tornados_largest_swings_and_hold_their_values():
    rows = sensitivity(BASE, PRICES)
    proposed = proposed_ranges(rows)
    assert list(proposed) == [row.input_id for row in rows if row.swing > 0][:5]
    assert ranges_problems({**BASE, "ranges": proposed}) == []


def test_with_ranges_the_probability_decides_drop_c_and_joins_the_cost_sentence():
    dear = {"monthly_requests": 2_000, "ml_fte": 1.0, "ranges": {"ml_fte": [0.8, 1.5], "monthly_requests": [1_000, 4_000]}}
    result = evaluate(NICHE, dear)
    assert result.verdict == "fine_tune"
    chance = result.projection.uncertainty.p_fine_tune_cheaper
    assert chance < 0.2
    assert any("Across the ranges you gave" in reason and f"{round(chance * 100)} %" in reason
               for reason in result.confidence_reasons)
    assert "Across the ranges you gave (2,000 draws)" in result.cost_note
    plain = evaluate(NICHE, {k: v for k, v in dear.items() if k != "ranges"})
    assert not any("Across the ranges" in reason for reason in plain.confidence_reasons)
    assert "Across the ranges" not in plain.cost_note
