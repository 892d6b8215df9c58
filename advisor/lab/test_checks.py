"""The checks of prompt-lab test cases, as the file validator and the test-set importers say them."""
from __future__ import annotations

from typing import Any

from advisor.core.findings import Findings
from advisor.core.findings import shown as _shown
from advisor.core.findings import type_name as _type_name
from advisor.lab import expectations


def test_problems(tests: Any) -> list[str]:
    """Every error in a list of test cases, each naming ``prompt_lab.tests[i]`` and what is wrong."""
    found = Findings()
    check_tests(tests, found)
    return found.errors


def check_tests(tests: Any, found: Findings) -> None:
    if tests is None:
        return
    if not isinstance(tests, list):
        found.errors.append(f"prompt_lab.tests is {_type_name(tests)}; it must be a list of test cases")
        return
    for index, test in enumerate(tests):
        where = f"prompt_lab.tests[{index}]"
        if not isinstance(test, dict):
            found.errors.append(f"{where} is {_type_name(test)}; it must be an object with name, vars and expect")
            continue
        if "name" in test and not isinstance(test["name"], str):
            found.errors.append(f"{where}.name is {_type_name(test['name'])}; it must be text")
        variables = test.get("vars", {})
        if not isinstance(variables, dict) or not all(isinstance(v, str) for v in variables.values()):
            found.errors.append(f"{where}.vars must be an object mapping variable names to text")
        expects = test.get("expect", [])
        if not isinstance(expects, list):
            found.errors.append(f"{where}.expect is {_type_name(expects)}; it must be a list")
            continue
        for number, expectation in enumerate(expects):
            _check_expectation(expectation, f"{where}.expect[{number}]", found)


def _check_expectation(expectation: Any, spot: str, found: Findings) -> None:
    """One expectation against the registry (advisor.lab.expectations), as eval would run it."""
    kind = expectation.get("type") if isinstance(expectation, dict) else expectation
    problem = expectations.type_problem(kind)
    if problem:
        found.errors.append(f"{spot}.type is {_shown(kind)}; it {problem}")
        return
    value = expectation.get("value")
    problem = expectations.value_problem(kind, value)
    if problem:
        shown = _type_name(value) if problem == "must be text" else _shown(value)
        found.errors.append(f"{spot}.value is {shown}; it {problem}")
