"""A test's saved reasons in the window's language (issue 25).

Runs keep their check reasons in English: the assessment file, ``eval``, the JUnit report and a
baseline compare them as they are. The window re-words the ones this module knows when it shows
them ("reply does not contain 'billing'" → "Antwort enthält nicht 'billing'"); the quoted values,
a JSON Schema's own message and a grading model's reason stay as they were written.
"""
from __future__ import annotations

import re

from advisor.core.i18n import QT_TRANSLATE_NOOP, translate

# Each template as advisor.lab.expectations and json_checks word it, most specific first
# ({0}, {1}: the parts kept as written).
TEMPLATES = (
    QT_TRANSLATE_NOOP("check_reasons", "expected exactly {0}, got {1}"),
    QT_TRANSLATE_NOOP("check_reasons", "reply does not contain {0}, in any case"),
    QT_TRANSLATE_NOOP("check_reasons", "reply contains {0}, which it must not"),
    QT_TRANSLATE_NOOP("check_reasons", "reply contains {0} (any case)"),
    QT_TRANSLATE_NOOP("check_reasons", "reply does not contain {0}"),
    QT_TRANSLATE_NOOP("check_reasons", "reply contains {0}"),
    QT_TRANSLATE_NOOP("check_reasons", "reply equals {0}"),
    QT_TRANSLATE_NOOP("check_reasons", "reply does not match /{0}/"),
    QT_TRANSLATE_NOOP("check_reasons", "reply matches /{0}/"),
    QT_TRANSLATE_NOOP("check_reasons", "the pattern {0} is not a valid regular expression ({1})"),
    QT_TRANSLATE_NOOP("check_reasons", "the pattern {0} is not a valid regular expression"),
    QT_TRANSLATE_NOOP("check_reasons", "reply is not valid JSON ({0})"),
    QT_TRANSLATE_NOOP("check_reasons", "reply is valid JSON"),
    QT_TRANSLATE_NOOP("check_reasons", "the schema is not a valid JSON Schema"),
    QT_TRANSLATE_NOOP("check_reasons", "reply matches the JSON Schema"),
    QT_TRANSLATE_NOOP("check_reasons", "reply does not match the JSON Schema at {0}: {1}"),
    QT_TRANSLATE_NOOP("check_reasons", "reply does not match the JSON Schema: {0}"),
    QT_TRANSLATE_NOOP("check_reasons", "rubric: {0}"),
)
_PATTERNS = [(template, re.compile("(.+)".join(re.escape(piece) for piece in re.split(r"\{\d\}", template)),
                                   re.DOTALL))
             for template in TEMPLATES]


def shown_reason(reason: str) -> str:
    """One saved reason, re-worded when its template is known; as it was otherwise."""
    for template, pattern in _PATTERNS:
        found = pattern.fullmatch(reason)
        if found:
            return translate("check_reasons", template).format(*found.groups())
    return reason


# A test's saved error when a check could not run ("regex: …", "json_schema: …"): the type stays.
ERROR_TEMPLATES = (
    QT_TRANSLATE_NOOP("check_reasons", "the pattern took longer than {0} s on this reply (it backtracks "
                      "catastrophically); simplify it, e.g. (a+)+ → a+"),
    QT_TRANSLATE_NOOP("check_reasons", "the schema's patterns took longer than {0} s on this reply; simplify "
                      "them, e.g. (a+)+ → a+"),
    QT_TRANSLATE_NOOP("check_reasons", "the schema's pattern {0} is not a usable regular expression ({1})"),
    QT_TRANSLATE_NOOP("check_reasons", "the schema could not be checked on this reply: {0}, or the reply is "
                      "nested too deeply"),
    QT_TRANSLATE_NOOP("check_reasons", "the schema could not be checked on this reply: {0}"),
    QT_TRANSLATE_NOOP("check_reasons", "the reply is nested too deeply to check (thousands of levels of "
                      "brackets)"),
)
_ERROR_PATTERNS = [(template, re.compile("(.+)".join(re.escape(piece) for piece in re.split(r"\{\d\}", template)),
                                         re.DOTALL))
                   for template in ERROR_TEMPLATES]


def _schema_words(text: str) -> str:
    """json_checks' own explanations inside an error ($ref loops, unresolved $refs), re-worded."""
    from advisor.lab.check_base import LOOP, UNRESOLVED

    if text == LOOP:
        return translate("expectations", LOOP)
    unresolved = re.fullmatch("(.+)".join(re.escape(p) for p in UNRESOLVED.split("{0}")), text,
                              re.DOTALL)
    return translate("expectations", UNRESOLVED).format(unresolved.group(1)) if unresolved else text


def shown_error(error: str) -> str:
    """A saved error ("regex: the pattern took longer than 1 s …"), re-worded when its template is
    known (the expectation type before the colon kept); as it was otherwise (the API's, say)."""
    kind, separator, rest = error.partition(": ")
    return kind + separator + shown_check_problem(rest) if separator else error


def shown_check_problem(problem: str) -> str:
    """Why a check could not run (a RegexTimeout's or CheckError's words), re-worded when known."""
    for template, pattern in _ERROR_PATTERNS:
        found = pattern.fullmatch(problem)
        if found:
            return translate("check_reasons", template).format(*(_schema_words(group) for group in found.groups()))
    return problem


def shown_reasons(reasons: str) -> str:
    """Reasons joined with "; " (a case's ``reason``), each re-worded."""
    return "; ".join(shown_reason(part) for part in reasons.split("; "))
