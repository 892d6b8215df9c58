"""A file's, a cost input's and a saved run's problems in the window's language (issue 25).

The checks word their problems in English: the command line prints them, ``validate`` lists them
and a run keeps its error in the assessment file, and code compares them as they are. The window
re-words the ones this module knows when it shows them ("answers.x is 5; it must be one of a, b"
→ "answers.x ist 5, muss aber einer der Werte a, b sein"); keys, quoted values and anything it
does not know stay as they were written. Without a translator (the command line) nothing changes.
"""
from __future__ import annotations

import re

from advisor.core import shown_numbers
from advisor.core.i18n import QT_TRANSLATE_NOOP, translate

# Whole problems as advisor.document.validation, advisor.costs (inputs, ranges, projection) and
# advisor.decision.measured_costs word them, most specific first. {0}, {1}…: the parts kept as
# written, or re-worded by _PHRASES when they are one (a type name, what is allowed).
_WHOLE = (
    QT_TRANSLATE_NOOP("file_checks", "{0} (it holds a saved run; remove it to run the tests afresh)"),
    QT_TRANSLATE_NOOP("file_checks", "costs: {0} ({1} is {2}, far beyond any real figure)"),
    QT_TRANSLATE_NOOP("file_checks", "{0} is {1}; it is not in the price table; use one of {2} or add it "
                                     "under Prices"),
    QT_TRANSLATE_NOOP("file_checks", "{0} is [{1}, {2}] but the value is {3}; the range must hold the value "
                                     "(low ≤ value ≤ high): widen the range or change the value"),
    QT_TRANSLATE_NOOP("file_checks", "{0} names no cost input; remove it or use a cost input id"),
    QT_TRANSLATE_NOOP("file_checks", "{0}: {1} cannot have a range; remove it"),
    QT_TRANSLATE_NOOP("file_checks", "{0} must be a list of two numbers, [low, high]"),
    QT_TRANSLATE_NOOP("file_checks", "{0}: the low end {1} is not {2}"),
    QT_TRANSLATE_NOOP("file_checks", "{0}: the high end {1} is not {2}"),
    QT_TRANSLATE_NOOP("file_checks", "costs.ranges must be an object of cost input ids, each [low, high]"),
    QT_TRANSLATE_NOOP("file_checks", "costs.ranges: the highest cache hit share ({0}) plus the highest cache "
                                     "write share ({1}) is above 1; lower one of the high ends"),
    QT_TRANSLATE_NOOP("file_checks", "cost inputs cache_hit_share {0} and cache_write_share {1} add up to {2}; "
                                     "together they must be at most 1 (a share of the input tokens)"),
    QT_TRANSLATE_NOOP("file_checks", "the cost inputs are too large to project (the totals exceed what a "
                                     "number can hold); check requests, tokens and prices"),
    QT_TRANSLATE_NOOP("file_checks", "the cost inputs are {0}; they must be an object of input ids"),
    QT_TRANSLATE_NOOP("file_checks", "prompt_lab.try_values must be an object mapping variable names to text"),
    QT_TRANSLATE_NOOP("file_checks", "costs.measured must be an object: run_id, model, avg_input_tokens, "
                                     "avg_output_tokens, cache_hit_share"),
    # the price table's load warnings (advisor.costs.pricing)
    QT_TRANSLATE_NOOP("file_checks", "your price table was saved by an older release; {0} come from the shipped "
                                     "prices until you save it again under Prices"),
    QT_TRANSLATE_NOOP("file_checks", "your price table cannot be used ({0}); using the shipped prices"),
    # a saved run's record (advisor.document.run_records)
    QT_TRANSLATE_NOOP("file_checks", "{0} is {1}, beyond any real run; it must be {2}"),
    QT_TRANSLATE_NOOP("file_checks", "{0} says {1}, but its cases hold {2}; the counts must be the cases' (a run "
                                     "without its cases is no evidence)"),
    QT_TRANSLATE_NOOP("file_checks", "prompt_lab.runs holds {0} runs; at most {1} are kept. Keep the newest {1} "
                                     "(the last entries) and remove the others"),
    QT_TRANSLATE_NOOP("file_checks", "cost input {0} is {1}; it must be {2}"),
    QT_TRANSLATE_NOOP("file_checks", "cost input {0} {1} is not in the price table; use one of {2} or add it "
                                     "under Prices"),
    QT_TRANSLATE_NOOP("file_checks", "{0} is {1}; it must be {2}"),
    QT_TRANSLATE_NOOP("file_checks", "{0} must be {1}"),
    # a batch run's stored errors (advisor.lab.batches)
    QT_TRANSLATE_NOOP("file_checks", "the batch request failed ({0}): {1}"),
    QT_TRANSLATE_NOOP("file_checks", "the batch request failed ({0})"),
    QT_TRANSLATE_NOOP("file_checks", "the batch expired before this request was processed (24 h)"),
    QT_TRANSLATE_NOOP("file_checks", "the batch was cancelled before this request was processed"),
)
# What a value is or must be, inside a whole problem (advisor.core.findings.type_name, the
# questions' and cost inputs' allowed_text).
_PHRASES = (
    QT_TRANSLATE_NOOP("file_checks", "text"),
    QT_TRANSLATE_NOOP("file_checks", "text or null"),
    QT_TRANSLATE_NOOP("file_checks", "a list of chunk ids"),
    QT_TRANSLATE_NOOP("file_checks", "a list of model ids"),
    QT_TRANSLATE_NOOP("file_checks", "a list of texts"),
    QT_TRANSLATE_NOOP("file_checks", "a list of test cases"),
    QT_TRANSLATE_NOOP("file_checks", "a list of runs"),
    QT_TRANSLATE_NOOP("file_checks", "an object with name, vars and expect"),
    QT_TRANSLATE_NOOP("file_checks", "an object mapping variable names to text"),
    QT_TRANSLATE_NOOP("file_checks", "an object of texts"),
    QT_TRANSLATE_NOOP("file_checks", "a valid regular expression ({0})"),
    QT_TRANSLATE_NOOP("file_checks", "a number from {0} to {1}, or null"),
    QT_TRANSLATE_NOOP("file_checks", "a number of 0 or more, or null"),
    QT_TRANSLATE_NOOP("file_checks", "a whole number of 0 or more, or null"),
    QT_TRANSLATE_NOOP("file_checks", "a whole number of 0 or more"),
    QT_TRANSLATE_NOOP("file_checks", "at most {0}"),
    QT_TRANSLATE_NOOP("file_checks", "an object"),
    QT_TRANSLATE_NOOP("file_checks", "a list"),
    QT_TRANSLATE_NOOP("file_checks", "a number"),
    QT_TRANSLATE_NOOP("file_checks", "a whole number"),
    QT_TRANSLATE_NOOP("file_checks", "true or false"),
    QT_TRANSLATE_NOOP("file_checks", "an object of question ids"),
    QT_TRANSLATE_NOOP("file_checks", "an object of cost inputs"),
    QT_TRANSLATE_NOOP("file_checks", "an object with input and output"),
    QT_TRANSLATE_NOOP("file_checks", "a model id (text)"),
    QT_TRANSLATE_NOOP("file_checks", "a model id from the price table"),
    QT_TRANSLATE_NOOP("file_checks", "a date and time such as {0}"),
    QT_TRANSLATE_NOOP("file_checks", "a whole number of at least {0}"),
    QT_TRANSLATE_NOOP("file_checks", "a number of at least {0}"),
    QT_TRANSLATE_NOOP("file_checks", "a whole number from {0} to {1}"),
    QT_TRANSLATE_NOOP("file_checks", "a number from {0} to {1}"),
    QT_TRANSLATE_NOOP("file_checks", "a whole number above {0} and at most {1}"),
    QT_TRANSLATE_NOOP("file_checks", "a number above {0} and at most {1}"),
    QT_TRANSLATE_NOOP("file_checks", "a whole number at least {0} and at most {1}"),
    QT_TRANSLATE_NOOP("file_checks", "a number at least {0} and at most {1}"),
    QT_TRANSLATE_NOOP("file_checks", "a whole number above {0}"),
    QT_TRANSLATE_NOOP("file_checks", "a number above {0}"),
    QT_TRANSLATE_NOOP("file_checks", "a whole number at least {0}"),
    QT_TRANSLATE_NOOP("file_checks", "a number at least {0}"),
    QT_TRANSLATE_NOOP("file_checks", "a whole number at most {0}"),
    QT_TRANSLATE_NOOP("file_checks", "a number at most {0}"),
    QT_TRANSLATE_NOOP("file_checks", "a number of 0 or more"),
    QT_TRANSLATE_NOOP("file_checks", "a list of any of {0}"),
    QT_TRANSLATE_NOOP("file_checks", "one of {0}"),
)


