"""Properties of the cost model that must hold for any sensible inputs (hypothesis)."""
from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.costs import project, sensitivity
from advisor.pricing import PriceTable, shipped_price_table

PRICES = shipped_price_table()

money = st.floats(min_value=0, max_value=1e6, allow_nan=False)
share = st.floats(min_value=0, max_value=1, allow_nan=False)

costs_strategy = st.fixed_dictionaries({
    "horizon_months": st.integers(min_value=1, max_value=60),
    "model": st.sampled_from(sorted(PRICES.model_ids())),
    "monthly_requests": st.floats(min_value=0, max_value=1e8, allow_nan=False),
    "monthly_growth": st.floats(min_value=-0.5, max_value=0.3, allow_nan=False),
    "avg_input_tokens": st.floats(min_value=0, max_value=200_000, allow_nan=False),
    "avg_output_tokens": st.floats(min_value=0, max_value=8_000, allow_nan=False),
    "cache_hit_share": share,
    "batch_share": share,
    "api_setup_usd": money,
    "api_monthly_usd": money,
    "examples_to_label": st.integers(min_value=0, max_value=1_000_000),
    "label_cost_per_example_usd": st.floats(min_value=0, max_value=100, allow_nan=False),
    "gpu_hourly_usd": st.floats(min_value=0, max_value=100, allow_nan=False),
    "train_gpu_hours": st.floats(min_value=0, max_value=10_000, allow_nan=False),
    "training_runs": st.integers(min_value=0, max_value=50),
    "retrains_per_year": st.floats(min_value=0, max_value=52, allow_nan=False),
    "min_hosting_gpus": st.integers(min_value=0, max_value=64),
    "gpu_tokens_per_second": st.floats(min_value=1, max_value=1e5, allow_nan=False),
    "peak_to_average": st.floats(min_value=1, max_value=10, allow_nan=False),
    "ml_fte": st.floats(min_value=0, max_value=20, allow_nan=False),
    "ml_salary_usd": st.floats(min_value=0, max_value=1e6, allow_nan=False),
    "ft_monthly_usd": money,
})
factor = st.floats(min_value=1, max_value=10, allow_nan=False)
TOLERANCE = 1e-9  # relative: sums of floats may differ in the last bits


def _not_below(higher: list[float], lower: list[float]) -> bool:
    return all(h >= l - TOLERANCE * max(1.0, abs(l)) for h, l in zip(higher, lower))


def _scaled_prices(model_id: str, k: float) -> PriceTable:
    model = PRICES.models[model_id]
    scaled = dataclasses.replace(model, input=model.input * k, output=model.output * k)
    return dataclasses.replace(PRICES, models={**PRICES.models, model_id: scaled})


@settings(max_examples=150, deadline=None)
@given(costs_strategy, st.sampled_from(["monthly_requests", "avg_input_tokens", "avg_output_tokens"]),
       factor)
def test_api_cost_never_falls_when_requests_or_tokens_rise(costs, key, k):
    base = project(costs, PRICES)
    more = project({**costs, key: costs[key] * k}, PRICES)
    assert _not_below(more.api.monthly, base.api.monthly)
    assert _not_below(more.api.cumulative, base.api.cumulative)


@settings(max_examples=100, deadline=None)
@given(costs_strategy, factor)
def test_api_cost_never_falls_when_prices_rise(costs, k):
    base = project(costs, PRICES)
    dearer = project(costs, _scaled_prices(costs["model"], k))
    assert _not_below(dearer.api.cumulative, base.api.cumulative)


@settings(max_examples=150, deadline=None)
@given(costs_strategy,
       st.sampled_from(["gpu_hourly_usd", "ml_salary_usd", "ml_fte", "label_cost_per_example_usd",
                        "examples_to_label", "min_hosting_gpus", "train_gpu_hours"]),
       factor)
def test_fine_tune_cost_never_falls_when_gpus_salaries_or_labelling_rise(costs, key, k):
    raised = costs[key] * k
    if isinstance(costs[key], int):
        raised = int(raised)  # whole-number inputs stay whole
    base = project(costs, PRICES)
    more = project({**costs, key: raised}, PRICES)
    assert _not_below(more.fine_tune.monthly, base.fine_tune.monthly)
    assert more.fine_tune.upfront >= base.fine_tune.upfront
    # The API path does not depend on any of these.
    assert more.api.cumulative == base.api.cumulative


@settings(max_examples=200, deadline=None)
@given(costs_strategy)
def test_break_even_month_agrees_with_the_cumulative_series(costs):
    p = project(costs, PRICES)
    pairs = list(zip(p.fine_tune.cumulative, p.api.cumulative))
    if p.break_even_month is None:
        assert all(ft > api for ft, api in pairs)
    else:
        m = p.break_even_month
        assert 1 <= m <= p.horizon_months
        assert pairs[m - 1][0] <= pairs[m - 1][1]
        assert all(ft > api for ft, api in pairs[:m - 1])


@settings(max_examples=100, deadline=None)
@given(costs_strategy)
def test_series_are_consistent(costs):
    p = project(costs, PRICES)
    assert len(p.api.monthly) == len(p.fine_tune.monthly) == len(p.gpus) == p.horizon_months
    assert p.api.total == p.api.cumulative[-1] and p.fine_tune.total == p.fine_tune.cumulative[-1]
    assert all(g >= costs["min_hosting_gpus"] for g in p.gpus)
    assert all(v >= 0 for v in p.api.monthly + p.fine_tune.monthly)


@settings(max_examples=60, deadline=None)
@given(costs_strategy)
def test_sensitivity_ends_stay_in_range_and_match_the_projection(costs):
    rows = sensitivity(costs, PRICES)
    base = project(costs, PRICES)
    for row in rows:
        assert row.low_value <= row.high_value
        assert row.base_difference == base.difference
        if row.input_id in ("cache_hit_share", "batch_share"):
            assert 0 <= row.low_value <= row.high_value <= 1
    top = rows[0]
    check = project({**costs, top.input_id: top.low_value}, PRICES)
    assert top.low_break_even == check.break_even_month
    assert top.low_difference == check.difference
