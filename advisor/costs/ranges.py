"""Ranges on cost inputs (CONTRACT section 8, ``costs.ranges``): a low and a high beside a value.

``ranges[id] = [low, high]`` with low ≤ the input's value ≤ high. Checked here once, for the
file validator, the Costs screen and the Monte Carlo alike; a problem is a sentence naming the
entry and the fix. The ranges the app proposes are the tornado's: its largest swings, at the
values the sensitivity table moved each input to. Plain Python: no numpy here, so checking a
file never pays for it.
"""
from __future__ import annotations

from typing import Any

from advisor.core.numbers import is_finite_number
from advisor.costs.inputs import COST_INPUTS_BY_ID, effective_costs

# The horizon frames the question; it is not an uncertain cost (as the tornado leaves it out).
NOT_RANGED = frozenset({"horizon_months"})
PROPOSED = 5  # how many of the tornado's inputs the app proposes ranges for


def rangeable(input_id: str) -> bool:
    spec = COST_INPUTS_BY_ID.get(input_id)
    return spec is not None and spec.is_numeric and input_id not in NOT_RANGED


def has_ranges(costs: Any) -> bool:
    """Whether ``costs`` holds any range: the Monte Carlo (and numpy) run only then."""
    return isinstance(costs, dict) and isinstance(costs.get("ranges"), dict) and bool(costs["ranges"])


def _g(value: Any) -> str:
    return f"{value:,g}" if is_finite_number(value) else repr(value)


def range_problem(input_id: str, entry: Any, value: Any) -> str | None:
    """Why ``ranges[input_id] = entry`` cannot be used beside ``value``; None when it can."""
    where = f"costs.ranges.{input_id}"
    spec = COST_INPUTS_BY_ID.get(input_id)
    if spec is None:
        return f"{where} names no cost input; remove it or use a cost input id"
    if not rangeable(input_id):
        return f"{where}: {spec.label.lower()} cannot have a range; remove it"
    if not (isinstance(entry, list) and len(entry) == 2 and all(is_finite_number(x) for x in entry)):
        return f"{where} must be a list of two numbers, [low, high]"
    low, high = entry
    for bound, name in ((low, "low"), (high, "high")):
        problem = spec.problem_with(bound)
        if problem is not None and not (spec.type == "integer" and is_finite_number(bound)
                                        and spec.problem_with(round(bound)) is None):
            return f"{where}: the {name} end {_g(bound)} {problem.replace('must be', 'is not')}"
    if not low <= value <= high:
        return (f"{where} is [{_g(low)}, {_g(high)}] but the value is {_g(value)}; the range must "
                f"hold the value (low ≤ value ≤ high): widen the range or change the value")
    return None


def ranges_problems(costs: Any) -> list[str]:
    """Every problem of ``costs.ranges`` against the values in force (defaults filled in)."""
    if not isinstance(costs, dict) or "ranges" not in costs:
        return []
    ranges = costs["ranges"]
    if not isinstance(ranges, dict):
        return ["costs.ranges must be an object of cost input ids, each [low, high]"]
    values = effective_costs(costs)
    problems = [problem for input_id, entry in ranges.items()
                if (problem := range_problem(input_id, entry, values.get(input_id))) is not None]
    hit, write = (ranges.get(i, [values[i]] * 2) for i in ("cache_hit_share", "cache_write_share"))
    if not problems and ("cache_hit_share" in ranges or "cache_write_share" in ranges) \
            and hit[1] + write[1] > 1:
        problems.append(f"costs.ranges: the highest cache hit share ({_g(hit[1])}) plus the highest "
                        f"cache write share ({_g(write[1])}) is above 1; lower one of the high ends")
    return problems


def proposed_ranges(rows: list[Any], count: int = PROPOSED) -> dict[str, list[float]]:
    """Ranges for the inputs the tornado shows as most uncertain: its ``count`` largest swings,
    each from the row's low to its high value (the ±50 % the sensitivity table moved it)."""
    proposed: dict[str, list[float]] = {}
    for row in rows:
        if len(proposed) == count:
            break
        if rangeable(row.input_id) and row.swing > 0 and row.low_value <= row.base_value <= row.high_value:
            proposed[row.input_id] = [row.low_value, row.high_value]
    return proposed
