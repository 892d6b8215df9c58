"""The cost projection against hand-worked figures (CONTRACT section 4), and the sensitivity table."""
from __future__ import annotations

import math

import pytest

from advisor.costs.inputs import COST_INPUTS_BY_ID
from advisor.costs.projection import CostInputError, break_even, project
from advisor.costs.sensitivity import sensitivity
from advisor.costs.derived import upfront_fine_tune_usd
from advisor.core.errors import FileProblem
from advisor.costs.pricing import shipped_price_table

PRICES = shipped_price_table()
# The v1 assumptions (CONTRACT section 7): the v1-era tests below keep their hand-worked figures
# with these; the v2 terms are tested on their own further down.
V1 = {"model": "claude-sonnet-4-5", "ml_fte": 1.0, "api_fte": 0, "retrain_extra_usd": 0,
      "cache_write_share": 0, "ft_hosting": "dedicated",
      "gpu_prefill_tokens_per_second": 2500, "gpu_decode_tokens_per_second": 2500}


def test_defaults_worked_by_hand():
    # Sonnet 4.5 at $3 / $15 per million tokens; 100,000 requests of 1,500 in + 300 out:
    #   per request = (1500 × 3 + 300 × 15) / 1e6 = $0.009  →  $900 of tokens a month
    #   month 1 adds the $5,000 prompt set-up: $5,900; 24 months: 5,000 + 24 × 900 = $26,600
    # Fine-tuning: one run = 40 GPU-hours × $3 = $120; up-front = 5,000 × $1 + 5 × 120 = $5,600
    #   GPUs: 100,000 × 1,800 × 2 / (2,628,000 × 2,500) = 0.055 → the minimum, 1 GPU
    #   monthly = 1 × 3 × 730 + 200,000 / 12 + 4 × 120 / 12 = 2,190 + 16,666.67 + 40 = 18,896.67
    #   24 months: 24 × 18,896.67 + 5,600 = $459,120
    p = project(V1, PRICES)
    assert p.horizon_months == 24 and p.model == "claude-sonnet-4-5" and p.currency == "USD"
    assert p.api.monthly[0] == pytest.approx(5900)
    assert p.api.monthly[1:] == pytest.approx([900] * 23)
    assert p.api.total == pytest.approx(26600)
    assert p.fine_tune.upfront == pytest.approx(5600)
    assert p.gpus == [1] * 24
    assert p.fine_tune.monthly[0] == pytest.approx(18896.6667 + 5600, abs=0.01)
    assert p.fine_tune.monthly[5] == pytest.approx(18896.6667, abs=0.01)
    assert p.fine_tune.total == pytest.approx(459120)
    assert p.break_even_month is None


def test_empty_dict_is_the_same_as_no_inputs():
    assert project({}, PRICES).to_json() == project(None, PRICES).to_json()


def test_breakdowns_add_up_to_the_monthly_totals():
    p = project({**V1, "monthly_growth": 0.07, "api_monthly_usd": 300, "ft_monthly_usd": 150,
                 "horizon_months": 36}, PRICES)
    for m in range(36):
        api_parts = p.api.tokens[m] + p.api.overhead[m] + p.api.setup[m]
        ft_parts = sum(getattr(p.fine_tune, part)[m] for part in
                       ("labelling", "training", "retraining", "hosting", "staff", "overhead"))
        assert api_parts == pytest.approx(p.api.monthly[m])
        assert ft_parts == pytest.approx(p.fine_tune.monthly[m])
    assert p.api.setup[0] == 5000 and p.api.setup[1:] == [0] * 35
    assert p.fine_tune.labelling[0] == 5000 and p.fine_tune.training[0] == 600
    assert sum(p.fine_tune.labelling[1:]) == 0 and sum(p.fine_tune.training[1:]) == 0


def test_upfront_agrees_with_the_rule_engine_figure():
    costs = {"examples_to_label": 12000, "label_cost_per_example_usd": 4.5, "training_runs": 8,
             "train_gpu_hours": 120, "gpu_hourly_usd": 2.25}
    # 12,000 × 4.5 = 54,000; 8 runs × 120 h × $2.25 = 2,160 → $56,160
    assert project({**V1, **costs}, PRICES).fine_tune.upfront == pytest.approx(56160)
    assert project({**V1, **costs}, PRICES).fine_tune.upfront == upfront_fine_tune_usd(costs)


def test_growth_compounds_monthly():
    p = project({**V1, "monthly_growth": 0.1, "horizon_months": 3, "api_setup_usd": 0}, PRICES)
    # 100,000 → 110,000 → 121,000 requests at $0.009 each
    assert p.requests == pytest.approx([100000, 110000, 121000])
    assert p.api.monthly == pytest.approx([900, 990, 1089])
    assert p.api.cumulative == pytest.approx([900, 1890, 2979])


