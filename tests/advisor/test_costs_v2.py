"""Version 2's projection (CONTRACT section 4) against figures worked by hand, term by term."""
from __future__ import annotations


import pytest

from advisor.costs.projection import CostInputError, chosen_hosting, lasting_break_even, project
from advisor.costs.pricing import shipped_price_table
from advisor.document.validation import validate_document

PRICES = shipped_price_table()
QUIET = {"api_setup_usd": 0, "api_fte": 0, "ml_fte": 0, "retrains_per_year": 0,
         "examples_to_label": 0, "training_runs": 0, "horizon_months": 2}


def test_defaults_worked_by_hand():
    # Sonnet 5.5 at $2 / $10: (1,500 × 2 + 300 × 10) / 1e6 = $0.006 a request → $600 a month.
    # API staff 0.1 × 200,000 / 12 = 1,666.67 a month; month 1 adds the $5,000 set-up.
    #   24 months: 5,000 + 24 × 2,266.67 = $59,400
    # Fine-tuning: run = 40 × $3 = $120; up-front 5,000 × $1 + 5 × 120 = $5,600;
    #   staff 0.5 × 200,000 / 12 = 8,333.33; retraining 4 × (120 + 2,000) / 12 = 706.67
    #   serverless: 100,000 × (1,500 × 0.20 + 300 × 0.20) / 1e6 = $36 a month
    #     → 36 + 8,333.33 + 706.67 = 9,076 a month; 24 × 9,076 + 5,600 = $223,424
    #   dedicated: 100,000 × 2 × (1,500 / 20,000 + 300 / 2,500) / 2,628,000 = 0.015 → 1 GPU, $2,190
    #     → 11,230 a month; 24 × 11,230 + 5,600 = $275,120
    p = project(None, PRICES)
    assert p.model == "claude-sonnet-5-5"
    assert p.api.tokens[0] == pytest.approx(600)
    assert p.api.staff[0] == pytest.approx(1666.6667, abs=1e-3)
    assert p.api.monthly[0] == pytest.approx(7266.6667, abs=1e-3)
    assert p.api.total == pytest.approx(59400)
    assert p.serverless.monthly[1] == pytest.approx(9076)
    assert p.serverless.total == pytest.approx(223424)
    assert p.dedicated.total == pytest.approx(275120)
    assert p.gpus == [1] * 24
    assert p.hosting == "serverless" and p.fine_tune.total == pytest.approx(223424)
    assert p.break_even_month is None
    data = p.to_json()
    assert (data["hosting"], data["serverless_total"], data["dedicated_total"]) == \
        ("serverless", 223424.0, 275120.0)


def test_cache_reads_and_writes_use_the_models_own_prices():
    # Sonnet 5.5, 10,000 input tokens: 30 % plain at $2, 50 % read at $0.10, 20 % written at $2.50
    #   10,000 × (0.3 × 2 + 0.5 × 0.10 + 0.2 × 2.50) / 1e6 = $0.0115 a request → 1,000 requests $11.50
    costs = {**QUIET, "monthly_requests": 1000, "avg_input_tokens": 10_000, "avg_output_tokens": 0,
             "cache_hit_share": 0.5, "cache_write_share": 0.2}
    assert project(costs, PRICES).api.tokens == pytest.approx([11.5, 11.5])


def test_cache_hit_plus_write_above_one_is_a_clear_error():
    costs = {"cache_hit_share": 0.7, "cache_write_share": 0.4}
    with pytest.raises(CostInputError) as caught:
        project(costs, PRICES)
    message = str(caught.value)
    assert "cache_hit_share 0.7" in message and "cache_write_share 0.4" in message
    assert "at most 1" in message and "1.1" in message
    found = validate_document({"format": "fine-tune-advisor/assessment", "version": 2, "costs": costs})
    assert any("at most 1" in error for error in found.errors)
    assert project({"cache_hit_share": 0.6, "cache_write_share": 0.4}, PRICES)  # exactly 1 is fine


@pytest.mark.parametrize("tokens, per_request", [
    (100_000, (100_000 * 0.10 + 1000 * 0.50) / 1e6),  # at the limit: normal prices
    (100_001, (100_001 * 0.50 + 1000 * 2.50) / 1e6),  # one over: every token at the long tier
])
def test_haiku_5_5_long_prompt_tier_edge(tokens, per_request):
    costs = {**QUIET, "model": "claude-haiku-5-5", "monthly_requests": 1000,
             "avg_input_tokens": tokens, "avg_output_tokens": 1000}
    assert project(costs, PRICES).api.tokens[0] == pytest.approx(1000 * per_request)


def test_the_long_tier_prices_cache_reads_and_writes_too():
    # 200,000 tokens, half read at $0.05, a quarter written at $0.625, a quarter plain at $0.50
    costs = {**QUIET, "model": "claude-haiku-5-5", "monthly_requests": 1, "avg_input_tokens": 200_000,
             "avg_output_tokens": 0, "cache_hit_share": 0.5, "cache_write_share": 0.25}
    expected = 200_000 * (0.25 * 0.50 + 0.5 * 0.05 + 0.25 * 0.625) / 1e6
    assert project(costs, PRICES).api.tokens[0] == pytest.approx(expected)


