"""Expectation types, declared once: how each is checked, whether it needs a value, its words.

The file validator (advisor.document.validation), the lab's test editor (ui/prompt_lab) and ``eval``
(advisor.lab.eval_runner) all read :data:`EXPECTATIONS`; adding a type is one entry here. A check
takes the expectation's value and the reply's text and returns a :class:`Check` whose reason is
a plain sentence. ``llm_rubric`` has no local check: a grader model decides (advisor.lab.grading).
"""
from __future__ import annotations

from typing import Any, Callable, NamedTuple

from advisor.core.i18n import QT_TRANSLATE_NOOP  # the editor translates the kinds where it shows them
from advisor.lab import json_checks
from advisor.lab.check_base import Check, CheckError  # noqa: F401 (re-exported)
from advisor.lab.check_base import short as _short
from advisor.lab.check_base import shown_text  # noqa: F401 (re-exported: test_checks reads it here)


class ExpectationType(NamedTuple):
    """One kind of expectation. ``describe`` is how the editor names it ("contains, ignoring case")."""

    check: Callable[[Any, str], Check] | None  # None: graded by a model, not here
    needs_value: bool
    describe: str
    value_kind: str = "text"  # "text", or "schema" (a JSON object)
    value_problem: Callable[..., str | None] | None = None  # beyond being the right kind; (value, shown=)


def _equals(value: Any, text: str) -> Check:
    ok = text.strip() == str(value).strip()
    return Check(ok, f"reply equals {_short(str(value))}" if ok
                 else f"expected exactly {_short(str(value))}, got {_short(text)}")


def _contains(value: Any, text: str) -> Check:
    ok = str(value) in text
    return Check(ok, f"reply contains {_short(str(value))}" if ok
                 else f"reply does not contain {_short(str(value))}")


def _icontains(value: Any, text: str) -> Check:
    ok = str(value).casefold() in text.casefold()
    return Check(ok, f"reply contains {_short(str(value))} (any case)" if ok
                 else f"reply does not contain {_short(str(value))}, in any case")


def _not_contains(value: Any, text: str) -> Check:
    ok = str(value) not in text
    return Check(ok, f"reply does not contain {_short(str(value))}" if ok
                 else f"reply contains {_short(str(value))}, which it must not")


def _regex_problem(value: Any, shown: bool = False) -> str | None:
    from advisor.core.safe_regex import compile_problem

    problem = compile_problem(str(value))  # Python's own words (re's), quoted as they are
    return shown_text(shown, "expectations", QT_TRANSLATE_NOOP(
        "expectations", "must be a valid regular expression ({0})")).format(problem) if problem else None


def _regex(value: Any, text: str) -> Check:
    """Run with a time limit (advisor/safe_regex): a catastrophic pattern raises RegexTimeout,
    which the runner turns into an error for this one test."""
    from advisor.core.safe_regex import search

    if _regex_problem(value):
        return Check(False, f"the pattern {_short(str(value))} is not a valid regular expression")
    try:
        ok = search(str(value), text)
    except ValueError as error:  # a pattern re accepts that the matching engine refuses
        return Check(False, f"the pattern {_short(str(value))} is not a valid regular expression ({error})")
    return Check(ok, f"reply matches /{value}/" if ok else f"reply does not match /{value}/")


EXPECTATIONS: dict[str, ExpectationType] = {
    "equals": ExpectationType(_equals, True, QT_TRANSLATE_NOOP("expectations", "is exactly")),
    "contains": ExpectationType(_contains, True, QT_TRANSLATE_NOOP("expectations", "contains")),
    "icontains": ExpectationType(_icontains, True, QT_TRANSLATE_NOOP("expectations", "contains, ignoring case")),
    "not_contains": ExpectationType(_not_contains, True, QT_TRANSLATE_NOOP("expectations", "does not contain")),
    "regex": ExpectationType(_regex, True, QT_TRANSLATE_NOOP("expectations", "matches the pattern"),
                             value_problem=_regex_problem),
    "is_json": ExpectationType(json_checks.is_json, False, QT_TRANSLATE_NOOP("expectations", "is valid JSON")),
    "json_schema": ExpectationType(json_checks.json_schema, True,
                                   QT_TRANSLATE_NOOP("expectations", "is JSON matching the schema"),
                                   value_kind="schema", value_problem=json_checks.schema_problem),
    # Graded by a model (advisor.lab.grading): pass or fail with a one-line reason.
    "llm_rubric": ExpectationType(None, True,
                                  QT_TRANSLATE_NOOP("expectations", "meets the rubric (graded by a model)")),
}
TYPES: tuple[str, ...] = tuple(EXPECTATIONS)


def type_problem(kind: Any, shown: bool = False) -> str | None:
    """Why ``kind`` is not an expectation type, or None (``shown``: in the window's language)."""
    if isinstance(kind, str) and kind in EXPECTATIONS:
        return None
    return shown_text(shown, "expectations", QT_TRANSLATE_NOOP("expectations", "must be one of {0}")).format(
        ", ".join(TYPES))


def value_problem(kind: str, value: Any, shown: bool = False) -> str | None:
    """Why ``value`` does not suit an expectation of the known type ``kind``, or None (``shown``: in
    the window's language; the file validator compares and quotes the English)."""
    entry = EXPECTATIONS[kind]
    if not entry.needs_value:
        return None
    if entry.value_kind == "text" and not isinstance(value, str):
        return shown_text(shown, "expectations", QT_TRANSLATE_NOOP("expectations", "must be text"))
    if entry.value_problem is not None:
        return entry.value_problem(value, shown=shown)
    return None


def check(expect: dict[str, Any], text: str) -> Check:
    """Whether one expectation with a local check holds on the reply ``text``."""
    kind = expect.get("type")
    entry = EXPECTATIONS.get(kind) if isinstance(kind, str) else None
    if entry is None or entry.check is None:
        return Check(False, f"unknown expectation type {kind!r}; use one of {', '.join(TYPES)}")
    return entry.check(expect.get("value"), text)
