"""The cost projection: the Claude API path against the fine-tuning path, month by month.

Exactly the formula of CONTRACT section 4 (``COST_FORMULA`` below). The fine-tuning path is
projected twice, hosted on a serverless LoRA service and on rented GPUs; ``ft_hosting`` picks
which is "the" fine-tuning path. The inputs, defaults and ranges are declared once in
:mod:`advisor.costs.inputs`; the up-front figure comes from :mod:`advisor.costs.derived`, so the rule
engine's budget gate and this projection agree. The price table is an argument, never a global.
Plain Python on purpose: 120 months and the sensitivity table run in a few milliseconds.
"""
from __future__ import annotations

import logging
import math
from itertools import accumulate
from typing import Any, NamedTuple

from advisor.costs.inputs import COST_INPUTS, CostInput, cache_share_problem, effective_costs
from advisor.costs.derived import training_run_usd
from advisor.core.errors import FileProblem
from advisor.costs.pricing import ModelPrice, PriceTable, load_price_table

log = logging.getLogger(__name__)

HOURS_PER_MONTH = 730  # 8,760 hours a year / 12, as in the contract
SECONDS_PER_MONTH = 2_628_000  # 730 hours × 3,600 s
HOSTINGS = ("serverless", "dedicated")

COST_FORMULA = """requests(m)  = monthly_requests × (1 + monthly_growth)^(m−1)
per_request  = (avg_input_tokens × ((1 − h − w) × in + h × cache_read + w × cache_write)
                + avg_output_tokens × out) / 1e6         h = cache_hit_share, w = cache_write_share
api(m)       = requests(m) × per_request × (1 − batch_discount × batch_share)
               + api_monthly_usd + retrieval_monthly_usd + api_fte × ml_salary_usd / 12
               + [m = 1] × (api_setup_usd + retrieval_setup_usd)
run          = train_gpu_hours × gpu_hourly_usd
upfront      = examples_to_label × label_cost_per_example_usd + training_runs × run
serverless(m)= requests(m) × (avg_input_tokens × ft_serverless_in_per_mtok
                              + avg_output_tokens × ft_serverless_out_per_mtok) / 1e6
gpus(m)      = max(min_hosting_gpus, ceil(requests(m) × peak_to_average
                   × (avg_input_tokens / gpu_prefill_tokens_per_second
                      + avg_output_tokens / gpu_decode_tokens_per_second) / 2628000))
dedicated(m) = gpus(m) × gpu_hourly_usd × 730
hosting(m)   = serverless(m) or dedicated(m) as ft_hosting says; cheapest: the lower sum over
               the horizon (serverless on a tie)
fine_tune(m) = hosting(m) + ml_fte × ml_salary_usd / 12
               + retrains_per_year × (run + retrain_extra_usd) / 12 + ft_monthly_usd + [m = 1] × upfront
break_even   = the first month from which cumulative fine_tune ≤ cumulative api for every month
               to the horizon (a crossing that lasts); none if there is none
in, out, cache_read, cache_write: the model's prices per million tokens from the price table, its
long-prompt prices when avg_input_tokens is above the model's long_above."""


class CostInputError(FileProblem):
    """A cost input that cannot be used; the message names the input and its allowed range."""


TOO_LARGE = ("the cost inputs are too large to project (the totals exceed what a number can hold); "
             "check requests, tokens and prices")


# The results are NamedTuples: immutable like frozen dataclasses, but cheap to define (the
# summary command's start-up) and to build (the sensitivity table builds dozens per redraw).
class ApiPath(NamedTuple):
    monthly: list[float]
    cumulative: list[float]
    total: float
    tokens: list[float]  # what Claude bills for the requests
    staff: list[float]  # api_fte × salary, every month
    retrieval: list[float]  # retrieval upkeep, plus its set-up in month 1
    overhead: list[float]  # api_monthly_usd, every month
    setup: list[float]  # api_setup_usd in month 1, else 0


class FineTunePath(NamedTuple):
    monthly: list[float]
    cumulative: list[float]
    total: float
    upfront: float  # labelling plus the training runs before launch, paid in month 1
    labelling: list[float]
    training: list[float]
    retraining: list[float]
    hosting: list[float]
    staff: list[float]
    overhead: list[float]


