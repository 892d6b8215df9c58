"""The checks of prompt-lab test cases, as the file validator and the test-set importers say them.

The validator's messages are English (the command line and its tests read them); ``shown=True``
words them in the window's language for a JSONL import's refusal (a no-op on the command line)."""
from __future__ import annotations

from typing import Any

from advisor.core.findings import Findings
from advisor.core.findings import shown as _shown
from advisor.core.findings import type_name as _type_name
from advisor.core.i18n import QT_TRANSLATE_NOOP
from advisor.lab import expectations
from advisor.lab.expectations import shown_text

# The kinds findings.type_name says, for the window: translated where a refusal is shown.
_KINDS = (QT_TRANSLATE_NOOP("test_sets", "an object"), QT_TRANSLATE_NOOP("test_sets", "a list"),
          QT_TRANSLATE_NOOP("test_sets", "text"), QT_TRANSLATE_NOOP("test_sets", "a number"))


def _kind(value: Any, shown: bool) -> str:
    name = _type_name(value)
    return shown_text(shown, "test_sets", name) if name in _KINDS else name


def _quoted(value: Any, shown: bool) -> str:
    text = _shown(value)
    return shown_text(shown, "test_sets", text) if text in _KINDS else text


def test_problems(tests: Any, shown: bool = False) -> list[str]:
    """Every error in a list of test cases, each naming ``prompt_lab.tests[i]`` and what is wrong."""
    found = Findings()
    check_tests(tests, found, shown)
    return found.errors


def check_tests(tests: Any, found: Findings, shown: bool = False) -> None:
    def said(text: str) -> str:
        return shown_text(shown, "test_sets", text)

    if tests is None:
        return
    if not isinstance(tests, list):
        found.errors.append(said(QT_TRANSLATE_NOOP("test_sets", "{0} is {1}; it must be a list of test cases"))
                            .format("prompt_lab.tests", _kind(tests, shown)))
        return
    for index, test in enumerate(tests):
        where = f"prompt_lab.tests[{index}]"
        if not isinstance(test, dict):
            found.errors.append(said(QT_TRANSLATE_NOOP("test_sets", "{0} is {1}; it must be an object with name, "
                                                       "vars and expect")).format(where, _kind(test, shown)))
            continue
        if "name" in test and not isinstance(test["name"], str):
            found.errors.append(said(QT_TRANSLATE_NOOP("test_sets", "{0}.name is {1}; it must be text"))
                                .format(where, _kind(test["name"], shown)))
        variables = test.get("vars", {})
        if not isinstance(variables, dict) or not all(isinstance(v, str) for v in variables.values()):
            found.errors.append(said(QT_TRANSLATE_NOOP("test_sets", "{0}.vars must be an object mapping variable "
                                                       "names to text")).format(where))
        expects = test.get("expect", [])
        if not isinstance(expects, list):
            found.errors.append(said(QT_TRANSLATE_NOOP("test_sets", "{0}.expect is {1}; it must be a list"))
                                .format(where, _kind(expects, shown)))
            continue
        for number, expectation in enumerate(expects):
            _check_expectation(expectation, f"{where}.expect[{number}]", found, shown)


def _check_expectation(expectation: Any, spot: str, found: Findings, shown: bool) -> None:
    """One expectation against the registry (advisor.lab.expectations), as eval would run it."""
    kind = expectation.get("type") if isinstance(expectation, dict) else expectation
    problem = expectations.type_problem(kind, shown)
    if problem:
        found.errors.append(shown_text(shown, "test_sets", QT_TRANSLATE_NOOP("test_sets", "{0}.type is {1}; it {2}"))
                            .format(spot, _quoted(kind, shown), problem))
        return
    value = expectation.get("value")
    problem = expectations.value_problem(kind, value, shown)
    if problem:
        quoted = _kind(value, shown) if expectations.value_problem(kind, value) == "must be text" \
            else _quoted(value, shown)
        found.errors.append(shown_text(shown, "test_sets", QT_TRANSLATE_NOOP("test_sets", "{0}.value is {1}; it {2}"))
                            .format(spot, quoted, problem))
