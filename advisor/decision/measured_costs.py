"""Measured cost figures (CONTRACT section 8, ``costs.measured``): a lab run's real tokens per
request, cache share and model, put into the projection's inputs.

From a run: ``avg_input_tokens`` = input + cache-read + cache-write tokens per request,
``avg_output_tokens`` = output tokens per request (thinking included: the API bills thinking as
output), ``cache_hit_share`` = cache-read tokens / all input-side tokens, ``model`` = the run's
model. A case repeated n times sent n requests, and its record sums their tokens, so the figures
are the run's totals over its requests (with ``repeat`` 1, the mean over its cases). These
values are written into the plain inputs too; ``measured`` records where they came from. A figure
is shown as measured only while the plain input still holds the measured value: typing over it
(an override) clears the mark.
"""
from __future__ import annotations

from typing import Any, Mapping

from advisor.core.errors import FileProblem
from advisor.core.i18n import translate
from advisor.core.numbers import is_finite_number
from advisor.decision.evidence import evidence_run

MEASURED_INPUTS = ("model", "avg_input_tokens", "avg_output_tokens", "cache_hit_share")
MEASURED_KEYS = ("run_id", *MEASURED_INPUTS)


class MeasuredProblem(FileProblem):
    """No run to measure, or a run that measures nothing usable; the message says which and why."""


def lab_runs(prompt_lab: Any) -> list[Mapping[str, Any]]:
    """The saved runs, oldest first (``runs``, else the v1 ``last_run``)."""
    if not isinstance(prompt_lab, Mapping):
        return []
    runs = prompt_lab.get("runs")
    raw = runs if isinstance(runs, list) and runs else [prompt_lab.get("last_run")]
    return [run for run in raw if isinstance(run, Mapping)]


def find_run(prompt_lab: Any, answers: Any, which: str) -> Mapping[str, Any]:
    """``best`` (the run the prompt evidence reads) or the run whose id is ``which``."""
    if which == "best":
        run = evidence_run(prompt_lab, answers if isinstance(answers, Mapping) else {})
        if run is None:
            raise MeasuredProblem(translate("decision", "there is no prompt-lab run behind the prompt evidence to "
                                                        "measure; run the lab's tests on Claude first (eval --save), "
                                                        "or name a run id"))
        return run
    for run in reversed(lab_runs(prompt_lab)):
        if run.get("id") == which:
            return run
    known = ", ".join(str(r.get("id")) for r in lab_runs(prompt_lab) if r.get("id")) or translate("decision",
                                                                                                 "none saved")
    raise MeasuredProblem(translate("decision", "there is no saved run {0} to measure (runs: {1}); use best or one of "
                                                "those ids").format(repr(which), known))


def _count(case: Mapping[str, Any], key: str) -> int:
    value = case.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def measured_from_run(run: Mapping[str, Any], known_models: frozenset[str] | None = None) -> dict[str, Any]:
    """``costs.measured`` for ``run``; MeasuredProblem when it cannot say what a request costs."""
    name = run.get("id") or translate("decision", "without an id")
    if run.get("target"):
        raise MeasuredProblem(translate("decision", "run {0} is of another model ({1}), not Claude: the projection "
                                                    "prices the Claude API path; choose a Claude run").format(
            name, run["target"]["name"] if "name" in run["target"] else translate("decision", "a target")))
    model = run.get("model")
    if not isinstance(model, str) or not model:
        raise MeasuredProblem(translate("decision", "run {0} names no model, so it cannot price the API path").format(
            name))
    if known_models is not None and model not in known_models:
        raise MeasuredProblem(translate("decision", "run {0} used {1}, which is not in the price table; add it under "
                                                    "Prices").format(name, model))
    requests = fresh = read = written = output = 0
    for case in run.get("cases") or ():
        if not isinstance(case, Mapping):
            continue
        tokens = [_count(case, k) for k in ("input_tokens", "cache_read_tokens", "cache_write_tokens",
                                             "output_tokens")]
        if not any(tokens):
            continue  # never reached the model (cancelled, or a local error): no request to count
        runs = case.get("runs", 1)
        requests += runs if isinstance(runs, int) and not isinstance(runs, bool) and runs > 0 else 1
        fresh, read, written, output = fresh + tokens[0], read + tokens[1], written + tokens[2], output + tokens[3]
    if requests == 0:
        raise MeasuredProblem(translate("decision", "run {0} holds no case with token counts; run it again to "
                                                    "measure them").format(name))
    input_side = fresh + read + written
    return {"run_id": str(run.get("id") or ""), "model": model,
            "avg_input_tokens": round(input_side / requests, 1),
            "avg_output_tokens": round(output / requests, 1),
            "cache_hit_share": round(read / input_side, 4) if input_side else 0.0}


def apply_measured(costs: Mapping[str, Any] | None, measured: Mapping[str, Any]) -> dict[str, Any]:
    """``costs`` with the measured figures in the plain inputs and ``measured`` saying where from.
    A cache write share that would no longer fit beside the measured hit share is lowered."""
    new = dict(costs or {})
    for key in MEASURED_INPUTS:
        new[key] = measured[key]
    write = new.get("cache_write_share", 0)
    if is_finite_number(write) and write + new["cache_hit_share"] > 1:
        new["cache_write_share"] = round(1 - new["cache_hit_share"], 4)
    new["measured"] = {key: measured[key] for key in MEASURED_KEYS}
    return new


def measured_marks(costs: Any) -> dict[str, str]:
    """``{input id: run id}`` for each measured figure still in force (the plain input equals it)."""
    if not isinstance(costs, Mapping) or not isinstance(costs.get("measured"), Mapping):
        return {}
    measured = costs["measured"]
    run_id = str(measured.get("run_id") or "")
    return {key: run_id for key in MEASURED_INPUTS
            if key in measured and key in costs and costs[key] == measured[key]}


def without_mark(costs: Mapping[str, Any], input_id: str) -> dict[str, Any]:
    """``costs`` with ``input_id`` no longer marked measured (the user overrode it)."""
    new = dict(costs)
    measured = new.get("measured")
    if isinstance(measured, Mapping) and input_id in measured and input_id in MEASURED_INPUTS:
        rest = {k: v for k, v in measured.items() if k != input_id}
        if any(k in rest for k in MEASURED_INPUTS):
            new["measured"] = rest
        else:
            del new["measured"]
    return new


def mark_text(run_id: str) -> str:
    return (translate("decision", "measured in run {0}").format(run_id) if run_id
            else translate("decision", "measured in a lab run"))


def measured_problems(measured: Any) -> list[str]:
    """What the file validator says about ``costs.measured``."""
    if not isinstance(measured, Mapping):
        return ["costs.measured must be an object: run_id, model, avg_input_tokens, avg_output_tokens, "
                "cache_hit_share"]
    problems = []
    for key, value in measured.items():
        if key not in MEASURED_KEYS:
            continue  # an unknown key is kept (reported as a warning by the validator)
        if key in ("run_id", "model"):
            ok = isinstance(value, str)
        elif key == "cache_hit_share":
            ok = is_finite_number(value) and 0 <= value <= 1
        else:
            ok = is_finite_number(value) and value >= 0
        if not ok:
            allowed = "text" if key in ("run_id", "model") else (
                "a number from 0 to 1" if key == "cache_hit_share" else "a number of 0 or more")
            problems.append(f"costs.measured.{key} must be {allowed}")
    return problems
