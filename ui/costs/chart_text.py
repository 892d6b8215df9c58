"""Each cost chart's text alternative: what a screen reader reads for the picture (issue 25).

The cumulative and breakdown charts are the month-by-month table the command line prints
(``costs FILE``); the tornado chart is one line per input, its low and high break-even month.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from advisor.costs.projection import Projection
from advisor.costs.sensitivity import SensitivityRow
from advisor.costs.inputs import shown_label, shown_unit
from advisor.costs.tables import break_even_sentence, text_table



def _month(value: int | None) -> str:
    return QCoreApplication.translate("chart_text", "never within the horizon") if value is None else QCoreApplication.translate("chart_text", "month {0}").format(value)


def chart_text(chart_id: str, projection: Projection, rows: list[SensitivityRow]) -> str:
    if chart_id != "tornado":
        return text_table(projection)
    lines = [QCoreApplication.translate("chart_text", "What moves the break-even most, each input from its low to its high value:")]
    lines += [QCoreApplication.translate("chart_text", "{0}: at {1:g} {2} break-even {3}; at {4:g} {2} {5}").format(
        shown_label(row), row.low_value, shown_unit(row.unit), _month(row.low_break_even), row.high_value,
        _month(row.high_break_even)) for row in rows]
    lines.append(break_even_sentence(projection))
    return "\n".join(lines)