def test_caching_and_batch_worked_by_hand():
    # Haiku 4.5 at $1 / $5: 2,000 input tokens, half of them cached (billed at 0.1 ×):
    #   input  = 2,000 × 1 × (1 − 0.9 × 0.5) = 1,100 millionths of a dollar
    #   output = 400 × 5 = 2,000  →  $0.0031 a request
    #   40 % through the Batches API at half price: × (1 − 0.5 × 0.4) = × 0.8 → $0.00248
    #   50,000 requests → $124 a month
    costs = {"model": "claude-haiku-4-5", "monthly_requests": 50000, "avg_input_tokens": 2000,
             "avg_output_tokens": 400, "cache_hit_share": 0.5, "batch_share": 0.4,
             "api_setup_usd": 0, "horizon_months": 2}
    assert project({**V1, **costs}, PRICES).api.monthly == pytest.approx([124, 124])


def test_full_caching_bills_input_at_a_tenth():
    plain = project({**V1, "avg_output_tokens": 0, "api_setup_usd": 0}, PRICES).api.tokens[0]
    cached = project({**V1, "avg_output_tokens": 0, "api_setup_usd": 0, "cache_hit_share": 1},
                     PRICES).api.tokens[0]
    assert plain == pytest.approx(450) and cached == pytest.approx(45)


def test_serving_gpus_scale_with_load():
    # 10,000,000 requests × 1,800 tokens × 2 (peak) / (2,628,000 s × 2,500 tok/s) = 5.48 → 6 GPUs
    p = project({**V1, "monthly_requests": 10_000_000, "horizon_months": 1}, PRICES)
    assert p.gpus == [6]
    assert p.fine_tune.hosting == pytest.approx([6 * 3 * 730])
    # Growth of 50 % a month pushes the count up month after month.
    grown = project({**V1, "monthly_requests": 10_000_000, "monthly_growth": 0.5, "horizon_months": 4}, PRICES)
    assert grown.gpus == [6, 9, 13, 19]  # 5.48, 8.22, 12.33, 18.49 rounded up


def test_minimum_gpus_hold_at_low_load():
    p = project({**V1, "min_hosting_gpus": 3, "monthly_requests": 10, "horizon_months": 2}, PRICES)
    assert p.gpus == [3, 3]


def test_break_even_worked_by_hand():
    # 1,000,000 requests at $0.009 → API $9,000 a month, no set-up.
    # Fine-tuning: no staff, no retraining; 1 GPU ($2,190 a month) after $20,600 up front
    # (20,000 examples at $1 + 5 runs × $120). Cumulative: API 9,000 m, fine-tune 20,600 + 2,190 m.
    #   month 3: 27,000 < 27,170 — not yet; month 4: 36,000 ≥ 29,360 — breaks even.
    costs = {"monthly_requests": 1_000_000, "api_setup_usd": 0, "ml_fte": 0, "retrains_per_year": 0,
             "examples_to_label": 20000, "horizon_months": 12}
    p = project({**V1, **costs}, PRICES)
    assert p.api.cumulative[2] == pytest.approx(27000) and p.fine_tune.cumulative[2] == pytest.approx(27170)
    assert p.break_even_month == 4


def test_break_even_agrees_with_the_cumulative_series():
    p = project({**V1, "monthly_requests": 1_500_000, "monthly_growth": 0.05, "horizon_months": 60}, PRICES)
    m = p.break_even_month
    assert m is not None
    assert p.fine_tune.cumulative[m - 1] <= p.api.cumulative[m - 1]
    assert all(f > a for f, a in zip(p.fine_tune.cumulative[:m - 1], p.api.cumulative[:m - 1]))


def test_no_break_even_within_the_horizon_is_none():
    p = project({**V1, "horizon_months": 120}, PRICES)
    assert p.break_even_month is None
    assert all(f > a for f, a in zip(p.fine_tune.cumulative, p.api.cumulative))


def test_equal_cumulative_cost_counts_as_breaking_even():
    assert break_even([10.0, 20.0], [15.0, 20.0]) == 2
    assert break_even([10.0, 20.0], [15.0, 21.0]) is None


def test_json_has_the_contract_keys():
    data = project({**V1, "horizon_months": 6}, PRICES).to_json()
    for key in ("horizon_months", "model", "currency", "api", "fine_tune", "break_even_month"):
        assert key in data
    assert {"monthly", "cumulative", "total"} <= set(data["api"])
    assert {"monthly", "cumulative", "total", "upfront"} <= set(data["fine_tune"])
    assert len(data["api"]["monthly"]) == 6 and data["api"]["total"] == pytest.approx(10400)