def test_batch_discount_comes_from_the_price_table():
    costs = {**QUIET, "monthly_requests": 1000, "batch_share": 0.5}
    # $0.006 a request × 1,000 = $6; half of them at 75 % off → 6 × (1 − 0.75 × 0.5) = $3.75
    table = PRICES._replace(batch_discount=0.75)
    assert project(costs, table).api.tokens[0] == pytest.approx(3.75)
    assert project(costs, PRICES).api.tokens[0] == pytest.approx(4.5)  # the shipped half price


def test_api_staff_and_retrieval_worked_by_hand():
    costs = {**QUIET, "monthly_requests": 0, "api_fte": 0.25, "ml_salary_usd": 120_000,
             "retrieval_setup_usd": 8000, "retrieval_monthly_usd": 300, "api_setup_usd": 1000,
             "api_monthly_usd": 50}
    p = project(costs, PRICES)
    # staff 0.25 × 120,000 / 12 = 2,500; month 1: 2,500 + 300 + 50 + 1,000 + 8,000 = 11,850
    assert p.api.monthly == pytest.approx([11850, 2850])
    assert p.api.retrieval == pytest.approx([8300, 300]) and p.api.staff == pytest.approx([2500, 2500])
    assert p.api.setup == [1000, 0]


def test_retraining_adds_its_extra_cost_to_the_gpu_hours():
    costs = {**QUIET, "retrains_per_year": 6, "train_gpu_hours": 10, "gpu_hourly_usd": 4,
             "retrain_extra_usd": 1000, "ft_hosting": "serverless", "monthly_requests": 0}
    # 6 × (10 × 4 + 1,000) / 12 = $520 a month
    assert project(costs, PRICES).fine_tune.retraining == pytest.approx([520, 520])
    assert project(costs, PRICES).fine_tune.monthly == pytest.approx([520, 520])


def test_prefill_and_decode_throughputs_size_the_gpus():
    # 10,000,000 × 2 × (1,500 / 20,000 + 300 / 2,500) / 2,628,000 = 1.48 → 2 GPUs
    p = project({"monthly_requests": 10_000_000, "horizon_months": 1, "ft_hosting": "dedicated"}, PRICES)
    assert p.gpus == [2] and p.fine_tune.hosting == pytest.approx([2 * 3 * 730])
    # Short outputs need few GPUs: 50 output tokens → (0.075 + 0.02) × … = 0.72 → 1 GPU
    short = project({"monthly_requests": 10_000_000, "avg_output_tokens": 50, "horizon_months": 1}, PRICES)
    assert short.gpus == [1]


@pytest.mark.parametrize("choice, expected", [
    ("serverless", "serverless"), ("dedicated", "dedicated"), ("cheapest", "dedicated")])
def test_each_hosting_choice(choice, expected):
    # 100,000,000 requests: serverless 1e8 × 360 / 1e6 = $36,000 a month;
    # dedicated ceil(1e8 × 2 × 0.195 / 2,628,000) = 15 GPUs = $32,850 a month: cheaper.
    costs = {**QUIET, "monthly_requests": 100_000_000, "ft_hosting": choice}
    p = project(costs, PRICES)
    assert p.serverless.hosting == pytest.approx([36000, 36000])
    assert p.dedicated.hosting == pytest.approx([32850, 32850])
    assert p.hosting == expected
    assert p.fine_tune.total == getattr(p, expected).total


def test_cheapest_picks_serverless_on_a_tie():
    assert chosen_hosting("cheapest", 100.0, 100.0) == "serverless"
    assert chosen_hosting("cheapest", 100.0, 99.0) == "dedicated"
    assert chosen_hosting("dedicated", 1.0, 2.0) == "dedicated"


def test_ml_fte_defaults_to_half_an_engineer():
    assert project({**QUIET, "ml_fte": 0.5}, PRICES).fine_tune.staff == \
        project({k: v for k, v in QUIET.items() if k != "ml_fte"}, PRICES).fine_tune.staff


def test_a_crossing_that_does_not_last_is_no_break_even():
    # API: $100,000 set-up in month 1, then ~$600 a month. Fine-tuning: $9,076 a month from the
    # start. Month 1: fine-tuning is cheaper (14,676 < 100,600 + staff); by month 12 it is dearer.
    costs = {"api_setup_usd": 100_000, "api_fte": 0, "horizon_months": 24}
    p = project(costs, PRICES)
    assert p.fine_tune.cumulative[0] < p.api.cumulative[0]
    assert p.fine_tune.cumulative[-1] > p.api.cumulative[-1]
    assert p.break_even_month is None  # v1's first crossing would have said month 1
    shorter = project({**costs, "horizon_months": 6}, PRICES)
    assert shorter.break_even_month == 1  # within six months it does last


def test_lasting_break_even_by_hand():
    assert lasting_break_even([10, 20, 30], [5, 25, 35]) is None  # cheaper at first only
    assert lasting_break_even([10, 20, 30], [15, 18, 25]) == 2
    assert lasting_break_even([10, 20, 30], [5, 25, 28]) == 3  # crosses back and stays
    assert lasting_break_even([10.0, 20.0], [15.0, 20.0]) == 2  # equal counts as breaking even
