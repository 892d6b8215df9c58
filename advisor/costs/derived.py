"""Figures derived from an assessment's cost inputs and their projection, for the rules.

Each figure has plain words, a unit (how texts show it) and a function of the cost inputs and
the projection (:func:`advisor.costs.projection.project`, computed once per evaluation by the engine). The
projection's own fields are read, never recomputed, so the rules and the Costs screen agree.
A function returns None when the figure does not exist (no break-even), and raises when it cannot
be computed (the projection failed).
"""
from __future__ import annotations

from typing import Any, Callable, NamedTuple

from advisor.costs.inputs import effective_costs
from advisor.core import shown_numbers
from advisor.core.i18n import QT_TRANSLATE_NOOP, translate
from advisor.core.numbers import format_money


def training_run_usd(costs: dict[str, Any] | None) -> float:
    values = effective_costs(costs)
    return values["train_gpu_hours"] * values["gpu_hourly_usd"]


def upfront_fine_tune_usd(costs: dict[str, Any] | None) -> float:
    """Labelling plus the training runs before a model ships (CONTRACT section 4, ``upfront``)."""
    values = effective_costs(costs)
    labelling = values["examples_to_label"] * values["label_cost_per_example_usd"]
    return labelling + values["training_runs"] * training_run_usd(costs)


class Derived(NamedTuple):
    label: str
    compute: Callable[[dict[str, Any] | None, Any], float | None]
    unit: str = "usd"  # "usd", "month", "months", "times", "percent" (of a share) or "flag"
    needs_projection: bool = False


def _projected(read: Callable[[Any], float | None]) -> Callable[[dict[str, Any] | None, Any], float | None]:
    def compute(costs: dict[str, Any] | None, projection: Any) -> float | None:
        if projection is None:
            raise ValueError("the cost projection could not be computed")
        return read(projection)
    return compute


def _cents(value: float) -> float:
    """Money as the summary's ``costs`` carries it: a sentence's amount is then that very figure."""
    return round(value, 2)


def _api(p: Any) -> float:
    return _cents(p.api.total)


def _fine_tune(p: Any) -> float:
    return _cents(p.fine_tune.total)


def _upfront(costs: dict[str, Any] | None, projection: Any) -> float:
    """The projection's up-front figure when there is one, so rule 5 reads what the figures show."""
    return _cents(projection.fine_tune.upfront if projection is not None else upfront_fine_tune_usd(costs))


def _ratio(projection: Any) -> float | None:
    return _fine_tune(projection) / _api(projection) if projection.api.total > 0 else None


FIGURES: dict[str, Derived] = {
    "upfront_fine_tune_usd": Derived(QT_TRANSLATE_NOOP("decision", "the up-front fine-tuning cost (labelling plus training runs)"), _upfront),
    "training_run_usd": Derived(QT_TRANSLATE_NOOP("decision", "the cost of one training run"), lambda costs, _p: training_run_usd(costs)),
    "break_even_month": Derived(QT_TRANSLATE_NOOP("decision", "the month from which the fine-tuning path has cost less for good"),
                                _projected(lambda p: p.break_even_month), "month", True),
    "breaks_even": Derived(QT_TRANSLATE_NOOP("decision", "whether the fine-tuning path breaks even for good within the horizon"),
                           _projected(lambda p: 1.0 if p.break_even_month else 0.0), "flag", True),
    "api_total_usd": Derived(QT_TRANSLATE_NOOP("decision", "the Claude API path's total over the horizon"),
                             _projected(_api), "usd", True),
    "fine_tune_total_usd": Derived(QT_TRANSLATE_NOOP("decision", "the fine-tuning path's total over the horizon"),
                                   _projected(_fine_tune), "usd", True),
    "cost_difference_usd": Derived(QT_TRANSLATE_NOOP("decision", "the fine-tuning path's total minus the API path's"),
                                   _projected(lambda p: _fine_tune(p) - _api(p)), "usd", True),
    "cost_gap_usd": Derived(QT_TRANSLATE_NOOP("decision", "the difference between the two paths' totals"),
                            _projected(lambda p: abs(_fine_tune(p) - _api(p))), "usd", True),
    "fine_tune_to_api_ratio": Derived(QT_TRANSLATE_NOOP("decision", "the fine-tuning path's total as a multiple of the API path's"),
                                      _projected(_ratio), "times", True),
    "horizon_months": Derived(QT_TRANSLATE_NOOP("decision", "the months projected"), _projected(lambda p: p.horizon_months), "months", True),
    "has_ranges": Derived(QT_TRANSLATE_NOOP("decision", "whether the Monte Carlo ran over ranges of the cost inputs"),
                          _projected(lambda p: 0.0 if p.uncertainty is None else 1.0), "flag", True),
    # Contract v3: None without ranges, so a rule on it holds only when the file has ranges.
    "p_fine_tune_cheaper": Derived(QT_TRANSLATE_NOOP("decision", "the share of the Monte Carlo's draws in which the fine-tuning path "
                                   "is the cheaper one at the horizon"),
                                   _projected(lambda p: None if p.uncertainty is None
                                              else p.uncertainty.p_fine_tune_cheaper), "percent", True),
}


def format_usd(value: float) -> str:
    """Whole dollars from $100 up, cents below: the summary's and the rules' figures."""
    return format_money(value, cents=abs(value) < 100)


def show(value: float | None, unit: str) -> str:
    """A derived figure in words: "$80,600", "month 9", "24 months", "3.4 times"."""
    if value is None:
        return translate("decision", "none") if unit in ("month", "flag") else translate("decision", "unknown")
    if unit == "usd":
        if shown_numbers.localised():  # the window's "45.708 $"; the command line's "$45,708"
            cents = abs(value) < 100
            return ("-" if round(value, 2) < 0 else "") + shown_numbers.money(abs(value), 2 if cents else 0)
        return format_usd(value)
    if unit == "month":
        return translate("decision", "month {0}").format(f"{value:.0f}")
    if unit == "months":
        return translate("decision", "{0} months").format(f"{value:.0f}")
    if unit == "times":
        return translate("decision", "{0} times").format(shown_numbers.number(value, 1))
    if unit == "percent":
        return f"{value * 100:.0f} %"
    return translate("decision", "yes") if value else translate("decision", "no")
