"""What the team's own model, measured in the lab, says about advice to train or host a model.

CONTRACT section 8 ("Other targets and CI"): on a verdict that trains a model (``distill``,
``fine_tune``) or serves one yourself (``self_host``), read through the verdict traits, a
candidate (a target's best run, advisor.decision.context_evidence.candidate_evidence) with at
least MIN_CASES cases and a Wilson upper bound below the bar lowers confidence one level; a
candidate that meets the bar (its pass rate at or above it on MIN_CASES cases or more, as the
prompt evidence reads Claude's) is named in the rationale with its cost per 1,000 requests beside
Claude's. One drop at most: when one candidate meets the bar, another that falls short does not
make the advice less sure. Pure: no I/O, no Qt.
"""
from __future__ import annotations

from typing import Any, NamedTuple

from advisor.core import shown_numbers
from advisor.core.i18n import translate
from advisor.decision.context_evidence import candidate_evidence
from advisor.decision.evidence import MIN_CASES, Evidence, percent

SHORT_OF_BAR = "Your candidate does not meet the bar yet"


class CandidateReading(NamedTuple):
    drops: list[str]  # confidence reasons (at most one)
    rationale: list[str]  # sentences naming each candidate that meets the bar


def _cost(value: Any) -> str:
    if value is None:
        return translate("decision", "an unknown cost")
    return shown_numbers.money(value, 2 if value >= 1 else 4)


def read_candidates(prompt_lab: Any, bar: Any, verdict_info: Any, claude: Evidence | None,
                    claude_cost_per_1k: float | None) -> CandidateReading:
    """The candidates' drop and rationale for this verdict (empty for other verdicts, no bar, no runs)."""
    if not (verdict_info.trains_model or verdict_info.self_hosted):
        return CandidateReading([], [])
    if isinstance(bar, bool) or not isinstance(bar, (int, float)):
        return CandidateReading([], [])
    measured = {name: point for name, point in candidate_evidence(prompt_lab).items()
                if point["n"] >= MIN_CASES and point["pass_rate"] is not None}
    meeting = {name: p for name, p in measured.items() if p["pass_rate"] >= bar}
    short = {name: p for name, p in measured.items() if p["wilson_high"] < bar}
    rationale = [_meets_sentence(name, point, bar, claude, claude_cost_per_1k) for name, point in meeting.items()]
    drops = []
    if short and not meeting:
        name, point = next(iter(short.items()))
        drops.append(translate("decision", "Your candidate does not meet the bar yet: {0} passed {1} % of {2} tests "
                                           "(95 % interval {3}–{4} %), below your bar of {5} %.").format(
            name, percent(point["pass_rate"], bar), shown_numbers.number(point["n"]),
            percent(point["wilson_low"], bar), percent(point["wilson_high"], bar), shown_numbers.figure(bar)))
    return CandidateReading(drops, rationale)


def _meets_sentence(name: str, point: dict[str, Any], bar: float, claude: Evidence | None,
                    claude_cost_per_1k: float | None) -> str:
    values = (name, shown_numbers.figure(bar), percent(point["pass_rate"], bar), shown_numbers.number(point["n"]),
              percent(point["wilson_low"], bar), percent(point["wilson_high"], bar), _cost(point["cost_per_1000_usd"]))
    if claude is not None and claude.source == "run":
        return translate("decision", "{0} meets your bar of {1} %, with {2} % of {3} tests passed (95 % interval "
                                     "{4}–{5} %), at {6} per 1,000 requests against {7} on {8}.").format(
            *values, _cost(claude_cost_per_1k), claude.model)
    return translate("decision", "{0} meets your bar of {1} %, with {2} % of {3} tests passed (95 % interval "
                                 "{4}–{5} %), at {6} per 1,000 requests.").format(*values)
