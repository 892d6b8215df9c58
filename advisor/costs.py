"""The cost projection: the API path against the fine-tuning path, month by month.

Exactly the formula of shared/CONTRACT.md section 4. The inputs, their defaults and their allowed
ranges are declared once in :mod:`advisor.cost_inputs`; the up-front figure comes from
:mod:`advisor.derived` so the rule engine's budget gate and this projection always agree.
Plain Python on purpose: a 60-month projection plus its sensitivity runs in a few milliseconds,
fast enough to redraw on every keystroke without numpy.
"""
from __future__ import annotations

import logging
import math
from typing import Any, NamedTuple

from advisor.cost_inputs import COST_INPUTS, CostInput, effective_costs
from advisor.derived import training_run_usd, upfront_fine_tune_usd
from advisor.errors import FileProblem
from advisor.pricing import PriceTable, load_price_table

log = logging.getLogger(__name__)

HOURS_PER_MONTH = 730  # 8,760 hours a year / 12, as in the contract
SECONDS_PER_MONTH = 2_628_000  # 730 hours × 3,600 s
CACHE_READ_FACTOR = 0.1  # the contract bills cached input tokens at 0.1 × the input price
BATCH_FACTOR = 0.5  # the Message Batches API bills half the standard price

# Inputs the tornado chart leaves out: the horizon is the frame of the question, not an
# assumption about cost, and the model is not a number.
NOT_SENSITIVE = frozenset({"horizon_months", "model"})


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
    fine_tune: FineTunePath
    break_even_month: int | None
    warnings: tuple[str, ...] = ()

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

        api, ft = self.api, self.fine_tune
        return {
            "horizon_months": self.horizon_months,
            "model": self.model,
            "currency": self.currency,
            "api": {
                "monthly": money(api.monthly), "cumulative": money(api.cumulative),
                "total": _round(api.total, ndigits),
                "breakdown": {"tokens": money(api.tokens), "overhead": money(api.overhead),
                              "setup": money(api.setup)},
            },
            "fine_tune": {
                "monthly": money(ft.monthly), "cumulative": money(ft.cumulative),
                "total": _round(ft.total, ndigits), "upfront": _round(ft.upfront, ndigits),
                "breakdown": {name: money(getattr(ft, name)) for name in FINE_TUNE_PARTS},
            },
            "break_even_month": self.break_even_month,
            "requests": [_round(r, ndigits) for r in self.requests],
            "gpus": list(self.gpus),
            "inputs": dict(self.inputs),
            "warnings": list(self.warnings),
        }


API_PARTS = ("tokens", "overhead", "setup")
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
    return values


def project(costs: dict[str, Any] | None, prices: PriceTable | None = None) -> Projection:
    """Both paths month by month for ``costs`` (defaults filled in) at ``prices``."""
    prices = prices if prices is not None else load_price_table()
    values = validated_inputs(costs, prices)
    model = prices.models[values["model"]]
    warnings = list(prices.warnings)
    if model.retired:
        warnings.append(f"{model.id} is retired; its prices are the last ones published")
    try:
        projection = _project(values, model.input, model.output, prices.currency, tuple(warnings))
    except OverflowError:
        raise CostInputError(TOO_LARGE) from None
    # Valid but huge inputs can reach inf (or inf × 0 = nan) without raising: refuse those too.
    figures = (projection.requests, projection.api.monthly, projection.api.cumulative,
               projection.fine_tune.monthly, projection.fine_tune.cumulative)
    if not all(math.isfinite(x) for series in figures for x in series):
        raise CostInputError(TOO_LARGE)
    return projection


def _per_request_usd(v: dict[str, Any], price_in: float, price_out: float) -> float:
    tokens = (v["avg_input_tokens"] * price_in * (1 - (1 - CACHE_READ_FACTOR) * v["cache_hit_share"])
              + v["avg_output_tokens"] * price_out) / 1e6
    return tokens * (1 - BATCH_FACTOR * v["batch_share"])


