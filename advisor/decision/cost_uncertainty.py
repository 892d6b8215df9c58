"""The one projection's uncertainty (CONTRACT section 8, ranges): the Monte Carlo attached to the
projection when the inputs have ranges, and the sentence the verdict's cost note gains from it.

Drop (c) reads ``derived.p_fine_tune_cheaper`` in the rules file ([[doubts]]); this module only
computes it and words it. numpy (through :mod:`advisor.costs.uncertainty`) is imported only when
the inputs have ranges, so a summary without them never loads it.
"""
from __future__ import annotations

import logging
from typing import Any

from advisor.core import shown_numbers
from advisor.core.i18n import translate
from advisor.costs.ranges import has_ranges

log = logging.getLogger(__name__)


def with_uncertainty(projection: Any, costs: Any, prices: Any) -> Any:
    """``projection`` with its Monte Carlo when ``costs`` has ranges; a range that cannot be used
    becomes a warning of the projection (the point figures stand)."""
    if projection is None or not has_ranges(costs):
        return projection
    from advisor.costs.uncertainty import simulate
    from advisor.costs.projection import CostInputError

    try:
        return projection._replace(uncertainty=simulate(costs, prices))
    except CostInputError as problem:
        log.info("no Monte Carlo: %s", problem)
        return projection._replace(warnings=(*projection.warnings,
                                             translate("decision", "The ranges were not used: {0}").format(problem)))


def uncertainty_sentence(projection: Any) -> str:
    """The probability and the break-even band in words, for the cost sentence; "" without ranges."""
    found = getattr(projection, "uncertainty", None)
    if found is None:
        return ""
    share = round(found.p_fine_tune_cheaper * 100)
    draws = shown_numbers.number(found.draws)
    months = found.break_even_month
    if months["p50"] is None:
        return translate("decision", "Across the ranges you gave ({0} draws), the fine-tuning path is the cheaper "
                                     "one over {1} months in {2} % of them.").format(draws, projection.horizon_months,
                                                                                     share)
    low, high = months["p10"], months["p90"]
    if high == low:
        band = translate("decision", "month {0}").format(low)
    elif high is None:
        band = translate("decision", "month {0} to never").format(low)
    else:
        band = translate("decision", "month {0} to month {1}").format(low, high)
    return translate("decision", "Across the ranges you gave ({0} draws), the fine-tuning path is the cheaper one "
                                 "over {1} months in {2} % of them; it breaks even in month {3} at the median "
                                 "(P10–P90: {4}).").format(draws, projection.horizon_months, share, months["p50"], band)