class Projection(NamedTuple):
    horizon_months: int
    model: str
    currency: str
    inputs: dict[str, Any]  # every input in force, defaults filled in
    requests: list[float]
    gpus: list[int]
    api: ApiPath
    fine_tune: FineTunePath  # the path ft_hosting picks (serverless or dedicated)
    break_even_month: int | None
    hosting: str  # "serverless" or "dedicated": the hosting of ``fine_tune``
    serverless: FineTunePath
    dedicated: FineTunePath
    warnings: tuple[str, ...] = ()
    uncertainty: Any = None  # the Monte Carlo over costs.ranges (advisor.costs.uncertainty), if any
    self_hosted: bool = False  # the own path serves an open-weights model on your GPUs (no tuning)

    @property
    def months(self) -> list[int]:
        return list(range(1, self.horizon_months + 1))

    @property
    def difference(self) -> float:
        """Fine-tuning total minus API total: above zero, the API path is cheaper."""
        return self.fine_tune.total - self.api.total

    def to_json(self, ndigits: int | None = 2) -> dict[str, Any]:
        """The contract's ``costs`` JSON (section 6), plus breakdowns, GPUs and inputs."""
        def money(values: list[float]) -> list[float]:
            return [_round(v, ndigits) for v in values]

        def path(ft: FineTunePath) -> dict[str, Any]:
            return {"monthly": money(ft.monthly), "cumulative": money(ft.cumulative),
                    "total": _round(ft.total, ndigits), "upfront": _round(ft.upfront, ndigits),
                    "breakdown": {name: money(getattr(ft, name)) for name in FINE_TUNE_PARTS}}

        api = self.api
        figures = {
            "horizon_months": self.horizon_months,
            "model": self.model,
            "currency": self.currency,
            "api": {
                "monthly": money(api.monthly), "cumulative": money(api.cumulative),
                "total": _round(api.total, ndigits),
                "breakdown": {name: money(getattr(api, name)) for name in API_PARTS},
            },
            "fine_tune": path(self.fine_tune),
            "break_even_month": self.break_even_month,
            "hosting": self.hosting,
            "serverless_total": _round(self.serverless.total, ndigits),
            "dedicated_total": _round(self.dedicated.total, ndigits),
            "serverless": path(self.serverless),
            "dedicated": path(self.dedicated),
            "requests": [_round(r, ndigits) for r in self.requests],
            "gpus": list(self.gpus),
            "inputs": dict(self.inputs),
            "warnings": list(self.warnings),
        }
        if self.uncertainty is not None:  # contract v3: only with ranges
            figures["uncertainty"] = self.uncertainty.to_json()
        return figures


API_PARTS = ("tokens", "staff", "retrieval", "overhead", "setup")
FINE_TUNE_PARTS = ("labelling", "training", "retraining", "hosting", "staff", "overhead")


def _round(value: float, ndigits: int | None) -> float:
    return value if ndigits is None else round(value, ndigits)


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (dict, list)):
        return "an object" if isinstance(value, dict) else "a list"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def input_problem(spec: CostInput, value: Any, known_models: frozenset[str] | None) -> str | None:
    """A sentence naming the input, its value and what is allowed; None when the value is fine."""
    problem = spec.problem_with(value, known_models)
    if problem is None:
        return None
    if problem.startswith("must"):
        return f"cost input {spec.id} is {_shown(value)}; it {problem}"
    return f"cost input {spec.id} {_shown(value)} {problem}"


def validated_inputs(costs: dict[str, Any] | None, prices: PriceTable) -> dict[str, Any]:
    """Every input in force, defaults filled in; CostInputError on the first bad one."""
    if costs is not None and not isinstance(costs, dict):
        raise CostInputError(f"the cost inputs are {_shown(costs)}; they must be an object of input ids")
    values = effective_costs(costs)
    known = prices.model_ids()
    for spec in COST_INPUTS:
        problem = input_problem(spec, values[spec.id], known)
        if problem:
            raise CostInputError(problem)
    shares = cache_share_problem(values)
    if shares:
        raise CostInputError(shares)
    return values


class _Terms(NamedTuple):
    """What does not change from month to month, worked out once per projection."""

    api_per_request: float  # after the batch discount
    api_overhead: float
    retrieval: float  # retrieval upkeep per month
    api_staff: float
    api_first: float  # api_setup + retrieval_setup, month 1
    serverless_per_request: float
    gpu_work: float  # GPU-seconds of a request × gpu_divisor
    gpu_divisor: float  # see _terms
    peak: float
    gpu_month: float
    ft_staff: float
    retraining: float
    ft_overhead: float
    upfront: float


