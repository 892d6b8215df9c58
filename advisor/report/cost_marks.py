"""The cost figures' provenance and spread in words: which inputs were measured in a lab run
(``measured``) and what the Monte Carlo over the ranges says (``uncertainty``), for the summary's
text, Markdown and HTML, and for ``costs`` as text. Reads plain JSON-ready dicts only.
"""
from __future__ import annotations

from typing import Any

from advisor.core.i18n import translate
from advisor.costs.inputs import COST_INPUTS_BY_ID
from advisor.decision.measured_costs import MEASURED_INPUTS, mark_text, measured_marks
from advisor.report.shown import number, usd


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
    return [translate("report", "{0}: {1}").format(mark_text(measured.get("run_id", "")).capitalize(), ", ".join(shown))]


def _label(key: str) -> str:
    label = COST_INPUTS_BY_ID[key].label
    shown = translate("cost_inputs", label)
    if shown != label:  # the reader's language, capitalised as it writes it (German nouns)
        return shown
    if label.startswith("Claude") or label[1:2].isupper():  # a name or an acronym ("ML engineers")
        return label
    return label[:1].lower() + label[1:]


def _value(key: str, value: Any) -> str:
    if key == "cache_hit_share":
        return f"{number(value * 100)} %"
    if not isinstance(value, (int, float)):
        return str(value)
    text = f"{value:,g}"
    return number(value, len(text.partition(".")[2])) if "e" not in text else text


def _band(q: dict[str, Any], money: bool) -> str:
    def one(value: Any) -> str:
        if value is None:
            return translate("report", "never")
        return usd(value) if money else translate("report", "month {0}").format(value)
    return " / ".join(one(q[key]) for key in ("p10", "p50", "p90"))


def uncertainty_lines(uncertainty: dict[str, Any] | None) -> list[str]:
    """The Monte Carlo in three lines; none without ranges."""
    if not uncertainty:
        return []
    ranged = ", ".join(_label(key) for key in uncertainty.get("ranges", {}))
    return [
        translate("report", "Over your ranges ({0}), {1} draws, P10 / P50 / P90: API path {2}; "
                            "fine-tuning path {3}").format(
            ranged, number(uncertainty["draws"]), _band(uncertainty["api_total"], True),
            _band(uncertainty["fine_tune_total"], True)),
        translate("report", "Break-even month P10 / P50 / P90: {0}").format(
            _band(uncertainty["break_even_month"], False)),
        translate("report", "The fine-tuning path is the cheaper one at the horizon in {0} % of the draws").format(
            number(uncertainty["p_fine_tune_cheaper"] * 100)),
    ]


def extra_lines(projection: Any, costs: Any) -> list[str]:
    """What ``costs`` prints under its table: the measured figures and the Monte Carlo."""
    found = getattr(projection, "uncertainty", None)
    lines = measured_lines(measured_json(costs)) + uncertainty_lines(None if found is None else found.to_json())
    return ([""] + lines) if lines else []
