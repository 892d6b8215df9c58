"""Checks of the prompt lab's saved run records: ``prompt_lab.runs``, ``last_run`` and ``batch``.

The app writes these itself, but a file can be edited by hand or by a script; a record of the
wrong shape is refused at load with a message naming the key, so no screen ever meets it.
"""
from __future__ import annotations

from typing import Any, Callable

from advisor.decision.questions import is_finite_number

Check = Callable[[Any], bool]


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _text_or_null(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _count(value: Any) -> bool:
    return is_finite_number(value, integer=True) and value >= 0


def _count_or_null(value: Any) -> bool:
    return value is None or _count(value)


def _amount_or_null(value: Any) -> bool:
    return value is None or (is_finite_number(value) and value >= 0)


def _share(value: Any) -> bool:
    return value is None or (is_finite_number(value) and 0 <= value <= 1)


def _flag(value: Any) -> bool:
    return isinstance(value, bool)


RUN_FIELDS: dict[str, tuple[Check, str]] = {
    "model": (_text, "text"), "run_at": (_text, "text"),
    "passed": (_count, "a whole number of 0 or more"), "failed": (_count, "a whole number of 0 or more"),
    "errors": (_count, "a whole number of 0 or more"), "repeat": (_count, "a whole number of 0 or more"),
    "cost_usd": (_amount_or_null, "a number of 0 or more, or null"),
    "id": (_text, "text"), "started": (_text, "text"), "finished": (_text, "text"),
    "latency_p50_ms": (_amount_or_null, "a number of 0 or more, or null"),
    "latency_p95_ms": (_amount_or_null, "a number of 0 or more, or null"),
    "context": (lambda v: v in ("none", "full", "retrieve"), "one of none, full, retrieve"),
    "shots": (_count_or_null, "a whole number of 0 or more, or null"),
    "cache_read_tokens": (_count, "a whole number of 0 or more"),
}
CASE_FIELDS: dict[str, tuple[Check, str]] = {
    "name": (_text, "text"), "passed": (_flag, "true or false"),
    "output": (_text_or_null, "text or null"), "error": (_text_or_null, "text or null"),
    "reason": (_text_or_null, "text or null"),
    "input_tokens": (_count_or_null, "a whole number of 0 or more, or null"),
    "output_tokens": (_count_or_null, "a whole number of 0 or more, or null"),
    "latency_ms": (_amount_or_null, "a number of 0 or more, or null"),
    "pass_rate": (_share, "a number from 0 to 1, or null"),
    "runs": (_count, "a whole number of 0 or more"),
    "cost_usd": (_amount_or_null, "a number of 0 or more, or null"),
    "reasons": (lambda v: isinstance(v, list) and all(isinstance(r, str) for r in v), "a list of texts"),
    "output_cut": (_flag, "true or false"),
    "chunks": (lambda v: isinstance(v, list) and all(isinstance(c, str) for c in v), "a list of chunk ids"),
}
BATCH_FIELDS: dict[str, tuple[Check, str]] = {
    "format": (_count, "a whole number"), "id": (_text_or_null, "text or null"), "model": (_text, "text"),
    "repeat": (_count, "a whole number of 0 or more"), "submitted_at": (_text, "text"),
    "requests": (_count, "a whole number of 0 or more"),
    "models": (lambda v: isinstance(v, list) and bool(v) and all(isinstance(m, str) and m for m in v),
               "a list of model ids"),
}


def _fields(record: dict[str, Any], fields: dict[str, tuple[Check, str]], where: str) -> list[str]:
    return [f"{where}.{key} must be {allowed}" for key, (ok, allowed) in fields.items()
            if key in record and not ok(record[key])]


def _cases(cases: Any, where: str, fields: dict[str, tuple[Check, str]] | None) -> list[str]:
    if not isinstance(cases, list):
        return [f"{where} must be a list"]
    problems: list[str] = []
    for index, case in enumerate(cases):
        if not isinstance(case, dict):
            problems.append(f"{where}[{index}] must be an object")
        elif fields:
            problems += _fields(case, fields, f"{where}[{index}]")
    return problems


def last_run_problems(record: dict[str, Any], where: str = "prompt_lab.last_run") -> list[str]:
    problems = _fields(record, RUN_FIELDS, where)
    if "cases" in record:
        problems += _cases(record["cases"], f"{where}.cases", CASE_FIELDS)
    return problems


def runs_problems(runs: Any) -> list[str]:
    """``prompt_lab.runs``: a list of run records, the same shape as ``last_run``."""
    if not isinstance(runs, list):
        return ["prompt_lab.runs must be a list of runs"]
    problems: list[str] = []
    for index, run in enumerate(runs):
        where = f"prompt_lab.runs[{index}]"
        problems += [f"{where} must be an object"] if not isinstance(run, dict) else \
            last_run_problems(run, where)
    return problems


def batch_problems(record: dict[str, Any]) -> list[str]:
    problems = _fields(record, BATCH_FIELDS, "prompt_lab.batch")
    if "cases" in record:
        problems += _cases(record["cases"], "prompt_lab.batch.cases", None)
        for index, case in enumerate(record["cases"] if isinstance(record["cases"], list) else []):
            if isinstance(case, dict) and not isinstance(case.get("expect", []), list):
                problems.append(f"prompt_lab.batch.cases[{index}].expect must be a list")
    if "local_errors" in record and not (isinstance(record["local_errors"], dict) and all(
            isinstance(v, str) for v in record["local_errors"].values())):
        problems.append("prompt_lab.batch.local_errors must be an object of texts")
    return problems