def _compiled(templates: tuple[str, ...]) -> list[tuple[str, re.Pattern[str]]]:
    return [(template, re.compile("(.+?)".join(re.escape(piece) for piece in re.split(r"\{\d\}", template)),
                                  re.DOTALL))
            for template in templates]


_WHOLE_PATTERNS = _compiled(_WHOLE)
_NUMBER = re.compile(r"-?\d+(\.\d+)?")
_PHRASE_PATTERNS = _compiled(_PHRASES)


def _reworded(text: str, patterns: list[tuple[str, re.Pattern[str]]], depth: int) -> str | None:
    for template, pattern in patterns:
        found = pattern.fullmatch(text)
        if found:
            parts = [_figure(group) if patterns is _PHRASE_PATTERNS else _part(group, depth + 1)
                     for group in found.groups()]
            return translate("file_checks", template).format(*parts)
    return None


def _figure(text: str) -> str:
    """A bound in what is allowed ("at least 0.5") in the reader's decimals; anything else as written."""
    return shown_numbers.figure(float(text)) if _NUMBER.fullmatch(text) else text


def _part(text: str, depth: int) -> str:
    if depth > 3:
        return text
    return _reworded(text, _PHRASE_PATTERNS, depth) or _reworded(text, _WHOLE_PATTERNS, depth) or text


def shown_problem(problem: str) -> str:
    """One problem, re-worded when its form is known; as it was otherwise (and always without a
    translator: the command line's English)."""
    return _reworded(problem, _WHOLE_PATTERNS, 0) or problem