def test_retired_model_is_priced_with_a_warning():
    p = project({**V1, "model": "claude-3-5-haiku-20241022"}, PRICES)
    # (1,500 × 0.80 + 300 × 4) / 1e6 × 100,000 = $240 a month
    assert p.api.tokens[0] == pytest.approx(240)
    assert any("retired" in w for w in p.warnings)


@pytest.mark.parametrize("key, value, expected", [
    ("monthly_requests", -5, "at least 0"),
    ("avg_input_tokens", math.nan, "a number"),
    ("cache_hit_share", 1.5, "at most 1"),
    ("batch_share", -0.1, "at least 0"),
    ("horizon_months", 121, "at most 120"),
    ("horizon_months", 12.5, "whole number"),
    ("gpu_prefill_tokens_per_second", 0, "above 0"),
    ("gpu_decode_tokens_per_second", -1, "above 0"),
    ("ft_hosting", "cloud", "one of cheapest, serverless, dedicated"),
    ("cache_write_share", 1.01, "at most 1"),
    ("ml_salary_usd", "lots", "a number"),
    ("ml_fte", True, "a number"),
    ("gpu_hourly_usd", math.inf, "a number"),
])
def test_invalid_inputs_name_the_input_and_its_range(key, value, expected):
    with pytest.raises(CostInputError) as caught:
        project({key: value}, PRICES)
    message = str(caught.value)
    assert key in message and expected in message
    assert "\n" not in message


def test_unknown_model_lists_the_known_ones():
    with pytest.raises(CostInputError, match="'gpt-9' is not in the price table.*claude-sonnet-4-5"):
        project({**V1, "model": "gpt-9"}, PRICES)


def test_cost_input_error_makes_the_cli_exit_3():
    assert issubclass(CostInputError, FileProblem) and CostInputError.exit_code == 3


def test_costs_that_are_not_an_object_are_refused():
    with pytest.raises(CostInputError, match="must be an object"):
        project([1, 2], PRICES)  # type: ignore[arg-type]


def test_unknown_cost_ids_are_ignored_by_the_projection():
    assert project({**V1, "future_input": 3}, PRICES).api.total == pytest.approx(26600)


# --- sensitivity ---------------------------------------------------------------------------------

def test_sensitivity_rows_cover_numeric_inputs_ranked_by_effect():
    rows = sensitivity(V1, PRICES)
    ids = [row.input_id for row in rows]
    assert not {"model", "horizon_months", "ft_hosting"} & set(ids)  # not numbers, or the frame
    assert len(ids) == len(set(ids)) == len(COST_INPUTS_BY_ID) - 3
    swings = [row.swing for row in rows]
    assert swings == sorted(swings, reverse=True)
    # With the defaults, the engineer's salary and head-count dominate the fine-tuning path.
    assert {rows[0].input_id, rows[1].input_id} == {"ml_fte", "ml_salary_usd"}


def test_sensitivity_moves_each_input_half_down_and_up():
    row = {r.input_id: r for r in sensitivity(V1, PRICES)}["gpu_hourly_usd"]
    assert (row.low_value, row.base_value, row.high_value) == (1.5, 3.0, 4.5)
    # Each end agrees with a full projection at that value.
    for value, diff, month in ((row.low_value, row.low_difference, row.low_break_even),
                               (row.high_value, row.high_difference, row.high_break_even)):
        p = project({**V1, "gpu_hourly_usd": value}, PRICES)
        assert diff == pytest.approx(p.fine_tune.total - p.api.total)
        assert month == p.break_even_month
    assert row.base_difference == pytest.approx(project(V1, PRICES).difference)


def test_sensitivity_keeps_shares_at_most_one_and_integers_whole():
    rows = {r.input_id: r for r in sensitivity({**V1, "cache_hit_share": 0.8, "training_runs": 5}, PRICES)}
    assert rows["cache_hit_share"].high_value == 1 and rows["cache_hit_share"].low_value == pytest.approx(0.4)
    runs = rows["training_runs"]
    assert (runs.low_value, runs.high_value) == (3, 8)  # 2.5 and 7.5, rounded half up
    assert isinstance(runs.low_value, int) and isinstance(runs.high_value, int)
    peak = rows["peak_to_average"]
    assert peak.low_value == 1  # 2 × 0.5 = 1, its minimum


def test_sensitivity_break_even_follows_projection_when_fine_tuning_wins():
    costs = {"monthly_requests": 1_500_000, "monthly_growth": 0.05, "horizon_months": 60}
    for row in sensitivity({**V1, **costs}, PRICES)[:5]:
        p = project({**V1, **costs, row.input_id: row.high_value}, PRICES)
        assert row.high_break_even == p.break_even_month


def test_sensitivity_refuses_bad_inputs_and_spreads():
    with pytest.raises(CostInputError, match="batch_share"):
        sensitivity({**V1, "batch_share": 2}, PRICES)
    with pytest.raises(ValueError):
        sensitivity(None, PRICES, spread=0)
