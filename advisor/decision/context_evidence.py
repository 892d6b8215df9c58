"""What the lab measured beyond the prompt alone (contract section 8, "Prompt evidence, v3").

- ``context_evidence``: for each context measured on the evidence run's model, its best run's
  pass rate with the 95 % Wilson interval and its cost per 1,000 requests;
- ``shots_curve``: the runs of that model with the prompt alone that differ in ``shots``, one
  point per shot count (the newest run of each), sorted by shots;
- ``shots_reading``: ``flat`` when the interval at the largest k overlaps the one at the
  smallest, ``rising`` when the largest k's lower bound is above the smallest k's upper bound,
  else (fewer than two points, or a falling curve) ``none``.
"""
from __future__ import annotations

from typing import Any

from advisor.lab.history import cost_per_1k, pass_rate, runs_of


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
    span = (f"{first['pass_rate']:.1f} % at {first['shots']} examples "
            f"({first['wilson_low']:.1f}–{first['wilson_high']:.1f} %) and {last['pass_rate']:.1f} % at "
            f"{last['shots']} ({last['wilson_low']:.1f}–{last['wilson_high']:.1f} %)")
    if reading == "rising":
        return f"More examples still help: {span}. More labelled examples may help further."
    return f"More examples did not help: {span}, the intervals overlap. More labelled data is unlikely to help."
