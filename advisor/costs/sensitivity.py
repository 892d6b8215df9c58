"""The sensitivity table behind the tornado chart: each numeric cost input moved down and up.

Each row says how far the difference between the two paths' totals (and the break-even month)
moves when one input is moved ±50 %, the others held; the rows come largest swing first.
"""
from __future__ import annotations

import math
from typing import Any, NamedTuple

from advisor.costs.inputs import NUMERIC_INPUTS, CostInput
from advisor.costs.projection import TOO_LARGE, CostInputError, totals, validated_inputs
from advisor.costs.pricing import PriceTable, load_price_table

# Inputs the tornado chart leaves out: the horizon is the frame of the question, not an
# assumption about cost (the model and the hosting choice are not numbers).
NOT_SENSITIVE = frozenset({"horizon_months"})


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


def _moved(spec: CostInput, base: float, factor: float, values: dict[str, Any]) -> float:
    """``base × factor`` kept inside the input's allowed range (and whole for integers)."""
    value = base * factor
    if spec.maximum is not None:
        value = min(value, spec.maximum)
    if spec.minimum is not None:
        if value < spec.minimum or (spec.min_exclusive and value <= spec.minimum):
            value = base if spec.min_exclusive else spec.minimum
    if spec.id in ("cache_hit_share", "cache_write_share"):  # hits plus writes stay ≤ 1
        other = values["cache_write_share" if spec.id == "cache_hit_share" else "cache_hit_share"]
        value = min(value, 1 - other)
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
    try:
        return _rows(values, prices, spread)
    except OverflowError:
        raise CostInputError(TOO_LARGE) from None


def _rows(values: dict[str, Any], prices: PriceTable, spread: float) -> list[SensitivityRow]:
    model, discount = prices.models[values["model"]], prices.batch_discount
    cache: dict[tuple, list] = {}  # request and GPU series, shared by the trials that keep them
    base_api, base_ft, _ = totals(values, model, discount, cache)
    base_difference = base_ft - base_api
    rows = []
    for spec in NUMERIC_INPUTS:
        if spec.id in NOT_SENSITIVE:
            continue
        base = values[spec.id]
        results = []
        for factor in (1 - spread, 1 + spread):
            moved = _moved(spec, base, factor, values)
            api_total, ft_total, month = totals({**values, spec.id: moved}, model, discount, cache)
            results.append((moved, month, ft_total - api_total))
        # A negative base (shrinking traffic) moves the other way: keep low below high.
        (low, low_month, low_diff), (high, high_month, high_diff) = sorted(results, key=lambda r: r[0])
        rows.append(SensitivityRow(spec.id, spec.label, spec.unit, base, low, high, low_month,
                                   high_month, low_diff, high_diff, base_difference))
    rows.sort(key=lambda row: row.swing, reverse=True)  # stable: ties keep the declared order
    return rows
