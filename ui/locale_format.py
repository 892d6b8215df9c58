"""Numbers, money and dates in the window, written the way the user's locale writes them (issue 25).

QLocale() is the locale ui/translations.py chose at start (the system's, or FTA_LANGUAGE): a
German window shows ``45.708 $`` and ``07.12.26`` where an American one shows ``$45,708`` and
``12/7/26``. The command line keeps advisor.core.numbers (English, for scripts that parse it).
A "C" locale (no LANG set) is read as American English, the app's own language.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, QLocale


def window_locale() -> QLocale:
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def money(value: float, *, cents: bool = False, minus: str = "−", symbol: str = "$") -> str:
    """``$1,234`` / ``1.234 $``; a negative amount with ``minus`` (the charts' "−")."""
    amount = round(value, 2 if cents else 0)
    text = window_locale().toCurrencyString(abs(amount), symbol, 2 if cents else 0)
    return f"{minus}{text}" if amount < 0 else text


def number(value: float, decimals: int = 0) -> str:
    return window_locale().toString(float(value), "f", decimals)


def date(iso: str) -> str:
    """An ISO date (``2026-12-07`` or a timestamp starting with one) in the locale's short form."""
    day = QDate.fromString(iso[:10], "yyyy-MM-dd")
    return window_locale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else iso


def general(value: float) -> str:
    """A figure as Python's ``{:,g}`` writes it, in the locale's digits: ``100,000`` / ``100.000``,
    ``0.25`` / ``0,25``."""
    return window_locale().toString(float(value), "g", 6)
