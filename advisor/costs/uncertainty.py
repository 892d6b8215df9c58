"""The Monte Carlo over the cost ranges (CONTRACT section 8, ``uncertainty``).

Each of ``DRAWS`` draws takes every ranged input from a triangular distribution (low, value,
high) and the others at their value, and runs the projection of :mod:`advisor.costs.projection`
on it: the same formula, written once more over numpy arrays (draws × months) because 2,000
projections in plain Python take seconds, not milliseconds. The arithmetic is done in the same
order as the plain projection's, so a draw whose inputs equal the point inputs gives the point
projection's figures exactly (a range of zero width changes nothing).

The seed is derived from the inputs and the ranges (a hash of their JSON), so the same file gives
the same figures on every run and every machine (numpy's PCG64 is platform-independent).
Triangular draws come from uniform ones by the inverse CDF, which also handles low = high.

Quantiles: the totals' P10/P50/P90 interpolate linearly between order statistics (as numpy's
percentile does by default); a break-even month's Pxx is the first month by which that share of the draws has broken
even for good, null when fewer draws than that ever do. ``p_fine_tune_cheaper`` is the share of
draws whose fine-tuning path costs at most the API path's at the horizon (it then breaks even).

numpy is imported here only, and this module only when a file has ranges.
"""
from __future__ import annotations

import hashlib
import json
import math
from typing import Any, NamedTuple

import numpy as np

from advisor.costs.inputs import COST_INPUTS_BY_ID
from advisor.costs.projection import (HOURS_PER_MONTH, SECONDS_PER_MONTH, TOO_LARGE, CostInputError,
                                      validated_inputs)
from advisor.costs.pricing import PriceTable
from advisor.costs.ranges import ranges_problems

DRAWS = 2000
LEVELS = (10, 50, 90)


class Bands(NamedTuple):
    """P10, P50 and P90 of a cumulative series, month by month."""

    p10: list[float]
    p50: list[float]
    p90: list[float]


class Uncertainty(NamedTuple):
    draws: int
    seed: int
    api_total: dict[str, float]  # {"p10", "p50", "p90"}
    fine_tune_total: dict[str, float]
    break_even_month: dict[str, int | None]
    p_fine_tune_cheaper: float
    api_bands: Bands
    fine_tune_bands: Bands
    ranges: dict[str, list[float]]

    def to_json(self, ndigits: int = 2) -> dict[str, Any]:
        """The contract's ``uncertainty`` object (the bands are the screen's, not the contract's)."""
        def money(q: dict[str, float]) -> dict[str, float]:
            return {key: round(value, ndigits) for key, value in q.items()}

        return {"draws": self.draws, "seed": self.seed, "api_total": money(self.api_total),
                "fine_tune_total": money(self.fine_tune_total),
                "break_even_month": dict(self.break_even_month),
                "p_fine_tune_cheaper": round(self.p_fine_tune_cheaper, 4), "ranges": dict(self.ranges)}


def seed_for(values: dict[str, Any], ranges: dict[str, Any]) -> int:
    """A 32-bit seed from the inputs in force and the ranges: same file, same figures."""
    text = json.dumps({"inputs": values, "ranges": ranges}, sort_keys=True, separators=(",", ":"))
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "big")


def triangular(u: np.ndarray, low: float, mode: float, high: float) -> np.ndarray:
    """Triangular(low, mode, high) from uniform ``u`` by the inverse CDF; low = high gives low."""
    width = high - low
    if width == 0:
        return np.full_like(u, float(mode))
    split = (mode - low) / width
    left = low + np.sqrt(u * width * (mode - low))
    right = high - np.sqrt((1 - u) * width * (high - mode))
    return np.where(u < split, left, right)


def simulate(costs: dict[str, Any], prices: PriceTable, draws: int = DRAWS,
             seed: int | None = None) -> Uncertainty:
    """The Monte Carlo of ``costs`` (its ``ranges`` against its values) at ``prices``."""
    values = validated_inputs(costs, prices)
    problems = ranges_problems({**values, "ranges": costs.get("ranges") or {}})
    if problems:
        raise CostInputError(problems[0])
    ranges = {k: [float(x) for x in v] for k, v in sorted((costs.get("ranges") or {}).items())}
    seed = seed_for(values, ranges) if seed is None else seed
    columns = _draws(values, ranges, draws, np.random.default_rng(seed))
    with np.errstate(over="ignore", invalid="ignore"):
        api_cum, ft_cum = _cumulative(values, columns, prices, draws)
    if not (np.isfinite(api_cum[:, -1]).all() and np.isfinite(ft_cum[:, -1]).all()):
        raise CostInputError(TOO_LARGE)
    return _summarise(api_cum, ft_cum, draws, seed, ranges)


