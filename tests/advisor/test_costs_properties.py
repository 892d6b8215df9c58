"""Properties of the cost model that must hold for any sensible inputs (hypothesis)."""
from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.costs.projection import project
from advisor.document.migrations import migrate
from advisor.costs.pricing import PriceTable, shipped_price_table
from advisor.costs.sensitivity import sensitivity

PRICES = shipped_price_table()

money = st.floats(min_value=0, max_value=1e6, allow_nan=False)
share = st.floats(min_value=0, max_value=1, allow_nan=False)
throughput = st.floats(min_value=1, max_value=1e5, allow_nan=False)

COMMON = {
    "horizon_months": st.integers(min_value=1, max_value=60),
    "monthly_requests": st.floats(min_value=0, max_value=1e8, allow_nan=False),
    "monthly_growth": st.floats(min_value=-0.5, max_value=0.3, allow_nan=False),
    "avg_input_tokens": st.floats(min_value=0, max_value=200_000, allow_nan=False),
    "avg_output_tokens": st.floats(min_value=0, max_value=8_000, allow_nan=False),
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
    "peak_to_average": st.floats(min_value=1, max_value=10, allow_nan=False),
    "ml_fte": st.floats(min_value=0, max_value=20, allow_nan=False),
    "ml_salary_usd": st.floats(min_value=0, max_value=1e6, allow_nan=False),
    "ft_monthly_usd": money,
}


@st.composite
def cache_shares(draw) -> dict[str, float]:
    hit = draw(share)
    return {"cache_hit_share": hit, "cache_write_share": draw(st.floats(0, 1 - hit))}


@st.composite
def costs_strategy(draw) -> dict:
    costs = draw(st.fixed_dictionaries({
        **COMMON,
        "model": st.sampled_from(sorted(PRICES.model_ids())),
        "api_fte": st.floats(min_value=0, max_value=5, allow_nan=False),
        "retrieval_setup_usd": money,
        "retrieval_monthly_usd": money,
        "retrain_extra_usd": money,
        "ft_hosting": st.sampled_from(["cheapest", "serverless", "dedicated"]),
        "ft_serverless_in_per_mtok": st.floats(min_value=0, max_value=10, allow_nan=False),
        "ft_serverless_out_per_mtok": st.floats(min_value=0, max_value=10, allow_nan=False),
        "gpu_prefill_tokens_per_second": throughput,
        "gpu_decode_tokens_per_second": throughput,
    }))
    return {**costs, **draw(cache_shares())}


factor = st.floats(min_value=1, max_value=10, allow_nan=False)
TOLERANCE = 1e-9  # relative: sums of floats may differ in the last bits


def _not_below(higher: list[float], lower: list[float]) -> bool:
    return all(h >= l - TOLERANCE * max(1.0, abs(l)) for h, l in zip(higher, lower))


def _scaled_prices(model_id: str, k: float) -> PriceTable:
    model = PRICES.models[model_id]
    fields = ("input", "output", "cache_read", "cache_write", "long_input", "long_output",
              "long_cache_read", "long_cache_write")
    scaled = model._replace(**{f: getattr(model, f) * k for f in fields
                                           if getattr(model, f) is not None})
    return PRICES._replace(models={**PRICES.models, model_id: scaled})


@settings(max_examples=150, deadline=None)
@given(costs_strategy(), st.sampled_from(["monthly_requests", "avg_input_tokens", "avg_output_tokens"]),
       factor)
def test_api_cost_never_falls_when_requests_or_tokens_rise(costs, key, k):
    base = project(costs, PRICES)
    more = project({**costs, key: costs[key] * k}, PRICES)
    assert _not_below(more.api.monthly, base.api.monthly)
    assert _not_below(more.api.cumulative, base.api.cumulative)


@settings(max_examples=100, deadline=None)
@given(costs_strategy(), factor)
def test_api_cost_never_falls_when_prices_rise(costs, k):
    base = project(costs, PRICES)
    dearer = project(costs, _scaled_prices(costs["model"], k))
    assert _not_below(dearer.api.cumulative, base.api.cumulative)


@settings(max_examples=150, deadline=None)
@given(costs_strategy(),
       st.sampled_from(["gpu_hourly_usd", "ml_salary_usd", "ml_fte", "label_cost_per_example_usd",
                        "examples_to_label", "min_hosting_gpus", "train_gpu_hours", "retrain_extra_usd",
                        "ft_serverless_in_per_mtok", "ft_serverless_out_per_mtok", "monthly_requests"]),
       factor)
def test_fine_tune_cost_never_falls_when_its_prices_volume_or_staffing_rise(costs, key, k):
    raised = costs[key] * k
    if isinstance(costs[key], int):
        raised = int(raised)  # whole-number inputs stay whole
    base = project(costs, PRICES)
    more = project({**costs, key: raised}, PRICES)
    for hosting in ("serverless", "dedicated"):
        assert _not_below(getattr(more, hosting).monthly, getattr(base, hosting).monthly)
    assert _not_below([more.fine_tune.total], [base.fine_tune.total])  # whichever is chosen
    assert more.fine_tune.upfront >= base.fine_tune.upfront


@settings(max_examples=100, deadline=None)
@given(costs_strategy(), st.sampled_from(["api_fte", "ml_salary_usd", "retrieval_monthly_usd",
                                          "retrieval_setup_usd"]), factor)
