"""Each cost chart's text alternative: what a screen reader reads for the picture (issue 25).

The cumulative and breakdown charts are the month-by-month table the command line prints
(``costs FILE``); the tornado chart is one line per input, its low and high break-even month.
"""
from __future__ import annotations

from advisor.costs.projection import Projection
from advisor.costs.sensitivity import SensitivityRow
from advisor.costs.tables import break_even_sentence, text_table


def _month(value: int | None) -> str:
    return "never within the horizon" if value is None else f"month {value}"


def chart_text(chart_id: str, projection: Projection, rows: list[SensitivityRow]) -> str:
    if chart_id != "tornado":
        return text_table(projection)
    lines = ["What moves the break-even most, each input from its low to its high value:"]
    lines += [f"{row.label}: at {row.low_value:g} {row.unit} break-even {_month(row.low_break_even)}; "
              f"at {row.high_value:g} {row.unit} {_month(row.high_break_even)}" for row in rows]
    lines.append(break_even_sentence(projection))
    return "\n".join(lines)