def _draws(values: dict[str, Any], ranges: dict[str, list[float]], draws: int,
           rng: np.random.Generator) -> dict[str, Any]:
    """Each input: a scalar (its value) or, when ranged, an array of ``draws`` values."""
    columns: dict[str, Any] = dict(values)
    uniforms = rng.random((len(ranges), draws))  # one row per ranged input, in sorted order
    for row, (input_id, (low, high)) in enumerate(ranges.items()):
        if low == high:
            continue  # a range of zero width is the value itself (and keeps its arithmetic exact)
        drawn = triangular(uniforms[row], low, float(values[input_id]), high)
        if COST_INPUTS_BY_ID[input_id].type == "integer":
            drawn = np.floor(drawn + 0.5)  # half up, as the sensitivity table rounds
        columns[input_id] = drawn[:, None]  # a column: broadcasts across the months
    return columns


def _cumulative(v: dict[str, Any], c: dict[str, Any], prices: PriceTable,
                draws: int) -> tuple[np.ndarray, np.ndarray]:
    """Cumulative API and chosen fine-tuning costs, draws × months: projection.py's order of
    operations, term for term (see its _terms and series)."""
    model = prices.models[v["model"]]
    tokens_in, tokens_out = c["avg_input_tokens"], c["avg_output_tokens"]
    rates = _rates(model, tokens_in)
    hit, write = c["cache_hit_share"], c["cache_write_share"]
    per_request = (tokens_in * ((1 - hit - write) * rates[0] + hit * rates[2] + write * rates[3])
                   + tokens_out * rates[1]) / 1e6
    api_per_request = per_request * (1 - prices.batch_discount * c["batch_share"])
    prefill, decode = c["gpu_prefill_tokens_per_second"], c["gpu_decode_tokens_per_second"]
    same = np.equal(prefill, decode)
    gpu_work = np.where(same, tokens_in + tokens_out, tokens_in / prefill + tokens_out / decode)
    gpu_divisor = np.where(same, SECONDS_PER_MONTH * prefill, float(SECONDS_PER_MONTH))
    run = c["train_gpu_hours"] * c["gpu_hourly_usd"]
    upfront = c["examples_to_label"] * c["label_cost_per_example_usd"] + c["training_runs"] * run
    api_staff = c["api_fte"] * c["ml_salary_usd"] / 12
    ft_staff = c["ml_fte"] * c["ml_salary_usd"] / 12
    retraining = c["retrains_per_year"] * (run + c["retrain_extra_usd"]) / 12

    horizon = v["horizon_months"]
    growth = 1 + c["monthly_growth"]
    if np.isscalar(growth):  # Python's pow, as the projection's: numpy's differs in the last bit
        powers = np.array([growth ** m for m in range(horizon)], dtype=float)
    else:
        powers = growth ** np.arange(horizon, dtype=float)
    requests = np.broadcast_to(c["monthly_requests"] * powers, (draws, horizon))

    # In place, term by term in the projection's order: ((r × price + overhead) + retrieval) + staff.
    api = requests * api_per_request
    api += c["api_monthly_usd"]
    api += c["retrieval_monthly_usd"]
    api += api_staff
    api[:, 0] += np.broadcast_to(c["api_setup_usd"] + c["retrieval_setup_usd"], (draws, 1))[:, 0]
    upkeep = (ft_staff, retraining, c["ft_monthly_usd"])
    serverless_rate = (tokens_in * c["ft_serverless_in_per_mtok"]
                       + tokens_out * c["ft_serverless_out_per_mtok"]) / 1e6
    serverless = _fine_tune(requests, serverless_rate, upkeep, upfront, draws)
    gpus = requests * gpu_work
    gpus *= c["peak_to_average"]
    gpus /= gpu_divisor
    np.maximum(c["min_hosting_gpus"], np.ceil(gpus, out=gpus), out=gpus)
    dedicated = _fine_tune(gpus, c["gpu_hourly_usd"] * HOURS_PER_MONTH, upkeep, upfront, draws)

    api_cum = np.cumsum(api, axis=1, out=api)
    serverless_cum = np.cumsum(serverless, axis=1, out=serverless)
    dedicated_cum = np.cumsum(dedicated, axis=1, out=dedicated)
    choice = v["ft_hosting"]
    if choice == "cheapest":  # the lower total per draw, serverless on a tie
        pick = serverless_cum[:, -1:] <= dedicated_cum[:, -1:]
        ft_cum = np.where(pick, serverless_cum, dedicated_cum)
    else:
        ft_cum = serverless_cum if choice == "serverless" else dedicated_cum
    return api_cum, ft_cum


