"""The cost figures' provenance and spread in words: which inputs were measured in a lab run
(``measured``) and what the Monte Carlo over the ranges says (``uncertainty``), for the summary's
text, Markdown and HTML, and for ``costs`` as text. Reads plain JSON-ready dicts only.
"""
from __future__ import annotations

from typing import Any

from advisor.costs.derived import format_usd
from advisor.costs.inputs import COST_INPUTS_BY_ID
from advisor.decision.measured_costs import MEASURED_INPUTS, mark_text, measured_marks


def measured_json(costs: Any) -> dict[str, Any] | None:
    """``costs.measured`` as it stands: the run id and each measured figure still in force (one
    the user typed over is left out); None when no figure is measured."""
    marks = measured_marks(costs)
    if not marks:
        return None
    return {"run_id": next(iter(marks.values())), **{key: costs[key] for key in MEASURED_INPUTS if key in marks}}


def measured_lines(measured: dict[str, Any] | None) -> list[str]:
    if not measured:
        return []
    shown = [f"{_label(key)} {_value(key, measured[key])}"
             for key in MEASURED_INPUTS if key in measured]
    return [f"{mark_text(measured.get('run_id', '')).capitalize()}: {', '.join(shown)}"]


def _label(key: str) -> str:
    label = COST_INPUTS_BY_ID[key].label
    if label.startswith("Claude") or label[1:2].isupper():  # a name or an acronym ("ML engineers")
        return label
    return label[:1].lower() + label[1:]


def _value(key: str, value: Any) -> str:
    if key == "cache_hit_share":
        return f"{value * 100:.0f} %"
    return f"{value:,g}" if isinstance(value, (int, float)) else str(value)


def _band(q: dict[str, Any], money: bool) -> str:
    def one(value: Any) -> str:
        if value is None:
            return "never"
        return format_usd(value) if money else f"month {value}"
    return " / ".join(one(q[key]) for key in ("p10", "p50", "p90"))


def uncertainty_lines(uncertainty: dict[str, Any] | None) -> list[str]:
    """The Monte Carlo in three lines; none without ranges."""
    if not uncertainty:
        return []
    ranged = ", ".join(_label(key) for key in uncertainty.get("ranges", {}))
    return [
        f"Over your ranges ({ranged}), {uncertainty['draws']:,} draws, P10 / P50 / P90: API path "
        f"{_band(uncertainty['api_total'], True)}; fine-tuning path {_band(uncertainty['fine_tune_total'], True)}",
        f"Break-even month P10 / P50 / P90: {_band(uncertainty['break_even_month'], False)}",
        f"The fine-tuning path is the cheaper one at the horizon in "
        f"{uncertainty['p_fine_tune_cheaper'] * 100:.0f} % of the draws",
    ]


def extra_lines(projection: Any, costs: Any) -> list[str]:
    """What ``costs`` prints under its table: the measured figures and the Monte Carlo."""
    found = getattr(projection, "uncertainty", None)
    lines = measured_lines(measured_json(costs)) + uncertainty_lines(None if found is None else found.to_json())
    return ([""] + lines) if lines else []
