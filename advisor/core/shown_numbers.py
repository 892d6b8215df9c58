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
_date: Callable[[str], str] | None = None  # "2026-12-07" -> the locale's short date


def set_formatters(number: Callable[[float, int], str] | None, money: Callable[[float, int], str] | None,
                   date: Callable[[str], str] | None = None) -> None:
    """The window's locale formatting (None, None: English again)."""
    global _number, _money, _date
    _number, _money, _date = number, money, date


def date(iso: str) -> str:
    """An ISO date as the command line writes it (unchanged), or in the window's locale."""
    return _date(iso) if _date is not None and iso else iso


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


def figure(value: float) -> str:
    """A bar or threshold as written (``90``, ``92.5``: Python's ``g``), in the reader's decimals."""
    text = f"{value:g}"
    if _number is None or "e" in text:
        return text
    decimals = len(text.split(".")[1]) if "." in text else 0
    return _number(float(value), decimals)


def localised() -> bool:
    """Whether the window set its own formatting (an English-only form may then be rewritten)."""
    return _number is not None
