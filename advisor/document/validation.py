"""Checks an assessment document against the contract (shared/CONTRACT.md section 1).

Problems come back as plain sentences naming the key and what is allowed. Errors make the file
unusable; warnings (unknown keys, kept on save) do not.
"""
from __future__ import annotations

import re
from typing import Any

from advisor.core.findings import Findings
from advisor.core.findings import shown as _shown
from advisor.core.findings import type_name as _type_name
from advisor.lab.test_checks import check_tests as _check_tests
from advisor.costs.inputs import COST_INPUTS_BY_ID, cache_share_problem
from advisor.costs.ranges import ranges_problems
from advisor.decision.measured_costs import measured_problems
from advisor.decision.questions import QuestionBank, default_bank, is_finite_number

KNOWN_TOP_LEVEL = ("format", "version", "title", "created", "modified",
                   "answers", "costs", "prompt_lab", "notes")
COST_EXTRAS = ("measured", "ranges")
PROMPT_LAB_KEYS = ("model", "system", "template", "examples", "max_tokens", "temperature",
                   "top_p", "top_k", "effort", "tests", "last_run", "runs", "batch",
                   "grader_model", "compare_model", "try_values", "documents", "retrieval")


def validate_document(doc: dict[str, Any], *, bank: QuestionBank | None = None,
                      known_models: frozenset[str] | None = None) -> Findings:
    """Every problem in an already-migrated document (of CURRENT_VERSION)."""
    bank = bank or default_bank()
    found = Findings()
    for key in doc:
        if key not in KNOWN_TOP_LEVEL:
            found.warnings.append(f"unknown top-level key {key!r} (kept as it is)")
    for key in ("title", "notes"):
        if key in doc and not isinstance(doc[key], str):
            found.errors.append(f"{key} is {_type_name(doc[key])}; it must be text")
    for key in ("created", "modified"):
        if key in doc and not _is_timestamp(doc[key]):
            found.errors.append(f"{key} is {_shown(doc[key])}; it must be a date and time "
                                f"such as \"2026-11-28T20:00:00Z\"")
    _check_answers(doc.get("answers"), bank, found)
    _check_costs(doc.get("costs"), known_models, found)
    _check_prompt_lab(doc.get("prompt_lab"), found)
    return found