def _terms(v: dict[str, Any], model: ModelPrice, batch_discount: float) -> _Terms:
    tokens_in, tokens_out = v["avg_input_tokens"], v["avg_output_tokens"]
    rates = model.rates(tokens_in)  # the long tier bills every token of a long request
    hit, write = v["cache_hit_share"], v["cache_write_share"]
    per_request = (tokens_in * ((1 - hit - write) * rates.input + hit * rates.cache_read
                                + write * rates.cache_write)
                   + tokens_out * rates.output) / 1e6
    prefill, decode = v["gpu_prefill_tokens_per_second"], v["gpu_decode_tokens_per_second"]
    if prefill == decode:  # one figure, as in v1: v1's very sum, so v1 files keep v1's GPU counts
        gpu_work, gpu_divisor = tokens_in + tokens_out, SECONDS_PER_MONTH * prefill
    else:
        gpu_work, gpu_divisor = tokens_in / prefill + tokens_out / decode, SECONDS_PER_MONTH
    # derived.py's formulas (the rule engine's budget gate uses them), written out here on
    # inputs already complete: filling in the defaults again cost a quarter of each redraw.
    run = v["train_gpu_hours"] * v["gpu_hourly_usd"]
    upfront = v["examples_to_label"] * v["label_cost_per_example_usd"] + v["training_runs"] * run
    return _Terms(
        api_per_request=per_request * (1 - batch_discount * v["batch_share"]),
        api_overhead=float(v["api_monthly_usd"]), retrieval=float(v["retrieval_monthly_usd"]),
        api_staff=v["api_fte"] * v["ml_salary_usd"] / 12,
        api_first=v["api_setup_usd"] + v["retrieval_setup_usd"],
        serverless_per_request=(tokens_in * v["ft_serverless_in_per_mtok"]
                                + tokens_out * v["ft_serverless_out_per_mtok"]) / 1e6,
        gpu_work=gpu_work, gpu_divisor=gpu_divisor, peak=v["peak_to_average"],
        gpu_month=v["gpu_hourly_usd"] * HOURS_PER_MONTH,
        ft_staff=v["ml_fte"] * v["ml_salary_usd"] / 12,
        retraining=v["retrains_per_year"] * (run + v["retrain_extra_usd"]) / 12,
        ft_overhead=float(v["ft_monthly_usd"]), upfront=upfront,
    )


# The series below are the projection's whole arithmetic, shared by _project and totals, so
# both give the same figures to the last bit. Each month is added up in one order; with the v2
# inputs at their v1-neutral values (zeros) the order is v1's, so a v1 file's months come out as
# v1 computed them. List comprehensions, not a loop of calls: the sensitivity table runs this
# some sixty times a redraw.
def _requests(v: dict[str, Any]) -> list[float]:
    r0, growth = v["monthly_requests"], 1 + v["monthly_growth"]
    return [float(r0 * growth ** m) for m in range(v["horizon_months"])]


def _first(horizon: int) -> list[float]:
    return [1.0] + [0.0] * (horizon - 1)  # [m = 1]


def _gpu_series(requests: list[float], t: _Terms, minimum: int) -> list[int]:
    work, peak, divisor, ceil = t.gpu_work, t.peak, t.gpu_divisor, math.ceil
    try:
        return [max(minimum, ceil(r * work * peak / divisor)) for r in requests]
    except ValueError:  # inf requests × 0 tokens is nan, which ceil refuses
        raise OverflowError("the serving load is not a number") from None  # inf raises this itself


def _api_series(requests: list[float], t: _Terms) -> list[float]:
    price, overhead, retrieval, staff = t.api_per_request, t.api_overhead, t.retrieval, t.api_staff
    monthly = [r * price + overhead + retrieval + staff for r in requests]
    monthly[0] += t.api_first  # set-ups, in month 1
    return monthly


def _fine_tune_series(amounts: list[float] | list[int], unit: float, t: _Terms) -> list[float]:
    """Hosting (``amounts`` × ``unit``: requests × price, or GPUs × a GPU-month) plus upkeep."""
    staff, retraining, overhead = t.ft_staff, t.retraining, t.ft_overhead
    monthly = [a * unit + staff + retraining + overhead for a in amounts]
    monthly[0] += t.upfront  # labelling and the first training runs, in month 1
    return monthly


def chosen_hosting(choice: str, serverless_total: float, dedicated_total: float) -> str:
    """``ft_hosting`` resolved: ``cheapest`` is the lower total, serverless on a tie."""
    if choice == "cheapest":
        return "serverless" if serverless_total <= dedicated_total else "dedicated"
    return choice


def project(costs: dict[str, Any] | None, prices: PriceTable | None = None) -> Projection:
    """The three ways to pay, month by month, for ``costs`` (defaults filled in) at ``prices``."""
    prices = prices if prices is not None else load_price_table()
    values = validated_inputs(costs, prices)
    model = prices.models[values["model"]]
    warnings = list(prices.warnings)
    if model.retired:
        warnings.append(f"{model.id} is retired; its prices are the last ones published")
    try:
        projection = _project(values, _terms(values, model, prices.batch_discount),
                              prices.currency, tuple(warnings))
    except OverflowError:
        raise CostInputError(TOO_LARGE) from None
    # Valid but huge inputs can reach inf (or inf × 0 = nan) without raising: refuse those too.
    figures = (projection.requests, projection.api.cumulative, projection.serverless.cumulative,
               projection.dedicated.cumulative)
    if not all(math.isfinite(x) for series in figures for x in series):
        raise CostInputError(TOO_LARGE)
    return projection


