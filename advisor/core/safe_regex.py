"""User regular expressions, run with a time limit (issue 17 #4).

A pattern such as ``(a|aa)+$`` backtracks for minutes on a short reply. The standard ``re`` module
cannot be stopped and holds the GIL while it matches, so a worker thread running it froze the
whole window and Ctrl+C. The ``regex`` package (a drop-in superset of ``re``) takes a ``timeout``
and, with ``concurrent=True``, releases the GIL while it matches.
See https://pypi.org/project/regex/ ("timeout", "concurrent"), checked 2026-12-01.
"""
from __future__ import annotations

TIME_LIMIT_S = 1.0


class RegexTimeout(Exception):
    """The pattern ran past the time limit on this text."""


def search(pattern: str, text: str, *, seconds: float | None = None) -> bool:
    """Whether ``pattern`` matches anywhere in ``text``; RegexTimeout past the limit.

    A pattern that does not compile raises ValueError with the reason.
    """
    import regex

    try:
        return regex.search(pattern, text, timeout=seconds or TIME_LIMIT_S, concurrent=True) is not None
    except TimeoutError:
        raise RegexTimeout(f"the pattern took longer than {seconds or TIME_LIMIT_S:g} s on this reply "
                           "(it backtracks catastrophically); simplify it, e.g. (a+)+ → a+") from None
    except regex.error as error:
        raise ValueError(str(error)) from None


def compile_problem(pattern: str) -> str | None:
    """Why ``pattern`` is not a usable regular expression, or None.

    Checked with ``re`` (its wording is the one users know, and it is loaded already): ``regex``
    accepts every pattern ``re`` does in its default mode, and importing it costs every command's
    start-up a tenth, so it is loaded only when a pattern runs (:func:`search` reports a pattern it
    still refuses as a ValueError for that one test).
    """
    import re

    try:
        re.compile(pattern)
    except (re.error, RecursionError, OverflowError, ValueError) as error:
        return str(error) or type(error).__name__
    return None
