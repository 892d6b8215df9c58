"""What the lab measured beyond the prompt alone (contract section 8, "Prompt evidence, v3").

- ``context_evidence``: for each context measured on the evidence run's model, its best run's
  pass rate with the 95 % Wilson interval and its cost per 1,000 requests;
- ``shots_curve``: the runs of that model with the prompt alone that differ in ``shots``, one
  point per shot count (the newest run of each), sorted by shots;
- ``shots_reading``: ``flat`` when the interval at the largest k overlaps the one at the
  smallest, ``rising`` when the largest k's lower bound is above the smallest k's upper bound,
  else (fewer than two points, or a falling curve) ``none``;
- :func:`retrieval_confirmation`: the measurement that lets rule 6 (``rag``) fire whatever the
  answers say: a ``retrieve`` or ``full`` run with n >= 20 that meets the bar, where the best
  prompt-alone run on the same model and tests has its interval's top below it.
"""
from __future__ import annotations

from typing import Any, NamedTuple

from advisor.core.i18n import QT_TRANSLATE_NOOP, translate
from advisor.core.shown_numbers import figure, number
from advisor.lab.history import cost_per_1k, pass_rate, runs_of

MIN_CASES = 20  # as the prompt evidence: fewer cases cannot decide a rule


def _context(run: dict[str, Any]) -> str:
    return run.get("context") if run.get("context") in ("full", "retrieve") else "none"


def _claude_runs(lab: Any, model: str | None) -> list[dict[str, Any]]:
    if not isinstance(lab, dict) or not model:
        return []
    return [run for run in runs_of(lab) if run.get("model") == model and not run.get("target")]


def _point(run: dict[str, Any]) -> dict[str, Any]:
    rate, low, high, n = pass_rate(run)
    return {"n": n, "pass_rate": None if rate is None else round(rate, 2),
            "wilson_low": round(low, 2), "wilson_high": round(high, 2)}


def context_evidence(lab: Any, model: str | None) -> dict[str, dict[str, Any]]:
    """``{context: {n, pass_rate, wilson_low, wilson_high, cost_per_1000_usd}}`` of each context's
    best run on ``model`` (the highest lower bound, ties to the newest); empty when only the prompt
    alone was measured, so a file without context runs reads as before."""
    best: dict[str, tuple[float, dict[str, Any]]] = {}
    for run in _claude_runs(lab, model):
        point = _point(run)
        if not point["n"]:
            continue
        context = _context(run)
        if context not in best or point["wilson_low"] >= best[context][0]:
            cost = cost_per_1k(run)
            best[context] = (point["wilson_low"], {**point, "cost_per_1000_usd":
                                                   None if cost is None else round(cost, 6)})
    if set(best) <= {"none"}:
        return {}
    return {context: best[context][1] for context in ("none", "full", "retrieve") if context in best}


def candidate_evidence(lab: Any) -> dict[str, dict[str, Any]]:
    """``{NAME: {n, pass_rate, wilson_low, wilson_high, cost_per_1000_usd}}`` of each other target's
    best run (the team's own model: the highest lower bound, ties to the newest)."""
    best: dict[str, tuple[float, dict[str, Any]]] = {}
    for run in runs_of(lab) if isinstance(lab, dict) else []:
        target = run.get("target")
        if not isinstance(target, dict) or not isinstance(target.get("name"), str):
            continue
        point = _point(run)
        if point["n"] and (target["name"] not in best or point["wilson_low"] >= best[target["name"]][0]):
            cost = cost_per_1k(run)
            best[target["name"]] = (point["wilson_low"], {**point, "cost_per_1000_usd":
                                                          None if cost is None else round(cost, 6)})
    return {name: value for name, (_low, value) in best.items()}


def shots_curve(lab: Any, model: str | None) -> list[dict[str, Any]]:
    """One point per shot count, from the newest prompt-alone run of ``model`` with that ``shots``."""
    newest: dict[int, dict[str, Any]] = {}
    for run in _claude_runs(lab, model):
        shots = run.get("shots")
        if _context(run) == "none" and isinstance(shots, int) and not isinstance(shots, bool) and shots >= 0:
            newest[shots] = run  # runs are oldest first: the last one wins
    points = [{"shots": shots, **_point(run)} for shots, run in sorted(newest.items())]
    return [point for point in points if point["n"]]


