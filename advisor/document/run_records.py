"""Checks of the prompt lab's saved run records: ``prompt_lab.runs``, ``last_run`` and ``batch``.

The app writes these itself, but a file can be edited by hand or by a script; a record of the
wrong shape is refused at load with a message naming the key, so no screen ever meets it. Every
number has a ceiling far above what a real run reaches (issue 28 #7: ``2**1023`` passes or a
$1e308 cost overflowed the report), a run's counts must be its cases' tallies (``passed: 5`` over
no cases is not evidence), and at most MAX_RUNS runs are kept: more are refused, not trimmed.
"""
from __future__ import annotations

from typing import Any, Callable

from advisor.decision.questions import is_finite_number
from advisor.lab.history import MAX_RUNS  # CONTRACT section 5: "at most 50"

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
    "cache_read_tokens": (_count, "a whole number of 0 or more"),
    "cache_write_tokens": (_count, "a whole number of 0 or more"),
}
BATCH_FIELDS: dict[str, tuple[Check, str]] = {
    "format": (_count, "a whole number"), "id": (_text_or_null, "text or null"), "model": (_text, "text"),
    "repeat": (_count, "a whole number of 0 or more"), "submitted_at": (_text, "text"),
    "requests": (_count, "a whole number of 0 or more"),
    "models": (lambda v: isinstance(v, list) and bool(v) and all(isinstance(m, str) and m for m in v),
               "a list of model ids"),
}


MAX_COUNT = 10_000_000  # tests, tokens or requests in one record
MAX_REPEAT = 100  # as eval --repeat and the lab's Repeat box allow
# The most any number of a record may be, far above a real run, and what it counts.
CEILINGS: dict[str, tuple[float, str]] = {
    **dict.fromkeys(("passed", "failed", "errors", "n", "requests", "input_tokens", "output_tokens",
                     "format", "cache_read_tokens", "cache_write_tokens"), (MAX_COUNT, "")),
    **dict.fromkeys(("repeat", "runs"), (MAX_REPEAT, "")),
    **dict.fromkeys(("cost_usd", "cost_per_1k_usd"), (10_000_000, "dollars")),
    **dict.fromkeys(("latency_ms", "latency_p50_ms", "latency_p95_ms"), (1_000_000_000, "ms")),
    **dict.fromkeys(("pass_rate", "wilson_low", "wilson_high"), (100, "percent")),
}
RUN_FIELDS.update({key: (_amount_or_null, "a number of 0 or more, or null")
                   for key in ("n", "cost_per_1k_usd", "pass_rate", "wilson_low", "wilson_high")})


def _fields(record: dict[str, Any], fields: dict[str, tuple[Check, str]], where: str) -> list[str]:
    problems = []
    for key, (ok, allowed) in fields.items():
        if key not in record:
            continue
        if not ok(record[key]):
            problems.append(f"{where}.{key} must be {allowed}")
        elif key in CEILINGS and isinstance(record[key], (int, float)) and record[key] > CEILINGS[key][0]:
            top, unit = CEILINGS[key]
            problems.append(f"{where}.{key} is {_shown(record[key])}, beyond any real run; it must be "
                            f"at most {top:,}{' ' + unit if unit else ''}")
    return problems


def _shown(value: float) -> str:
    return f"{value:,}" if isinstance(value, int) and value < 10**15 else f"{value:.3g}"


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
        case_problems = _cases(record["cases"], f"{where}.cases", CASE_FIELDS)
        problems += case_problems or ([] if problems else _tally_problems(record, where))
    return problems


def _case_status(case: dict[str, Any]) -> str:
    """As the lab counts a case: not run (cancelled first), passed, an error, else failed."""
    if case.get("runs") == 0:
        return "not_run"
    return "passed" if case.get("passed") is True else ("errors" if case.get("error") else "failed")


def _tally_problems(record: dict[str, Any], where: str) -> list[str]:
    """The run's passed, failed and errors must be what its cases hold: they are the evidence."""
    statuses = [_case_status(case) for case in record["cases"]]
    tally = {key: statuses.count(key) for key in ("passed", "failed", "errors")}
    said = {key: record.get(key, 0) for key in tally}
    if said == tally:
        return []
    return [f"{where} says {_counts(said)}, but its cases hold {_counts(tally)}; the counts must be "
            "the cases' (a run without its cases is no evidence)"]


def _counts(counts: dict[str, Any]) -> str:
    return ", ".join(f"{_shown(counts[key])} {key}" for key in ("passed", "failed", "errors"))


def runs_problems(runs: Any) -> list[str]:
    """``prompt_lab.runs``: a list of run records, the same shape as ``last_run``."""
    if not isinstance(runs, list):
        return ["prompt_lab.runs must be a list of runs"]
    if len(runs) > MAX_RUNS:
        return [f"prompt_lab.runs holds {len(runs):,} runs; at most {MAX_RUNS} are kept. Keep the "
                f"newest {MAX_RUNS} (the last entries) and remove the others"]
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
