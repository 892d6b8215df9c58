"""Numbers and money in the rendered recommendation, the reader's way (issue 25).

On the command line nothing is set, so each function returns exactly what the report printed
before (``$1,234``, ``$2.50``, ``-$2,500``, ``93.3``): the goldens stay byte for byte. In the
window (advisor.core.shown_numbers set from QLocale) the same figures read ``1.234 $`` and ``93,3``.
"""
from __future__ import annotations

from advisor.core import shown_numbers
from advisor.core.numbers import format_money


def number(value: float, decimals: int = 0) -> str:
    """``1,234`` / ``93.3``, grouped by thousands."""
    return shown_numbers.number(value, decimals)


def money(value: float, *, cents: bool | None = None, minus: str = "-", tiny: bool = False) -> str:
    """:func:`advisor.core.numbers.format_money` on the command line; the locale's in the window."""
    if not shown_numbers.localised():
        return format_money(value, cents=cents, minus=minus, tiny=tiny)
    if tiny and 0 < abs(value) < 1:
        return ("-" if value < 0 else "") + shown_numbers.money(abs(value), 6 if abs(value) < 0.01 else 4)
    if cents is None:
        cents = abs(value) < 100 and round(value, 2) != round(value)
    amount = round(abs(value), 2 if cents else 0)
    sign = minus if value < 0 and amount > 0 else ""
    return sign + shown_numbers.money(amount, 2 if cents else 0)


def date(iso: str) -> str:
    """An ISO date (``2026-12-07``) as given, or the locale's short date in the window."""
    return shown_numbers.date(iso)


def usd(value: float) -> str:
    """Whole dollars from $100 up, cents below (advisor.costs.derived.format_usd)."""
    return money(value, cents=abs(value) < 100)


def price(value: float) -> str:
    """A price per million tokens as the table has it: ``$3``, ``$0.8`` (``:g``)."""
    if not shown_numbers.localised():
        return f"${value:g}"
    decimals = len(f"{value:g}".partition(".")[2]) if "e" not in f"{value:g}" else 2
    return shown_numbers.money(value, decimals)