# The form the app itself writes, "2026-11-28T20:00:00Z", is checked without datetime (whose
# import costs about 1.5 ms of a command's start-up); anything else goes to fromisoformat.
_CANONICAL = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z", re.ASCII)
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _is_timestamp(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    match = _CANONICAL.fullmatch(value)
    if match:
        year, month, day, hour, minute, second = map(int, match.groups())
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return (year >= 1 and 1 <= month <= 12 and 1 <= day <= _DAYS[month - 1]
                and (month != 2 or day <= 28 or leap) and hour < 24 and minute < 60 and second < 60)
    from datetime import datetime

    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _check_answers(answers: Any, bank: QuestionBank, found: Findings) -> None:
    if answers is None:
        return
    if not isinstance(answers, dict):
        found.errors.append(f"answers is {_type_name(answers)}; it must be an object of question ids")
        return
    for key, value in answers.items():
        question = bank.get(key)
        if question is None:
            found.warnings.append(f"unknown answer {key!r} (kept as it is)")
            continue
        problem = question.problem_with(value)
        if problem:
            found.errors.append(f"answers.{key} is {_shown(value)}; it {problem}")


def _check_costs(costs: Any, known_models: frozenset[str] | None, found: Findings) -> None:
    if costs is None:
        return
    if not isinstance(costs, dict):
        found.errors.append(f"costs is {_type_name(costs)}; it must be an object of cost inputs")
        return
    before = len(found.errors)
    for key, value in costs.items():
        declared = COST_INPUTS_BY_ID.get(key)
        if key in COST_EXTRAS:  # contract v3: where measured figures came from, and ranges (below)
            found.errors += measured_problems(value) if key == "measured" else []
            continue
        if declared is None:
            found.warnings.append(f"unknown cost input {key!r} (kept as it is)")
            continue
        problem = declared.problem_with(value, known_models)
        if problem:
            found.errors.append(f"costs.{key} is {_shown(value)}; it {problem}")
    shares = cache_share_problem(costs)
    if shares:
        found.errors.append(shares)
    if len(found.errors) == before:  # ranges are checked against values that are themselves valid
        found.errors += ranges_problems(costs)


def _check_prompt_lab(lab: Any, found: Findings) -> None:
    if lab is None:
        return
    if not isinstance(lab, dict):
        found.errors.append(f"prompt_lab is {_type_name(lab)}; it must be an object")
        return
    for key in lab:
        if key not in PROMPT_LAB_KEYS:
            found.warnings.append(f"unknown prompt_lab key {key!r} (kept as it is)")
    for key in ("model", "system", "template"):
        if key in lab and not isinstance(lab[key], str):
            found.errors.append(f"prompt_lab.{key} is {_type_name(lab[key])}; it must be text")
    if "max_tokens" in lab and not (is_finite_number(lab["max_tokens"], integer=True) and lab["max_tokens"] >= 1):
        found.errors.append(f"prompt_lab.max_tokens is {_shown(lab['max_tokens'])}; it must be a whole number of at least 1")
    if "temperature" in lab and not (is_finite_number(lab["temperature"]) and 0 <= lab["temperature"] <= 1):
        found.errors.append(f"prompt_lab.temperature is {_shown(lab['temperature'])}; it must be a number from 0 to 1")
    _check_examples(lab.get("examples"), found)
    _check_tests(lab.get("tests"), found)
    from advisor.lab.documents import entries_problems
    from advisor.lab.retrieval import settings_problems

    found.errors += entries_problems(lab["documents"]) if "documents" in lab else []
    found.errors += settings_problems(lab["retrieval"]) if "retrieval" in lab else []
    _check_lab_settings(lab, found)
    from advisor.document.run_records import batch_problems, last_run_problems, runs_problems

    found.errors += runs_problems(lab["runs"]) if "runs" in lab else []

    for key, problems_of in (("last_run", last_run_problems), ("batch", batch_problems)):
        if key not in lab:
            continue
        if not isinstance(lab[key], dict):
            found.errors.append(f"prompt_lab.{key} is {_type_name(lab[key])}; it must be an object")
        else:
            found.errors += [f"{problem} (it holds a saved run; remove it to run the tests afresh)"
                             for problem in problems_of(lab[key])]


def _check_lab_settings(lab: dict[str, Any], found: Findings) -> None:
    """The v2 settings: more sampling fields, effort, the grader and compare models, Try-it values."""
    from advisor.lab.prompts import EFFORT_LEVELS

    if "top_p" in lab and not (is_finite_number(lab["top_p"]) and 0 <= lab["top_p"] <= 1):
        found.errors.append(f"prompt_lab.top_p is {_shown(lab['top_p'])}; it must be a number from 0 to 1")
    if "top_k" in lab and not (is_finite_number(lab["top_k"], integer=True) and lab["top_k"] >= 1):
        found.errors.append(f"prompt_lab.top_k is {_shown(lab['top_k'])}; it must be a whole number of at least 1")
    if "effort" in lab and lab["effort"] not in EFFORT_LEVELS:
        found.errors.append(f"prompt_lab.effort is {_shown(lab['effort'])}; it must be one of "
                            f"{', '.join(EFFORT_LEVELS)}")
    for key in ("grader_model", "compare_model"):
        if key in lab and not isinstance(lab[key], str):
            found.errors.append(f"prompt_lab.{key} is {_type_name(lab[key])}; it must be a model id (text)")
    values = lab.get("try_values", {})
    if not isinstance(values, dict) or not all(isinstance(v, str) for v in values.values()):
        found.errors.append("prompt_lab.try_values must be an object mapping variable names to text")


def _check_examples(examples: Any, found: Findings) -> None:
    if examples is None:
        return
    if not isinstance(examples, list):
        found.errors.append(f"prompt_lab.examples is {_type_name(examples)}; it must be a list of "
                            "{\"input\": text, \"output\": text}")
        return
    for index, example in enumerate(examples):
        where = f"prompt_lab.examples[{index}]"
        if not isinstance(example, dict):
            found.errors.append(f"{where} is {_type_name(example)}; it must be an object with input and output")
            continue
        for key in ("input", "output"):
            if not isinstance(example.get(key), str):
                found.errors.append(f"{where}.{key} is {_type_name(example.get(key))}; it must be text")


def prompt_lab_problems(lab: Any) -> list[str]:
    """Every error in a ``prompt_lab`` (or in test sets bound for one), as the file validator says it."""
    found = Findings()
    _check_prompt_lab(lab, found)
    return found.errors