def _rates(model: Any, tokens_in: Any) -> tuple[Any, Any, Any, Any]:
    """in, out, cache read, cache write: the long tier's where a draw's prompt is above it."""
    base = model.rates(0)
    if model.long_above is None:
        return tuple(base)  # type: ignore[return-value]
    if np.isscalar(tokens_in):
        return tuple(model.rates(tokens_in))  # type: ignore[return-value]
    long = model.rates(math.inf)
    above = tokens_in > model.long_above
    return tuple(np.where(above, hi, lo) for lo, hi in zip(base, long))  # type: ignore[return-value]


def _fine_tune(amounts: np.ndarray, unit: Any, upkeep: tuple[Any, Any, Any], upfront: Any,
               draws: int) -> np.ndarray:
    staff, retraining, overhead = upkeep
    monthly = amounts * unit  # a new draws × months array; the upkeep added in the projection's order
    monthly += staff
    monthly += retraining
    monthly += overhead
    monthly[:, 0] += np.broadcast_to(upfront, (draws, 1))[:, 0]
    return monthly


def lasting_break_even_months(api_cum: np.ndarray, ft_cum: np.ndarray) -> np.ndarray:
    """Each draw's lasting break-even month (1-based), ``inf`` where it never breaks even."""
    horizon = api_cum.shape[1]
    dearer = ft_cum > api_cum
    last_dearer = np.where(dearer.any(axis=1), horizon - 1 - np.argmax(dearer[:, ::-1], axis=1), -1)
    month = (last_dearer + 2).astype(float)
    month[month > horizon] = math.inf
    return month


def month_quantile(months: np.ndarray, level: int) -> int | None:
    """The first month by which ``level`` % of the draws have broken even; None when fewer do."""
    ordered = np.sort(months)
    index = max(0, math.ceil(level / 100 * len(ordered)) - 1)
    month = ordered[index]
    return None if not math.isfinite(month) else int(month)


def quantiles(values: np.ndarray) -> np.ndarray:
    """P10, P50 and P90 of each column (month), interpolated linearly between order statistics as
    numpy's percentile does, from one partial sort (a full percentile per level costs 3 × more)."""
    n = values.shape[0]
    positions = [level / 100 * (n - 1) for level in LEVELS]
    lows = [int(math.floor(position)) for position in positions]
    highs = [min(low + 1, n - 1) for low in lows]
    ordered = np.partition(values, sorted(set(lows + highs)), axis=0)
    return np.array([ordered[low] + (ordered[high] - ordered[low]) * (position - low)
                     for position, low, high in zip(positions, lows, highs)])


def _summarise(api_cum: np.ndarray, ft_cum: np.ndarray, draws: int, seed: int,
               ranges: dict[str, list[float]]) -> Uncertainty:
    api_q, ft_q = quantiles(api_cum), quantiles(ft_cum)
    months = lasting_break_even_months(api_cum, ft_cum)

    def totals(q: np.ndarray) -> dict[str, float]:
        return {f"p{level}": float(q[i, -1]) for i, level in enumerate(LEVELS)}

    return Uncertainty(
        draws=draws, seed=seed, api_total=totals(api_q), fine_tune_total=totals(ft_q),
        break_even_month={f"p{level}": month_quantile(months, level) for level in LEVELS},
        p_fine_tune_cheaper=float(np.mean(ft_cum[:, -1] <= api_cum[:, -1])),
        api_bands=Bands(*(q.tolist() for q in api_q)), fine_tune_bands=Bands(*(q.tolist() for q in ft_q)),
        ranges=ranges)
