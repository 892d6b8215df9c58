"""The Monte Carlo's figures under the Costs screen's headline, in words: the break-even month's
spread and how often fine-tuning wins. The same sentences as the summary's
(:func:`advisor.report.cost_marks.uncertainty_lines`), here in the window's language (issue 25)."""
from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication


def _months(band: dict[str, Any]) -> str:
    def one(value: Any) -> str:
        if value is None:
            return QCoreApplication.translate("uncertainty_text", "never")
        return QCoreApplication.translate("uncertainty_text", "month {0}").format(value)
    return " / ".join(one(band[key]) for key in ("p10", "p50", "p90"))


def uncertainty_html(projection: Any) -> str:
    found = getattr(projection, "uncertainty", None)
    if found is None:
        return ""
    figures = found.to_json()
    lines = [
        QCoreApplication.translate("uncertainty_text", "Break-even month P10 / P50 / P90: {0}").format(
            _months(figures["break_even_month"])),
        QCoreApplication.translate(
            "uncertainty_text", "The fine-tuning path is the cheaper one at the horizon in {0:.0f} % of the draws").format(
            figures["p_fine_tune_cheaper"] * 100),
    ]
    return "<br><small>" + "<br>".join(html.escape(line) + "." for line in lines) + "</small>"