def test_api_cost_never_falls_when_its_staffing_or_retrieval_rise(costs, key, k):
    base = project(costs, PRICES)
    more = project({**costs, key: costs[key] * k}, PRICES)
    assert _not_below(more.api.cumulative, base.api.cumulative)


@settings(max_examples=150, deadline=None)
@given(costs_strategy())
def test_cheapest_hosting_is_never_dearer_than_either(costs):
    p = project({**costs, "ft_hosting": "cheapest"}, PRICES)
    assert p.fine_tune.total <= p.serverless.total and p.fine_tune.total <= p.dedicated.total
    assert p.fine_tune is (p.serverless if p.hosting == "serverless" else p.dedicated)
    fixed = project({**costs, "ft_hosting": p.hosting}, PRICES)
    assert fixed.fine_tune == p.fine_tune


@settings(max_examples=200, deadline=None)
@given(costs_strategy())
def test_lasting_break_even_is_the_brute_force_answer(costs):
    p = project(costs, PRICES)
    ft, api = p.fine_tune.cumulative, p.api.cumulative
    brute = next((m for m in range(1, p.horizon_months + 1)
                  if all(ft[k] <= api[k] for k in range(m - 1, p.horizon_months))), None)
    assert p.break_even_month == brute


@settings(max_examples=100, deadline=None)
@given(costs_strategy())
def test_series_are_consistent(costs):
    p = project(costs, PRICES)
    assert len(p.api.monthly) == len(p.fine_tune.monthly) == len(p.gpus) == p.horizon_months
    assert p.api.total == p.api.cumulative[-1] and p.fine_tune.total == p.fine_tune.cumulative[-1]
    assert all(g >= costs["min_hosting_gpus"] for g in p.gpus)
    assert all(v >= 0 for v in p.api.monthly + p.serverless.monthly + p.dedicated.monthly)


# --- version 1 files -----------------------------------------------------------------------

V1_PRICES = {"claude-sonnet-4-5": (3, 15), "claude-haiku-4-5": (1, 5), "claude-opus-4-5": (5, 25),
             "claude-3-5-sonnet-20241022": (3, 15), "claude-3-5-haiku-20241022": (0.8, 4)}
v1_costs = st.fixed_dictionaries(
    {key: value for key, value in COMMON.items() if key != "ml_fte"},
    optional={"model": st.sampled_from(sorted(V1_PRICES)), "cache_hit_share": share,
              "gpu_tokens_per_second": throughput, "ml_fte": COMMON["ml_fte"]})


def v1_projection(c: dict) -> tuple[list[float], list[float], list[int]]:
    """Version 1's formula (its CONTRACT section 4), written out afresh: API and fine-tuning
    months and the serving GPUs."""
    price_in, price_out = V1_PRICES[c.get("model", "claude-sonnet-4-5")]
    hit, tps = c.get("cache_hit_share", 0.0), c.get("gpu_tokens_per_second", 2500)
    per_request = ((c["avg_input_tokens"] * price_in * (1 - 0.9 * hit) + c["avg_output_tokens"] * price_out)
                   / 1e6 * (1 - 0.5 * c["batch_share"]))
    run = c["train_gpu_hours"] * c["gpu_hourly_usd"]
    upfront = c["examples_to_label"] * c["label_cost_per_example_usd"] + c["training_runs"] * run
    api, ft, gpus = [], [], []
    for m in range(1, c["horizon_months"] + 1):
        requests = c["monthly_requests"] * (1 + c["monthly_growth"]) ** (m - 1)
        api.append(requests * per_request + c["api_monthly_usd"] + (c["api_setup_usd"] if m == 1 else 0))
        n = max(c["min_hosting_gpus"], math.ceil(requests * (c["avg_input_tokens"] + c["avg_output_tokens"])
                                                 * c["peak_to_average"] / (2628000 * tps)))
        gpus.append(n)
        ft.append(n * c["gpu_hourly_usd"] * 730 + c.get("ml_fte", 1.0) * c["ml_salary_usd"] / 12
                  + c["retrains_per_year"] * run / 12 + c["ft_monthly_usd"] + (upfront if m == 1 else 0))
    return api, ft, gpus


@settings(max_examples=200, deadline=None)
@given(v1_costs)
def test_a_version_1_file_projects_as_version_1_did(costs):
    doc = migrate({"format": "fine-tune-advisor/assessment", "version": 1, "costs": costs}, 1)
    p = project(doc["costs"], PRICES)
    api, ft, gpus = v1_projection(costs)
    assert p.gpus == gpus
    assert p.api.monthly == [_approx(x) for x in api]
    assert p.fine_tune.monthly == [_approx(x) for x in ft]


def _approx(value: float):
    import pytest

    return pytest.approx(value, rel=1e-9, abs=1e-6)


@settings(max_examples=60, deadline=None)
@given(costs_strategy())
def test_sensitivity_ends_stay_in_range_and_match_the_projection(costs):
    rows = sensitivity(costs, PRICES)
    base = project(costs, PRICES)
    for row in rows:
        assert row.low_value <= row.high_value
        assert row.base_difference == base.difference
        if row.input_id in ("cache_hit_share", "cache_write_share", "batch_share"):
            assert 0 <= row.low_value <= row.high_value <= 1
    top = rows[0]
    check = project({**costs, top.input_id: top.low_value}, PRICES)
    assert top.low_break_even == check.break_even_month
    assert top.low_difference == check.difference
