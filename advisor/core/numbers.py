"""Numbers as the whole project checks and shows them: one finite-number check, one money format."""
from __future__ import annotations

import math
from typing import Any


def is_finite_number(value: Any, *, integer: bool = False) -> bool:
    """A JSON number that is not a boolean, NaN, infinite or beyond a double (and whole, when asked)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    if isinstance(value, int):
        # JSON integers have no limit, but anything beyond a double's range overflows the
        # arithmetic the advisor does with it (math.isfinite itself raises on such an int).
        return value.bit_length() <= 1023
    return not integer and math.isfinite(value)


def format_money(value: float, *, cents: bool | None = None, minus: str = "-",
                 symbol: str = "$", tiny: bool = False) -> str:
    """``$1,234``, ``$2.50``, ``-$2,500``: the one way the project writes an amount of money.

    ``cents``: True always shows them, False never; by default only small non-whole amounts
    (under 100) show them. ``minus`` is the sign before a negative amount (charts use "−").
    ``tiny``: amounts under a dollar keep enough digits to tell prompt costs apart
    ($0.000123, $0.0412), as the prompt lab shows the cost of one request.
    """
    if tiny and 0 < abs(value) < 1:
        digits = 6 if abs(value) < 0.01 else 4
        return f"{minus if value < 0 else ''}{symbol}{abs(value):.{digits}f}"
    if cents is None:
        cents = abs(value) < 100 and round(value, 2) != round(value)
    amount = round(abs(value), 2 if cents else 0)
    sign = minus if value < 0 and amount > 0 else ""
    return f"{sign}{symbol}{amount:,.2f}" if cents else f"{sign}{symbol}{amount:,.0f}"
