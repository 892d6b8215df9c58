"""Prompt evidence: what the measured pass rate says about "have you tried prompting?".

A value, not a mood (CONTRACT sections 2 and 6). The prompt-lab runs, or failing those the
pass rate the user measured elsewhere, become ``{n, passed, pass_rate, wilson_low, wilson_high,
source}``; with at least :data:`MIN_CASES` cases and a quality bar, the evidence decides what the
rules read as ``prompting_tried``. Pure: no I/O, no Qt.

Runs are read from ``prompt_lab.runs`` (v2) or the v1 ``prompt_lab.last_run``, whichever the file
has; a run with unusable counts is skipped, never guessed.
"""
from __future__ import annotations

import math
from typing import Any, Mapping, NamedTuple

from advisor.lab.history import cost_per_1k
from advisor.core import shown_numbers
from advisor.core.i18n import translate
from advisor.core.stats import Z95, wilson_interval

MIN_CASES = 20  # fewer cases than this cannot overrule an answer


class Evidence(NamedTuple):
    n: int  # passed + failed; errors are left out
    passed: int
    failed: int
    pass_rate: float  # percent
    wilson_low: float  # percent
    wilson_high: float  # percent
    source: str  # "run" (a prompt-lab run) or "answers" (measured outside the app)
    model: str | None = None
    errors: int = 0
    cost_usd: float | None = None
    run_at: str = ""

    def to_json(self) -> dict[str, Any]:
        return self._asdict()


class Reading(NamedTuple):
    """What the rules read as ``prompting_tried``, and why."""

    value: str | None  # the answer the rules use (may be None: unanswered and not decided)
    status: str  # "none", "no_bar", "thin", "meets", "falls_short", "inconclusive"
    decided: bool  # True when the evidence, not the answer, set ``value``
    disagrees: bool  # the evidence decided against what the user answered


def wilson(passed: float, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of ``passed`` successes in ``n`` trials, in percent (to 9 places)."""
    low, high = wilson_interval(passed, n, z)
    return round(low, 9), round(high, 9)


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)


def _from_run(run: Any) -> Evidence | None:
    if not isinstance(run, Mapping):
        return None
    passed, failed, errors = (_count(run.get(key, 0)) for key in ("passed", "failed", "errors"))
    if passed is None or failed is None or errors is None or passed + failed + errors == 0:
        return None
    n = passed + failed
    low, high = wilson(passed, n)
    cost = _number(run.get("cost_usd"))
    return Evidence(n, passed, failed, passed / n * 100 if n else 0.0, low, high, "run",
                    str(run.get("model") or "an unnamed model"), errors, cost,
                    str(run.get("finished") or run.get("run_at") or run.get("started") or ""))


def _runs(prompt_lab: Any) -> list[tuple[Evidence, float]]:
    """Each usable prompt-only Claude run's evidence with its cost per 1,000 requests (inf when
    unknown): runs with documents in the context, or of another target, say nothing about the
    prompt alone on Claude (CONTRACT section 8)."""
    raw = _prompt_runs(prompt_lab)
    return [(e, _cost_per_1k(run, e)) for run, e in ((run, _from_run(run)) for run in raw) if e is not None]


def _prompt_runs(prompt_lab: Any) -> list[Any]:
    if not isinstance(prompt_lab, Mapping):
        return []
    runs = prompt_lab.get("runs")
    raw = list(runs) if isinstance(runs, list) and runs else [prompt_lab.get("last_run")]
    # The prompt alone (contract section 8): a run with documents or retrieved chunks measures
    # retrieval, and one against another target measures that target, not prompting Claude.
    return [run for run in raw if not isinstance(run, Mapping)
            or (run.get("context", "none") in (None, "none") and not run.get("target"))]


def evidence_run(prompt_lab: Any, answers: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The run record the prompt evidence reads (the newest of equal ones), or None when the
    evidence is the user's own measurement or there is none."""
    chosen = prompt_evidence(prompt_lab, answers)
    if chosen is None or chosen.source != "run":
        return None
    return next((run for run in reversed(_prompt_runs(prompt_lab))
                 if isinstance(run, Mapping) and _from_run(run) == chosen), None)


def _cost_per_1k(run: Mapping[str, Any], evidence: Evidence) -> float:
    """Cost per 1,000 requests (CONTRACT section 2), the figure the lab shows beside the run: its
    own ``cost_per_1k_usd``, else its cost over the requests its cases sent (each case × its
    repeats, errors left out), else, for a record without cases, over its cases."""
    figure = cost_per_1k(dict(run))
    if figure is not None and math.isfinite(figure):
        return figure
    requests = evidence.n + evidence.errors
    return evidence.cost_usd / requests * 1000 if evidence.cost_usd is not None and requests else math.inf