def shots_reading(curve: list[dict[str, Any]]) -> str:
    if len(curve) < 2:
        return "none"
    smallest, largest = curve[0], curve[-1]
    if largest["wilson_low"] > smallest["wilson_high"]:
        return "rising"
    if largest["wilson_low"] <= smallest["wilson_high"] and smallest["wilson_low"] <= largest["wilson_high"]:
        return "flat"
    return "none"  # falling: fewer examples did better, which says nothing about more data


def describe_reading(curve: list[dict[str, Any]], reading: str) -> str:
    """One sentence for the rationale and the summary."""
    if reading == "none" or len(curve) < 2:
        return ""
    first, last = curve[0], curve[-1]
    span = translate("decision", "{0} % at {1} examples ({2}–{3} %) and {4} % at {5} ({6}–{7} %)").format(
        number(first["pass_rate"], 1), first["shots"], number(first["wilson_low"], 1),
        number(first["wilson_high"], 1), number(last["pass_rate"], 1), last["shots"],
        number(last["wilson_low"], 1), number(last["wilson_high"], 1))
    if reading == "rising":
        return translate("decision", "More examples still help: {0}. More labelled examples may help further.").format(
            span)
    return translate("decision", "More examples did not help: {0}, the intervals overlap. More labelled data is "
                                 "unlikely to help.").format(span)


# --- rule 6 on measured retrieval -----------------------------------------------------------------

class Confirmation(NamedTuple):
    """Documents in the context meet the bar where the prompt alone falls short, on one model."""

    model: str
    context: str  # "retrieve" or "full"
    with_documents: dict[str, Any]  # the point of the context run: n, pass_rate, wilson_low, wilson_high
    prompt_alone: dict[str, Any]  # the best prompt-alone run's point on the same model and tests


def _tests_of(run: dict[str, Any]) -> frozenset[str] | int:
    """What a run was measured on: its cases' names, or (for a record without cases) their count."""
    names = frozenset(str(case.get("name")) for case in run.get("cases") or [] if isinstance(case, dict))
    return names or sum(int(run.get(key) or 0) for key in ("passed", "failed", "errors"))


def retrieval_confirmation(lab: Any, bar: float | None) -> Confirmation | None:
    """The strongest context run that confirms ``rag`` (contract section 8), or None."""
    if bar is None or not isinstance(lab, dict):
        return None
    runs = [run for run in runs_of(lab) if not run.get("target") and isinstance(run.get("model"), str)]
    found: Confirmation | None = None
    for run in runs:
        point = _point(run)
        if _context(run) == "none" or point["n"] < MIN_CASES or point["pass_rate"] < bar:
            continue
        alone = [_point(other) for other in runs if _context(other) == "none"
                 and other.get("model") == run["model"] and _tests_of(other) == _tests_of(run)]
        alone = [p for p in alone if p["n"]]
        if not alone or max(p["wilson_high"] for p in alone) >= bar:
            continue
        best_alone = max(alone, key=lambda p: p["wilson_high"])
        if found is None or point["wilson_low"] >= found.with_documents["wilson_low"]:
            found = Confirmation(run["model"], _context(run), point, best_alone)
    return found


_CONTEXT_WORDS = {"retrieve": QT_TRANSLATE_NOOP("decision", "the retrieved passages of your documents"),
                  "full": QT_TRANSLATE_NOOP("decision", "your whole documents")}


def describe_confirmation(found: Confirmation, bar: float) -> str:
    """The two pass rates with their intervals, and the gain, in one sentence for the rationale."""
    docs, alone = found.with_documents, found.prompt_alone
    gain = docs["pass_rate"] - alone["pass_rate"]
    return translate("decision", "With {0} in the context, {1} % of {2} tests passed on {3} (95 % interval "
                                 "{4}–{5} %) against your bar of {6} %, where the prompt alone passed {7} % "
                                 "(95 % interval {8}–{9} %): {10} points more, measured on the same tests.").format(
        translate("decision", _CONTEXT_WORDS[found.context]), number(docs["pass_rate"], 1), docs["n"], found.model,
        number(docs["wilson_low"], 1), number(docs["wilson_high"], 1), figure(bar), number(alone["pass_rate"], 1),
        number(alone["wilson_low"], 1), number(alone["wilson_high"], 1), number(gain, 1))
