"""Numbers and money inside the sentences the domain makes, written the reader's way (issue 25).

The command line keeps the project's English forms (``1,234``, ``96.5``, ``$45,708``) byte for
byte: nothing is set there. The German window sets a formatter (ui/translations.py, from QLocale),
so the same sentence reads ``1.234``, ``96,5`` and ``45.708 $`` beside German words.
"""
from __future__ import annotations

from typing import Callable

# (value, decimals) -> text, grouped by thousands; (value, decimals) -> amount with its "$"
_number: Callable[[float, int], str] | None = None
_money: Callable[[float, int], str] | None = None


def set_formatters(number: Callable[[float, int], str] | None,
                   money: Callable[[float, int], str] | None) -> None:
    """The window's locale formatting (None, None: English again)."""
    global _number, _money
    _number, _money = number, money


def number(value: float, decimals: int = 0) -> str:
    """``1,234`` / ``96.5`` (English, grouped); the window's locale once set."""
    if _number is not None:
        return _number(float(value), decimals)
    return f"{value:,.{decimals}f}"


def money(value: float, decimals: int = 0) -> str:
    """``$1,234`` / ``$0.0412``; the window's locale (``1.234 $``) once set. Not negative."""
    if _money is not None:
        return _money(float(value), decimals)
    return f"${value:,.{decimals}f}"


def localised() -> bool:
    """Whether the window set its own formatting (an English-only form may then be rewritten)."""
    return _number is not None
