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