def _gpus(requests: float, v: dict[str, Any]) -> int:
    load = (requests * (v["avg_input_tokens"] + v["avg_output_tokens"]) * v["peak_to_average"]
            / (SECONDS_PER_MONTH * v["gpu_tokens_per_second"]))
    if math.isnan(load):  # inf requests × 0 tokens; math.ceil would raise ValueError
        raise OverflowError("the serving load is not a number")
    return max(v["min_hosting_gpus"], math.ceil(load))  # OverflowError when infinite


def _project(v: dict[str, Any], price_in: float, price_out: float, currency: str,
             warnings: tuple[str, ...]) -> Projection:
    horizon = v["horizon_months"]
    per_request = _per_request_usd(v, price_in, price_out)
    growth = 1 + v["monthly_growth"]
    run = training_run_usd(v)
    upfront = upfront_fine_tune_usd(v)
    labelling_once = v["examples_to_label"] * v["label_cost_per_example_usd"]
    training_once = v["training_runs"] * run
    staff = v["ml_fte"] * v["ml_salary_usd"] / 12
    retraining = v["retrains_per_year"] * run / 12
    gpu_month = v["gpu_hourly_usd"] * HOURS_PER_MONTH
    api_overhead, ft_overhead = float(v["api_monthly_usd"]), float(v["ft_monthly_usd"])

    requests = [float(v["monthly_requests"] * growth ** (m - 1)) for m in range(1, horizon + 1)]
    gpus = [_gpus(r, v) for r in requests]
    tokens = [r * per_request for r in requests]
    setup = [0.0] * horizon
    setup[0] = float(v["api_setup_usd"])
    api_monthly = [t + api_overhead + s for t, s in zip(tokens, setup)]
    hosting = [g * gpu_month for g in gpus]
    labelling = [0.0] * horizon
    labelling[0] = labelling_once
    training = [0.0] * horizon
    training[0] = training_once
    ft_monthly = [h + staff + retraining + ft_overhead for h in hosting]
    ft_monthly[0] += upfront

    api_cumulative = _running_sum(api_monthly)
    ft_cumulative = _running_sum(ft_monthly)
    return Projection(
        horizon_months=horizon, model=v["model"], currency=currency, inputs=v,
        requests=requests, gpus=gpus,
        api=ApiPath(api_monthly, api_cumulative, api_cumulative[-1], tokens,
                    [api_overhead] * horizon, setup),
        fine_tune=FineTunePath(ft_monthly, ft_cumulative, ft_cumulative[-1], upfront, labelling,
                               training, [retraining] * horizon, hosting, [staff] * horizon,
                               [ft_overhead] * horizon),
        break_even_month=break_even(api_cumulative, ft_cumulative),
        warnings=warnings,
    )


def _running_sum(values: list[float]) -> list[float]:
    total, out = 0.0, []
    for value in values:
        total += value
        out.append(total)
    return out


def break_even(api_cumulative: list[float], ft_cumulative: list[float]) -> int | None:
    """The first month whose cumulative fine-tuning cost is at most the API path's, else None."""
    for month, (api, ft) in enumerate(zip(api_cumulative, ft_cumulative), start=1):
        if ft <= api:
            return month
    return None


def _totals(v: dict[str, Any], price_in: float, price_out: float) -> tuple[float, float, int | None]:
    """API total, fine-tune total and break-even month, without building the series.

    The sensitivity table runs the model some forty times per redraw; these are the same sums as
    :func:`_project`, added in the same order so both give the same totals to the last bit.
    """
    per_request = _per_request_usd(v, price_in, price_out)
    growth = 1 + v["monthly_growth"]
    run = training_run_usd(v)
    upfront = upfront_fine_tune_usd(v)
    staff = v["ml_fte"] * v["ml_salary_usd"] / 12
    retraining = v["retrains_per_year"] * run / 12
    gpu_month = v["gpu_hourly_usd"] * HOURS_PER_MONTH
    r0, api_overhead, ft_overhead = v["monthly_requests"], v["api_monthly_usd"], v["ft_monthly_usd"]
    api_total = ft_total = 0.0
    month_even = None
    for m in range(v["horizon_months"]):
        requests = r0 * growth ** m
        api_month = requests * per_request + api_overhead
        ft_month = _gpus(requests, v) * gpu_month + staff + retraining + ft_overhead
        if m == 0:
            api_month += v["api_setup_usd"]
            ft_month += upfront
        api_total += api_month
        ft_total += ft_month
        if month_even is None and ft_total <= api_total:
            month_even = m + 1
    return api_total, ft_total, month_even