def best_run(runs: list[tuple[Evidence, float]], bar: float | None) -> Evidence | None:
    """The evidence among candidates, oldest first (CONTRACT section 8, "Prompt evidence
    candidates"): those with at least MIN_CASES cases before smaller ones; among them the cheapest
    that meets the bar, otherwise the highest ``wilson_low``. Ties go to the newest."""
    pool = [(e, cost) for e, cost in runs if e.n >= MIN_CASES] or [(e, cost) for e, cost in runs if e.n]
    meeting = [(e, cost) for e, cost in pool if bar is not None and e.pass_rate >= bar]
    if meeting:
        cheapest = min(cost for _e, cost in meeting)
        return [e for e, cost in meeting if cost == cheapest][-1]
    best = None
    for evidence, _cost in pool or runs:
        if best is None or evidence.wilson_low >= best.wilson_low:
            best = evidence
    return best


def measured(answers: Mapping[str, Any]) -> Evidence | None:
    """The pass rate the user measured outside the app, when both its questions are answered."""
    rate, cases = _number(answers.get("measured_pass_pct")), _count(answers.get("measured_cases"))
    if rate is None or cases is None or cases == 0 or not 0 <= rate <= 100:
        return None
    passed = round(rate / 100 * cases)
    low, high = wilson(rate / 100 * cases, cases)
    return Evidence(cases, passed, cases - passed, rate, low, high, "answers")


def prompt_evidence(prompt_lab: Any, answers: Mapping[str, Any]) -> Evidence | None:
    """The evidence: the larger measurement wins (a 9-case run does not replace a 60-case outside
    one). The outside measurement has no cost and goes first, so a run that meets the bar, or
    ties with it, is chosen before it."""
    bar = _number(answers.get("quality_bar_pct"))
    outside = measured(answers)
    return best_run(([(outside, math.inf)] if outside else []) + _runs(prompt_lab), bar)


def cost_per_1k_of(prompt_lab: Any, evidence: Evidence | None) -> float | None:
    """The cost per 1,000 requests of the run that gave ``evidence`` (None: unknown, or not a run)."""
    cost = next((cost for e, cost in _runs(prompt_lab) if e == evidence), None)
    return cost if cost is not None and math.isfinite(cost) else None


def read_prompting(answer: str | None, evidence: Evidence | None, bar: float | None) -> Reading:
    """``prompting_tried`` as the rules read it: the evidence decides when it can."""
    if evidence is None:
        return Reading(answer, "none", False, False)
    if bar is None:
        return Reading(answer, "no_bar", False, False)
    if evidence.n < MIN_CASES:
        return Reading(answer, "thin", False, False)
    if evidence.pass_rate >= bar:
        value, status = "meets_bar", "meets"
    elif evidence.wilson_high < bar:
        value, status = "falls_short", "falls_short"
    else:
        return Reading(answer, "inconclusive", False, False)
    return Reading(value, status, True, answer is not None and answer != value)


def percent(value: float, bar: float | None) -> str:
    """Whole percent, or one decimal where rounding would put it on the other side of the bar
    (89.6 % is below a bar of 90 %; "90 %" would contradict the words beside it)."""
    narrow = bar is not None and (value < bar) != (round(value) < bar)
    if shown_numbers.localised():
        return shown_numbers.number(value, 1 if narrow else 0)
    return f"{value:.1f}" if narrow else f"{value:.0f}"


def describe(evidence: Evidence, bar: float | None) -> str:
    """"48 of 50 passed (96 %, 95 % interval 87–99 %) against your bar of 90 %"."""
    rate, low, high = (percent(value, bar) for value in (evidence.pass_rate, evidence.wilson_low, evidence.wilson_high))
    passed, n = shown_numbers.number(evidence.passed), shown_numbers.number(evidence.n)
    if evidence.source != "run":
        text = translate("decision", "{0} of {1} passed in your own measurement ({2} %, 95 % interval {3}–{4} %)")
        text = text.format(passed, n, rate, low, high)
    else:
        text = translate("decision", "{0} of {1} passed on {2} ({3} %, 95 % interval {4}–{5} %)")
        text = text.format(passed, n, evidence.model, rate, low, high)
    if bar is None:
        return text
    return translate("decision", "{0} against your bar of {1} %").format(text, shown_numbers.figure(bar))


__all__ = ["Evidence", "MIN_CASES", "Reading", "best_run", "describe", "measured", "percent", "prompt_evidence",
           "read_prompting", "wilson"]