def _project(v: dict[str, Any], t: _Terms, currency: str, warnings: tuple[str, ...]) -> Projection:
    horizon = v["horizon_months"]
    requests = _requests(v)
    gpus = _gpu_series(requests, t, v["min_hosting_gpus"])
    first = _first(horizon)

    tokens = [r * t.api_per_request for r in requests]
    retrieval = [t.retrieval + f * v["retrieval_setup_usd"] for f in first]
    setup = [f * v["api_setup_usd"] for f in first]
    api_monthly = _api_series(requests, t)
    api_cumulative = list(accumulate(api_monthly))
    api = ApiPath(api_monthly, api_cumulative, api_cumulative[-1], tokens, [t.api_staff] * horizon,
                  retrieval, [t.api_overhead] * horizon, setup)

    paths = {"serverless": _fine_tune_path(v, t, requests, t.serverless_per_request, first),
             "dedicated": _fine_tune_path(v, t, gpus, t.gpu_month, first)}
    hosting = chosen_hosting(v["ft_hosting"], paths["serverless"].total, paths["dedicated"].total)
    chosen = paths[hosting]
    return Projection(
        horizon_months=horizon, model=v["model"], currency=currency, inputs=v,
        requests=requests, gpus=gpus, api=api, fine_tune=chosen,
        break_even_month=lasting_break_even(api_cumulative, chosen.cumulative),
        hosting=hosting, serverless=paths["serverless"], dedicated=paths["dedicated"],
        warnings=warnings,
    )


def _fine_tune_path(v: dict[str, Any], t: _Terms, amounts: list[float] | list[int], unit: float,
                    first: list[float]) -> FineTunePath:
    horizon = len(amounts)
    hosting = [a * unit for a in amounts]
    monthly = _fine_tune_series(amounts, unit, t)
    cumulative = list(accumulate(monthly))
    return FineTunePath(
        monthly, cumulative, cumulative[-1], t.upfront,
        labelling=[f * v["examples_to_label"] * v["label_cost_per_example_usd"] for f in first],
        training=[f * v["training_runs"] * training_run_usd(v) for f in first],  # as derived says
        retraining=[t.retraining] * horizon, hosting=hosting, staff=[t.ft_staff] * horizon,
        overhead=[t.ft_overhead] * horizon,
    )


def lasting_break_even(api_cumulative: list[float], ft_cumulative: list[float]) -> int | None:
    """The first month from which the fine-tuning path's cumulative cost stays at or below the
    API path's to the horizon; None when it is dearer at the horizon."""
    month = None
    for index in range(len(api_cumulative) - 1, -1, -1):  # back from the horizon
        if ft_cumulative[index] > api_cumulative[index]:
            break
        month = index + 1
    return month


break_even = lasting_break_even  # the name v1 callers used; the meaning is v2's (a lasting crossing)


def totals(v: dict[str, Any], model: ModelPrice, batch_discount: float,
           cache: dict[tuple, list] | None = None) -> tuple[float, float, int | None]:
    """API total, chosen fine-tuning total and lasting break-even for validated inputs ``v``,
    without the breakdowns: what the sensitivity table needs, dozens of times a redraw. The
    same series as :func:`_project`, so both agree to the last bit. ``cache`` keeps the request
    and GPU series between calls whose inputs leave them as they were.
    """
    cache = {} if cache is None else cache
    t = _terms(v, model, batch_discount)
    horizon = v["horizon_months"]
    key = ("requests", v["monthly_requests"], v["monthly_growth"], horizon)
    requests = cache.get(key) or cache.setdefault(key, _requests(v))
    gpu_key = (key, t.gpu_work, t.peak, t.gpu_divisor, v["min_hosting_gpus"])
    gpus = cache.get(gpu_key) or cache.setdefault(gpu_key, _gpu_series(requests, t, v["min_hosting_gpus"]))
    api = list(accumulate(_api_series(requests, t)))
    hosted = {"serverless": list(accumulate(_fine_tune_series(requests, t.serverless_per_request, t))),
              "dedicated": list(accumulate(_fine_tune_series(gpus, t.gpu_month, t)))}
    if not all(math.isfinite(x) for x in (api[-1], hosted["serverless"][-1], hosted["dedicated"][-1])):
        raise OverflowError("a cost total is not finite")
    ft = hosted[chosen_hosting(v["ft_hosting"], hosted["serverless"][-1], hosted["dedicated"][-1])]
    return api[-1], ft[-1], lasting_break_even(api, ft)