def _finite_totals(v: dict[str, Any], price_in: float, price_out: float) -> tuple[float, float, int | None]:
    """:func:`_totals`, raising OverflowError when a total is not finite (the inputs are too large)."""
    api_total, ft_total, month = _totals(v, price_in, price_out)
    if not (math.isfinite(api_total) and math.isfinite(ft_total)):
        raise OverflowError("a cost total is not finite")
    return api_total, ft_total, month


class SensitivityRow(NamedTuple):
    """One bar of the tornado chart: ``input_id`` moved to a low and a high value."""

    input_id: str
    label: str
    unit: str
    base_value: float
    low_value: float
    high_value: float
    low_break_even: int | None
    high_break_even: int | None
    low_difference: float  # fine-tune total − API total with the input at its low value
    high_difference: float
    base_difference: float

    @property
    def swing(self) -> float:
        """How far the difference in total cost moves between the low and the high value."""
        return abs(self.high_difference - self.low_difference)


def _moved(spec: CostInput, base: float, factor: float) -> float:
    """``base × factor`` kept inside the input's allowed range (and whole for integers)."""
    value = base * factor
    if spec.maximum is not None:
        value = min(value, spec.maximum)
    if spec.minimum is not None:
        if value < spec.minimum or (spec.min_exclusive and value <= spec.minimum):
            value = base if spec.min_exclusive else spec.minimum
    if spec.type == "integer":
        value = int(math.floor(value + 0.5))  # half up: 2.5 runs → 3, not banker's 2
        if spec.problem_with(value) is not None:
            value = int(base)
    return value


def sensitivity(costs: dict[str, Any] | None, prices: PriceTable | None = None,
                spread: float = 0.5) -> list[SensitivityRow]:
    """Each numeric input moved ``spread`` down and up (±50 % by default), largest effect first."""
    if not (isinstance(spread, (int, float)) and 0 < spread <= 1):
        raise ValueError(f"spread must be above 0 and at most 1, not {spread!r}")
    prices = prices if prices is not None else load_price_table()
    values = validated_inputs(costs, prices)
    model = prices.models[values["model"]]
    price_in, price_out = model.input, model.output
    try:
        return _sensitivity_rows(values, price_in, price_out, spread)
    except OverflowError:
        raise CostInputError(TOO_LARGE) from None


def _sensitivity_rows(values: dict[str, Any], price_in: float, price_out: float,
                      spread: float) -> list[SensitivityRow]:
    base_api, base_ft, _ = _finite_totals(values, price_in, price_out)
    base_difference = base_ft - base_api
    rows = []
    for spec in COST_INPUTS:
        if spec.id in NOT_SENSITIVE:
            continue
        base = values[spec.id]
        results = []
        for factor in (1 - spread, 1 + spread):
            moved = _moved(spec, base, factor)
            trial = dict(values)
            trial[spec.id] = moved
            api_total, ft_total, month = _finite_totals(trial, price_in, price_out)
            results.append((moved, month, ft_total - api_total))
        # A negative base (shrinking traffic) moves the other way: keep low below high.
        (low, low_month, low_diff), (high, high_month, high_diff) = sorted(results, key=lambda r: r[0])
        rows.append(SensitivityRow(spec.id, spec.label, spec.unit, base, low, high, low_month,
                                   high_month, low_diff, high_diff, base_difference))
    rows.sort(key=lambda row: row.swing, reverse=True)  # stable: ties keep the declared order
    return rows
